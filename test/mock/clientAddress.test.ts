/**
 * P1 in-process: there is no connection, so the caller's address is the mock's `clientAddress`
 * option (default 127.0.0.1), and an IP allow-list is judged against it, as the local server judges
 * the connection's address (packages/conformance/src/scenarios/tokenPolicy.ts runs the rest on every runtime).
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { afterAll, expect, test } from "vitest";
import { contractViolations, guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";
const client = (api: ReturnType<typeof createMockApi>, token: string) =>
  createClient({ baseUrl: BASE, token, fetch: guardContract((r) => api.fetch(r)), retries: 0 });
const restricted = (allowedIps: string[]) => ({
  label: allowedIps.join(" "),
  type: "personal" as const,
  scopes: [{ resource: "*" as const, access: "write" as const }],
  sensitiveData: "visible" as const,
  allowedIps,
});

afterAll(() => {
  expect(contractViolations).toEqual([]);
});

test.each([
  ["203.0.113.9", ["203.0.113.0/24"], ["198.51.100.0/24"]],
  ["::ffff:203.0.113.9", ["203.0.113.0/24"], ["::ffff:0:0/96"]],
  ["2001:db8::9", ["2001:db8::/32"], ["2001:db9::/32"]],
])("P1: in-process the caller is clientAddress %s", async (clientAddress, inside, outside) => {
  const api = createMockApi({ clientAddress, freezeClock: true, now: "2026-11-22T10:00:00Z" });
  const ada = client(api, DEMO.tokens.ada.secret);
  const allowed = await ada.tokens.create(restricted(inside));
  const refused = await ada.tokens.create(restricted(outside));
  expect((await client(api, allowed.secret).requester.get()).id).toBe("usr_ada");
  await expect(client(api, refused.secret).requester.get()).rejects.toMatchObject({
    status: 403,
    code: "ip_not_allowed",
  });
  expect((await ada.tokens.get(allowed.token.id)).lastUsedIp).toBe(clientAddress);
  expect((await ada.tokens.get(refused.token.id)).lastUsedAt).toBeNull();
});

test("P1: by default the in-process caller is 127.0.0.1", async () => {
  const api = createMockApi();
  const ada = client(api, DEMO.tokens.ada.secret);
  const loopback = await ada.tokens.create(restricted(["127.0.0.1"]));
  expect((await client(api, loopback.secret).tokens.current()).allowedIps).toEqual(["127.0.0.1/32"]);
});
