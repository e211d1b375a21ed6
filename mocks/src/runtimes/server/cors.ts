/**
 * CORS for the API (`/v1/*`), so a browser app on another origin (a Vite dev server on :5173)
 * can call the local server: preflights are answered, answers carry the headers a page must read.
 * Never for `/__mock/*` (H5) or anything else.
 *
 * @note Written here rather than taken from a package: the well-kept ones (`cors`, Hono's) are
 * Connect or framework middleware, and this server answers with its own `Answer`s; the rules
 * fit in a page.
 */
import { DomainError } from "../../domain/errors.js";
import { isLoopback } from "../../handlers/authorization.js";
import { OPERATIONS } from "../../handlers/operations.js";
import { problemResponse } from "../../handlers/problem.js";
import { normalizeHostname, normalizeOrigin } from "./hostNames.js";

/** The methods the contract uses, read from the spec. */
const METHODS = [...new Set(OPERATIONS.map((operation) => operation.method.toUpperCase()))].sort().join(", ");
/** Request headers a page may send: the credential, the body's type, T18's key, the session. */
const REQUEST_HEADERS = "authorization, content-type, idempotency-key, x-mock-session";
/** Response headers a page may read besides the safelisted ones: E3, 429/503, 201, A1/A3/S4, T18, T17, rate limits. */
const EXPOSED_HEADERS = [
  "x-request-id",
  "retry-after",
  "location",
  "www-authenticate",
  "idempotent-replayed",
  "deprecation",
  "sunset",
  "link",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
].join(", ");
/** How long a browser may cache a preflight's answer, in seconds. */
const MAX_AGE = "600";

/** Which origins may call the API from a browser. */
export interface CorsPolicy {
  /** The preflight's answer for an `OPTIONS` request to the API, or null when it is not one. */
  preflight(request: Request, path: string): Response | null;
  /**
   * The CORS headers an API answer needs for the request's origin (`Vary`, and the allow headers
   * if that origin may call), merged with the answer's own `Vary`; none off the API.
   */
  headersFor(
    vary: string | undefined,
    origin: string | undefined,
    path: string,
  ): Record<string, string> | null;
}

const isApi = (path: string) => path.startsWith("/v1/");

/** The headers of an API answer to a caller from no origin, or one that may not call: the same every time. */
const VARY_ORIGIN: Readonly<Record<string, string>> = Object.freeze({ vary: "Origin" });
/** Those of an answer to an origin that may call, by origin (a few, reused; bounded). */
const allowedFor = new Map<string, Readonly<Record<string, string>>>();
function allowHeaders(origin: string): Readonly<Record<string, string>> {
  let headers = allowedFor.get(origin);
  if (!headers) {
    headers = Object.freeze({
      vary: "Origin",
      "access-control-allow-origin": origin,
      "access-control-expose-headers": EXPOSED_HEADERS,
    });
    if (allowedFor.size >= 256) allowedFor.clear();
    allowedFor.set(origin, headers);
  }
  return headers;
}

/**
 * @param origins the allowed origins (`*`: any); undefined means any when `listenHost` is a
 *   loopback address (only this machine reaches the server), none otherwise
 */
export function createCorsPolicy(origins: readonly string[] | undefined, listenHost: string): CorsPolicy {
  const hostname = normalizeHostname(listenHost) ?? "";
  const allowed = new Set((origins ?? (isLoopback(hostname) ? ["*"] : [])).map(normalizeOrigin));
  const mayCall = (origin: string | null | undefined): origin is string =>
    typeof origin === "string" && (allowed.has("*") || allowed.has(origin));

  return {
    preflight(request, path) {
      if (request.method !== "OPTIONS" || !isApi(path)) return null;
      if (!request.headers.has("access-control-request-method")) return null;
      const origin = request.headers.get("origin");
      if (!mayCall(origin)) {
        return problemResponse(
          new DomainError(
            403,
            "forbidden",
            "This origin may not call the API from a browser; see --cors-origin.",
          ),
        );
      }
      return new Response(null, {
        status: 204,
        headers: {
          "access-control-allow-origin": origin,
          "access-control-allow-methods": METHODS,
          "access-control-allow-headers": REQUEST_HEADERS,
          "access-control-max-age": MAX_AGE,
          vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
        },
      });
    },
    headersFor(vary, origin, path) {
      if (!isApi(path) || allowed.size === 0) return null;
      // The answer depends on the origin, so a shared cache must not give one origin's to another.
      if (vary !== undefined)
        return { ...(mayCall(origin) ? allowHeaders(origin) : {}), vary: `${vary}, Origin` };
      if (!mayCall(origin)) return VARY_ORIGIN;
      return allowHeaders(origin);
    },
  };
}
