import { expect, test } from "vitest";
import { randomUUID } from "./randomUUID.js";

test("T18: idempotency keys are distinct version 4 UUIDs", () => {
  const keys = Array.from({ length: 50 }, randomUUID);
  for (const key of keys)
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(keys).size).toBe(50);
});
