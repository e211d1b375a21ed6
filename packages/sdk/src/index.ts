export { type ClientOptions, createClient, type TesseraClient } from "./createClient.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type * from "./types.js";
