import { describe, expect, test } from "vitest";
import { backoffMs, MAX_RETRY_AFTER_MS, retryAfterMs, retryDelay } from "./retryDelay.js";

const NOW = Date.parse("2026-11-22T10:00:00Z");
const headers = (init: Record<string, string>) => new Headers(init);

describe("retryAfterMs", () => {
  test("reads Retry-After seconds", () => {
    expect(retryAfterMs(headers({ "retry-after": "3" }), NOW)).toBe(3000);
    expect(retryAfterMs(headers({ "retry-after": " 1.5 " }), NOW)).toBe(1500);
  });

  test("reads Retry-After as an HTTP date, never negative", () => {
    expect(retryAfterMs(headers({ "retry-after": "Sun, 22 Nov 2026 10:00:30 GMT" }), NOW)).toBe(30_000);
    expect(retryAfterMs(headers({ "retry-after": "Sun, 22 Nov 2026 09:00:00 GMT" }), NOW)).toBe(0);
  });

  test("prefers retry-after-ms", () => {
    expect(retryAfterMs(headers({ "retry-after-ms": "120", "retry-after": "9" }), NOW)).toBe(120);
  });

  test("ignores missing and unparseable values", () => {
    expect(retryAfterMs(headers({}), NOW)).toBeUndefined();
    expect(retryAfterMs(headers({ "retry-after": "soon" }), NOW)).toBeUndefined();
    expect(retryAfterMs(headers({ "retry-after-ms": "-5", "retry-after": "2" }), NOW)).toBe(2000);
  });
});

describe("backoffMs", () => {
  test("doubles from 0.5 s and caps at 8 s, without jitter at random() = 0", () => {
    expect([0, 1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, () => 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  test("takes off at most 25% for jitter", () => {
    expect(backoffMs(0, () => 0.999999)).toBeCloseTo(375, 2);
    expect(backoffMs(4, () => 0.5)).toBe(7000);
  });
});

describe("retryDelay", () => {
  test("uses what the server asked for, exactly, up to a minute", () => {
    expect(retryDelay(3, headers({ "retry-after": "2" }), NOW)).toBe(2000);
    expect(retryDelay(0, headers({ "retry-after": "60" }), NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  test("gives up (undefined) when the server asks for more than a minute", () => {
    expect(retryDelay(0, headers({ "retry-after": "61" }), NOW)).toBeUndefined();
  });

  test("falls back to the backoff without a header", () => {
    const delay = retryDelay(1, headers({}), NOW) as number;
    expect(delay).toBeGreaterThanOrEqual(750);
    expect(delay).toBeLessThanOrEqual(1000);
  });
});
