import { describe, expect, test } from "vitest";
import { createJournal, type JournalRecord } from "./journal.js";

const entry = (n: number): JournalRecord => ({
  requestId: `req_${n}`,
  atMs: n,
  method: "GET",
  path: "/v1/requester",
  operationId: "getRequester",
  status: 200,
  credentialId: null,
  durationMs: 0,
});

describe("createJournal", () => {
  test.each([
    { recorded: 0, listed: [] },
    { recorded: 3, listed: [0, 1, 2] },
    { recorded: 5, listed: [0, 1, 2, 3, 4] },
    { recorded: 6, listed: [1, 2, 3, 4, 5] },
    // Past limit + 1000 the array is trimmed; the listing is the same either side of the trim.
    { recorded: 1005, listed: [1000, 1001, 1002, 1003, 1004] },
    { recorded: 1006, listed: [1001, 1002, 1003, 1004, 1005] },
    { recorded: 2500, listed: [2495, 2496, 2497, 2498, 2499] },
  ])("with limit 5, $recorded recorded -> the newest, oldest first", ({ recorded, listed }) => {
    const journal = createJournal(5);
    for (let n = 0; n < recorded; n++) journal.record(entry(n));
    expect(journal.list().map((e) => e.requestId)).toEqual(listed.map((n) => `req_${n}`));
  });

  test("an entry is listed with its time as RFC 3339 text, in the order of the fields it always had", () => {
    const journal = createJournal(5);
    journal.record(entry(86_400_000));
    expect(JSON.stringify(journal.list()[0])).toBe(
      JSON.stringify({
        requestId: "req_86400000",
        at: "1970-01-02T00:00:00.000Z",
        method: "GET",
        path: "/v1/requester",
        operationId: "getRequester",
        status: 200,
        credentialId: null,
        durationMs: 0,
      }),
    );
  });

  test("list() is a copy and clear() forgets everything", () => {
    const journal = createJournal(5);
    journal.record(entry(1));
    journal.list().pop();
    expect(journal.list()).toHaveLength(1);
    journal.clear();
    expect(journal.list()).toEqual([]);
  });
});
