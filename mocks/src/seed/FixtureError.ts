import { devUtils } from "../handlers/devUtils.js";

/** One reason a fixture was refused. */
export interface FixtureProblem {
  /** JSON pointer into the fixture, e.g. `/tokens/3/scopes/0` (`""` for the fixture itself). */
  pointer: string;
  /** What is wrong there, naming the rule (S3, T3, T4, ...) where one applies. Never holds a secret. */
  detail: string;
}

/** How many problems the message lists before it says how many more there are. */
const LISTED = 50;

/**
 * A fixture refused before any of it was loaded: `createMockApi({ seed })` throws it,
 * `api.seed()` rejects with it, `/__mock/seed` answers its problems as a 400 and `tessera-mock
 * --seed` prints them and exits with status 1.
 *
 * @example
 * try {
 *   await api.seed(fixture);
 * } catch (error) {
 *   if (error instanceof FixtureError) console.log(error.problems); // [{ pointer: "/users/0/email", detail: "..." }]
 * }
 */
export class FixtureError extends Error {
  /** Every problem found, in the fixture's order. */
  readonly problems: readonly FixtureProblem[];

  /**
   * @param problems What is wrong, at least one.
   * @param what What the message calls the fixture (default "The fixture"), e.g. the file it came from.
   */
  constructor(problems: readonly FixtureProblem[], what = "The fixture") {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    const lines = problems.slice(0, LISTED).map((p) => `  ${p.pointer || "/"}: ${p.detail}`);
    if (problems.length > LISTED) lines.push(`  ... and ${problems.length - LISTED} more`);
    super(
      devUtils.formatMessage(
        `${what} was refused, nothing of it was loaded (${count}):\n${lines.join("\n")}`,
      ),
    );
    this.name = "FixtureError";
    this.problems = problems;
  }
}
