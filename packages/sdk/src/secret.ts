/**
 * The Tessera secret format (DESIGN.md §2):
 * `tsr_<kind>_<30 base62 random chars><6 base62 chars of CRC32 of everything before them>`.
 * Legacy keys are 32 lowercase hex characters and carry no checksum.
 */

/** Secret kinds by their three-letter tag. */
export const SECRET_KINDS = { ses: "session", pat: "personal", oat: "organization" } as const;
export type SecretTag = keyof typeof SECRET_KINDS;

const SECRET_PATTERN = /^tsr_(ses|pat|oat)_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$/;
const LEGACY_PATTERN = /^[0-9a-f]{32}$/;

/** CRC-32 (IEEE) of an ASCII string, bit by bit: secrets are short, so no lookup table. */
function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return ~crc >>> 0; // the final XOR with 0xffffffff
}

/**
 * The six-character checksum of a secret body such as `tsr_pat_<30 chars>`.
 *
 * @example
 * const body = "tsr_pat_" + randomBase62(30);
 * const secret = body + secretChecksum(body);
 */
export function secretChecksum(body: string): string {
  let value = crc32(body);
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
  if (LEGACY_PATTERN.test(secret)) return { valid: true, kind: "legacy", prefix: secret.slice(0, 12) };
  const match = SECRET_PATTERN.exec(secret);
  if (!match) return { valid: false, reason: "format" };
  const body = secret.slice(0, -6);
  if (secretChecksum(body) !== match[3]) return { valid: false, reason: "checksum" };
  return { valid: true, kind: SECRET_KINDS[match[1] as SecretTag], prefix: secret.slice(0, 12) };
}
