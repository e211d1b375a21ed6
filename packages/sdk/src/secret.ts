/**
 * The Tessera secret format (DESIGN.md §2):
 * `tsr_<kind>_<30 base62 random chars><6 base62 chars of CRC32 of everything before them>`.
 * Legacy keys are 32 lowercase hex characters and carry no checksum.
 */

/** Secret kinds by their three-letter tag. */
export const SECRET_KINDS = { ses: "session", pat: "personal", oat: "organization" } as const;
export type SecretTag = keyof typeof SECRET_KINDS;

/** A secret (kind, 30 random characters, 6 of checksum), or else a legacy key. */
const SECRET_PATTERN = /^tsr_(ses|pat|oat)_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$|^[0-9a-f]{32}$/;

/**
 * The six-character checksum of a secret body such as `tsr_pat_<30 chars>`: its CRC-32 in base62.
 *
 * @example
 * const body = "tsr_pat_" + randomBase62(30);
 * const secret = body + secretChecksum(body);
 */
export function secretChecksum(body: string): string {
  // CRC-32 (IEEE), bit by bit: secrets are short, so no lookup table.
  let crc = -1;
  for (let i = 0; i < body.length; i++) {
    crc ^= body.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  let value = ~crc >>> 0; // the final XOR with 0xffffffff
  let out = "";
  for (let i = 0; i < 6; i++) {
    const digit = value % 62; // base62: 0-9, then A-Z, then a-z
    out = String.fromCharCode(digit + (digit < 10 ? 48 : digit < 36 ? 55 : 61)) + out;
    value = Math.floor(value / 62);
  }
  return out;
}

/** What {@link parseToken} learned about a secret. */
export type ParsedToken =
  | { valid: true; kind: (typeof SECRET_KINDS)[SecretTag] | "legacy"; prefix: string }
  | { valid: false; reason: "format" | "checksum" };

/**
 * Checks a secret offline: prefix, kind and CRC32 checksum, without a round trip.
 * A mistyped secret fails here; a well-formed one may still be unknown to the server.
 *
 * @example
 * const parsed = parseToken(process.env.TESSERA_TOKEN ?? "");
 * if (!parsed.valid) throw new Error(`not a Tessera secret (${parsed.reason})`);
 */
export function parseToken(secret: string): ParsedToken {
  const match = SECRET_PATTERN.exec(secret);
  if (!match) return { valid: false, reason: "format" };
  const [, tag, , checksum] = match;
  if (tag && secretChecksum(secret.slice(0, -6)) !== checksum) return { valid: false, reason: "checksum" };
  return { valid: true, kind: tag ? SECRET_KINDS[tag as SecretTag] : "legacy", prefix: secret.slice(0, 12) };
}
