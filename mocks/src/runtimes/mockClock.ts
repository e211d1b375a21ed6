import { type Clock, LATEST_TIME } from "../domain/clock.js";
import { devUtils } from "../handlers/devUtils.js";

/** A duration: milliseconds, or parts that add up. */
export type Duration =
  | number
  | { days?: number; hours?: number; minutes?: number; seconds?: number; ms?: number };

const toMs = (d: Duration) =>
  typeof d === "number"
    ? d
    : (d.days ?? 0) * 86_400_000 +
      (d.hours ?? 0) * 3_600_000 +
      (d.minutes ?? 0) * 60_000 +
      (d.seconds ?? 0) * 1000 +
      (d.ms ?? 0);

/** The clock behind a mock instance, in epoch milliseconds: follows real time from a start point, or stands still when frozen. */
export interface AdjustableClock extends Clock {
  /** Moves time forward (sessions, expiries, lockouts and rate limits all follow). */
  advance(duration: Duration): void;
  /** Jumps to a point in time. */
  set(to: Date | string | number): void;
  /** Stops the clock where it is (or at `at`). */
  freeze(at?: Date | string | number): void;
  /** Lets the clock follow real time again from where it stands. */
  unfreeze(): void;
  /** What it takes to rebuild this clock (for persistence). */
  state(): ClockState;
  /** Puts the clock back to saved settings (a reset returns to the seed's clock). */
  restore(state: ClockState): void;
}

/** A clock's settings: frozen at a time, or running at an offset from real time. */
export interface ClockState {
  frozenAt: number | null;
  offsetMs: number;
}

/**
 * @param start Where the clock starts; default the real time now.
 * @param frozen Whether it stands still until advanced; default false.
 */
export function createMockClock(
  start?: Date | string | number,
  frozen = false,
  restored?: ClockState,
): AdjustableClock {
  return new MockClock(start, frozen, restored);
}

const toTime = (value: Date | string | number) => inRange(new Date(value).getTime(), value);

/**
 * The clock as a class: `now()` is read several times by every request, and a clock of closures
 * was three objects of its own to reach each time (the clock, the function, its scope), at 1,000
 * sessions in turn memory no cache still held (issue 17). Its methods are never taken apart
 * from it (the public `api.clock` wraps it in functions of its own).
 */
class MockClock implements AdjustableClock {
  private frozenAt: number | null;
  private offset: number;

  constructor(start: Date | string | number | undefined, frozen: boolean, restored?: ClockState) {
    // The real time is read once here and in each move below: a second read can fall a
    // millisecond later, and a live clock would then run a millisecond behind, or an advance
    // of five minutes move it by a millisecond less.
    const real = Date.now();
    const at = start === undefined ? real : toTime(start);
    this.frozenAt = restored ? restored.frozenAt : frozen ? at : null;
    this.offset = restored ? restored.offsetMs : at - real;
  }

  now(): number {
    return this.frozenAt ?? Date.now() + this.offset;
  }
  advance(duration: Duration): void {
    const real = Date.now();
    const to = inRange((this.frozenAt ?? real + this.offset) + toMs(duration), duration);
    if (this.frozenAt !== null) this.frozenAt = to;
    else this.offset = to - real;
  }
  set(to: Date | string | number): void {
    if (this.frozenAt !== null) this.frozenAt = toTime(to);
    else this.offset = toTime(to) - Date.now();
  }
  freeze(at?: Date | string | number): void {
    this.frozenAt = at === undefined ? this.now() : toTime(at);
  }
  unfreeze(): void {
    if (this.frozenAt !== null) this.offset = this.frozenAt - Date.now();
    this.frozenAt = null;
  }
  state(): ClockState {
    return { frozenAt: this.frozenAt, offsetMs: this.offset };
  }
  restore(state: ClockState): void {
    this.frozenAt = state.frozenAt;
    this.offset = state.offsetMs;
  }
}

/**
 * The time, if the clock may stand there: from 1970 to the end of 9999, the instants every
 * timestamp of the contract can express (E7). Anything else is refused with a RangeError, so a
 * test that moves the clock to year 300,000 learns it at once instead of from a broken response.
 */
function inRange(time: number, asked: unknown): number {
  if (!Number.isFinite(time) || time < 0 || time > LATEST_TIME) {
    throw new RangeError(
      devUtils.formatMessage(
        `the clock can only move between 1970-01-01 and 9999-12-31; ${JSON.stringify(asked)} is outside that.`,
      ),
    );
  }
  return time;
}
