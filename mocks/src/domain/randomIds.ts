/** The characters of every random id, in order (the request journal packs request ids with them). */
export const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Bytes drawn from the CSPRNG at once: one call per ~100 ids instead of one per id. */
const POOL_BYTES = 4096;
let pool = new Uint8Array(0);
let next = 0;

/** The next unused byte from the platform CSPRNG (Web Crypto: Node, browsers, workers). */
function randomByte(): number {
  if (next >= pool.length) {
    pool = new Uint8Array(POOL_BYTES);
    globalThis.crypto.getRandomValues(pool);
    next = 0;
  }
  const byte = pool[next] as number;
  pool[next++] = 0; // each byte is used once, and does not stay in memory after
  return byte;
}

/** Forgets the bytes drawn so far, so the next character comes from a new draw (for tests). */
export function discardRandomPool(): void {
  pool.fill(0);
  next = pool.length;
}

/**
 * `length` characters of base62 from the platform CSPRNG, drawn in pools of 4 KiB (as Node's own
 * `randomUUID` does), which made a request id a twelfth of a request's cost when drawn one by one.
 * @note Rejection sampling keeps every character uniformly likely.
 */
export function randomBase62(length: number): string {
  // Character codes joined once: a string grown with += is a chain of one-character pieces
  // (a rope) that a stored id would keep, about 500 bytes of heap per token id.
  const codes: number[] = new Array(length);
  fillBase62(codes, 0);
  return String.fromCharCode(...codes);
}

/** Fills `codes` from `from` on with the codes of random base62 characters. */
function fillBase62(codes: number[], from: number): void {
  for (let i = from; i < codes.length; ) {
    const byte = randomByte();
    if (byte < 248) codes[i++] = BASE62.charCodeAt(byte % 62);
  }
}

/**
 * A new id such as `tok_8fK2mQ9xLp4Rt7Vw`: one flat string made at once, its prefix included
 * (joining the prefix to a random part made two strings and a list; a create makes four ids).
 */
export function newId(prefix: "tok" | "ses" | "evt" | "ntf" | "mem" | "usr" | "org" | "req"): string {
  const codes: number[] = new Array(prefix.length + 1 + 16);
  for (let i = 0; i < prefix.length; i++) codes[i] = prefix.charCodeAt(i);
  codes[prefix.length] = 95; // "_"
  fillBase62(codes, prefix.length + 1);
  return String.fromCharCode(...codes);
}
