/**
 * Mutants of the mock: each breaks one rule, the way a real implementation might get it wrong, by
 * a handler override (`api.use(http.*)`) in front of the real handlers, or by one setting. The
 * conformance kit must fail exactly the rules each one breaks (test/conformance/conformanceKit.test.ts).
 */
import { createMockApi, DEMO, type MockApi } from "@tessera/mock";
import { getResponse, HttpResponse, http } from "msw";

const EPOCH = "2026-11-22T10:00:00.000Z";

/** A mutant: how it is made, and the rules the kit must find broken (no more, no fewer). */
export interface Mutant {
  name: string;
  breaks: string[];
  /** Why exactly these rules: the scenarios of each rely on the behaviour the mutant changes. */
  because: string;
  create(): MockApi;
}

/** The real mock's answer to `request`, past the overrides. */
const real = (api: MockApi, request: Request) =>
  getResponse(api.handlers, request).then((response) => response ?? new Response(null, { status: 404 }));

const withBody = (request: Request, body: unknown) =>
  new Request(request.url, { method: request.method, headers: request.headers, body: JSON.stringify(body) });

const fresh = (options: Parameters<typeof createMockApi>[0] = {}) =>
  createMockApi({ freezeClock: true, now: EPOCH, ...options });

export const MUTANTS: Mutant[] = [
  {
    name: "revoke that does not revoke",
    // Revocation is what these rules say the effects of: a revoked secret is 401 like an unknown
    // one (A3), frees a slot (T4), lists as `revoked` (T7), cannot rotate (T11), introspects as
    // `{ active: false }` (T12), notifies (T16); a leak report of a revoked secret changes nothing (P4);
    // and the authorization matrix has a column of revoked credentials.
    breaks: ["A3", "T4", "T7", "T10", "T11", "T12", "T16", "P4", "matrix"],
    because: "DELETE /v1/tokens/{id} answers as if it revoked, and the secret keeps working",
    create() {
      const api = fresh();
      api.use(
        http.delete("*/v1/tokens/:id", async ({ request }) => {
          const url = new URL(request.url);
          const seen = await real(
            api,
            new Request(`${url.origin}${url.pathname}`, { headers: request.headers }),
          );
          const token = seen.status === 200 ? ((await seen.json()) as { label: string }) : undefined;
          const confirm = url.searchParams.get("confirm");
          if (!token || (confirm !== null && confirm !== token.label)) return real(api, request);
          // The answer a revocation gives (the token, now `revoked`), without revoking anything.
          const headers = new Headers(seen.headers);
          headers.delete("content-length");
          return HttpResponse.json({ ...token, status: "revoked" }, { headers });
        }),
      );
      return api;
    },
  },
  {
    name: "rotate without grace",
    // The grace period is also what lets a legacy key rotated out keep working, deprecated (T17),
    // and what bounds what a secret rotated out may still do (H1).
    breaks: ["T11", "T17", "H1"],
    because: "rotate ignores gracePeriodSeconds: the old secret dies at once",
    create() {
      const api = fresh();
      api.use(
        http.post("*/v1/tokens/:id/rotate", async ({ request }) => {
          const body = await request
            .clone()
            .json()
            .catch(() => undefined);
          if (typeof body !== "object" || body === null || !("gracePeriodSeconds" in body)) {
            return real(api, request);
          }
          return real(api, withBody(request, { ...body, gracePeriodSeconds: 0 }));
        }),
      );
      return api;
    },
  },
  {
    name: "a T4 limit of 51",
    breaks: ["T4"],
    because: "the 51st active token of one owner is accepted",
    create: () => fresh({ config: { tokenLimit: 51 } }),
  },
  {
    name: "a T3 check that ignores selected resources",
    breaks: ["T3"],
    because: "a credential restricted to some zones may grant others: only resource types are compared",
    create() {
      const api = fresh();
      // Ada's restricted tokens are bounded by her types only: a refusal that names selected
      // resources alone is answered as her full-access token would be answered.
      api.use(
        http.post("*/v1/tokens", async ({ request }) => {
          const answer = await real(api, request.clone());
          if (answer.status !== 403) return answer;
          const problem = (await answer.clone().json()) as { code?: string; refused?: string[] };
          const selectedOnly =
            problem.refused?.length &&
            problem.refused.every((r) => /^(zones|domains|certificates):(read|write)\[/.test(r));
          if (problem.code !== "scope_escalation" || !selectedOnly) return answer;
          const who = await real(
            api,
            new Request(new URL("/v1/requester", request.url), { headers: request.headers }),
          );
          const requester = (await who.json()) as { kind?: string; id?: string };
          if (requester.kind !== "user" || requester.id !== DEMO.users.ada.id) return answer;
          const headers = new Headers(request.headers);
          headers.set("authorization", `Bearer ${DEMO.tokens.ada.secret}`);
          return real(api, new Request(request, { headers }));
        }),
      );
      return api;
    },
  },
  {
    name: "labels measured in UTF-16 units",
    breaks: ["E5"],
    because: "a label of 100 astral code points (200 UTF-16 units) is refused as too long",
    create() {
      const api = fresh();
      api.use(
        http.post("*/v1/tokens", async ({ request }) => {
          const body = (await request
            .clone()
            .json()
            .catch(() => undefined)) as { label?: unknown } | undefined;
          const label = body?.label;
          if (typeof label !== "string" || label.trim().length <= 100) return real(api, request);
          return real(api, withBody(request, { ...body, label: "x".repeat(101) }));
        }),
      );
      return api;
    },
  },
];
