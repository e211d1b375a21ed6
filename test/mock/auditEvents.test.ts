/**
 * T16: `GET /v1/audit-events` lists an organization's events newest first, also past a page.
 * The store once took the first matches in insertion order and sorted only those (@msw/data's
 * `findMany` applies `take` before `orderBy`), so with more events than a page holds the first
 * page showed the oldest ones and the newest never appeared (mocks/src/store/createStore.ts,
 * `auditEvents()`).
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient } from "@tessera/sdk";
import { afterAll, expect, test } from "vitest";
import { contractViolations, guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";

afterAll(() => {
  expect(contractViolations).toEqual([]);
});

test("T16: with more than a page of events, the first page holds the newest, and the pages hold each event once, newest first", async () => {
  const api = createMockApi({ freezeClock: true, now: "2026-11-22T10:00:00Z" });
  const ada = createClient({
    baseUrl: BASE,
    token: DEMO.tokens.ada.secret,
    fetch: guardContract((r) => api.fetch(r)),
    retries: 0,
  });
  const before = new Set<string>();
  for await (const event of ada.auditEvents.list({ limit: 100 })) before.add(event.id);
  // 32 events of Acme's, in this order: created, revoked, created, revoked, ...
  const happened: string[] = [];
  for (let i = 0; i < 16; i++) {
    const { token } = await ada.tokens.create({
      label: `audited ${i}`,
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    });
    happened.push(`token.created ${token.id}`);
    await ada.tokens.revoke(token.id);
    happened.push(`token.revoked ${token.id}`);
  }
  const newestFirst = [...happened].reverse();
  const shown = (events: { type: string; token: { id: string } | null }[]) =>
    events.map((e) => `${e.type} ${e.token?.id}`);

  // The first page (default limit 20) is the 20 newest.
  const first = await ada.auditEvents.list();
  expect(first.data).toHaveLength(20);
  expect(shown(first.data)).toEqual(newestFirst.slice(0, 20));
  expect(first.nextCursor).not.toBeNull();

  // Page by page, with a small limit: every event once, newest first, then what was there before.
  const all: { id: string; type: string; token: { id: string } | null }[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof ada.auditEvents.list>> = await ada.auditEvents.list({
      limit: 7,
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  const ours = all.filter((e) => !before.has(e.id));
  expect(shown(ours)).toEqual(newestFirst);
  expect(all.slice(0, ours.length)).toEqual(ours);
  expect(new Set(all.map((e) => e.id)).size).toBe(all.length);

  // The type filter likewise: the newest token.revoked first, past a page of them.
  const revoked = await ada.auditEvents.list({ type: "token.revoked", limit: 10 });
  expect(shown(revoked.data)).toEqual(newestFirst.filter((e) => e.startsWith("token.revoked")).slice(0, 10));
});
