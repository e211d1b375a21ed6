/**
 * Ajv for the schemas the mock compiles at run time: responses against the contract (the contract
 * entry's `validateResponse`) and the controls' bodies (loaded with the first one). Requests and
 * fixtures are checked by code Ajv generated beforehand (generated/*Validators.ts,
 * generated/fixtureValidator.ts), so Ajv is not loaded for them.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under some loaders its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

/**
 * A JSON Schema 2020-12 validator with the standard formats (date-time, email, uri, ...).
 * @param options.verbose Errors carry the failing schema (`parentSchema`), whose `title` can explain them.
 * @param options.strictRequired Off for schemas whose `oneOf` branches name required properties
 * defined beside them (strict mode would refuse those).
 */
export function createAjv(
  options: {
    coerceTypes?: boolean;
    strict?: boolean;
    validateSchema?: boolean;
    verbose?: boolean;
    strictRequired?: boolean;
  } = {},
) {
  const ajv = new Ajv2020({
    strict: options.strict ?? true,
    strictRequired: options.strictRequired ?? options.strict ?? true,
    allErrors: true,
    verbose: options.verbose ?? false,
    coerceTypes: options.coerceTypes ?? false,
    validateSchema: options.validateSchema ?? true,
  });
  addFormats(ajv);
  return ajv;
}
