/**
 * How the store keeps a credential's last use (T14, createStore.ts): a map by credential id, and
 * the record recorded last kept beside it (issue 17). Whatever changes the map, what `lastUseOf`
 * and a snapshot say is what the map holds.
 */
import { describe, expect, test } from "vitest";
import { createStore } from "./createStore.js";

describe("T14: last use in the store", () => {
  test("the use recorded last and an earlier one are both read back", () => {
    const store = createStore();
    store.recordUse("tok_a", 1000, "10.0.0.1");
    store.recordUse("tok_b", 2000, "10.0.0.2");
    store.recordUse("tok_b", 3000, "10.0.0.2");
    expect(store.lastUseOf("tok_a")).toEqual({ lastUsedAt: 1000, lastUsedIp: "10.0.0.1" });
    expect(store.lastUseOf("tok_b")).toEqual({ lastUsedAt: 3000, lastUsedIp: "10.0.0.2" });
    expect(store.lastUseOf("tok_c")).toBeUndefined();
    expect(store.snapshot().usage).toEqual([
      { id: "tok_a", lastUsedAt: 1000, lastUsedIp: "10.0.0.1" },
      { id: "tok_b", lastUsedAt: 3000, lastUsedIp: "10.0.0.2" },
    ]);
  });

  test("a use put back replaces the one recorded last, for the next read and the next use", () => {
    const store = createStore();
    store.recordUse("tok_a", 5000, "10.0.0.1");
    store.restoreUse("tok_a", { lastUsedAt: 1000, lastUsedIp: null });
    expect(store.lastUseOf("tok_a")).toEqual({ lastUsedAt: 1000, lastUsedIp: null });
    store.recordUse("tok_a", 6000, "10.0.0.9");
    expect(store.usage.get("tok_a")).toEqual({ lastUsedAt: 6000, lastUsedIp: "10.0.0.9" });
  });

  test("forgotten uses are not read back, and a new use starts a new record", () => {
    const store = createStore();
    store.recordUse("tok_a", 5000, "10.0.0.1");
    store.clearUses();
    expect(store.lastUseOf("tok_a")).toBeUndefined();
    expect(store.usage.size).toBe(0);
    store.recordUse("tok_a", 7000, "10.0.0.1");
    expect(store.lastUseOf("tok_a")).toEqual({ lastUsedAt: 7000, lastUsedIp: "10.0.0.1" });
    expect(store.usage.size).toBe(1);
  });
});
