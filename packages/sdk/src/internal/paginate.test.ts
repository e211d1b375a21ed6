import { describe, expect, test } from "vitest";
import type { PageBody } from "../Page.js";
import { NotFoundError } from "../TesseraError.js";
import { unwrap } from "./call.js";
import { paginate } from "./paginate.js";

interface Query {
  limit?: number;
  cursor?: string;
}

type Reply = PageBody<string> | { status: number };

/**
 * A fetchPage that answers its calls in order and records the query of each; a status reply is a
 * failed response, thrown as its typed error as the resource methods do.
 */
function scriptedPages(...replies: Reply[]) {
  const queries: Query[] = [];
  const fetchPage = async (query: Query): Promise<PageBody<string>> => {
    queries.push(query);
    const reply = replies[queries.length - 1];
    if (reply === undefined) throw new Error("scriptedPages: no reply scripted");
    if ("status" in reply) return unwrap({ response: new Response(null, { status: reply.status }) });
    return unwrap({ data: reply, response: new Response(null, { status: 200 }) });
  };
  return { fetchPage, queries };
}

const collect = async (items: AsyncIterable<string>, into: string[] = []) => {
  for await (const item of items) into.push(item);
  return into;
};

describe("paginate (T7)", () => {
  test("asks for each later page with the previous nextCursor, keeping the rest of the query", async () => {
    const { fetchPage, queries } = scriptedPages(
      { data: ["a", "b"], nextCursor: "c1" },
      { data: ["c"], nextCursor: "c2" },
      { data: ["d"], nextCursor: null },
    );
    expect(await collect(paginate({ limit: 2 }, fetchPage))).toEqual(["a", "b", "c", "d"]);
    expect(queries).toEqual([{ limit: 2 }, { limit: 2, cursor: "c1" }, { limit: 2, cursor: "c2" }]);
  });

  test("a cursor in the caller's query is where the first page starts", async () => {
    const { fetchPage, queries } = scriptedPages(
      { data: ["c"], nextCursor: "c2" },
      { data: ["d"], nextCursor: null },
    );
    expect(await collect(paginate({ limit: 1, cursor: "c1" }, fetchPage))).toEqual(["c", "d"]);
    expect(queries).toEqual([
      { limit: 1, cursor: "c1" },
      { limit: 1, cursor: "c2" },
    ]);
  });

  test("the first page is fetched once when awaited and then iterated", async () => {
    const { fetchPage, queries } = scriptedPages({ data: ["a", "b"], nextCursor: null });
    const list = paginate({}, fetchPage);
    const page = await list;
    expect(page.data).toEqual(["a", "b"]);
    expect(await collect(list)).toEqual(["a", "b"]);
    expect(queries).toEqual([{}]);
  });

  test("a failed page throws its typed error, after the items before it", async () => {
    const { fetchPage } = scriptedPages({ data: ["a"], nextCursor: "c1" }, { status: 404 });
    const seen: string[] = [];
    await expect(collect(paginate({}, fetchPage), seen)).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual(["a"]);
  });

  test("a failed first page rejects the await", async () => {
    const { fetchPage } = scriptedPages({ status: 404 });
    await expect(paginate({}, fetchPage)).rejects.toBeInstanceOf(NotFoundError);
  });
});
