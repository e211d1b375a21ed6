import { DEFAULT_CONFIG } from "../domain/context.js";
import { redactSecrets } from "../handlers/redact.js";
import { FixtureError, type FixtureProblem } from "./FixtureError.js";
import type { Fixture } from "./fixture.js";
import type { FixtureTarget } from "./fixtureIndex.js";
import { checkFixtureRules } from "./fixtureRules.js";
import { checkFixtureSchema, FIXTURE_LISTS } from "./fixtureSchemaCheck.js";

/** Options of {@link validateFixture}. */
export interface ValidateFixtureOptions {
  /** The time the fixture is loaded at, which decides which tokens are active (T4); default now. */
  now?: Date | string | number;
  /** The most active tokens per owner (T4); default 50, or the mock's `config.tokenLimit`. */
  tokenLimit?: number;
}

/**
 * Every reason an empty mock would refuse `fixture`, by JSON pointer: the fixture format's schema
 * (`@tessera/mock/fixture.schema.json`), then what a schema cannot say (references, unique ids,
 * emails and secrets, checksums, S1, S3, T2, T3, T4). Empty when the fixture would load.
 *
 * @example
 * const problems = validateFixture(JSON.parse(readFileSync("seed.json", "utf8")));
 * for (const { pointer, detail } of problems) console.error(`${pointer}: ${detail}`);
 */
export function validateFixture(fixture: unknown, options: ValidateFixtureOptions = {}): FixtureProblem[] {
  return fixtureProblems(fixture, {
    now: new Date(options.now ?? Date.now()).getTime(),
    tokenLimit: options.tokenLimit ?? DEFAULT_CONFIG.tokenLimit,
  });
}

/**
 * The problems `fixture` has when added to `target` (a store, at a time), in the fixture's order.
 * Anything shaped like a secret (a field named with one, say) is cut to its prefix (E6).
 */
export function fixtureProblems(fixture: unknown, target: FixtureTarget): FixtureProblem[] {
  const { problems, broken } = checkFixtureSchema(fixture);
  const rules = broken.has("") ? [] : checkFixtureRules(fixture as Fixture, target, broken);
  return [...problems, ...rules]
    .map((problem, order) => ({ problem, order, key: sortKey(problem.pointer) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.order - b.order)
    .map(({ problem }) => ({
      pointer: redactSecrets(problem.pointer),
      detail: redactSecrets(problem.detail),
    }));
}

/** Throws a {@link FixtureError} naming every problem `fixture` has when added to `target`. */
export function assertValidFixture(fixture: unknown, target: FixtureTarget): asserts fixture is Fixture {
  const problems = fixtureProblems(fixture, target);
  if (problems.length > 0) throw new FixtureError(problems);
}

/** A pointer's list (in loading order) and item, so problems read in the fixture's order. */
function sortKey(pointer: string): [number, number] {
  const [list = "", item = ""] = pointer.split("/").slice(1);
  const at = (FIXTURE_LISTS as readonly string[]).indexOf(list);
  return [at, /^\d+$/.test(item) ? Number(item) : -1];
}
