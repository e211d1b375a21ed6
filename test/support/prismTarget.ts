/**
 * A scenario target whose API requests pass through Stoplight Prism in front of the mock server,
 * recording Prism's verdict on every request and response. Controls (`/__mock/*`) go straight to
 * the mock with the same `X-Mock-Session`, so each test still has its own state.
 */
import { expect } from "vitest";
import { type BreachedPart, declaredBreach } from "../../packages/conformance/src/support/contractBreach.js";
import { httpTarget } from "./httpTarget.js";
import type { Target } from "./target.js";

/** One violation as Prism reports it (`sl-violations` header or its own problem document). */
export interface PrismViolation {
  /** Starts with `request` or `response`, e.g. `["request", "query", "limit"]`. */
  location: string[];
  severity: string;
  code?: string | number;
  message: string;
}

/** What became of one request the suite sent. */
export interface PrismVerdict {
  test: string;
  request: string;
  /** The contract breach the scenario declared for this request, if any. */
  declared?: BreachedPart;
  /** `strict`: `prism proxy --errors`; `observer`: `prism proxy`; `direct`: Prism bypassed. */
  via: "strict" | "observer" | "direct";
  status: number;
  violations: PrismViolation[];
  /** Why Prism was bypassed, or what Prism answered itself. */
  note?: string;
}

/** The running proxies, by URL. */
export interface PrismSetup {
  mock: string;
  /** `prism proxy --errors`: every request no scenario declared a breach goes here. */
  strict: string;
  /**
   * `prism proxy` without `--errors`: requests declared to breach the contract go here, so Prism
   * reports the breach (`sl-violations`) but still forwards the request and validates the mock's answer.
   */
  observer: string;
}

const PRISM_ERROR = "https://stoplight.io/prism/errors#";
let counter = 0;

