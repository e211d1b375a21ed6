import { type PageBody, PagePromise } from "../Page.js";
import { type ApiResult, unwrap } from "./resourceContext.js";

/**
 * A cursor-paginated list (T7): fetches the first page with `query`, and each later page with
 * `query` plus the previous page's `nextCursor`. Failed pages throw their typed error.
 *
 * @example
 * paginate(query, (pageQuery) => raw.GET("/v1/tokens", { params: { query: pageQuery } }));
 *
 * @note A `cursor` already in `query` is where the first page starts; later cursors replace it.
 */
export function paginate<Query extends { cursor?: string }, Item>(
  query: Query,
  fetchPage: (query: Query) => Promise<ApiResult<PageBody<Item>>>,
): PagePromise<Item> {
  return PagePromise.of(async (cursor = query.cursor) =>
    unwrap(await fetchPage(cursor === undefined ? query : { ...query, cursor })),
  );
}
