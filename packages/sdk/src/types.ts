/**
 * Readable names for the contract's schemas. Everything here is derived from the generated
 * `components` so that the spec stays the single source of truth.
 */
import type { components, operations } from "./generated/openapi.js";

type Schemas = components["schemas"];

export type Token = Schemas["Token"];
export type TokenId = Schemas["TokenId"];
export type TokenPage = Schemas["TokenPage"];
export type TokenType = Schemas["TokenType"];
export type TokenStatus = Schemas["TokenStatus"];
export type TokenWithSecret = Schemas["TokenWithSecret"];
export type TokenCreateRequest = Schemas["TokenCreateRequest"];
export type TokenUpdateRequest = Schemas["TokenUpdateRequest"];
export type TokenRotateRequest = Schemas["TokenRotateRequest"];
export type TokenListQuery = NonNullable<operations["listTokens"]["parameters"]["query"]>;
export type ScopeGrant = Schemas["ScopeGrant"];
export type ResourceType = Schemas["ResourceType"];
export type SelectableResourceType = Schemas["SelectableResourceType"];
export type Access = Schemas["Access"];
export type ScopeCatalogue = Schemas["ScopeCatalogue"];
export type SelectableResource = Schemas["SelectableResource"];
export type SelectableResourcePage = Schemas["SelectableResourcePage"];
export type Role = Schemas["Role"];
export type Plan = Schemas["Plan"];
export type ReceiveReports = Schemas["ReceiveReports"];
export type SensitiveData = Schemas["SensitiveData"];
export type Credential = Schemas["Credential"];
export type CredentialKind = Schemas["CredentialKind"];
export type Session = Schemas["Session"];
export type Membership = Schemas["Membership"];
export type Requester = Schemas["Requester"];
export type UserRequester = Schemas["UserRequester"];
export type OrganizationRequester = Schemas["OrganizationRequester"];
export type IntrospectionRequest = Schemas["IntrospectionRequest"];
export type Introspection = Schemas["Introspection"];
export type ActiveIntrospection = Schemas["ActiveIntrospection"];
export type InactiveIntrospection = Schemas["InactiveIntrospection"];
export type AuditEvent = Schemas["AuditEvent"];
export type AuditEventType = Schemas["AuditEventType"];
export type AuditEventPage = Schemas["AuditEventPage"];
export type Problem = Schemas["Problem"];
export type ProblemCode = Schemas["ProblemCode"];
export type FieldError = Schemas["FieldError"];
export type ScopeResourceListQuery = NonNullable<operations["listScopeResources"]["parameters"]["query"]>;
export type AuditEventListQuery = NonNullable<operations["listAuditEvents"]["parameters"]["query"]>;
export type SessionUser = Schemas["SessionUser"];
export type GrantResource = Schemas["GrantResource"];
export type IpRange = Schemas["IpRange"];
export type AllowedIps = Schemas["AllowedIps"];
export type RevocationReason = Schemas["RevocationReason"];
export type Organization = Schemas["Organization"];
export type OrganizationPolicy = Schemas["OrganizationPolicy"];
export type OrganizationPolicyUpdate = Schemas["OrganizationPolicyUpdate"];
export type LeakReport = Schemas["LeakReport"];
export type TokenRevokeQuery = NonNullable<operations["revokeToken"]["parameters"]["query"]>;
