/**
 * The schema part of a fixture's validation: the fixture format (spec/fixture.schema.yaml, bundled by
 * `pnpm generate`) checked by the validator Ajv generated from it beforehand
 * (generated/fixtureValidator.ts: no Ajv to load and nothing to compile at run time), with its errors
 * turned into one problem per field.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { validateFixtureSchema } from "../generated/fixtureValidator.js";
import type { FixtureProblem } from "./FixtureError.js";

/** The lists a fixture holds, in the order they load. */
export const FIXTURE_LISTS = ["organizations", "users", "resources", "tokens"] as const;

const validate = validateFixtureSchema as ValidateFunction;

/** What the schema says about a fixture. */
export interface SchemaVerdict {
  problems: FixtureProblem[];
  /**
   * What broke the schema, so that the rules leave it alone: `""` (the fixture is not an object),
   * a list (`/tokens` is not an array) or a list item (`/tokens/3`).
   */
  broken: Set<string>;
}

/** Checks a fixture against the fixture format's JSON Schema. */
export function checkFixtureSchema(fixture: unknown): SchemaVerdict {
  if (validate(fixture)) return { problems: [], broken: new Set() };
  const errors = validate.errors ?? [];
  const broken = new Set<string>();
  for (const error of errors) {
    const [list, index] = error.instancePath.split("/").slice(1);
    broken.add(list === undefined ? "" : index === undefined ? `/${list}` : `/${list}/${index}`);
  }
  return { problems: toProblems(errors), broken };
}

const title = (error: ErrorObject): string | undefined =>
  (error.parentSchema as { title?: unknown } | undefined)?.title as string | undefined;

/**
 * Where the errors an alternative explains sit in the schema: a titled `oneOf`'s branches, or the
 * `then` of a titled `if`.
 */
const explainedPath = (error: ErrorObject) =>
  error.keyword === "oneOf" ? `${error.schemaPath}/` : error.schemaPath.replace(/\/if$/, "/then/");

const within = (error: ErrorObject, outer: ErrorObject) =>
  error !== outer &&
  error.instancePath.startsWith(outer.instancePath) &&
  error.schemaPath.startsWith(explainedPath(outer));

/**
 * Ajv's errors as problems. Alternatives with a `title` (password or passwordHash; what a personal
 * token may not carry) speak through it instead of through their branches; what the branches of an
 * untitled one (a time or null) say about its field is joined with "or".
 */
function toProblems(errors: ErrorObject[]): FixtureProblem[] {
  const titled = errors.filter((e) => (e.keyword === "oneOf" || e.keyword === "if") && title(e));
  const untitled = errors.filter((e) => (e.keyword === "oneOf" || e.keyword === "anyOf") && !title(e));
  const problems: FixtureProblem[] = [];
  const alternatives = new Map<string, FixtureProblem>();
  for (const error of errors) {
    if (error.keyword === "if") continue; // what its `then` refused is reported at the field
    const explaining = titled.find((outer) => within(error, outer));
    if (explaining?.keyword === "oneOf") continue;
    if (explaining) {
      problems.push({ pointer: error.instancePath, detail: `${title(explaining)}` });
      continue;
    }
    if (titled.includes(error)) {
      problems.push({ pointer: error.instancePath, detail: `${title(error)}` });
      continue;
    }
    if (untitled.includes(error)) continue;
    const problem = problemOf(error);
    // A branch may sit behind a `$ref` (its schemaPath is then the referenced schema's): its field tells.
    const branchOf = untitled.find((outer) => outer.instancePath === error.instancePath);
    if (!branchOf) {
      problems.push(problem);
      continue;
    }
    const joined = alternatives.get(problem.pointer);
    const repeated = joined?.detail.startsWith("must be ") ? /^must be / : /^must /;
    if (joined) joined.detail += ` or ${problem.detail.replace(repeated, "")}`;
    else {
      alternatives.set(problem.pointer, problem);
      problems.push(problem);
    }
  }
  return problems;
}

const FORMATS: Record<string, string> = {
  "date-time": "an RFC 3339 date-time with a time zone, e.g. 2026-11-22T10:00:00Z",
  email: "an email address",
};

/** One error as a problem at the field it is about. */
function problemOf(error: ErrorObject): FixtureProblem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return { pointer: `${at}/${params.missingProperty}`, detail: "is required" };
    case "dependentRequired":
      return { pointer: `${at}/${params.missingProperty}`, detail: `is required with ${params.property}` };
    case "additionalProperties":
      return { pointer: `${at}/${params.additionalProperty}`, detail: "is not a known field" };
    case "enum":
      return { pointer: at, detail: `must be one of: ${(params.allowedValues as unknown[]).join(", ")}` };
    case "const":
      return { pointer: at, detail: `must be ${JSON.stringify(params.allowedValue)}` };
    case "false schema":
      return { pointer: at, detail: "is not allowed here" };
    case "format":
      return { pointer: at, detail: `must be ${FORMATS[String(params.format)] ?? String(params.format)}` };
    default:
      return { pointer: at, detail: error.message ?? "is not valid" };
  }
}
