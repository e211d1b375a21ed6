/**
 * Secret hygiene (T6, issue 6): after a scenario that logs in, creates, rotates, lists, fails,
 * revokes and reports a leak (P4), no secret appears anywhere except the one response that issued it: not in other
 * responses, the journal, the outbox, the request logs, the state endpoint or the persisted file.
 */
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "@tessera/mock";
import { afterAll, expect, test } from "vitest";
import { type RunningCli, startCli } from "../support/cliProcess.js";

let cli: RunningCli | undefined;
afterAll(() => cli?.process.kill("SIGKILL"));

test("T6: each secret appears only in the response that issued it", async () => {
  const file = join(tmpdir(), `tessera-hygiene-${process.pid}.state.jsonl`);
  rmSync(file, { force: true });
  cli = await startCli(["--persist", file, "--log", "json"]);
  const url = cli.url;
  const seen: { label: string; text: string }[] = [];
  const call = async (label: string, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}${path}`, init);
    const text = await response.text();
    const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join("\n");
    seen.push({ label, text: `${headers}\n${text}` });
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  };
  const json = (secret: string, body?: unknown, method = "POST") => ({
    method,
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const personal = {
    label: "hygiene",
    type: "personal",
    scopes: [{ resource: "tokens", access: "write" }],
    sensitiveData: "visible",
  };

  const login = await call("login", "/v1/auth/login", {
    method: "POST",
    headers: { authorization: `Basic ${btoa(`ada@acme.test:${DEMO.password}`)}` },
  });
  const session: string = login.json.value;
  const created = await call("create personal", "/v1/tokens", json(session, personal));
  const org = await call(
    "create organization",
    "/v1/tokens",
    json(session, { ...personal, type: "organization", role: "admin" }),
  );
  const rotated = await call(
    "rotate",
    `/v1/tokens/${created.json.token.id}/rotate`,
    json(session, { gracePeriodSeconds: 60 }),
  );
  const issued = {
    session,
    personal: created.json.secret as string,
    organization: org.json.secret as string,
    rotated: rotated.json.secret as string,
  };
  const issuedBy: Record<string, string> = {
    session: "login",
    personal: "create personal",
    organization: "create organization",
    rotated: "rotate",
  };

  await call("list", "/v1/tokens?limit=100", { headers: { authorization: `Bearer ${issued.organization}` } });
  await call("get", `/v1/tokens/${created.json.token.id}`, {
    headers: { authorization: `Bearer ${issued.rotated}` },
  });
  await call("current", "/v1/tokens/current", { headers: { authorization: `Bearer ${issued.personal}` } });
  await call("introspect", "/v1/tokens/introspect", json(issued.organization, { token: issued.rotated }));
  await call("requester", "/v1/requester", { headers: { authorization: `ApiKey ${issued.rotated}` } });
  await call("bad body", "/v1/tokens", json(issued.personal, { ...personal, secret: issued.personal }));
  await call("wrong scope", "/v1/audit-events", { headers: { authorization: `Bearer ${issued.personal}` } });
  await call("bad checksum", "/v1/requester", {
    headers: { authorization: `Bearer ${issued.personal.slice(0, -1)}X` },
  });
  await call("revoke", `/v1/tokens/${created.json.token.id}`, json(session, undefined, "DELETE"));
  await call("revoked use", "/v1/requester", { headers: { authorization: `Bearer ${issued.rotated}` } });
  await call("audit", "/v1/audit-events", { headers: { authorization: `Bearer ${session}` } });
  // P4: a leak report carries the secret in its body; its answer, events and notices must not.
  await call("leak report", "/v1/credentials/revoke", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ credentials: [issued.organization] }),
  });
  await call("leaked use", "/v1/requester", { headers: { authorization: `Bearer ${issued.organization}` } });
  await call("audit after the leak", "/v1/audit-events", { headers: { authorization: `Bearer ${session}` } });
  await call("logout", "/v1/auth/logout", json(session));
  await call("journal", "/__mock/journal");
  await call("outbox", "/__mock/outbox");
  await call("state", "/__mock/state");
  await new Promise((r) => setTimeout(r, 200));
  cli.process.kill("SIGTERM");
  await cli.exited;

  const persisted = readFileSync(file, "utf8");
  expect(persisted.length).toBeGreaterThan(1000);
  for (const [name, secret] of Object.entries(issued)) {
    expect(secret, name).toMatch(/^tsr_(ses|pat|oat)_/);
    const where = seen
      .filter((s) => s.text.includes(secret) || s.text.includes(secret.slice(12)))
      .map((s) => s.label);
    expect(where, name).toEqual([issuedBy[name]]);
    expect(cli.output().includes(secret.slice(12)), `${name} in the logs`).toBe(false);
    expect(persisted.includes(secret.slice(12)), `${name} in the state file`).toBe(false);
  }
  expect(persisted).not.toContain(DEMO.password);
  expect(cli.output()).not.toContain(DEMO.password);
});
