export type { components, operations, paths } from "./generated/openapi.js";
/** @deprecated Interim alias while the resource-method client is built; use `createRawClient`. */
export {
  type ClientOptions,
  createRawClient,
  createRawClient as createClient,
  type RawClient,
} from "./rawClient.js";
export { type ParsedToken, parseToken, SECRET_KINDS, type SecretTag, secretChecksum } from "./secret.js";
export type * from "./types.js";
