/**
 * Type tests: one request per operation of spec/openapi.yaml, built with the SDK's `createRawClient`,
 * must type-check against the generated `paths`, and malformed requests must not.
 * Run by `vitest` (typecheck mode) and by `tsc --noEmit`.
 */
import {
  type AuditEventPage,
  type Credential,
  createRawClient,
  type Introspection,
  type Organization,
  type Problem,
  type paths,
  type Requester,
  type ScopeCatalogue,
  type SelectableResourcePage,
  type Session,
  type Token,
  type TokenPage,
  type TokenWithSecret,
} from "@tessera/sdk";
import { describe, expectTypeOf, test } from "vitest";

const client = createRawClient({ baseUrl: "http://127.0.0.1:4010", token: "tsr_pat_x" });
const id = "tok_8fK2mQ9xLp4Rt7Vw";

type Data<T extends Promise<{ data?: unknown }>> = Awaited<T>["data"];
type Err<T extends Promise<{ error?: unknown }>> = Awaited<T>["error"];

describe("every operation type-checks against the spec", () => {
  test("login", () => {
    const call = client.POST("/v1/auth/login", { headers: { authorization: "Basic YTpi" } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Session | undefined>();
    expectTypeOf<Err<typeof call>>().toEqualTypeOf<Problem | undefined>();
  });

  test("logout", () => {
    const call = client.POST("/v1/auth/logout");
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<undefined>();
  });

  test("getRequester", () => {
    const call = client.GET("/v1/requester");
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Requester | undefined>();
    type R = NonNullable<Data<typeof call>>;
    expectTypeOf<Extract<R, { kind: "user" }>["email"]>().toEqualTypeOf<string | null>();
    expectTypeOf<R["kind"]>().toEqualTypeOf<"user" | "organization">();
  });

  test("listScopes", () => {
    const call = client.GET("/v1/scopes");
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<ScopeCatalogue | undefined>();
  });

  test("listScopeResources", () => {
    const call = client.GET("/v1/scopes/{resource}/resources", {
      params: { path: { resource: "zones" }, query: { limit: 10 } },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<SelectableResourcePage | undefined>();
    // @ts-expect-error billing cannot be restricted to selected resources
    client.GET("/v1/scopes/{resource}/resources", { params: { path: { resource: "billing" } } });
  });

  test("listTokens", () => {
    const call = client.GET("/v1/tokens", {
      params: { query: { limit: 50, cursor: "abc", type: "personal", status: "active", search: "ci" } },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<TokenPage | undefined>();
    // @ts-expect-error status must be one of active | expired | revoked
    client.GET("/v1/tokens", { params: { query: { status: "deleted" } } });
  });

  test("createToken", () => {
    const call = client.POST("/v1/tokens", {
      params: { header: { "Idempotency-Key": "8e0f6a" } },
      body: {
        label: "CI deploy",
        type: "organization",
        role: "developer",
        scopes: [
          { resource: "*", access: "write" },
          { resource: "zones", access: "read", resourceIds: ["zone_acme01"] },
        ],
        sensitiveData: "hidden",
        expiresAt: "2027-01-01T00:00:00Z",
      },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<TokenWithSecret | undefined>();
    expectTypeOf<NonNullable<Data<typeof call>>["secret"]>().toEqualTypeOf<string>();

    // @ts-expect-error label, type, scopes and sensitiveData are required
    client.POST("/v1/tokens", { body: { label: "x" } });
    client.POST("/v1/tokens", {
      body: {
        label: "x",
        type: "personal",
        // @ts-expect-error access must be read or write
        scopes: [{ resource: "tokens", access: "admin" }],
        sensitiveData: "hidden",
      },
    });
  });

  test("getCurrentToken", () => {
    const call = client.GET("/v1/tokens/current");
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Credential | undefined>();
  });

  test("introspectToken", () => {
    const call = client.POST("/v1/tokens/introspect", { body: { token: "tsr_pat_x" } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Introspection | undefined>();
    type I = NonNullable<Data<typeof call>>;
    expectTypeOf<Extract<I, { active: false }>>().toEqualTypeOf<{ active: false }>();
  });

  test("getToken", () => {
    const call = client.GET("/v1/tokens/{id}", { params: { path: { id } } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Token | undefined>();
    // @ts-expect-error the id path parameter is required
    client.GET("/v1/tokens/{id}", {});
  });

  test("updateToken", () => {
    const call = client.PATCH("/v1/tokens/{id}", {
      params: { path: { id } },
      body: { label: "renamed", scopes: [{ resource: "tokens", access: "read" }], expiresAt: null },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Token | undefined>();
    // @ts-expect-error a label is a string
    client.PATCH("/v1/tokens/{id}", { params: { path: { id } }, body: { label: 5 } });
    // @note openapi-fetch infers `init` generically, so excess properties such as `{ type }` are not
    // caught by the compiler on the raw client; the mock rejects them at run time (E1).
  });

  test("revokeToken", () => {
    const call = client.DELETE("/v1/tokens/{id}", {
      params: { path: { id }, query: { confirm: "CI deploy" } },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Token | undefined>();
  });

  test("rotateToken", () => {
    const call = client.POST("/v1/tokens/{id}/rotate", {
      params: { path: { id }, header: { "Idempotency-Key": "k1" } },
      body: { gracePeriodSeconds: 3600 },
    });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<TokenWithSecret | undefined>();
    // @ts-expect-error gracePeriodSeconds is a number of seconds
    client.POST("/v1/tokens/{id}/rotate", { params: { path: { id } }, body: { gracePeriodSeconds: "1h" } });
  });

  test("listAuditEvents", () => {
    const call = client.GET("/v1/audit-events", { params: { query: { type: "token.created" } } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<AuditEventPage | undefined>();
  });

  test("getOrganization", () => {
    const call = client.GET("/v1/organization");
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Organization | undefined>();
  });

  test("updateOrganizationPolicy", () => {
    const call = client.PATCH("/v1/organization/policy", { body: { revokeAfterInactiveDays: 90 } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<Organization | undefined>();
    // @ts-expect-error requireAllowedIps is a boolean
    client.PATCH("/v1/organization/policy", { body: { requireAllowedIps: "yes" } });
  });

  test("reportLeakedCredentials", () => {
    const call = client.POST("/v1/credentials/revoke", { body: { credentials: ["tsr_pat_x"] } });
    expectTypeOf<Data<typeof call>>().toEqualTypeOf<undefined>();
    // @ts-expect-error credentials is a list of secrets
    client.POST("/v1/credentials/revoke", { body: { credentials: "tsr_pat_x" } });
  });

  test("the type tests cover every path of the spec", () => {
    expectTypeOf<keyof paths>().toEqualTypeOf<
      | "/v1/auth/login"
      | "/v1/auth/logout"
      | "/v1/requester"
      | "/v1/scopes"
      | "/v1/scopes/{resource}/resources"
      | "/v1/tokens"
      | "/v1/tokens/current"
      | "/v1/tokens/introspect"
      | "/v1/tokens/{id}"
      | "/v1/tokens/{id}/rotate"
      | "/v1/audit-events"
      | "/v1/organization"
      | "/v1/organization/policy"
      | "/v1/credentials/revoke"
    >();
  });
});
