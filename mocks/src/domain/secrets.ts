import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { secretChecksum } from "@tessera/sdk";
import { randomBase62 } from "./randomIds.js";

/** A fresh secret of the given kind: `tsr_<tag>_<30 random base62><6 checksum>` (DESIGN.md §2). */
export function generateSecret(tag: "ses" | "pat" | "oat"): string {
  const body = `tsr_${tag}_${randomBase62(30)}`;
  return body + secretChecksum(body);
}

/** The hex SHA-256 under which a secret is stored; the secret itself is never kept. */
export function hashSecret(secret: string): string {
  return bytesToHex(sha256(utf8ToBytes(secret)));
}

/** The 12-character display prefix (T7). */
export function secretPrefix(secret: string): string {
  return secret.slice(0, 12);
}

/** The prefix followed by asterisks, for notifications and audit events (T16). */
export function maskSecretPrefix(prefix: string): string {
  return `${prefix}${"*".repeat(32)}`;
}
