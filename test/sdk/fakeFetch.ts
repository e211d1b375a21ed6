/**
 * A scripted `fetch` for SDK tests, injected through `createClient({ fetch })` (no globals patched).
 * Each call takes the next reply; the last reply repeats. A reply is a Response (cloned per use), an
 * Error (thrown, like a network failure), or a function of the request.
 */
import { type ProblemCode, parseToken, secretChecksum } from "@tessera/sdk";

export type Reply = Response | Error | ((request: Request, index: number) => Response | Promise<Response>);

export interface FakeFetch {
  fetch: (request: Request) => Promise<Response>;
  /** Copies of every request sent, in order (bodies still readable). */
  requests: Request[];
}

export function fakeFetch(...replies: Reply[]): FakeFetch {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request.clone());
    const index = requests.length - 1;
    const reply = replies[Math.min(index, replies.length - 1)];
    if (reply === undefined) throw new Error("fakeFetch: no reply scripted");
    if (reply instanceof Error) throw reply;
    if (typeof reply === "function") return reply(request, index);
    return reply.clone();
  };
  return { fetch, requests };
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": "req_ok", ...headers },
  });
}

/** An RFC 9457 problem response (E2). */
export function problem(
  status: number,
  code: ProblemCode,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: `https://docs.tessera.dev/problems/${code}`,
    title: code,
    status,
    detail: `detail of ${code}`,
    code,
    requestId: `req_${status}`,
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json", "x-request-id": `req_${status}`, ...headers },
  });
}

/** A well-formed secret of the given kind with a correct checksum, distinct per `seed`. */
export function secret(tag: "ses" | "pat" | "oat", seed: string): string {
  const body = `tsr_${tag}_${seed.padEnd(30, "0").slice(0, 30)}`;
  const value = body + secretChecksum(body);
  if (!parseToken(value).valid) throw new Error(`bad test secret ${value}`);
  return value;
}

export const BASE_URL = "https://api.tessera.test";
export const TOKEN = secret("pat", "TestPersonalToken");
export const TOKEN_ID = "tok_8fK2mQ9xLp4Rt7Vw";

/** A minimal valid Token for responses. */
export function tokenJson(id = TOKEN_ID, label = "CI deploy") {
  return {
    id,
    label,
    description: null,
    type: "personal",
    role: null,
    scopes: [{ resource: "tokens", access: "read" }],
    sensitiveData: "hidden",
    prefix: "tsr_pat_Demo",
    organizationId: "org_acme",
    createdAt: "2026-11-01T09:00:00.000Z",
    createdBy: { id: "usr_ada", name: "Ada Lovelace" },
    lastUsedAt: null,
    lastUsedIp: null,
    expiresAt: null,
    revokedAt: null,
    revocationReason: null,
    status: "active",
    legacy: false,
    allowedIps: null,
    notBefore: null,
  };
}

/** A Session response body (A5) expiring `inMs` from now. */
export function sessionJson(value: string, inMs = 30 * 86_400_000) {
  return {
    id: "ses_4fT9kW2mQ8xLp7Rv",
    value,
    expiresAt: new Date(Date.now() + inMs).toISOString(),
    user: { id: "usr_ada" },
  };
}

/** Records the waits the client asks for instead of waiting. */
export function recordingSleep() {
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  return { sleep, waits };
}
