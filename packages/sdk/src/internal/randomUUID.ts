/**
 * A version 4 UUID, for `Idempotency-Key` (T18).
 * @note Not `crypto.randomUUID`: browsers offer it only in secure contexts, so a page served over
 * plain http would lack it, while `getRandomValues` is there in every runtime the SDK supports.
 */
export function randomUUID(): string {
  // Each 0 of the template becomes a random hex digit; the 4 is the version, and the 8 becomes the
  // RFC 9562 variant (8, 9, a or b).
  return "00000000-0000-4000-8000-000000000000".replace(/[08]/g, (digit) =>
    (+digit ^ ((crypto.getRandomValues(new Uint8Array(1))[0] as number) & (15 >> (+digit / 4)))).toString(16),
  );
}
