/**
 * Fixtures over HTTP and from the command line (issue 19): `POST /__mock/seed` refuses a bad
 * fixture whole with a 400 problem naming every problem under `/body`, and changes nothing;
 * `tessera-mock --seed` exits 1 with one message naming them, no stack trace.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { type Fixture, FixtureError } from "@tessera/mock";
import { createMockServer } from "@tessera/mock/server";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { BAD_FIXTURES, team } from "../support/badFixtures.js";
import { type RunningCli, runCli, startCli } from "../support/cliProcess.js";
import { startServer } from "../support/httpTarget.js";

// The CLI cases start real processes; give them room on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const control = (method: string, path: string, session: string, body?: string) =>
  fetch(`${server.url}/__mock/${path}`, {
    method,
    headers: { "x-mock-session": session, "content-type": "application/json" },
    body,
  });

describe("POST /__mock/seed", () => {
  test("a valid fixture loads, and its tokens answer", async () => {
    const fixture = team().fixture.build();
    const seeded = await control("POST", "seed", "valid", JSON.stringify(fixture));
    expect(seeded.status).toBe(200);
    const requester = await fetch(`${server.url}/v1/requester`, {
      headers: { authorization: `Bearer ${fixture.tokens?.[0]?.secret}`, "x-mock-session": "valid" },
    });
    expect(requester.status).toBe(200);
  });

  BAD_FIXTURES.forEach((bad, i) => {
    test(`400 naming /body${bad.pointer}, and the session is as it was: ${bad.name}`, async () => {
      const session = `bad-${i}`;
      const before = await (await control("GET", "state", session)).text();
      const response = await control("POST", "seed", session, JSON.stringify(bad.fixture()));
      expect(response.status).toBe(400);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      const problem = await response.json();
      expect(problem).toMatchObject({ status: 400, code: "invalid_request" });
      expect(problem.detail).toMatch(/refused and nothing of it was loaded: 1 problem/);
      expect(problem.errors).toEqual([
        { pointer: `/body${bad.pointer}`, detail: expect.stringMatching(bad.detail) },
      ]);
      expect(await (await control("GET", "state", session)).text()).toBe(before);
    });
  });

  test("a body that is not JSON is still a 400, and not a fixture problem", async () => {
    const response = await control("POST", "seed", "not-json", "{");
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toBe("The body is not valid JSON.");
  });
});

test("createMockServer({ mock: { seed } }) throws a FixtureError for each bad fixture, before any request", () => {
  for (const bad of BAD_FIXTURES.filter((b) => !b.onTop)) {
    let thrown: unknown;
    try {
      createMockServer({ port: 0, mock: { seed: bad.fixture() as never, now: "2026-11-22T10:00:00Z" } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown, bad.name).toBeInstanceOf(FixtureError);
    expect((thrown as FixtureError).problems, bad.name).toEqual([
      { pointer: bad.pointer, detail: expect.stringMatching(bad.detail) },
    ]);
  }
});

test("createMockServer keeps its checked copy of a seed, not the caller's fixture (issue 17: a --seed is not held twice)", async () => {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  let fixture: Fixture | undefined = JSON.parse(JSON.stringify(team("held").fixture.build())) as Fixture;
  const held = new WeakRef(fixture);
  const server = createMockServer({ port: 0, mock: { seed: fixture, now: "2026-11-22T10:00:00Z" } });
  fixture = undefined;
  const { url } = await server.listen();
  try {
    // The server answers from its copy (the session is made from it after the fixture is gone).
    for (let i = 0; i < 3 && held.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(held.deref()).toBeUndefined();
    const response = await fetch(`${url}/__mock/outbox`);
    expect(response.status).toBe(200);
  } finally {
    await server.close();
  }
});

describe("tessera-mock --seed", () => {
  const dir = mkdtempSync(join(tmpdir(), "tessera-fixtures-"));
  const file = (name: string, fixture: unknown) => {
    const path = join(dir, `${name}.json`);
    writeFileSync(path, JSON.stringify(fixture));
    return path;
  };
  const running: RunningCli[] = [];
  afterEach(() => {
    for (const cli of running.splice(0)) cli.process.kill("SIGKILL");
  });

  test("a valid fixture starts the server, and its tokens answer", async () => {
    const fixture = team().fixture.build();
    const cli = await startCli(["--seed", file("valid", fixture), "--log", "silent"]);
    running.push(cli);
    const requester = await fetch(`${cli.url}/v1/requester`, {
      headers: { authorization: `Bearer ${fixture.tokens?.[0]?.secret}` },
    });
    expect(requester.status).toBe(200);
  });

  BAD_FIXTURES.forEach((bad, i) => {
    if (bad.onTop) return; // the CLI seeds an empty mock: nothing is there before the fixture
    test(`exits 1 naming ${bad.pointer || "/"}, with no stack trace: ${bad.name}`, () => {
      const path = file(`bad-${i}`, bad.fixture());
      const { code, stdout, stderr } = runCli(["--seed", path, "--port", "0"]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        `[tessera-mock] The fixture in ${path} was refused, nothing of it was loaded (1 problem):`,
      );
      const line = stderr.split("\n").find((l) => l.startsWith(`  ${bad.pointer || "/"}: `));
      expect(line?.slice(`  ${bad.pointer || "/"}: `.length)).toMatch(bad.detail);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  });
});
