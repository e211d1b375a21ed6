import { type PageBody, PagePromise } from "../Page.js";

/**
 * A cursor-paginated list (T7): fetches the first page with `query`, and each later page with
 * `query` plus the previous page's `nextCursor`. Failed pages throw their typed error.
 *
 * @example
 * paginate(query, (pageQuery) => call("GET", "/v1/tokens", options, { params: { query: pageQuery } }));
 *
 * @note A `cursor` already in `query` is where the first page starts; later cursors replace it.
 */
export function paginate<Query extends { cursor?: string }, Item>(
  query: Query,
  fetchPage: (query: Query) => Promise<PageBody<Item>>,
): PagePromise<Item> {
  // The first page is fetched without a cursor: with `query` as it is.
  return PagePromise.of((cursor) => fetchPage(cursor === undefined ? query : { ...query, cursor }));
}
