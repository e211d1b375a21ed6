import { describe, expect, test } from "vitest";
import { decodeCursor, encodeCursor, page } from "./cursor.js";
import { DomainError } from "./errors.js";

/** Items newest first, as the lists hand them to `page`: seq `count` down to 1. */
const items = (count: number) => Array.from({ length: count }, (_, i) => ({ seq: count - i }));

describe("encodeCursor and decodeCursor", () => {
  test.each([
    ["tokens", 0],
    ["tokens", 1],
    ["events", 42],
    ["zones", 1_000_000],
    ["tokens", 999_999_999_999_999],
  ])("T7: a %s cursor for seq %i decodes to the same seq", (list, seq) => {
    expect(decodeCursor(list, encodeCursor(list, seq))).toBe(seq);
  });

  test("T7: cursors are base64url without padding, safe in a query string", () => {
    // Plain base64 of these texts ends in "=" or "==" for seq 0, 10 and 100.
    for (const seq of [0, 10, 100, 1000, 12345]) {
      for (const list of ["tokens", "events", "zones", "domains", "certificates"]) {
        expect(encodeCursor(list, seq)).toMatch(/^[A-Za-z0-9_-]+$/);
      }
    }
  });

  test("T7: no cursor means start from the newest", () => {
    expect(decodeCursor("tokens", undefined)).toBe(Number.POSITIVE_INFINITY);
  });

  const b64 = (text: string) => btoa(text).replace(/=+$/, "");
  test.each([
    ["a cursor of another list", encodeCursor("events", 5)],
    ["a cursor of a list whose name starts the same", encodeCursor("tokensx", 5)],
    ["the empty string", ""],
    ["characters outside base64", "!!!"],
    ["plain text", "not a cursor"],
    ["base64 without a seq", b64("tokens:")],
    ["base64 without a list", b64(":5")],
    ["a negative seq", b64("tokens:-1")],
    ["a fractional seq", b64("tokens:1.5")],
    ["a seq with trailing text", b64("tokens:5 ")],
    ["a seq of 16 digits", b64("tokens:1234567890123456")],
    ["an upper-case list name", b64("TOKENS:5")],
    ["text before the list name", b64("Xtokens:5")],
    ["no separator", b64("tokens5")],
  ])("T7: %s is refused with 400 at /query/cursor", (_name, cursor) => {
    let error: unknown;
    try {
      decodeCursor("tokens", cursor);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      status: 400,
      code: "invalid_request",
      extras: { errors: [{ pointer: "/query/cursor" }] },
    });
  });
});

describe("page", () => {
  test("T7: exactly `limit` items is the last page", () => {
    expect(page("tokens", items(3), 3)).toEqual({ data: items(3), nextCursor: null });
  });

  test("T7: fewer than `limit` items is the last page", () => {
    expect(page("tokens", items(2), 3)).toEqual({ data: items(2), nextCursor: null });
  });

  test("T7: an empty list is one empty page", () => {
    expect(page("tokens", [], 20)).toEqual({ data: [], nextCursor: null });
  });

  test("T7: `limit` + 1 items gives `limit` and a cursor that continues below the last one", () => {
    const all = items(4);
    const first = page("tokens", all, 3);
    expect(first.data.map((i) => i.seq)).toEqual([4, 3, 2]);
    expect(first.nextCursor).not.toBeNull();
    const below = decodeCursor("tokens", first.nextCursor ?? undefined);
    expect(below).toBe(2);
    const second = page(
      "tokens",
      all.filter((i) => i.seq < below),
      3,
    );
    expect(second).toEqual({ data: [{ seq: 1 }], nextCursor: null });
  });

  test("T7: the next cursor belongs to the list it was made for", () => {
    const { nextCursor } = page("events", items(2), 1);
    expect(decodeCursor("events", nextCursor ?? undefined)).toBe(2);
    expect(() => decodeCursor("tokens", nextCursor ?? undefined)).toThrow(DomainError);
  });

  test("T7: a limit of 1 pages one item at a time", () => {
    expect(page("tokens", items(5), 1)).toEqual({
      data: [{ seq: 5 }],
      nextCursor: encodeCursor("tokens", 5),
    });
  });
});
