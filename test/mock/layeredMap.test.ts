/** The store's layered maps (issue 17: a session over a 50,000-token seed copies nothing). */
import fc from "fast-check";
import { expect, test } from "vitest";
import { LayeredMap } from "../../mocks/src/store/layeredMap.js";

const key = fc.integer({ min: 0, max: 12 }).map((n) => `k${n}`);
const op = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), key, value: fc.integer() }),
  fc.record({ kind: fc.constant("delete" as const), key }),
  fc.record({ kind: fc.constant("clear" as const) }),
);

test("a layer behaves as a copy of its parent would (get, has, size, iteration order), and never writes the parent", () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(fc.tuple(key, fc.integer()), { selector: ([k]) => k, minLength: 1 }),
      fc.array(
        fc.oneof(
          { weight: 8, arbitrary: op.filter((o) => o.kind !== "clear") },
          { weight: 1, arbitrary: op },
        ),
        {
          maxLength: 40,
        },
      ),
      (entries, ops) => {
        const parent = new Map(entries);
        const before = [...parent];
        const layer = LayeredMap.over(parent);
        const copy = new Map(parent);
        for (const o of ops) {
          if (o.kind === "set") {
            layer.set(o.key, o.value);
            copy.set(o.key, o.value);
          } else if (o.kind === "delete") {
            expect(layer.delete(o.key)).toBe(copy.delete(o.key));
          } else {
            layer.clear();
            copy.clear();
          }
          expect(layer.size).toBe(copy.size);
          expect([...layer]).toEqual([...copy]);
          expect([...layer.keys()]).toEqual([...copy.keys()]);
          expect([...layer.values()]).toEqual([...copy.values()]);
          for (let n = 0; n <= 12; n++) {
            expect(layer.get(`k${n}`)).toBe(copy.get(`k${n}`));
            expect(layer.has(`k${n}`)).toBe(copy.has(`k${n}`));
          }
        }
        expect([...parent]).toEqual(before);
      },
    ),
    { numRuns: 300 },
  );
});

test("over an empty or missing parent it is a plain Map", () => {
  expect(LayeredMap.over(undefined)).toBeInstanceOf(Map);
  expect(LayeredMap.over(new Map())).toBeInstanceOf(Map);
  expect(LayeredMap.over(new Map([["a", 1]]))).toBeInstanceOf(LayeredMap);
  expect(Object.prototype.toString.call(LayeredMap.over(new Map([["a", 1]])))).toBe("[object Map]");
});
