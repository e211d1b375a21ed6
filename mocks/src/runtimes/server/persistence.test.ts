/**
 * The write-ahead log in process: one record per operation, and memory rolled back when the disk
 * refuses a record (an injected failing writer stands in for a full disk).
 */
import { existsSync, fsyncSync, readdirSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { DEMO } from "../../seed/demoSeed.js";
import { createMockApi } from "../createMockApi.js";
import { parseLog } from "./operationLog.js";
import { type FileWriter, openPersistence } from "./persistence.js";
import { createSessions } from "./sessions.js";

const stateFile = () => {
  const file = join(tmpdir(), `tessera-wal-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);
  rmSync(file, { force: true });
  return file;
};

/** Writes that work until `failing` is set, then fail half-way like a full disk. */
function flakyDisk() {
  const state = { failing: false };
  const writer: FileWriter = {
    write(fd, text, position) {
      if (state.failing) {
        writeSync(fd, text.slice(0, text.length >> 1), position);
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      }
      writeSync(fd, text, position);
    },
    fsync: (fd) => fsyncSync(fd),
  };
  return { state, writer };
}

const create = (api: { fetch: typeof fetch }, label: string, key?: string) =>
  api.fetch("https://api.tessera.dev/v1/tokens", {
    method: "POST",
    headers: {
      authorization: `Bearer ${DEMO.tokens.ada.secret}`,
      "content-type": "application/json",
      ...(key ? { "idempotency-key": key } : {}),
    },
    body: JSON.stringify({
      label,
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "visible",
    }),
  });

describe("--persist write-ahead log (in process, injected failing writer)", () => {
  test("one create is one record, holding no secret", async () => {
    const file = stateFile();
    const persistence = openPersistence(file);
    const api = createSessions({ newApi: createMockApi, mock: {}, persistence }).get("s");
    const response = await create(api, "one");
    expect(response.status).toBe(201);
    const { secret } = await response.json();
    const records = parseLog(readFileSync(file, "utf8")).records;
    expect(records.map((r) => r.kind)).toEqual(["op", "op"]); // the seed, then the create
    expect(records[1]).toMatchObject({ kind: "op", session: "s" });
    expect(readFileSync(file, "utf8")).not.toContain(secret);
    persistence.close();
  });

  test("a write the disk refuses answers 503 storage_unavailable with Retry-After, and memory is as before", async () => {
    const file = stateFile();
    const { state, writer } = flakyDisk();
    const persistence = openPersistence(file, { writer });
    const api = createSessions({ newApi: createMockApi, mock: {}, persistence }).get("s");
    expect((await create(api, "before")).status).toBe(201);
    const before = await api.snapshot();
    const bytes = readFileSync(file, "utf8");
    state.failing = true;
    const refused = await create(api, "refused", "key-1");
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect((await refused.json()).code).toBe("storage_unavailable");
    expect(await api.snapshot()).toEqual(before);
    expect(readFileSync(file, "utf8")).toBe(bytes); // the half-written record was cut off
    state.failing = false;
    // The retry (same key) runs for real once: one token, not two.
    const retried = await create(api, "refused", "key-1");
    expect(retried.status).toBe(201);
    const labels = (await api.snapshot()).tokens.map((t) => t.label);
    expect(labels.filter((l) => l === "refused")).toHaveLength(1);
    persistence.close();
    expect(
      readdirSync(tmpdir()).some((f) => f.startsWith(file.split("/").pop() as string) && f.endsWith(".tmp")),
    ).toBe(false);
  });

  test("a compaction that fails leaves the file as it was and no .tmp behind", async () => {
    const file = stateFile();
    const { state, writer } = flakyDisk();
    const persistence = openPersistence(file, { writer });
    const api = createSessions({ newApi: createMockApi, mock: {}, persistence }).get("s");
    expect((await create(api, "kept")).status).toBe(201);
    const bytes = readFileSync(file, "utf8");
    state.failing = true;
    persistence.compact();
    expect(readFileSync(file, "utf8")).toBe(bytes);
    expect(existsSync(`${file}.tmp`)).toBe(false);
    persistence.close();
  });
});
