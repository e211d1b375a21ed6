/**
 * The operation table: every operation of the contract, keyed by its operationId, bound to the
 * domain rule that answers it. The table's type is derived from the generated `operations` type,
 * so an operation added to spec/openapi.yaml (and regenerated) but missing here fails
 * `pnpm typecheck` with an error naming it, and each entry's input and result are typed by the
 * contract: a rule that answers with the wrong status or body shape does not compile either.
 */
import { listAuditEvents } from "../domain/auditLog.js";
import { authorizeCreateToken, createToken } from "../domain/createToken.js";
import { introspectToken } from "../domain/introspectToken.js";
import { getToken, listTokens } from "../domain/listTokens.js";
import { checkPassword, login, loginRateLimit, logout } from "../domain/login.js";
import { getOrganization, updateOrganizationPolicy } from "../domain/organization.js";
import { reportLeakedCredentials } from "../domain/reportLeakedCredentials.js";
import { describeRequester } from "../domain/requester.js";
import { revokeToken } from "../domain/revokeToken.js";
import { authorizeRotateToken, rotateToken } from "../domain/rotateToken.js";
import { listSelectableResources, scopeCatalogue } from "../domain/scopes.js";
import { updateToken } from "../domain/updateToken.js";
import { credentialView } from "../domain/views.js";
import type { OperationId } from "./operations.js";
import type { AnyOperationEntry, OperationTable } from "./operationTypes.js";
import { rateLimitHeaders } from "./rateLimitHeaders.js";

const ok = <T>(body: T) => ({ status: 200 as const, body });

// The token rules read and write only the store's own maps, so their entries answer at once (not
// through a promise): the pipeline then runs a create or a revoke without a promise turn (issue 17).

export const OPERATION_TABLE = {
  login: {
    auth: "basic",
    verify: (ctx, credentials) => checkPassword(ctx, credentials.email, credentials.password),
    run: async (ctx, check) => {
      const session = await login(ctx, check);
      return { status: 201, body: session, headers: rateLimitHeaders(loginRateLimit(ctx, check.email)) };
    },
  },
  logout: {
    auth: "token",
    run: async (ctx, caller) => {
      await logout(ctx, caller);
      return { status: 204, body: undefined };
    },
  },
  getRequester: { auth: "token", run: (ctx, caller) => ok(describeRequester(ctx, caller)) },
  listScopes: { auth: "token", run: (_ctx, caller) => ok(scopeCatalogue(caller)) },
  listScopeResources: {
    auth: "token",
    run: (ctx, caller, { path, query }) => ok(listSelectableResources(ctx, caller, path.resource, query)),
  },
  listTokens: { auth: "token", run: (ctx, caller, { query }) => ok(listTokens(ctx, caller, query)) },
  createToken: {
    auth: "token",
    authorize: (ctx, caller, { body }) => void authorizeCreateToken(ctx, caller, body),
    run: (ctx, caller, { body }) => {
      const created = createToken(ctx, caller, body);
      return { status: 201, body: created, headers: { location: `/v1/tokens/${created.token.id}` } };
    },
  },
  getCurrentToken: { auth: "token", run: (ctx, caller) => ok(credentialView(ctx, caller)) },
  introspectToken: {
    auth: "token",
    run: (ctx, caller, { body }) => ok(introspectToken(ctx, caller, body.token)),
  },
  getToken: { auth: "token", run: (ctx, caller, { path }) => ok(getToken(ctx, caller, path.id)) },
  updateToken: {
    auth: "token",
    run: (ctx, caller, { path, body }) => ok(updateToken(ctx, caller, path.id, body)),
  },
  revokeToken: {
    auth: "token",
    run: (ctx, caller, { path, query }) => ok(revokeToken(ctx, caller, path.id, query.confirm)),
  },
  rotateToken: {
    auth: "token",
    authorize: (ctx, caller, { path, body }) => void authorizeRotateToken(ctx, caller, path.id, body),
    run: (ctx, caller, { path, body }) => ok(rotateToken(ctx, caller, path.id, body)),
  },
  listAuditEvents: {
    auth: "token",
    run: (ctx, caller, { query }) => ok(listAuditEvents(ctx, caller, query)),
  },
  getOrganization: { auth: "token", run: (ctx, caller) => ok(getOrganization(ctx, caller)) },
  updateOrganizationPolicy: {
    auth: "token",
    run: async (ctx, caller, { body }) => ok(await updateOrganizationPolicy(ctx, caller, body)),
  },
  reportLeakedCredentials: {
    auth: "none",
    run: async (ctx, origin, { body }) => {
      const limit = await reportLeakedCredentials(ctx, origin.clientAddress, body.credentials);
      return { status: 202, body: undefined, headers: rateLimitHeaders(limit) };
    },
  },
} satisfies OperationTable;

/**
 * The entry for an operation, its types widened so the pipeline can call it without knowing which
 * operation it is. Sound because the pipeline validates every input against the same schemas the
 * entry's types are generated from before it calls the entry.
 */
export function operationEntry(operationId: OperationId): AnyOperationEntry {
  return OPERATION_TABLE[operationId] as unknown as AnyOperationEntry;
}
