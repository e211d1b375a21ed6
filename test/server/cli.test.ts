/** `tessera-mock`, the built CLI, as a user runs it. */
import { writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type RunningCli, runCli, startCli } from "../support/cliProcess.js";

// These tests start real processes; give them room on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const running: RunningCli[] = [];
afterEach(() => {
  for (const cli of running.splice(0)) cli.process.kill("SIGKILL");
});
const start = async (args: string[] = []) => {
  const cli = await startCli(args);
  running.push(cli);
  return cli;
};
const ada = { authorization: `Bearer ${DEMO.tokens.ada.secret}` };

describe("tessera-mock", () => {
  test("--help lists every flag", () => {
    const { code, stdout } = runCli(["--help"]);
    expect(code).toBe(0);
    for (const flag of [
      "--host",
      "--port",
      "--seed",
      "--empty",
      "--persist",
      "--log",
      "--help",
      "--version",
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain("X-Mock-Session");
  });

  test("an unknown flag or a bad value exits non-zero with a clear message", () => {
    const cases: [string[], RegExp][] = [
      [["--bogus"], /unknown option '--bogus'/],
      [["--port", "99999"], /--port.*0 to 65535/],
      [["--port", "http"], /--port.*0 to 65535/],
      [["--log", "loud"], /--log.*pretty, json, silent/],
      [["--seed", "/nonexistent/seed.json"], /cannot read a JSON fixture/],
      [["--empty", "--seed", "/nonexistent/seed.json"], /cannot read|cannot be used with/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = runCli(args);
      expect(code, args.join(" ")).not.toBe(0);
      expect(stderr, args.join(" ")).toMatch(message);
    }
  });

  test("a port in use gives a clear error", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    const { code, stderr } = runCli(["--port", String(port)]);
    blocker.close();
    expect(code).toBe(1);
    expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });

  test("prints the base URL, demo users, password, secrets and a curl line that works", async () => {
    const cli = await start();
    const banner = cli.output();
    for (const text of [
      cli.url,
      `${cli.url}/docs`,
      "ada@acme.test",
      "grace@acme.test",
      "sol@solo.test",
      DEMO.password,
      DEMO.tokens.ada.secret,
      DEMO.tokens.acme.secret,
    ]) {
      expect(banner).toContain(text);
    }
    const curl = /curl -s -H 'Authorization: (Bearer \S+)' (\S+)/.exec(banner);
    expect(curl).not.toBeNull();
    const response = await fetch(curl?.[2] ?? "", { headers: { authorization: curl?.[1] ?? "" } });
    expect((await response.json()).id).toBe("usr_ada");
  });

  test("logs one JSON line per request with the credential id and never a secret", async () => {
    const cli = await start(["--log", "json"]);
    await fetch(`${cli.url}/v1/requester`, { headers: ada });
    const login = await fetch(`${cli.url}/v1/auth/login`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa(`ada@acme.test:${DEMO.password}`)}` },
    });
    const { value } = await login.json();
    await fetch(`${cli.url}/v1/tokens/current`, { headers: { authorization: `Bearer ${value}` } });
    // The child writes its log lines after it answers: wait for the third (up to 5 s).
    const requestLines = () =>
      cli
        .output()
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l))
        .filter((l) => l.msg === "request");
    await vi.waitFor(() => expect(requestLines()).toHaveLength(3), { timeout: 5000 });
    const requests = requestLines();
    expect(requests.map((l) => [l.method, l.path, l.status])).toEqual([
      ["GET", "/v1/requester", 200],
      ["POST", "/v1/auth/login", 201],
      ["GET", "/v1/tokens/current", 200],
    ]);
    expect(requests[0]).toMatchObject({ credentialId: DEMO.tokens.ada.id, session: "default" });
    expect(typeof requests[0].ms).toBe("number");
    for (const secret of [DEMO.tokens.ada.secret, value, DEMO.password])
      expect(cli.output()).not.toContain(secret);
  });

  test("--log pretty prints one line per request; --log silent prints none", async () => {
    const pretty = await start();
    await fetch(`${pretty.url}/v1/requester`, { headers: ada });
    await vi.waitFor(
      () =>
        expect(pretty.output()).toMatch(new RegExp(`GET /v1/requester 200 [0-9.]+ms ${DEMO.tokens.ada.id}`)),
      { timeout: 5000 },
    );
    const silent = await start(["--log", "silent"]);
    const before = silent.output();
    await fetch(`${silent.url}/v1/requester`, { headers: ada });
    await new Promise((r) => setTimeout(r, 200));
    expect(silent.output()).toBe(before);
  });

  test("--seed starts from a fixture and --empty from nothing", async () => {
    const file = join(tmpdir(), `tessera-seed-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        organizations: [{ id: "org_x", name: "X Corp", plan: "teams" }],
        users: [
          {
            id: "usr_x",
            email: "x@x.test",
            password: "pw-x-123",
            firstName: "X",
            lastName: "Ray",
            memberships: [{ organizationId: "org_x", role: "admin" }],
          },
        ],
      }),
    );
    const seeded = await start(["--seed", file]);
    expect(seeded.output()).not.toContain(DEMO.tokens.ada.secret);
    const login = await fetch(`${seeded.url}/v1/auth/login`, {
      method: "POST",
      headers: { authorization: `Basic ${btoa("x@x.test:pw-x-123")}` },
    });
    expect(login.status).toBe(201);
    const empty = await start(["--empty"]);
    expect((await fetch(`${empty.url}/v1/requester`, { headers: ada })).status).toBe(401);
  });

  test("SIGTERM finishes in-flight requests, then exits 0; SIGINT too", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const cli = await start(["--log", "silent"]);
      await fetch(`${cli.url}/__mock/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ kind: "latency", ms: 2500, operation: "getRequester" }),
      });
      const inFlight = fetch(`${cli.url}/v1/requester`, { headers: ada });
      // Long enough for the request to reach the server on a busy machine, well inside its latency.
      await new Promise((r) => setTimeout(r, 800));
      cli.process.kill(signal);
      expect((await inFlight).status).toBe(200);
      expect(await cli.exited).toBe(0);
      await expect(fetch(`${cli.url}/v1/requester`, { headers: ada })).rejects.toThrow();
    }
  });
});
