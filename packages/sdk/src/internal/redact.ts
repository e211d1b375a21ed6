/** Body keys whose values are credentials (T6): token secrets, session values, passwords. */
const SECRET_KEYS = /^(secret|value|token|password|authorization|(access|refresh)_token)$/i;
/** Headers whose values are credentials. */
const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie"]);
/** Tessera secrets anywhere in a string, e.g. echoed in free text. */
const SECRET_PATTERN = /tsr_(ses|pat|oat)_[0-9A-Za-z]{36}/g;
const REDACTED = "[redacted]";

/** A copy of a JSON value with credentials replaced by `[redacted]`, for logging. */
export function redactJson(value: unknown): unknown {
  if (typeof value === "string") return value.replace(SECRET_PATTERN, `tsr_$1_${REDACTED}`);
  if (Array.isArray(value)) return value.map(redactJson);
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // Only string values: `token` is also the name of the token object in create responses.
    copy[key] = SECRET_KEYS.test(key) && typeof item === "string" ? REDACTED : redactJson(item);
  }
  return copy;
}

/** A loggable body: JSON redacted key by key, other text with Tessera secrets masked. */
export function redactBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return redactJson(JSON.parse(text));
  } catch {
    return redactJson(text);
  }
}

/** Headers as a plain object, with credential values reduced to their scheme (`Bearer [redacted]`). */
export function redactHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!SECRET_HEADERS.has(name)) out[name] = value;
    else out[name] = /^\w+ /.test(value) ? `${value.split(" ")[0]} ${REDACTED}` : REDACTED;
  });
  return out;
}
