/**
 * Type tests for `createClient`: the inputs and outputs of every resource method are the contract's
 * generated types, and requests the contract forbids (wrong enums, excess properties, missing
 * fields) do not compile. Run by `vitest` (typecheck mode) and by `tsc --noEmit`.
 */
import {
  type AuditEvent,
  type AuthenticationError,
  type ClientOptions,
  type Credential,
  createClient,
  type FieldError,
  type Introspection,
  type Organization,
  type Page,
  type PagePromise,
  type Problem,
  type ProblemCode,
  type RateLimitError,
  type RawClient,
  type Requester,
  type ScopeCatalogue,
  type SelectableResource,
  type Session,
  type TesseraError,
  type Token,
  type TokenWithSecret,
  type ValidationError,
} from "@tessera/sdk";
import { describe, expectTypeOf, test } from "vitest";

const client = createClient({ baseUrl: "https://api.tessera.dev", token: "tsr_pat_x" });
const id = "tok_8fK2mQ9xLp4Rt7Vw";

describe("createClient options", () => {
  test("a token or credentials, never both", () => {
    expectTypeOf<{ baseUrl: string; token: string }>().toExtend<ClientOptions>();
    expectTypeOf<{
      baseUrl: string;
      credentials: { email: string; password: string };
    }>().toExtend<ClientOptions>();
    expectTypeOf<{ baseUrl: string }>().toExtend<ClientOptions>();
    expectTypeOf<{
      baseUrl: string;
      token: string;
      credentials: { email: string; password: string };
    }>().not.toExtend<ClientOptions>();
    // @ts-expect-error the scheme is Bearer or ApiKey
    createClient({ baseUrl: "https://x", token: "t", scheme: "Basic" });
    // @ts-expect-error a scheme only goes with a token
    createClient({ baseUrl: "https://x", credentials: { email: "e", password: "p" }, scheme: "ApiKey" });
    // @ts-expect-error unknown options are refused
    createClient({ baseUrl: "https://x", maxRetries: 3 });
  });
});

