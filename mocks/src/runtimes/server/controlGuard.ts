/**
 * H5: the control plane (`/__mock/*`) cannot be driven from a web page. A page can make a browser
 * send a cross-site "simple" request (a form post, `text/plain`, no preflight) to 127.0.0.1, and
 * with DNS rebinding can even read the answers of a name it controls that now points at 127.0.0.1.
 * So the controls answer only requests addressed to a loopback name (or one the operator lists),
 * never from another site's page, never a preflight, and take bodies only as `application/json`,
 * which no page can send cross-site without a preflight. They never send CORS headers.
 */
import { DomainError } from "../../domain/errors.js";
import { isLoopback } from "../../handlers/authorization.js";
import { isUtf8Json } from "../../handlers/pipeline/requestInput.js";
import { problemResponse } from "../../handlers/problem.js";
import { MAX_READ_BYTES } from "./nodeHttp.js";

const forbidden = (detail: string) => problemResponse(new DomainError(403, "forbidden", detail));
const ALLOWED =
  "loopback names (localhost, *.localhost, 127.x.x.x, [::1]) and those given with --control-host";

/**
 * The refusal for a control request that may come from a web page, or null to go on: 403 for a
 * Host or Origin outside `controlHosts` and for a preflight, 413 for a body over 1 MiB, 415 for a
 * body (or a POST) that is not `application/json`.
 *
 * @param controlHosts normalized host names accepted besides loopback ones
 * @param oversized whether the body was cut at the read limit
 */
export function refuseControl(
  request: Request,
  controlHosts: ReadonlySet<string>,
  oversized: boolean,
): Response | null {
  const accepted = (hostname: string) => isLoopback(hostname) || controlHosts.has(hostname);
  const { hostname } = new URL(request.url);
  if (!accepted(hostname)) {
    return forbidden(
      `The control plane answers requests addressed to ${ALLOWED}, not to ${JSON.stringify(hostname.slice(0, 100))} (H5: DNS rebinding).`,
    );
  }
  if (request.method === "OPTIONS") {
    return forbidden("The control plane does not answer CORS preflights: web pages may not drive it (H5).");
  }
  const origin = request.headers.get("origin");
  if (origin !== null) {
    if (!accepted(originHostname(origin))) {
      return forbidden(
        `The control plane does not answer web pages from other sites (H5); this one came from ${JSON.stringify(origin.slice(0, 100))}.`,
      );
    }
  }
  if (oversized) {
    return problemResponse(
      new DomainError(
        413,
        "payload_too_large",
        `A control body is at most ${MAX_READ_BYTES / 1024 / 1024} MiB.`,
      ),
    );
  }
  const carriesBody = request.body !== null || !["GET", "HEAD", "DELETE"].includes(request.method);
  if (carriesBody && !isUtf8Json(request.headers.get("content-type"))) {
    return problemResponse(
      new DomainError(
        415,
        "unsupported_media_type",
        `Control bodies (and every POST) must be sent as Content-Type: application/json, so no web page can send one cross-site (H5).`,
      ),
    );
  }
  return null;
}

/** The host name of an `Origin` header; empty for `null` and anything else no URL can be made of. */
function originHostname(origin: string): string {
  try {
    return new URL(origin).hostname;
  } catch {
    return "";
  }
}
