export type { ClientOptions, Credentials } from "./ClientOptions.js";
export { createClient, type TesseraClient } from "./createClient.js";
export type { components, operations, paths } from "./generated/openapi.js";
export type { Logger } from "./Logger.js";
export { Page, type PageBody, PagePromise } from "./Page.js";
export type { IdempotentRequestOptions, RequestOptions } from "./RequestOptions.js";
export { createRawClient, type RawClient, type RawClientOptions } from "./rawClient.js";
export type { AuditEventsResource } from "./resources/auditEvents.js";
export type { AuthResource } from "./resources/auth.js";
export type { CredentialsResource } from "./resources/credentials.js";
export type { OrganizationResource } from "./resources/organization.js";
export type { RequesterResource } from "./resources/requester.js";
export type { ScopesResource } from "./resources/scopes.js";
export type { TokenRotateInput, TokensResource } from "./resources/tokens.js";
export { type ParsedToken, parseToken, SECRET_KINDS, type SecretTag, secretChecksum } from "./secret.js";
export {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TesseraError,
  type TesseraErrorInit,
  TimeoutError,
  ValidationError,
} from "./TesseraError.js";
export type * from "./types.js";
