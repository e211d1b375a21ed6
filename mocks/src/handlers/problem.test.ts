import { describe, expect, test } from "vitest";
import { DomainError } from "../domain/errors.js";
import { internalError, MethodNotAllowed, problemResponse } from "./problem.js";

describe("problemResponse", () => {
  test("E2/E3: an RFC 9457 document with the code, the request id and the extension members", async () => {
    const error = new DomainError(409, "token_limit_reached", "Full.", { limit: 50, current: 50 });
    const response = problemResponse(error, { requestId: "req_1", instance: "/v1/tokens" });
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("x-request-id")).toBe("req_1");
    expect(await response.json()).toEqual({
      type: "https://docs.tessera.dev/problems/token_limit_reached",
      title: "Token limit reached",
      status: 409,
      detail: "Full.",
      code: "token_limit_reached",
      requestId: "req_1",
      instance: "/v1/tokens",
      limit: 50,
      current: 50,
    });
  });

  test("E3: a refusal outside the API pipeline still gets a fresh request id, in body and header", async () => {
    const response = problemResponse(new DomainError(404, "not_found", "Nothing here."));
    const body = await response.json();
    expect(body.requestId).toMatch(/^req_[0-9A-Za-z]{16}$/);
    expect(response.headers.get("x-request-id")).toBe(body.requestId);
    expect(body).not.toHaveProperty("instance");
  });

  test("extra headers are sent (challenges, Retry-After, Allow)", () => {
    const response = problemResponse(new DomainError(429, "rate_limited", "Slow down."), {
      headers: { "retry-after": "3" },
    });
    expect(response.headers.get("retry-after")).toBe("3");
  });

  test("a 500 says nothing about its cause", async () => {
    const body = await problemResponse(internalError()).json();
    expect(body).toMatchObject({
      status: 500,
      code: "internal_error",
      detail: "The mock hit an unexpected error.",
    });
  });

  test("E4: a 405 names the allowed methods", () => {
    const error = new MethodNotAllowed("PUT", ["GET", "PATCH"]);
    expect(error).toMatchObject({ status: 405, code: "method_not_allowed", allowed: ["GET", "PATCH"] });
    expect(error.detail).toBe("PUT is not allowed here.");
  });
});
