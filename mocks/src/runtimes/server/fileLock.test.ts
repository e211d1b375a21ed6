import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LockHeld, lockFile } from "./fileLock.js";

const target = () =>
  join(tmpdir(), `tessera-lock-${process.pid}-${Math.random().toString(36).slice(2)}.jsonl`);

describe("the --persist lock", () => {
  test("a second holder is refused while the first holds it, and can take it once released", () => {
    const file = target();
    const release = lockFile(file);
    expect(readFileSync(`${file}.lock`, "utf8")).toContain(`pid ${process.pid}`);
    expect(() => lockFile(file)).toThrow(LockHeld);
    expect(existsSync(file)).toBe(false); // the data file is never touched
    release();
    expect(existsSync(`${file}.lock`)).toBe(false);
    lockFile(file)();
  });

  test("a lock left by a process that is gone (kill -9) is stale and taken over at once", () => {
    const file = target();
    const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8",
    });
    writeFileSync(`${file}.lock`, `pid ${dead.stdout} on ${hostname()}\n`);
    const release = lockFile(file);
    expect(readFileSync(`${file}.lock`, "utf8")).toContain(`pid ${process.pid}`);
    release();
  });

  test("a lock of another host is never taken over; the message is one line naming it", () => {
    const file = target();
    writeFileSync(`${file}.lock`, "pid 1 on some-other-host\n");
    try {
      expect(() => lockFile(file)).toThrow(/in use by another tessera-mock \(pid 1 on some-other-host\)/);
      expect(() => lockFile(file)).toThrow(/^[^\n]+$/);
    } finally {
      rmSync(`${file}.lock`);
    }
  });
});
