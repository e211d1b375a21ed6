const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * `length` characters of base62 from the platform CSPRNG (Web Crypto: Node, browsers, workers).
 * @note Rejection sampling keeps every character uniformly likely.
 */
export function randomBase62(length: number): string {
  let out = "";
  const bytes = new Uint8Array(length * 2);
  while (out.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte < 248) out += BASE62[byte % 62];
      if (out.length === length) break;
    }
  }
  return out;
}

/** A new id such as `tok_8fK2mQ9xLp4Rt7Vw`. */
export function newId(prefix: "tok" | "ses" | "evt" | "ntf" | "mem" | "usr" | "org" | "req"): string {
  return `${prefix}_${randomBase62(16)}`;
}
