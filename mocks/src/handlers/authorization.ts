/** Reading credentials from the Authorization header (A1, A2, A5). Never logs or keeps the value. */

export type ParsedAuthorization =
  | { kind: "missing" }
  | { kind: "malformed"; detail: string }
  | { kind: "token"; scheme: "Bearer" | "ApiKey"; secret: string }
  | { kind: "basic"; email: string; password: string };

const TOKEN68 = /^[A-Za-z0-9\-._~+/]+=*$/;
/** What a Tessera secret looks like before its checksum is read: `tsr_<kind>_...`, or a legacy key. */
const SECRET_SHAPED = /^(tsr_[a-z]{3}_[0-9A-Za-z]+|[0-9a-f]{32})$/;

/**
 * Splits `Authorization: <scheme> <value>`. Schemes are case-insensitive (RFC 9110); `Bearer` and
 * `ApiKey` carry a secret, `Basic` carries base64 `email:password`. A secret alone, with no scheme
 * (`Authorization: tsr_pat_...`), is what the contract's `apiKeyAuth` scheme describes (an API key
 * as the header's whole value) and what a client generated from it sends: it is taken as `ApiKey`.
 */
export function parseAuthorization(header: string | null): ParsedAuthorization {
  if (header === null || header.trim() === "") return { kind: "missing" };
  const bare = header.trim();
  if (SECRET_SHAPED.test(bare)) return { kind: "token", scheme: "ApiKey", secret: bare };
  const match = /^([A-Za-z]+) +(\S+)$/.exec(header.trim());
  if (!match)
    return { kind: "malformed", detail: "The Authorization header must be `<scheme> <credentials>`." };
  const scheme = (match[1] as string).toLowerCase();
  const value = match[2] as string;
  if (scheme === "bearer" || scheme === "apikey") {
    if (!TOKEN68.test(value))
      return { kind: "malformed", detail: "The credential contains characters a token cannot have." };
    return { kind: "token", scheme: scheme === "bearer" ? "Bearer" : "ApiKey", secret: value };
  }
  if (scheme === "basic") {
    let decoded: string;
    try {
      decoded = new TextDecoder("utf-8", { fatal: true }).decode(
        Uint8Array.from(atob(value), (c) => c.charCodeAt(0)),
      );
    } catch {
      return { kind: "malformed", detail: "Basic credentials must be base64 of `email:password`." };
    }
    const colon = decoded.indexOf(":");
    if (colon < 1)
      return { kind: "malformed", detail: "Basic credentials must be base64 of `email:password`." };
    return { kind: "basic", email: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
  }
  return { kind: "malformed", detail: "Use the Bearer or ApiKey scheme (Basic for login only)." };
}

/** Whether a host is loopback, where plain HTTP is allowed (A4). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host)
  );
}
