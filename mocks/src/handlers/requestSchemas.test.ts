import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { SCHEMAS_DIGEST as BODIES } from "../generated/bodyValidators.js";
import { SCHEMAS_DIGEST as PARAMETERS } from "../generated/parameterValidators.js";
import { requestSchemas } from "./requestSchemas.js";

test("E1: the generated request validators were compiled from the schemas requestSchemas.ts describes", () => {
  // scripts/generate.mjs builds the schemas on its own; a change to either side must reach the other.
  const schemas = requestSchemas();
  const digest = createHash("sha256")
    .update(
      JSON.stringify(
        Object.keys(schemas)
          .sort()
          .map((key) => [key, schemas[key]]),
      ),
    )
    .digest("hex");
  expect(PARAMETERS).toBe(digest);
  expect(BODIES).toBe(digest);
});
