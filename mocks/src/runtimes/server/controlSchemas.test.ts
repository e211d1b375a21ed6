import { describe, expect, test } from "vitest";
import { createAjv } from "../../handlers/createAjv.js";
import { CONTROL_SCHEMAS, controlValidator } from "./controlSchemas.js";

describe("the /__mock body schemas", () => {
  // The server compiles them without Ajv's meta-schema check (a fifth of its cold start), so it is here.
  test.each(Object.keys(CONTROL_SCHEMAS) as (keyof typeof CONTROL_SCHEMAS)[])(
    "%s is a valid JSON Schema 2020-12 that strict Ajv accepts",
    (name) => {
      const ajv = createAjv();
      expect(ajv.validateSchema(CONTROL_SCHEMAS[name]), JSON.stringify(ajv.errors)).toBe(true);
      expect(() => ajv.compile(CONTROL_SCHEMAS[name])).not.toThrow();
    },
  );

  test("each validator is compiled once and kept", async () => {
    const [first, second] = await Promise.all([controlValidator("clock"), controlValidator("clock")]);
    expect(second).toBe(first);
    expect(await controlValidator("clock")).toBe(first);
    expect(first({ advance: { days: 1 } })).toBe(true);
    expect(first({ advance: { weeks: 1 } })).toBe(false);
  });
});
