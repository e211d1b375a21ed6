/**
 * Password hashing never blocks the event loop (DESIGN.md §4, issue 13): 40 concurrent logins on
 * the local server leave an unrelated request answered at once, and the lockout (A5) still holds
 * when the password is checked before the write turn.
 *
 * @note Not a wall-clock threshold. The server's event loop is watched while the logins run
 * (`monitorEventLoopDelay`), and its longest stall is compared with the cost of one PBKDF2 of the
 * test user's hash, measured on this machine just before and after, under the same load: hashing on
 * the loop (the old code) stalls it for at least one whole derivation (usually several in a row),
 * hashing off it leaves only the cost of handling 40 requests at once. The probe is sent once the
 * server has received every login, so it cannot win by arriving first; the logins need at least
 * 40 derivations of thread-pool time, so some are still pending when an unstalled probe returns.
 */
import { pbkdf2Sync } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { DEMO } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer } from "../support/httpTarget.js";

/**
 * Iterations of the test user's hash: a hundred times the mock's own, so one derivation (about
 * 200 ms here) dwarfs the ordinary cost of handling 40 requests at once (tens of ms).
 */
const ITERATIONS = 1_000_000;
const PASSWORD = "probe-password";
const LOGINS = 40;

let server: Awaited<ReturnType<typeof startServer>>;
/** One PBKDF2 of the test user's hash in native code, timed (JavaScript's costs more). */
function derive(): { key: string; ms: number } {
  const started = performance.now();
  const key = pbkdf2Sync(PASSWORD, "probe-salt", ITERATIONS, 32, "sha256").toString("base64");
  return { key, ms: performance.now() - started };
}

beforeAll(async () => {
  server = await startServer();
  const { key } = derive();
  for (const session of ["logins", "lockout"]) {
    await server.server.sessions.get(session).seed({
      users: [
        {
          id: "usr_probe",
          email: "probe@acme.test",
          passwordHash: `pbkdf2-sha256$${ITERATIONS}$probe-salt$${key}`,
          firstName: "Probe",
          lastName: "User",
          memberships: [{ organizationId: "org_acme", role: "developer" }],
        },
      ],
    });
  }
});
afterAll(() => server.close());

const login = (session: string, password = PASSWORD) =>
  fetch(`${server.url}/v1/auth/login`, {
    method: "POST",
    headers: {
      authorization: `Basic ${btoa(`probe@acme.test:${password}`)}`,
      "x-mock-session": session,
    },
  });

describe("passwords off the event loop (issue 13, A5, H3)", () => {
  test("A5: 40 concurrent logins do not stall a probe request; the event loop never waits for a hash", {
    timeout: 60_000,
  }, async () => {
    // Warm up first: the first request of a kind compiles its validators, which is no hash's doing.
    expect((await login("logins")).status).toBe(201);
    let received = 0;
    const allReceived = new Promise<void>((resolve) => {
      const onRequest = (req: IncomingMessage) => {
        if (req.url === "/v1/auth/login" && ++received === LOGINS) {
          server.server.server.off("request", onRequest);
          resolve();
        }
      };
      server.server.server.on("request", onRequest);
    });
    const before = derive().ms;
    const delay = monitorEventLoopDelay({ resolution: 1 });
    delay.enable();
    let finished = 0;
    const logins = Array.from({ length: LOGINS }, () =>
      login("logins").then((response) => {
        finished++;
        return response.status;
      }),
    );
    await allReceived;
    const probeStarted = performance.now();
    const probe = await fetch(`${server.url}/v1/requester`, {
      headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "x-mock-session": "logins" },
    });
    const probeMs = performance.now() - probeStarted;
    const pendingAtProbe = LOGINS - finished;
    const statuses = await Promise.all(logins);
    delay.disable();
    const longestStallMs = delay.max / 1e6;
    const oneDerivationMs = Math.max(before, derive().ms);

    console.log(
      `[issue 13] probe GET /v1/requester during ${LOGINS} concurrent logins: ${probeMs.toFixed(1)} ms, ` +
        `${pendingAtProbe}/${LOGINS} logins still pending; longest event-loop stall ${longestStallMs.toFixed(1)} ms ` +
        `(one native PBKDF2 of ${ITERATIONS} iterations here: ${oneDerivationMs.toFixed(1)} ms)`,
    );
    expect(probe.status).toBe(200);
    expect(statuses).toEqual(Array(LOGINS).fill(201));
    // On the loop, the logins' hashes stall it for one derivation at least; off it, never that long.
    expect(longestStallMs).toBeLessThan(oneDerivationMs);
    expect(pendingAtProbe).toBeGreaterThan(0);
  });

  test("A5: with the password checked before the write turn, 20 concurrent wrong passwords get five 401s, then 429s", {
    timeout: 30_000,
  }, async () => {
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () => login("lockout", "wrong").then((response) => response.status)),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
    const right = await login("lockout");
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
