import { createClient, NotFoundError, Page, type Token } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { BASE_URL, fakeFetch, json, problem, TOKEN, tokenJson } from "./fakeFetch.js";

/** A fetch serving `pages` in order by cursor: page i is served for cursor `c<i>` (page 0 without one). */
function pagedFetch(pages: unknown[][]) {
  return fakeFetch((request) => {
    const cursor = new URL(request.url).searchParams.get("cursor");
    const index = cursor === null ? 0 : Number(cursor.slice(1));
    const nextCursor = index + 1 < pages.length ? `c${index + 1}` : null;
    return json({ data: pages[index], nextCursor });
  });
}

const ids = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => tokenJson(`tok_${String(from + i).padStart(16, "0")}`, `t${from + i}`));

describe("T7: cursor pagination", () => {
  test("for await walks every page via nextCursor, keeping the query", async () => {
    const { fetch, requests } = pagedFetch([ids(2), ids(2, 2), ids(1, 4)]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const labels: string[] = [];
    for await (const token of client.tokens.list({ limit: 2, status: "active" })) labels.push(token.label);
    expect(labels).toEqual(["t0", "t1", "t2", "t3", "t4"]);
    expect(requests.map((request) => new URL(request.url).search)).toEqual([
      "?limit=2&status=active",
      "?limit=2&status=active&cursor=c1",
      "?limit=2&status=active&cursor=c2",
    ]);
  });

  test("awaiting a list gives the first page; nextPage and hasNextPage walk on", async () => {
    const { fetch, requests } = pagedFetch([ids(2), ids(1, 2)]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const first = await client.tokens.list({ limit: 2 });
    expect(first).toBeInstanceOf(Page);
    expect(first.data.map((token) => token.label)).toEqual(["t0", "t1"]);
    expect(first.nextCursor).toBe("c1");
    expect(first.hasNextPage()).toBe(true);
    expect(requests).toHaveLength(1);

    const second = await first.nextPage();
    expect(second.data.map((token) => token.label)).toEqual(["t2"]);
    expect(second.nextCursor).toBeNull();
    expect(second.hasNextPage()).toBe(false);
    await expect(second.nextPage()).rejects.toThrow("last page");
    expect(requests).toHaveLength(2);
  });

  test("a page iterates its own items and the later pages'; pages() yields each page", async () => {
    const { fetch } = pagedFetch([ids(1), ids(1, 1), ids(1, 2)]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const second = await (await client.tokens.list()).nextPage();
    const rest: string[] = [];
    for await (const token of second) rest.push(token.label);
    expect(rest).toEqual(["t1", "t2"]);

    const sizes: number[] = [];
    for await (const page of (await client.tokens.list()).pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([1, 1, 1]);
  });

  test("the first page is requested once, whether awaited, iterated or both", async () => {
    const { fetch, requests } = pagedFetch([ids(2)]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const list = client.tokens.list();
    const page = await list;
    const items: Token[] = [];
    for await (const token of list) items.push(token);
    expect(items).toEqual(page.data);
    expect(requests).toHaveLength(1);
  });

  test("a list can start from a given cursor", async () => {
    const { fetch, requests } = pagedFetch([ids(1), ids(1, 1), ids(1, 2)]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const labels: string[] = [];
    for await (const token of client.tokens.list({ cursor: "c1" })) labels.push(token.label);
    expect(labels).toEqual(["t1", "t2"]);
    expect(requests).toHaveLength(2);
  });

  test("an error on a later page surfaces from the loop, after the earlier items", async () => {
    const { fetch } = fakeFetch(json({ data: ids(1), nextCursor: "c1" }), problem(404, "not_found"));
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, retries: 0 });
    const labels: string[] = [];
    const loop = async () => {
      for await (const token of client.tokens.list()) labels.push(token.label);
    };
    await expect(loop()).rejects.toBeInstanceOf(NotFoundError);
    expect(labels).toEqual(["t0"]);
  });

  test("an error on the first page rejects the await", async () => {
    const { fetch } = fakeFetch(problem(403, "insufficient_scope"));
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    await expect(client.tokens.list()).rejects.toMatchObject({ status: 403, code: "insufficient_scope" });
  });

  test("S2: scopes.resources pages through selectable resources of one type", async () => {
    const zone = (n: number) => ({ id: `zone_${n}`, type: "zones", name: `z${n}.test` });
    const { fetch, requests } = pagedFetch([[zone(1), zone(2)], [zone(3)]]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const names: string[] = [];
    for await (const resource of client.scopes.resources("zones", { limit: 2 })) names.push(resource.name);
    expect(names).toEqual(["z1.test", "z2.test", "z3.test"]);
    expect(requests.map((request) => request.url)).toEqual([
      `${BASE_URL}/v1/scopes/zones/resources?limit=2`,
      `${BASE_URL}/v1/scopes/zones/resources?limit=2&cursor=c1`,
    ]);
  });

  test("T16: auditEvents.list pages through events with its type filter", async () => {
    const event = (n: number) => ({ id: `evt_${n}`, type: "token.created" });
    const { fetch, requests } = pagedFetch([[event(1)], [event(2)], [event(3)]]);
    const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch });
    const seen: string[] = [];
    for await (const item of client.auditEvents.list({ type: "token.created" })) seen.push(item.id);
    expect(seen).toEqual(["evt_1", "evt_2", "evt_3"]);
    expect(new URL(requests[2]?.url ?? "").search).toBe("?type=token.created&cursor=c2");
  });
});
