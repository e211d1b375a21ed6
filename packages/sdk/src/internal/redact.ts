/** Body keys whose values are credentials (T6): token secrets, session values, passwords. */
const SECRET_KEYS = /^(secret|value|token|password|authorization|(access|refresh)_token)$/i;
/** Headers whose values are credentials (Headers gives their names in lower case). */
const SECRET_HEADERS = /^((proxy-)?authorization|(set-)?cookie)$/;
/** Tessera secrets anywhere in a string, e.g. echoed in free text. */
const SECRET_PATTERN = /tsr_(ses|pat|oat)_[0-9A-Za-z]{36}/g;
const REDACTED = "[redacted]";

/** A string with the Tessera secrets in it masked (`tsr_pat_[redacted]`). */
const maskSecrets = (text: string) => text.replace(SECRET_PATTERN, `tsr_$1_${REDACTED}`);

/**
 * A loggable body: JSON with the string values of credential keys (at any depth, in any case)
 * replaced by `[redacted]` and Tessera secrets masked in every other string; other text with Tessera
 * secrets masked; undefined for an empty body.
 */
export function redactBody(text: string): unknown {
  if (!text) return undefined;
  try {
    // Only string values: `token` is also the name of the token object in create responses.
    return JSON.parse(text, (key, value: unknown) =>
      typeof value !== "string" ? value : SECRET_KEYS.test(key) ? REDACTED : maskSecrets(value),
    );
  } catch {
    return maskSecrets(text);
  }
}

/** Headers as a plain object, with credential values reduced to their scheme (`Bearer [redacted]`). */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    // A credential keeps its scheme, if it has one: `Bearer [redacted]`, or just `[redacted]`.
    out[name] = SECRET_HEADERS.test(name) ? value.replace(/^(\w+ ).*|.*/, `$1${REDACTED}`) : value;
  });
  return out;
}
