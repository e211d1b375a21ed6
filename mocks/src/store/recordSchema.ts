/**
 * A Standard Schema that accepts any value typed as `T`.
 *
 * @note Records are built by the domain from already-validated input (the handlers validate every
 * request against the OpenAPI contract with Ajv), so validating them again on every write would only
 * cost time on the hot path. The schema exists to give @msw/data its record type.
 */
export function recordSchema<T extends object>() {
  return {
    "~standard": {
      version: 1 as const,
      vendor: "tessera",
      validate: (value: unknown) => ({ value: value as T }),
      types: undefined as unknown as { input: T; output: T },
    },
  };
}
