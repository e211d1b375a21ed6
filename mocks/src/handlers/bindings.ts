/** Each operation of the contract bound to its domain rule: HTTP input in, status and body out. */
import type { components } from "@tessera/sdk";
import { listAuditEvents } from "../domain/auditLog.js";
import type { Caller, ServiceContext } from "../domain/context.js";
import { createToken } from "../domain/createToken.js";
import { introspectToken } from "../domain/introspectToken.js";
import { getToken, listTokens } from "../domain/listTokens.js";
import { logout } from "../domain/login.js";
import { describeRequester } from "../domain/requester.js";
import { revokeToken } from "../domain/revokeToken.js";
import { rotateToken } from "../domain/rotateToken.js";
import { listSelectableResources, scopeCatalogue } from "../domain/scopes.js";
import { updateToken } from "../domain/updateToken.js";
import { credentialView } from "../domain/views.js";

type Schemas = components["schemas"];

export interface OperationInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

export interface OperationResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Binding = (
  ctx: ServiceContext,
  caller: Caller,
  input: OperationInput,
) => Promise<OperationResult> | OperationResult;

const ok = (body: unknown): OperationResult => ({ status: 200, body });
const id = (input: OperationInput) => input.path.id as string;

/** Operations that need a token credential, by operationId. Login is handled apart (HTTP Basic). */
export const BINDINGS: Record<string, Binding> = {
  logout: async (ctx, caller) => {
    await logout(ctx, caller);
    return { status: 204 };
  },
  getRequester: (ctx, caller) => ok(describeRequester(ctx, caller)),
  listScopes: (_ctx, caller) => ok(scopeCatalogue(caller)),
  listScopeResources: (ctx, caller, input) =>
    ok(
      listSelectableResources(
        ctx,
        caller,
        input.path.resource as Schemas["SelectableResourceType"],
        input.query,
      ),
    ),
  listTokens: (ctx, caller, input) => ok(listTokens(ctx, caller, input.query)),
  createToken: async (ctx, caller, input) => {
    const created = await createToken(ctx, caller, input.body as Schemas["TokenCreateRequest"]);
    return { status: 201, body: created, headers: { location: `/v1/tokens/${created.token.id}` } };
  },
  getCurrentToken: (ctx, caller) => ok(credentialView(ctx, caller)),
  introspectToken: (ctx, caller, input) =>
    ok(introspectToken(ctx, caller, (input.body as Schemas["IntrospectionRequest"]).token)),
  getToken: (ctx, caller, input) => ok(getToken(ctx, caller, id(input))),
  updateToken: async (ctx, caller, input) =>
    ok(await updateToken(ctx, caller, id(input), input.body as Schemas["TokenUpdateRequest"])),
  revokeToken: async (ctx, caller, input) =>
    ok(await revokeToken(ctx, caller, id(input), input.query.confirm as string | undefined)),
  rotateToken: async (ctx, caller, input) =>
    ok(await rotateToken(ctx, caller, id(input), (input.body ?? {}) as Schemas["TokenRotateRequest"])),
  listAuditEvents: (ctx, caller, input) => ok(listAuditEvents(ctx, caller, input.query)),
};

/** Operations that change state; they run one at a time (see store.exclusive). */
export const WRITES: ReadonlySet<string> = new Set([
  "login",
  "logout",
  "createToken",
  "updateToken",
  "revokeToken",
  "rotateToken",
]);

/** Operations that honour Idempotency-Key (T18). */
export const IDEMPOTENT: ReadonlySet<string> = new Set(["createToken", "rotateToken"]);
