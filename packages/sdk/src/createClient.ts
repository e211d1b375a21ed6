import createFetchClient from "openapi-fetch";
import type { ClientOptions } from "./ClientOptions.js";
import type { paths } from "./generated/openapi.js";
import { assertSecureUrl } from "./internal/isSecureUrl.js";
import type { ResourceContext } from "./internal/resourceContext.js";
import { createSessionManager } from "./internal/sessionManager.js";
import { createTransport } from "./internal/transport.js";
import type { RawClient } from "./rawClient.js";
import { type AuditEventsResource, createAuditEventsResource } from "./resources/auditEvents.js";
import { type AuthResource, createAuthResource } from "./resources/auth.js";
import { type CredentialsResource, createCredentialsResource } from "./resources/credentials.js";
import { createOrganizationResource, type OrganizationResource } from "./resources/organization.js";
import { createRequesterResource, type RequesterResource } from "./resources/requester.js";
import { createScopesResource, type ScopesResource } from "./resources/scopes.js";
import { createTokensResource, type TokensResource } from "./resources/tokens.js";
import { parseToken } from "./secret.js";
import { TesseraError } from "./TesseraError.js";

/** A Tessera API client: resource methods that return data and throw typed errors. */
export interface TesseraClient {
  /** Log in and out (A5-A6). */
  readonly auth: AuthResource;
  /** Who is calling (Q1). */
  readonly requester: RequesterResource;
  /** The scope catalogue and selectable resources (S2). */
  readonly scopes: ScopesResource;
  /** Create, list, edit, rotate, revoke and introspect tokens (T1-T18). */
  readonly tokens: TokensResource;
  /** The organization's audit log (T16). */
  readonly auditEvents: AuditEventsResource;
  /** The caller's organization and its token policy (P5). */
  readonly organization: OrganizationResource;
  /** Reporting leaked secrets, sent with no credential (P4). */
  readonly credentials: CredentialsResource;
  /**
   * The openapi-fetch client typed by the contract, returning `{ data, error, response }` instead of
   * throwing on 4xx/5xx, with the same credentials, retries, timeouts and logging.
   */
  readonly raw: RawClient;
}

function validate(options: ClientOptions): void {
  const { baseUrl, token, credentials, retries, timeoutMs } = options;
  const fail = (message: string) => {
    throw new TesseraError(message);
  };
  let protocol = "";
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    // reported below
  }
  if (protocol !== "https:" && protocol !== "http:") {
    fail(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (token !== undefined && credentials !== undefined) fail("Give either token or credentials, not both");
  if (token !== undefined) {
    const parsed = parseToken(token);
    if (!parsed.valid && parsed.reason === "checksum") {
      fail("token is not a valid Tessera secret: its checksum does not match (mistyped or truncated?)");
    }
    if (!parsed.valid) {
      fail(
        "token is not a Tessera secret: expected tsr_ses_, tsr_pat_ or tsr_oat_ + 36 characters, or a legacy key",
      );
    }
  }
  if (token !== undefined || credentials) assertSecureUrl(baseUrl, options.allowInsecureHttp);
  if (retries !== undefined && !(Number.isInteger(retries) && retries >= 0)) {
    fail("retries must be a whole number, 0 or more");
  }
  if (timeoutMs !== undefined && !(timeoutMs > 0))
    fail("timeoutMs must be a positive number of milliseconds");
}

/**
 * Creates a client for the Tessera API. Checks the options at once: a mistyped token (offline
 * checksum) or a credential bound for plain HTTP to a remote host (A4) throws here.
 *
 * @example
 * const client = createClient({ baseUrl: "https://api.tessera.dev", token: process.env.TESSERA_TOKEN });
 * for await (const token of client.tokens.list({ status: "active" })) console.log(token.label);
 *
 * @example
 * // Logs in on the first request and again when the session expires.
 * const client = createClient({ baseUrl: "http://127.0.0.1:4010", credentials: { email, password } });
 * const me = await client.requester.get();
 */
export function createClient(options: ClientOptions): TesseraClient {
  validate(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  // The session manager logs in through the transport, which asks it for the credential.
  const sessions = createSessionManager(options, `${baseUrl}/v1/auth/login`, (request, init) =>
    send(request, init),
  );
  const send = createTransport(options, sessions);
  const raw = createFetchClient<paths>({
    baseUrl,
    headers: options.headers,
    fetch: (request) => send(request),
  });
  const context: ResourceContext = { raw, send, sessions };
  return {
    auth: createAuthResource(context),
    requester: createRequesterResource(context),
    scopes: createScopesResource(context),
    tokens: createTokensResource(context),
    auditEvents: createAuditEventsResource(context),
    organization: createOrganizationResource(context),
    credentials: createCredentialsResource(context),
    raw,
  };
}
