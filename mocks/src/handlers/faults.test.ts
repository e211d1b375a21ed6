import { beforeEach, describe, expect, test } from "vitest";
import { createFaults, type Faults } from "./faults.js";

/** A clock the test moves by hand, in milliseconds. */
let time = 0;
const clock = { now: () => time };
let faults: Faults;

beforeEach(() => {
  time = Date.parse("2026-11-22T10:00:00Z");
  faults = createFaults(clock);
});

/** The kinds (and statuses) of `n` requests in a row, for one-line expectations. */
function outcomes(n: number, operationId: string | null = "listTokens") {
  return Array.from({ length: n }, () => {
    const outcome = faults.take(operationId);
    return outcome.kind === "status" ? outcome.status : outcome.kind;
  });
}

describe("createFaults: forced responses", () => {
  test("no fault leaves requests alone", () => {
    expect(faults.take("listTokens")).toEqual({ kind: "none", latencyMs: 0 });
    expect(faults.take(null)).toEqual({ kind: "none", latencyMs: 0 });
  });

  test("a fault without `times` applies to every request", () => {
    faults.failWith(500);
    expect(outcomes(5)).toEqual([500, 500, 500, 500, 500]);
  });

  test("`times` counts down, then the fault clears itself", () => {
    faults.failWith(503, { times: 2 });
    expect(outcomes(4)).toEqual([503, 503, "none", "none"]);
  });

  test("a fault set after the earlier ones were used up or cleared applies", () => {
    faults.failWith(503, { times: 1 });
    expect(outcomes(2)).toEqual([503, "none"]);
    faults.networkError({ times: 1 });
    expect(outcomes(2)).toEqual(["network", "none"]);
    faults.failWith(500);
    faults.clear();
    expect(outcomes(1)).toEqual(["none"]);
    faults.rateLimit(1, 60);
    expect(outcomes(2)).toEqual(["none", 429]);
    faults.clear();
    faults.latency(5, { times: 1 });
    expect(faults.take("listTokens")).toEqual({ kind: "none", latencyMs: 5 });
    expect(faults.take("listTokens")).toEqual({ kind: "none", latencyMs: 0 });
  });

  test("`times: 0` never applies", () => {
    faults.networkError({ times: 0 });
    expect(outcomes(2)).toEqual(["none", "none"]);
  });

  test("a status fault carries its status, Retry-After and afterHandling", () => {
    faults.failWith(429, { retryAfterSeconds: 7, afterHandling: true, times: 1 });
    faults.failWith(502, { times: 1 });
    expect(faults.take("createToken")).toEqual({
      kind: "status",
      latencyMs: 0,
      status: 429,
      retryAfterSeconds: 7,
      afterHandling: true,
    });
    const second = faults.take("createToken");
    expect(second).toMatchObject({ kind: "status", status: 502, afterHandling: false });
    expect(second.kind === "status" && second.retryAfterSeconds).toBeUndefined();
  });

  test("network faults fail the request, before or after handling", () => {
    faults.networkError({ times: 1 });
    faults.networkError({ times: 1, afterHandling: true });
    expect(faults.take("createToken")).toEqual({ kind: "network", latencyMs: 0, afterHandling: false });
    expect(faults.take("createToken")).toEqual({ kind: "network", latencyMs: 0, afterHandling: true });
    expect(faults.take("createToken")).toEqual({ kind: "none", latencyMs: 0 });
  });

  test("the first matching fault wins, and only it is used up", () => {
    faults.failWith(503, { times: 1 });
    faults.networkError({ times: 1 });
    faults.failWith(500, { times: 1 });
    expect(outcomes(4)).toEqual([503, "network", 500, "none"]);
  });

  describe.each([
    [
      "failWith",
      (f: Faults, operation: string, times?: number) => f.failWith(504, { operation, times }),
      504,
    ],
    [
      "networkError",
      (f: Faults, operation: string, times?: number) => f.networkError({ operation, times }),
      "network",
    ],
  ] as const)("%s for one operation", (_name, add, expected) => {
    test("applies to that operation only", () => {
      add(faults, "createToken");
      expect(outcomes(1, "listTokens")).toEqual(["none"]);
      expect(outcomes(1, null)).toEqual(["none"]);
      expect(outcomes(2, "createToken")).toEqual([expected, expected]);
    });

    test("is not used up by other operations", () => {
      add(faults, "createToken", 1);
      expect(outcomes(3, "listTokens")).toEqual(["none", "none", "none"]);
      expect(outcomes(2, "createToken")).toEqual([expected, "none"]);
    });
  });

  test("a fault for every operation also applies to unknown routes", () => {
    faults.failWith(500);
    expect(outcomes(1, null)).toEqual([500]);
  });

  test("a later fault for the operation applies when an earlier one is for another", () => {
    faults.failWith(503, { operation: "listTokens" });
    faults.failWith(500, { operation: "createToken" });
    expect(outcomes(1, "createToken")).toEqual([500]);
    expect(outcomes(1, "listTokens")).toEqual([503]);
  });
});

