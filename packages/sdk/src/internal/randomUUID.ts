/**
 * A version 4 UUID, for `Idempotency-Key` (T18).
 * @note Not `crypto.randomUUID`: browsers offer it only in secure contexts, so a page served over
 * plain http would lack it, while `getRandomValues` is there in every runtime the SDK supports.
 */
export function randomUUID(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // RFC 9562 variant
  let i = 0;
  // Each x is one byte as two hex digits: 8-4-4-4-12 digits.
  return "xxxx-xx-xx-xx-xxxxxx".replace(/x/g, () => ((bytes[i++] as number) + 256).toString(16).slice(1));
}
