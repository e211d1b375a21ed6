import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createMockClock, type Duration } from "./mockClock.js";

/** Real time as the test sets it: only `Date` is faked, and only these lines move it. */
const REAL = Date.parse("2030-01-01T00:00:00Z");
const START = Date.parse("2026-11-22T10:00:00Z");
const realTimePasses = (ms: number) => vi.setSystemTime(Date.now() + ms);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(REAL);
});
afterEach(() => {
  vi.useRealTimers();
});

describe("createMockClock", () => {
  test("starts at the real time by default, and follows it", () => {
    const clock = createMockClock();
    expect(clock.now()).toBe(REAL);
    realTimePasses(1234);
    expect(clock.now()).toBe(REAL + 1234);
  });

  test.each([
    ["epoch milliseconds", START],
    ["an RFC 3339 string", "2026-11-22T10:00:00Z"],
    ["a Date", new Date(START)],
  ])("starts at %s", (_name, start) => {
    expect(createMockClock(start).now()).toBe(START);
    expect(createMockClock(start, true).now()).toBe(START);
  });

  test("a running clock follows real time from its start", () => {
    const clock = createMockClock(START);
    realTimePasses(5000);
    expect(clock.now()).toBe(START + 5000);
  });

  test("a frozen clock stands still while real time passes", () => {
    const clock = createMockClock(START, true);
    realTimePasses(3_600_000);
    expect(clock.now()).toBe(START);
  });

  test("P3: reads the real time once per start and per move, so a live clock is exact even as real time runs", () => {
    // Real time that moves a millisecond on every read: a second read would start a live clock a
    // millisecond behind the real time, or make an advance of two minutes a millisecond short.
    let real = REAL;
    vi.spyOn(Date, "now").mockImplementation(() => real++);
    const clock = createMockClock();
    expect(clock.state()).toEqual({ frozenAt: null, offsetMs: 0 });
    clock.advance({ minutes: 2 });
    expect(clock.state()).toEqual({ frozenAt: null, offsetMs: 120_000 });
    clock.advance(1);
    expect(clock.state().offsetMs).toBe(120_001);
  });
});

describe.each([
  ["frozen", true],
  ["running", false],
])("a %s clock", (_name, frozen) => {
  test.each<[Duration, number]>([
    [1500, 1500],
    [0, 0],
    [{}, 0],
    [{ ms: 5 }, 5],
    [{ seconds: 90 }, 90_000],
    [{ minutes: 2 }, 120_000],
    [{ hours: 2, minutes: 30 }, 9_000_000],
    [{ days: 1 }, 86_400_000],
    [{ days: 1, hours: 1, minutes: 1, seconds: 1, ms: 1 }, 90_061_001],
    [{ days: 30 }, 2_592_000_000],
  ])("advance(%j) moves it %i ms", (duration, ms) => {
    const clock = createMockClock(START, frozen);
    clock.advance(duration);
    expect(clock.now()).toBe(START + ms);
  });

  test("advances add up", () => {
    const clock = createMockClock(START, frozen);
    clock.advance({ days: 7 });
    clock.advance(1);
    expect(clock.now()).toBe(START + 7 * 86_400_000 + 1);
  });

  test.each([
    ["epoch milliseconds", Date.parse("2027-03-01T12:00:00Z")],
    ["an RFC 3339 string", "2027-03-01T12:00:00Z"],
    ["a Date", new Date("2027-03-01T12:00:00Z")],
    ["a time in the past", "2001-01-01T00:00:00Z"],
  ])("set() jumps to %s", (_name, to) => {
    const clock = createMockClock(START, frozen);
    clock.set(to);
    expect(clock.now()).toBe(new Date(to).getTime());
  });

  test("set() keeps it frozen or running", () => {
    const clock = createMockClock(START, frozen);
    clock.set("2027-03-01T12:00:00Z");
    realTimePasses(1000);
    expect(clock.now()).toBe(Date.parse("2027-03-01T12:00:00Z") + (frozen ? 0 : 1000));
  });

  test("advance() keeps it frozen or running", () => {
    const clock = createMockClock(START, frozen);
    clock.advance({ hours: 1 });
    realTimePasses(1000);
    expect(clock.now()).toBe(START + 3_600_000 + (frozen ? 0 : 1000));
  });

  test("freeze() stops it where it stands", () => {
    const clock = createMockClock(START, frozen);
    realTimePasses(2000);
    const standing = clock.now();
    clock.freeze();
    expect(clock.now()).toBe(standing);
    realTimePasses(10_000);
    expect(clock.now()).toBe(standing);
  });

  test("freeze(at) stops it at that time", () => {
    const clock = createMockClock(START, frozen);
    clock.freeze("2027-01-01T00:00:00Z");
    realTimePasses(10_000);
    expect(clock.now()).toBe(Date.parse("2027-01-01T00:00:00Z"));
  });

  test("unfreeze() lets it run on from where it stands", () => {
    const clock = createMockClock(START, frozen);
    clock.advance(500);
    realTimePasses(60_000);
    const standing = clock.now();
    clock.unfreeze();
    expect(clock.now()).toBe(standing);
    realTimePasses(3000);
    expect(clock.now()).toBe(standing + 3000);
  });

  test("state() rebuilds the same clock, frozen or running", () => {
    const clock = createMockClock(START, frozen);
    clock.advance({ minutes: 5 });
    realTimePasses(700);
    const state = clock.state();
    expect(state.frozenAt).toBe(frozen ? START + 300_000 : null);
    const restored = createMockClock(0, !frozen, state);
    expect(restored.now()).toBe(clock.now());
    realTimePasses(4000);
    expect(restored.now()).toBe(clock.now());
    expect(restored.state()).toEqual(clock.state());
  });

  test("state() is plain data that survives JSON", () => {
    const clock = createMockClock(START, frozen);
    clock.advance(42);
    const restored = createMockClock(undefined, undefined, JSON.parse(JSON.stringify(clock.state())));
    expect(restored.now()).toBe(clock.now());
  });
});

describe("restore", () => {
  test("a restored state wins over the start and frozen arguments", () => {
    const clock = createMockClock(START, true, { frozenAt: null, offsetMs: 1000 });
    expect(clock.now()).toBe(REAL + 1000);
    realTimePasses(1);
    expect(clock.now()).toBe(REAL + 1001);
  });

  test("a frozen state restores frozen", () => {
    const clock = createMockClock(REAL, false, { frozenAt: START, offsetMs: 0 });
    realTimePasses(5000);
    expect(clock.now()).toBe(START);
  });
});
