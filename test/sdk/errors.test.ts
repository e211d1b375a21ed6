import {
  AuthenticationError,
  ConflictError,
  ConnectionError,
  createClient,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ServerError,
  TesseraError,
  TimeoutError,
  ValidationError,
} from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { BASE_URL, fakeFetch, problem, TOKEN, TOKEN_ID } from "./fakeFetch.js";

const ALL = [
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  ValidationError,
  RateLimitError,
  ServerError,
  ConnectionError,
  TimeoutError,
];

/** The error `client.tokens.get` throws when every attempt gets `reply`. */
async function failure(reply: Response | Error): Promise<TesseraError> {
  const { fetch } = fakeFetch(reply);
  const client = createClient({ baseUrl: BASE_URL, token: TOKEN, fetch, retries: 0 });
  const error = await client.tokens.get(TOKEN_ID).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TesseraError)) throw new Error(`expected a TesseraError, got ${String(error)}`);
  return error;
}

describe("E2: every problem family has its error class", () => {
  test.each([
    [400, "invalid_request", ValidationError],
    [401, "invalid_token", AuthenticationError],
    [401, "unauthenticated", AuthenticationError],
    [403, "insufficient_scope", PermissionDeniedError],
    [403, "https_required", PermissionDeniedError],
    [404, "not_found", NotFoundError],
    [408, "request_timeout", TimeoutError],
    [409, "token_limit_reached", ConflictError],
    [413, "payload_too_large", ValidationError],
    [415, "unsupported_media_type", ValidationError],
    [422, "idempotency_key_reused", ValidationError],
    [429, "rate_limited", RateLimitError],
    [500, "internal_error", ServerError],
    [502, "service_unavailable", ServerError],
    [503, "service_unavailable", ServerError],
    [504, "service_unavailable", ServerError],
  ] as const)("%i %s -> %o", async (status, code, ErrorClass) => {
    const error = await failure(problem(status, code));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(TesseraError);
    expect(error).toBeInstanceOf(Error);
    for (const Other of ALL) if (Other !== ErrorClass) expect(error).not.toBeInstanceOf(Other);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.requestId).toBe(`req_${status}`);
  });

  test("an error carries the whole problem, its field errors and the response headers", async () => {
    const errors = [{ pointer: "/body/label", detail: "must NOT have fewer than 1 characters" }];
    const error = await failure(problem(400, "invalid_request", { errors }, { "x-extra": "1" }));
    expect(error.detail).toBe("detail of invalid_request");
    expect(error.errors).toEqual(errors);
    expect(error.problem).toMatchObject({ status: 400, code: "invalid_request", errors });
    expect(error.headers?.get("x-extra")).toBe("1");
    expect(error.message).toBe("400 invalid_request: detail of invalid_request (request req_400)");
  });

  test("T4: a conflict keeps its extension members", async () => {
    const error = await failure(problem(409, "token_limit_reached", { limit: 50, current: 50 }));
    expect(error.problem?.limit).toBe(50);
    expect(error.problem?.current).toBe(50);
    expect(error.errors).toEqual([]);
  });

  test("429 carries retryAfter in seconds from Retry-After", async () => {
    const error = await failure(problem(429, "login_locked", {}, { "retry-after": "900" }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(900);
  });

  test("429 falls back to the problem's retryAfterSeconds", async () => {
    const error = await failure(problem(429, "rate_limited", { retryAfterSeconds: 7 }));
    expect((error as RateLimitError).retryAfter).toBe(7);
  });

  test("a non-problem error body still gives the family class, with the status", async () => {
    const error = await failure(
      new Response("<html>bad gateway</html>", { status: 502, statusText: "Bad Gateway" }),
    );
    expect(error).toBeInstanceOf(ServerError);
    expect(error.status).toBe(502);
    expect(error.code).toBeUndefined();
    expect(error.problem).toBeUndefined();
    expect(error.message).toBe("502 Bad Gateway");
  });

  test("an unexpected 4xx is a plain TesseraError", async () => {
    const error = await failure(new Response("{}", { status: 418 }));
    expect(error.constructor).toBe(TesseraError);
    expect(error.status).toBe(418);
  });

  test("a network failure is a ConnectionError with the cause and no status", async () => {
    const cause = new TypeError("fetch failed");
    const error = await failure(cause);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.status).toBeUndefined();
    expect(error.headers).toBeUndefined();
    expect(error.cause).toBe(cause);
    expect(error.message).toContain("fetch failed");
  });

  test("T6: an error message never contains the credential", async () => {
    const error = await failure(problem(401, "invalid_token"));
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TOKEN);
  });
});
