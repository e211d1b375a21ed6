import { describe, expect, test } from "vitest";
import { newId } from "../domain/randomIds.js";
import { createJournal, type JournalRecord, journalEntry } from "./journal.js";

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

describe("createJournal keeps entries compactly and lists them exactly as recorded", () => {
  const record = (n: number): JournalRecord => ({
    // The pipeline's ids (packed), and other forms kept as they are.
    requestId: n % 7 === 0 ? `req_${n}` : n % 11 === 0 ? "req_00000000000000é0" : newId("req"),
    // Times far apart (not a small offset from the first), and fractional ones.
    atMs: n % 13 === 0 ? n + 0.5 : 1_764_000_000_000 + n * (n % 17 === 0 ? 1e9 : 1000),
    method: n % 2 ? "GET" : "POST",
    path: n % 3 ? "/v1/requester" : `/v1/tokens/tok_${n}`,
    operationId: n % 5 ? "getRequester" : null,
    status: 200 + (n % 3),
    credentialId: n % 2 ? "tok_a" : null,
    // Durations as the pipeline rounds them, and others (a third, minus zero).
    durationMs: n % 19 === 0 ? 1 / 3 : n % 23 === 0 ? -0 : Math.round(n * 123.45) / 100,
  });

  test.each([1, 5, 64, 1000, 1500])(
    "limit %i: the newest entries, across trims, equal to what was recorded",
    (limit) => {
      const journal = createJournal(limit);
      const recorded: JournalRecord[] = [];
      for (let n = 0; n < 5000; n++) {
        const entry = record(n);
        journal.record(entry);
        recorded.push(entry);
        if (n % 997 === 0 || n === 4999)
          expect(journal.list()).toEqual(recorded.slice(-limit).map(journalEntry));
      }
    },
  );

  test.each([0, -3, 2.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "limit %s: listed and trimmed as an array of entries sliced by it",
    (limit) => {
      const journal = createJournal(limit);
      const kept: JournalRecord[] = [];
      for (let n = 0; n < 2100; n++) {
        journal.record(record(n));
        kept.push(record(n));
        if (kept.length > limit + 1000) kept.splice(0, kept.length - limit);
      }
      expect(journal.list().map((e) => e.durationMs)).toEqual(kept.slice(-limit).map((e) => e.durationMs));
      expect(journal.list()).toHaveLength(kept.slice(-limit).length);
    },
  );

  test("clear() then more entries: only the new ones, with their own times", () => {
    const journal = createJournal(10);
    for (let n = 0; n < 50; n++) journal.record(record(n));
    journal.clear();
    const later = { ...record(1), atMs: 86_400_000 };
    journal.record(later);
    expect(journal.list()).toEqual([journalEntry(later)]);
  });
});
