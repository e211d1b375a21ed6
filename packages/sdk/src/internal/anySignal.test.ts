import { describe, expect, test } from "vitest";
import { anySignal, raceAbort } from "./anySignal.js";

describe("anySignal", () => {
  test("aborts with the reason of the first input to abort", () => {
    const a = new AbortController();
    const b = new AbortController();
    const { signal } = anySignal([a.signal, b.signal]);
    expect(signal.aborted).toBe(false);
    b.abort("b first");
    a.abort("a second");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe("b first");
  });

  test("is aborted at once when an input already is", () => {
    const a = new AbortController();
    a.abort("early");
    const { signal } = anySignal([new AbortController().signal, a.signal]);
    expect(signal.reason).toBe("early");
  });

  test("dispose stops following the inputs", () => {
    const a = new AbortController();
    const combined = anySignal([a.signal]);
    combined.dispose();
    a.abort();
    expect(combined.signal.aborted).toBe(false);
  });
});

describe("raceAbort", () => {
  test("settles like the promise while the signal is live", async () => {
    await expect(raceAbort(Promise.resolve(1), new AbortController().signal)).resolves.toBe(1);
    await expect(raceAbort(Promise.reject(new Error("x")), new AbortController().signal)).rejects.toThrow(
      "x",
    );
  });

  test("rejects with the reason when the signal aborts first", async () => {
    const controller = new AbortController();
    const race = raceAbort(new Promise(() => {}), controller.signal);
    controller.abort(new Error("gone"));
    await expect(race).rejects.toThrow("gone");
  });
});
