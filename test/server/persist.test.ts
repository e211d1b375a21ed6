/**
 * `--persist`: every write acknowledged with a 2xx survives a crash (SIGKILL mid-burst), the state
 * file is never corrupted, and it holds secret hashes only.
 */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { afterEach, describe, expect, test, vi } from "vitest";
import { type RunningCli, startCli } from "../support/cliProcess.js";

vi.setConfig({ testTimeout: 120_000 });

const running: RunningCli[] = [];
afterEach(() => {
  for (const cli of running.splice(0)) cli.process.kill("SIGKILL");
});
const start = async (file: string) => {
  const cli = await startCli(["--persist", file, "--log", "silent"]);
  running.push(cli);
  return cli;
};
const stateFile = (name: string) => {
  const file = join(tmpdir(), `tessera-${name}-${process.pid}-${Date.now()}.state.jsonl`);
  rmSync(file, { force: true });
  return file;
};

interface Acknowledged {
  session: string;
  id: string;
  label: string;
  secret: string;
}

describe("--persist", () => {
  test("acknowledged writes survive SIGKILL mid-burst; the restarted server finds all of them", async () => {
    const file = stateFile("crash");
    const cli = await start(file);
    const acknowledged: Acknowledged[] = [];
    let stop = false;
    // Ten sessions, each with Ada's 49 free personal-token slots, written to concurrently.
    const worker = async (session: string) => {
      for (let i = 0; !stop && i < 49; i++) {
        const label = `${session} #${i}`;
        try {
          const response = await fetch(`${cli.url}/v1/tokens`, {
            method: "POST",
            headers: {
              authorization: `Bearer ${DEMO.tokens.ada.secret}`,
              "content-type": "application/json",
              "x-mock-session": session,
            },
            body: JSON.stringify({
              label,
              type: "personal",
              scopes: [{ resource: "tokens", access: "read" }],
              sensitiveData: "visible",
            }),
          });
          if (response.status !== 201) continue;
          const { token, secret } = await response.json();
          acknowledged.push({ session, id: token.id, label, secret });
        } catch {
          return; // the server died under us: this request was never acknowledged
        }
      }
    };
    const burst = Promise.all(Array.from({ length: 10 }, (_, i) => worker(`s${i}`)));
    while (acknowledged.length < 120) await new Promise((r) => setTimeout(r, 5));
    cli.process.kill("SIGKILL");
    stop = true;
    await burst;
    expect(await cli.exited).toBeNull();
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);

    const restarted = await start(file);
    for (const { session, id, label, secret } of acknowledged) {
      const asAda = await fetch(`${restarted.url}/v1/tokens/${id}`, {
        headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "x-mock-session": session },
      });
      expect(asAda.status, `${session} ${label}`).toBe(200);
      expect((await asAda.json()).label).toBe(label);
      const asItself = await fetch(`${restarted.url}/v1/tokens/current`, {
        headers: { authorization: `Bearer ${secret}`, "x-mock-session": session },
      });
      expect(asItself.status).toBe(200);
    }
    // Nothing half-applied: every token that exists is complete and listed, and the limit still holds.
    for (let i = 0; i < 10; i++) {
      const page = await fetch(`${restarted.url}/v1/tokens?limit=100`, {
        headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "x-mock-session": `s${i}` },
      });
      expect(page.status).toBe(200);
      const { data } = await page.json();
      expect(data.length).toBeLessThanOrEqual(53);
      for (const token of data) expect(token.prefix).toMatch(/^(tsr_(pat|oat)_|[0-9a-f]{12})/);
    }
    const persisted = readFileSync(file, "utf8");
    for (const { secret } of acknowledged) expect(persisted).not.toContain(secret);
    expect(persisted).not.toContain(DEMO.tokens.ada.secret);
    expect(persisted).not.toContain(DEMO.password);
  });

  test("a torn last line (a write cut short) is dropped, and earlier state loads", async () => {
    const file = stateFile("torn");
    const cli = await start(file);
    const created = await fetch(`${cli.url}/v1/tokens`, {
      method: "POST",
      headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}`, "content-type": "application/json" },
      body: JSON.stringify({
        label: "kept",
        type: "personal",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "visible",
      }),
    });
    const { token } = await created.json();
    cli.process.kill("SIGKILL");
    await cli.exited;
    const { appendFileSync } = await import("node:fs");
    appendFileSync(
      file,
      '0123456789abcdef {"kind":"op","session":"default","changes":[{"op":"put","table":"tok',
    );
    const restarted = await start(file);
    expect(restarted.output()).toContain("dropped a torn last line");
    const kept = await fetch(`${restarted.url}/v1/tokens/${token.id}`, {
      headers: { authorization: `Bearer ${DEMO.tokens.ada.secret}` },
    });
    expect(kept.status).toBe(200);
  });

  test("clock changes, sessions and graceful restarts persist too", async () => {
    const file = stateFile("clock");
    const cli = await start(file);
    await fetch(`${cli.url}/__mock/clock`, {
      method: "POST",
      headers: { "x-mock-session": "c", "content-type": "application/json" },
      body: JSON.stringify({ freeze: true, set: "2030-01-01T00:00:00Z" }),
    });
    cli.process.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
    const restarted = await start(file);
    const clock = await (
      await fetch(`${restarted.url}/__mock/clock`, { headers: { "x-mock-session": "c" } })
    ).json();
    expect(clock).toEqual({ now: "2030-01-01T00:00:00.000Z", frozen: true });
  });
});
