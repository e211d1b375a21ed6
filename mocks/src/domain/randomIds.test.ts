import { afterEach, describe, expect, test, vi } from "vitest";
import { discardRandomPool, newId, randomBase62 } from "./randomIds.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("newId", () => {
  test.each(["tok", "ses", "evt", "ntf", "mem", "usr", "org", "req"] as const)(
    "a %s id is the prefix, an underscore and 16 base62 characters",
    (prefix) => {
      expect(newId(prefix)).toMatch(new RegExp(`^${prefix}_[0-9A-Za-z]{16}$`));
    },
  );

  test("ids do not repeat", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId("tok")));
    expect(ids.size).toBe(1000);
  });
});

describe("randomBase62", () => {
  /**
   * Makes the CSPRNG hand out `batches`, one per call, each filling a whole pool: the batch, then
   * bytes the sampling rejects (255), so a short batch runs out and forces the next draw.
   */
  function randomBytes(...batches: number[][]) {
    discardRandomPool();
    let call = 0;
    return vi.spyOn(globalThis.crypto, "getRandomValues").mockImplementation((array) => {
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      bytes.fill(255);
      bytes.set((batches[call++] ?? []).slice(0, bytes.length));
      return array;
    });
  }

  test("maps bytes to base62 by remainder", () => {
    randomBytes([0, 9, 10, 35, 36, 61, 62, 247]);
    expect(randomBase62(8)).toBe("09AZaz0z");
  });

  test("rejects bytes from 248 up, so every character stays equally likely", () => {
    randomBytes([248, 255, 1, 250, 2, 3]);
    expect(randomBase62(3)).toBe("123");
  });

  test("draws from the CSPRNG once per pool, not once per id", () => {
    const spy = randomBytes([1, 2, 3, 4, 5, 6]);
    expect(randomBase62(3)).toBe("123");
    expect(randomBase62(3)).toBe("456");
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("a byte is never handed out twice: after a discard the next draw is new", () => {
    const spy = randomBytes([1, 2, 3], [4, 5, 6]);
    expect(randomBase62(3)).toBe("123");
    discardRandomPool();
    expect(randomBase62(3)).toBe("456");
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test("draws again when a batch runs out of usable bytes", () => {
    const spy = randomBytes([255, 255, 255, 255], [7, 8]);
    expect(randomBase62(2)).toBe("78");
    expect(spy).toHaveBeenCalledTimes(2);
  });

  test.each([0, 1, 16, 30, 100])("returns exactly %i characters", (length) => {
    expect(randomBase62(length)).toMatch(new RegExp(`^[0-9A-Za-z]{${length}}$`));
  });
});