describe("every resource method is typed by the contract", () => {
  test("auth.login / auth.logout", () => {
    expectTypeOf(client.auth.login).parameter(0).toEqualTypeOf<{ email: string; password: string }>();
    expectTypeOf(client.auth.login).returns.toEqualTypeOf<Promise<Session>>();
    expectTypeOf(client.auth.logout).returns.toEqualTypeOf<Promise<void>>();
    // @ts-expect-error a password is required
    client.auth.login({ email: "ada@acme.test" });
  });

  test("requester.get", () => {
    expectTypeOf(client.requester.get).returns.toEqualTypeOf<Promise<Requester>>();
    expectTypeOf<Awaited<ReturnType<typeof client.requester.get>>["kind"]>().toEqualTypeOf<
      "user" | "organization"
    >();
  });

  test("scopes.list / scopes.resources", () => {
    expectTypeOf(client.scopes.list).returns.toEqualTypeOf<Promise<ScopeCatalogue>>();
    expectTypeOf(client.scopes.resources("zones")).toEqualTypeOf<PagePromise<SelectableResource>>();
    expectTypeOf(client.scopes.resources).parameter(0).toEqualTypeOf<"zones" | "domains" | "certificates">();
    client.scopes.resources("domains", { limit: 10, cursor: "c" });
    // @ts-expect-error billing cannot be restricted to selected resources
    client.scopes.resources("billing");
    // @ts-expect-error no such query parameter
    client.scopes.resources("zones", { search: "acme" });
  });

  test("tokens.list", () => {
    const list = client.tokens.list({ limit: 10, status: "active", type: "personal", search: "ci" });
    expectTypeOf(list).toEqualTypeOf<PagePromise<Token>>();
    expectTypeOf(list).toExtend<Promise<Page<Token>>>();
    expectTypeOf(list).toExtend<AsyncIterable<Token>>();
    expectTypeOf<Awaited<typeof list>["data"]>().toEqualTypeOf<Token[]>();
    expectTypeOf<Awaited<typeof list>["nextCursor"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Awaited<ReturnType<Page<Token>["nextPage"]>>>().toEqualTypeOf<Page<Token>>();
    // @ts-expect-error status must be active, expired or revoked
    client.tokens.list({ status: "deleted" });
    // @ts-expect-error limit is a number
    client.tokens.list({ limit: "10" });
  });

  test("tokens.get", () => {
    expectTypeOf(client.tokens.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(client.tokens.get).returns.toEqualTypeOf<Promise<Token>>();
    // @ts-expect-error the id is required
    client.tokens.get();
  });

  test("tokens.create", () => {
    const created = client.tokens.create(
      {
        label: "CI deploy",
        type: "organization",
        role: "developer",
        scopes: [{ resource: "*", access: "write" }],
        sensitiveData: "hidden",
        expiresAt: null,
      },
      { idempotencyKey: "k1", timeoutMs: 5000, retries: 1, signal: new AbortController().signal },
    );
    expectTypeOf(created).toEqualTypeOf<Promise<TokenWithSecret>>();
    expectTypeOf<Awaited<typeof created>["secret"]>().toEqualTypeOf<string>();
    // @ts-expect-error label, type, scopes and sensitiveData are required
    client.tokens.create({ label: "x" });
    client.tokens.create({
      label: "x",
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "hidden",
      // @ts-expect-error excess properties are caught (E1 would reject them)
      owner: "usr_ada",
    });
    client.tokens.create({
      label: "x",
      type: "personal",
      // @ts-expect-error access must be read or write
      scopes: [{ resource: "tokens", access: "admin" }],
      sensitiveData: "hidden",
    });
  });

  test("tokens.update", () => {
    expectTypeOf(client.tokens.update(id, { label: "renamed", expiresAt: null })).toEqualTypeOf<
      Promise<Token>
    >();
    // @ts-expect-error the type of a token cannot be changed (excess property)
    client.tokens.update(id, { type: "organization" });
    // @ts-expect-error a label is a string
    client.tokens.update(id, { label: 5 });
    // @ts-expect-error idempotency keys are for POSTs only
    client.tokens.update(id, { label: "x" }, { idempotencyKey: "k" });
  });

  test("tokens.revoke", () => {
    expectTypeOf(client.tokens.revoke(id, { confirm: "CI deploy" })).toEqualTypeOf<Promise<Token>>();
    expectTypeOf(client.tokens.revoke(id)).toEqualTypeOf<Promise<Token>>();
    // @ts-expect-error confirm is the only query parameter
    client.tokens.revoke(id, { force: true });
  });

  test("tokens.rotate", () => {
    expectTypeOf(client.tokens.rotate(id)).toEqualTypeOf<Promise<TokenWithSecret>>();
    client.tokens.rotate(id, {});
    client.tokens.rotate(
      id,
      { gracePeriodSeconds: 3600, expiresAt: "2027-01-01T00:00:00Z" },
      { idempotencyKey: "k" },
    );
    // @ts-expect-error gracePeriodSeconds is a number of seconds
    client.tokens.rotate(id, { gracePeriodSeconds: "1h" });
    // @ts-expect-error excess properties are caught
    client.tokens.rotate(id, { grace: 60 });
  });

  test("tokens.current / tokens.introspect", () => {
    expectTypeOf(client.tokens.current).returns.toEqualTypeOf<Promise<Credential>>();
    const result = client.tokens.introspect("tsr_pat_x");
    expectTypeOf(result).toEqualTypeOf<Promise<Introspection>>();
    expectTypeOf<Extract<Awaited<typeof result>, { active: false }>>().toEqualTypeOf<{ active: false }>();
    // @ts-expect-error the secret is a string
    client.tokens.introspect({ token: "x" });
  });

  test("auditEvents.list", () => {
    expectTypeOf(client.auditEvents.list({ type: "token.revoked", limit: 5 })).toEqualTypeOf<
      PagePromise<AuditEvent>
    >();
    // @ts-expect-error not an audit event type
    client.auditEvents.list({ type: "token.deleted" });
  });

  test("organization.get / organization.updatePolicy", () => {
    expectTypeOf(client.organization.get).returns.toEqualTypeOf<Promise<Organization>>();
    expectTypeOf(client.organization.updatePolicy({ maxTokenLifetimeDays: null })).toEqualTypeOf<
      Promise<Organization>
    >();
    // @ts-expect-error not a policy field
    client.organization.updatePolicy({ maxTokenLifetime: 30 });
  });

  test("credentials.reportLeaked", () => {
    expectTypeOf(client.credentials.reportLeaked(["tsr_pat_x"])).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error a list of secrets
    client.credentials.reportLeaked("tsr_pat_x");
  });

  test("raw is the openapi-fetch client typed by the contract", () => {
    expectTypeOf(client.raw).toEqualTypeOf<RawClient>();
  });
});

describe("errors", () => {
  test("carry the problem's typed fields", () => {
    expectTypeOf<TesseraError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TesseraError["code"]>().toEqualTypeOf<ProblemCode | undefined>();
    expectTypeOf<TesseraError["errors"]>().toEqualTypeOf<FieldError[]>();
    expectTypeOf<TesseraError["problem"]>().toEqualTypeOf<Problem | undefined>();
    expectTypeOf<TesseraError["headers"]>().toEqualTypeOf<Headers | undefined>();
    expectTypeOf<TesseraError["requestId"]>().toEqualTypeOf<string | undefined>();
  });

  test("narrow the status per family", () => {
    expectTypeOf<AuthenticationError["status"]>().toEqualTypeOf<401>();
    expectTypeOf<ValidationError["status"]>().toEqualTypeOf<400 | 413 | 415 | 422>();
    expectTypeOf<RateLimitError["retryAfter"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AuthenticationError>().toExtend<TesseraError>();
    expectTypeOf<TesseraError>().toExtend<Error>();
  });
});
