/**
 * `@tessera/mock/contract`: the contract as the mock reads it, for tools that check traffic
 * against spec/openapi.yaml (the test suite's response guard, a fuzzer, a proxy):
 * which operation a method and path name, every operation with what the spec says about it,
 * whether a response is one the contract documents, and the mock's redaction of secret-shaped text
 * (E6), for tools that print or store what they saw.
 *
 * @example
 * const match = matchOperation("GET", "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw");
 * if (match && "operation" in match) {
 *   const problems = validateResponse(match.operation, res.status, res.headers.get("content-type"), res.headers, body);
 * }
 */
export { matchOperation, OPERATIONS, type OperationId, type OperationSpec } from "./handlers/operations.js";
export { redactPath, redactSecrets } from "./handlers/redact.js";
export { validateResponse } from "./handlers/responseValidation.js";