/** A fresh `X-Mock-Session` whose API traffic goes through Prism; verdicts are pushed to `verdicts`. */
export function prismTarget(setup: PrismSetup, verdicts: PrismVerdict[]): Target {
  const session = `prism-${process.pid}-${++counter}`;
  const direct = httpTarget(setup.mock, session);

  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const declared = declaredBreach();
    const base = {
      test: expect.getState().currentTestName ?? "(outside a test)",
      request: `${request.method} ${url.pathname}${url.search}`,
      ...(declared ? { declared } : {}),
    };
    if (url.origin !== setup.strict) {
      // A4 addresses loopback hosts by other names (localhost, [::1]) over plain HTTP. Prism
      // replaces the Host header with the upstream's, so these requests go to the mock as addressed.
      const response = await direct.fetch(request);
      verdicts.push({
        ...base,
        via: "direct",
        status: response.status,
        violations: [],
        note: `addressed to ${url.host}, not to Prism (A4); Prism would replace the Host header`,
      });
      return response;
    }
    if (!decodable(url.pathname)) {
      // E7 sends malformed percent-encodings (`%ff`); Prism drops the connection on them.
      const response = await direct.fetch(new Request(`${setup.mock}${url.pathname}${url.search}`, request));
      verdicts.push({
        ...base,
        via: "direct",
        status: response.status,
        violations: [],
        note: "a path with a malformed percent-encoding (E7); Prism drops the connection on it",
      });
      return response;
    }
    const body = request.method === "GET" || request.method === "HEAD" ? null : await request.arrayBuffer();
    if (body && !isUtf8(body)) {
      // Prism parses a JSON body as UTF-8, replacing invalid bytes with U+FFFD, and relays it
      // re-serialized: the mock would be handed other, valid bytes. So these go to the mock as sent.
      const response = await direct.fetch(
        new Request(`${setup.mock}${url.pathname}${url.search}`, {
          method: request.method,
          headers: request.headers,
          body,
        }),
      );
      verdicts.push({
        ...base,
        via: "direct",
        status: response.status,
        violations: [],
        note: "a body that is not UTF-8 (E5); Prism would relay it re-encoded, with U+FFFD for the bytes",
      });
      return response;
    }
    const headers = new Headers(request.headers);
    headers.set("x-mock-session", session);
    const proxy = declared ? setup.observer : setup.strict;
    const response = await globalThis.fetch(`${proxy}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body: body?.byteLength ? body : null,
    });
    const own = await prismOwnAnswer(response);
    const violations = unique([
      ...fromHeader(response.headers.get("sl-violations")),
      ...(own?.violations ?? []),
    ]);
    const verdict: PrismVerdict = {
      ...base,
      via: declared ? "observer" : "strict",
      status: response.status,
      violations,
      ...(own ? { note: `Prism answered ${response.status} itself: ${own.text}` } : {}),
    };
    verdicts.push(verdict);
    if (!declared || !own) return response;
    // Prism would not forward this deliberately broken request (say, a body that is not JSON):
    // that is its flag. The scenario still needs the mock's own answer, so it gets it directly.
    const bypass = await direct.fetch(
      new Request(`${setup.mock}${url.pathname}${url.search}`, {
        method: request.method,
        headers: request.headers,
        body: body?.byteLength ? body : null,
      }),
    );
    verdicts.push({
      ...base,
      via: "direct",
      status: bypass.status,
      violations: [],
      note: "Prism refused to relay it",
    });
    return bypass;
  };

  // Prism connects to the mock from loopback, so a caller elsewhere can only be shown to the mock
  // directly; the verdict records that these requests bypassed Prism.
  const fromElsewhere = async (request: Request) => {
    const response = await direct.fromElsewhere(request);
    const url = new URL(request.url);
    verdicts.push({
      test: expect.getState().currentTestName ?? "(outside a test)",
      request: `${request.method} ${url.pathname}${url.search}`,
      via: "direct",
      status: response.status,
      violations: [],
      note: "sent from another address (A4, H4); Prism would connect from loopback",
    });
    return response;
  };
  return { baseUrl: setup.strict, fetch, control: direct.control, fromElsewhere };
}

function isUtf8(bytes: ArrayBuffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Whether every percent-encoding in a path decodes. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** The part of the request a Prism request violation is about (Prism's location, or its wording). */
export function breachedPart(violation: PrismViolation): BreachedPart | "request" {
  const [, where] = violation.location;
  if (where === "body" || where === "query" || where === "path") return where;
  if (where === "header" || where === "headers") return "header";
  if (violation.code === 401) return "security";
  if (
    violation.code === 415 ||
    /^Body parameter is required|included a non-empty body/.test(violation.message)
  ) {
    return "body";
  }
  if (/^Selected route not found|^NO_(PATH|METHOD)_MATCHED/.test(violation.message)) return "route";
  return "request";
}

function unique(violations: PrismViolation[]): PrismViolation[] {
  const byKey = new Map(violations.map((v) => [JSON.stringify([v.location, v.code, v.message]), v]));
  return [...byKey.values()];
}

function fromHeader(header: string | null): PrismViolation[] {
  if (!header) return [];
  try {
    return JSON.parse(header) as PrismViolation[];
  } catch {
    return [{ location: ["response"], severity: "Error", message: `unreadable sl-violations: ${header}` }];
  }
}

/**
 * Prism's own answer, when it did not relay the mock's (the mock sets `X-Request-Id` on every
 * response, E3): the violations its problem document lists, or one describing the refusal.
 */
async function prismOwnAnswer(response: Response) {
  if (response.headers.has("x-request-id")) return undefined;
  const text = await response.clone().text();
  let problem: { type?: string; title?: string; detail?: string; validation?: PrismViolation[] } = {};
  try {
    problem = JSON.parse(text);
  } catch {}
  const listed = (problem.validation ?? []).map((v) => ({
    ...v,
    location: ["request", "response"].includes(v.location?.[0] ?? "")
      ? v.location
      : ["request", ...(v.location ?? [])],
  }));
  if (listed.length > 0) return { text, violations: listed };
  if (!problem.type?.startsWith(PRISM_ERROR)) {
    // Prism's HTTP layer refuses a body it cannot parse, before any validation (`invalid_json`).
    const location = /invalid_json/.test(text) ? ["request", "body"] : ["request"];
    return { text, violations: [{ location, severity: "Error", message: `not relayed: ${text}` }] };
  }
  const name = problem.type.slice(PRISM_ERROR.length);
  const violation = { location: ["request"], severity: "Error", message: `${name}: ${problem.detail ?? ""}` };
  return { text, violations: [{ ...violation, code: response.status === 401 ? 401 : name }] };
}