describe("createFaults: latency", () => {
  test("latency faults add up over the matching ones", () => {
    faults.latency(100);
    faults.latency(250, { operation: "createToken" });
    faults.latency(1000, { operation: "revokeToken" });
    expect(faults.take("createToken")).toEqual({ kind: "none", latencyMs: 350 });
    expect(faults.take("listTokens")).toEqual({ kind: "none", latencyMs: 100 });
  });

  test("latency counts down with `times`", () => {
    faults.latency(100, { times: 1 });
    faults.latency(10, { times: 2 });
    expect([1, 2, 3].map(() => faults.take("listTokens").latencyMs)).toEqual([110, 10, 0]);
  });

  test("latency is added to a forced status and is used up with it", () => {
    faults.failWith(503, { times: 1 });
    faults.latency(40, { times: 1 });
    expect(faults.take("listTokens")).toMatchObject({ kind: "status", status: 503, latencyMs: 40 });
    expect(faults.take("listTokens")).toEqual({ kind: "none", latencyMs: 0 });
  });

  test("latency is added to a network failure", () => {
    faults.networkError();
    faults.latency(75);
    expect(faults.take("listTokens")).toEqual({ kind: "network", latencyMs: 75, afterHandling: false });
  });
});

describe("createFaults: rate limits", () => {
  const at = (seconds: number) => {
    time = start + seconds * 1000;
  };
  let start = 0;
  beforeEach(() => {
    start = time;
  });

  test("allows `limit` requests per window, then 429 with Retry-After from the oldest hit", () => {
    faults.rateLimit(2, 60);
    at(0);
    expect(outcomes(1)).toEqual(["none"]);
    at(20);
    expect(outcomes(1)).toEqual(["none"]);
    at(30);
    expect(faults.take("listTokens")).toEqual({
      kind: "status",
      latencyMs: 0,
      status: 429,
      retryAfterSeconds: 30,
      afterHandling: false,
      rateLimit: { limit: 2, remaining: 0, resetSeconds: 30 },
    });
  });

  test("a request the limit lets through says where it stands (RateLimit-*)", () => {
    faults.rateLimit(3, 60);
    at(0);
    expect(faults.take("listTokens")).toEqual({
      kind: "none",
      latencyMs: 0,
      rateLimit: { limit: 3, remaining: 2, resetSeconds: 60 },
    });
    at(15);
    expect(faults.take("listTokens")).toMatchObject({
      rateLimit: { limit: 3, remaining: 1, resetSeconds: 45 },
    });
  });

  test("Retry-After rounds up to whole seconds", () => {
    faults.rateLimit(1, 60);
    at(0);
    faults.take("listTokens");
    at(30.5);
    expect(faults.take("listTokens")).toMatchObject({ status: 429, retryAfterSeconds: 30 });
    at(59.999);
    expect(faults.take("listTokens")).toMatchObject({ status: 429, retryAfterSeconds: 1 });
  });

  test("the window slides as the clock moves, and refused requests do not count", () => {
    faults.rateLimit(2, 60);
    at(0);
    faults.take("listTokens");
    at(20);
    faults.take("listTokens");
    for (const second of [30, 40, 50]) {
      at(second);
      expect(outcomes(1)).toEqual([429]);
    }
    at(60); // the hit at 0 leaves the window
    expect(outcomes(1)).toEqual(["none"]);
    at(61); // hits at 20 and 60 remain; the one at 20 leaves at 80
    expect(faults.take("listTokens")).toMatchObject({ status: 429, retryAfterSeconds: 19 });
    at(80);
    expect(outcomes(1)).toEqual(["none"]);
  });

  test("a rate limit for one operation counts only that operation", () => {
    faults.rateLimit(1, 60, { operation: "login" });
    expect(outcomes(3, "listTokens")).toEqual(["none", "none", "none"]);
    expect(outcomes(2, "login")).toEqual(["none", 429]);
  });

  test.each([
    ["the general limit first", true],
    ["the per-operation limit first", false],
  ])("a request refused by one limit counts against none of the others (%s)", (_name, generalFirst) => {
    const general = () => faults.rateLimit(2, 60);
    const login = () => faults.rateLimit(1, 60, { operation: "login" });
    if (generalFirst) {
      general();
      login();
    } else {
      login();
      general();
    }
    expect([...outcomes(2, "login"), ...outcomes(1, "listTokens"), ...outcomes(1, "listTokens")]).toEqual([
      "none",
      429,
      "none",
      429,
    ]);
  });

  test("a forced fault answers first and does not count as a hit", () => {
    faults.failWith(503, { times: 1 });
    faults.rateLimit(1, 60);
    expect(outcomes(3)).toEqual([503, "none", 429]);
  });

  test("latency is added to a rate-limited answer", () => {
    faults.latency(50);
    faults.rateLimit(0, 60);
    expect(faults.take("listTokens")).toMatchObject({ kind: "status", status: 429, latencyMs: 50 });
  });
});

describe("createFaults: clear", () => {
  test("clear() removes every fault and rate limit, with its hits", () => {
    faults.failWith(500);
    faults.networkError({ operation: "createToken" });
    faults.latency(100);
    faults.rateLimit(1, 60);
    faults.clear();
    expect(faults.take("createToken")).toEqual({ kind: "none", latencyMs: 0 });
    faults.rateLimit(1, 60);
    expect(outcomes(2)).toEqual(["none", 429]);
  });
});
