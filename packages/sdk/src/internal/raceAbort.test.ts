import { describe, expect, test } from "vitest";
import { raceAbort } from "./raceAbort.js";

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

  test("rejects at once when the signal already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("early"));
    await expect(raceAbort(new Promise(() => {}), controller.signal)).rejects.toThrow("early");
  });
});
