import { invalidField } from "./errors.js";

/**
 * Opaque cursors: the `seq` of the last item of the previous page, base64url-encoded with a tag so a
 * cursor from one list is refused by another.
 */
export function encodeCursor(list: string, seq: number): string {
  return btoa(`${list}:${seq}`).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The `seq` to continue below, or `Infinity` when there is no cursor. */
export function decodeCursor(list: string, cursor: string | undefined): number {
  if (cursor === undefined) return Number.POSITIVE_INFINITY;
  let text = "";
  try {
    text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    // fall through to the error below
  }
  const match = /^([a-z]+):([0-9]{1,15})$/.exec(text);
  if (!match || match[1] !== list)
    throw invalidField("/query/cursor", "This cursor is not valid for this list.");
  return Number(match[2]);
}

/** Takes up to `limit` items of `items` (already newest first) and the cursor for the rest. */
export function page<T extends { seq: number }>(list: string, items: T[], limit: number) {
  const data = items.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: items.length > limit && last ? encodeCursor(list, last.seq) : null };
}
