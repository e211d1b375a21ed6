/**
 * vitest's `expect` outside vitest: the same matchers (`@vitest/expect`, the package vitest builds
 * its own `expect` from) on the same Chai, put together as vitest's `createExpect()` does, without
 * snapshots and `expect.poll`, which no scenario uses.
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  chai,
  GLOBAL_EXPECT,
  getState,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  setState,
} from "@vitest/expect";
import type { ExpectStatic } from "vitest";

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

const base = ((value: unknown, message?: string) => {
  const { assertionCalls } = getState(expect);
  setState({ assertionCalls: assertionCalls + 1 }, expect);
  return chai.expect(value, message);
}) as unknown as ExpectStatic;

Object.assign(base, chai.expect);
Object.assign(base, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
Object.assign(base, {
  getState: () => getState(base),
  setState: (state: object) => setState(state, base),
  assert: chai.assert,
  extend: (matchers: object) =>
    (chai.expect as unknown as { extend: (e: unknown, m: object) => void }).extend(base, matchers),
});

/** The scenarios' `expect`. */
export const expect: ExpectStatic = base;

setState(
  {
    assertionCalls: 0,
    isExpectingAssertions: false,
    isExpectingAssertionsError: null,
    expectedAssertionsNumber: null,
    expectedAssertionsNumberErrorGen: null,
  },
  expect,
);
// Under a test runner that already installed its own `expect` (vitest running the kit in-process),
// that one stays the global.
if (!(GLOBAL_EXPECT in globalThis)) (globalThis as Record<symbol, unknown>)[GLOBAL_EXPECT] = expect;
