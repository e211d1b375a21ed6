import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { secretChecksum } from "@tessera/sdk";
import { randomBase62 } from "./randomIds.js";

/** A fresh secret of the given kind: `tsr_<tag>_<30 random base62><6 checksum>` (DESIGN.md §2). */
export function generateSecret(tag: "ses" | "pat" | "oat"): string {
  const body = `tsr_${tag}_${randomBase62(30)}`;
  return body + secretChecksum(body);
}

/**
 * Node's one-shot native SHA-256 (`crypto.hash`, Node 20.12+), reached without importing a Node
 * built-in, so the same module runs in browsers and workers, which use {@link hashSecretPortably}.
 * Every authenticated request hashes its secret: natively ~1 µs, in JavaScript ~4 µs.
 */
const nativeSha256Hex = (() => {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const crypto = process?.getBuiltinModule?.("node:crypto") as
    | { hash?: (algorithm: string, data: string, encoding: "hex") => string }
    | undefined;
  const hash = crypto?.hash;
  return typeof hash === "function" ? (text: string) => hash("sha256", text, "hex") : undefined;
})();

/** The hex SHA-256 under which a secret is stored; the secret itself is never kept. */
export function hashSecret(secret: string): string {
  return nativeSha256Hex ? nativeSha256Hex(secret) : hashSecretPortably(secret);
}

/** {@link hashSecret} in JavaScript, on every runtime. */
export function hashSecretPortably(secret: string): string {
  return bytesToHex(sha256(utf8ToBytes(secret)));
}

/** The 12-character display prefix (T7). */
export function secretPrefix(secret: string): string {
  return secret.slice(0, 12);
}

/** The asterisks of a masked secret, made once (each create and revoke masks two: issue 17). */
const MASK = "*".repeat(32);

/** The prefix followed by asterisks, for notifications and audit events (T16). */
export function maskSecretPrefix(prefix: string): string {
  return prefix + MASK;
}
