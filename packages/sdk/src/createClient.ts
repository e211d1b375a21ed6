import createFetchClient from "openapi-fetch";
import type { ClientOptions } from "./ClientOptions.js";
import type { paths } from "./generated/openapi.js";
import { createCall } from "./internal/call.js";
import { readError } from "./internal/errorFromResponse.js";
import { assertSecureUrl } from "./internal/isSecureUrl.js";
import { paginate } from "./internal/paginate.js";
import { createTransport } from "./internal/transport.js";
import type { RawClient } from "./rawClient.js";
import type { AuditEventsResource } from "./resources/auditEvents.js";
import type { AuthResource } from "./resources/auth.js";
import type { CredentialsResource } from "./resources/credentials.js";
import type { OrganizationResource } from "./resources/organization.js";
import type { RequesterResource } from "./resources/requester.js";
import type { ScopesResource } from "./resources/scopes.js";
import type { TokensResource } from "./resources/tokens.js";
import { parseToken } from "./secret.js";
import { TesseraError } from "./TesseraError.js";
import type { Session, TokenRotateRequest } from "./types.js";

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
  if (!/^https?:$/.test(protocol)) {
    fail(`baseUrl must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  if (token !== undefined && credentials !== undefined) fail("Give either token or credentials, not both");
  if (token !== undefined) {
    const parsed = parseToken(token);
    if (!parsed.valid) {
      fail(
        parsed.reason === "checksum"
          ? "token is not a valid Tessera secret: its checksum does not match (mistyped or truncated?)"
          : "token is not a Tessera secret: expected tsr_ses_, tsr_pat_ or tsr_oat_ + 36 characters, or a legacy key",
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
  const [send, logIn, loggedOut, forget] = createTransport(options, `${baseUrl}/v1/auth/login`);
  const raw = createFetchClient<paths>({
    baseUrl,
    headers: options.headers,
    fetch: (request) => send(request),
  });
  // Every resource method is one call through `raw` (see createCall), typed by the contract.
  const call = createCall(raw, send);
  return {
    auth: {
      async login(credentials, requestOptions) {
        const response = await logIn(credentials, requestOptions);
        if (!response.ok) throw await readError(response);
        return (await response.json()) as Session;
      },
      async logout(requestOptions) {
        if (loggedOut()) return;
        await call("POST", "/v1/auth/logout", requestOptions);
        forget();
      },
    },
    requester: {
      get: (requestOptions) => call("GET", "/v1/requester", requestOptions),
    },
    scopes: {
      list: (requestOptions) => call("GET", "/v1/scopes", requestOptions),
      resources: (resource, query = {}, requestOptions) =>
        paginate(query, (pageQuery) =>
          call("GET", "/v1/scopes/{resource}/resources", requestOptions, {
            params: { path: { resource }, query: pageQuery },
          }),
        ),
    },
    tokens: {
      list: (query = {}, requestOptions) =>
        paginate(query, (pageQuery) =>
          call("GET", "/v1/tokens", requestOptions, { params: { query: pageQuery } }),
        ),
      get: (id, requestOptions) =>
        call("GET", "/v1/tokens/{id}", requestOptions, { params: { path: { id } } }),
      // The transport sends `idempotencyKey`, for every retry of the call (T18).
      create: (body, requestOptions) => call("POST", "/v1/tokens", requestOptions, { body }),
      update: (id, body, requestOptions) =>
        call("PATCH", "/v1/tokens/{id}", requestOptions, { params: { path: { id } }, body }),
      revoke: (id, query, requestOptions) =>
        call("DELETE", "/v1/tokens/{id}", requestOptions, { params: { path: { id }, query } }),
      rotate: (id, body, requestOptions) =>
        call("POST", "/v1/tokens/{id}/rotate", requestOptions, {
          params: { path: { id } },
          // The service applies the default grace period; see TokenRotateInput.
          body: body as TokenRotateRequest | undefined,
        }),
      current: (requestOptions) => call("GET", "/v1/tokens/current", requestOptions),
      introspect: (token, requestOptions) =>
        call("POST", "/v1/tokens/introspect", requestOptions, { body: { token } }),
    },
    auditEvents: {
      list: (query = {}, requestOptions) =>
        paginate(query, (pageQuery) =>
          call("GET", "/v1/audit-events", requestOptions, { params: { query: pageQuery } }),
        ),
    },
    organization: {
      get: (requestOptions) => call("GET", "/v1/organization", requestOptions),
      updatePolicy: (policy, requestOptions) =>
        call("PATCH", "/v1/organization/policy", requestOptions, { body: policy }),
    },
    credentials: {
      async reportLeaked(secrets, requestOptions) {
        // Sent with no credential, whatever the client holds (P4).
        await call(
          "POST",
          "/v1/credentials/revoke",
          { ...requestOptions, anonymous: true },
          {
            body: { credentials: secrets },
          },
        );
      },
    },
    raw,
  };
}
