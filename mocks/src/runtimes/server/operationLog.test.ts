import { createHash } from "node:crypto";
import { describe, expect, test } from "vitest";
import { EMPTY_SNAPSHOT } from "../../store/changeLog.js";
import { encodeRecord, type LogRecord, parseLog } from "./operationLog.js";

const op: LogRecord = { kind: "op", session: "s", changes: [{ op: "seq", value: 3 }] };
const snapshot: LogRecord = { kind: "snapshot", session: "s", store: EMPTY_SNAPSHOT, idempotency: [] };

describe("the --persist record format", () => {
  test("records round-trip, each with the byte count that ends it", () => {
    const text = encodeRecord(snapshot) + encodeRecord(op);
    const parsed = parseLog(text);
    expect(parsed.records).toEqual([snapshot, op]);
    expect(parsed.goodBytes).toBe(Buffer.byteLength(text));
    expect(parsed.tornTail).toBe(false);
    expect(parsed.damaged).toBeUndefined();
  });

  test("an incomplete last line is a torn tail, dropped", () => {
    const good = encodeRecord(op);
    const parsed = parseLog(good + encodeRecord(op).slice(0, 30));
    expect(parsed).toMatchObject({ records: [op], tornTail: true, goodBytes: good.length });
  });

  test("a record whose content changed fails its checksum and is named by number", () => {
    const changed = encodeRecord(op).replace('"value":3', '"value":4');
    const parsed = parseLog(encodeRecord(op) + changed + encodeRecord(op));
    expect(parsed.damaged).toEqual({ record: 2, reason: "its checksum does not match its content" });
    expect(parsed.records).toHaveLength(1);
  });

  test.each([
    ["a null line", "null"],
    ["an empty object", "{}"],
    ["a {} snapshot", JSON.stringify({ kind: "snapshot", session: "s", store: {}, idempotency: [] })],
    [
      "a change of an unknown table",
      JSON.stringify({ kind: "op", session: "s", changes: [{ op: "put", table: "x", record: {} }] }),
    ],
    ["a null change", JSON.stringify({ kind: "op", session: "s", changes: [null] })],
  ])("%s is damage, even with a valid checksum", (_name, json) => {
    const sum = createHash("sha256").update(json).digest("hex").slice(0, 16);
    const parsed = parseLog(`${encodeRecord(op)}${sum} ${json}\n${encodeRecord(op)}`);
    expect(parsed.damaged).toEqual({ record: 2, reason: "it does not have the shape of a record" });
  });

  test("a line without a checksum (the old format, or garbage) is damage", () => {
    expect(parseLog(`null\n${encodeRecord(op)}`).damaged).toEqual({
      record: 1,
      reason: "it is not a checksummed record",
    });
  });
});
