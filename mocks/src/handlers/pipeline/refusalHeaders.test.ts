import { describe, expect, test } from "vitest";
import { DomainError } from "../../domain/errors.js";
import { OPERATIONS } from "../operations.js";
import { MethodNotAllowed } from "../problem.js";
import { refusalHeaders } from "./refusalHeaders.js";

const listTokens = OPERATIONS.find((o) => o.operationId === "listTokens") ?? null;
const login = OPERATIONS.find((o) => o.operationId === "login") ?? null;

describe("refusalHeaders", () => {
  test.each(
    [
      [
        new DomainError(401, "unauthenticated", ""),
        listTokens,
        { "www-authenticate": 'Bearer realm="tessera"' },
      ],
      [
        new DomainError(401, "invalid_token", ""),
        listTokens,
        { "www-authenticate": 'Bearer realm="tessera", error="invalid_token"' },
      ],
      [
        new DomainError(401, "token_expired", ""),
        listTokens,
        {
          "www-authenticate":
            'Bearer realm="tessera", error="invalid_token", error_description="The token expired"',
        },
      ],
      [
        new DomainError(401, "invalid_credentials", ""),
        login,
        { "www-authenticate": 'Basic realm="tessera", charset="UTF-8"' },
      ],
      [
        new DomainError(403, "insufficient_scope", "", { scope: "tokens:write" }),
        listTokens,
        { "www-authenticate": 'Bearer realm="tessera", error="insufficient_scope", scope="tokens:write"' },
      ],
      [
        new DomainError(
          429,
          "login_locked",
          "",
          { retryAfterSeconds: 900 },
          {
            limit: 5,
            remaining: 0,
            resetSeconds: 900,
          },
        ),
        login,
        {
          "retry-after": "900",
          "ratelimit-limit": "5",
          "ratelimit-remaining": "0",
          "ratelimit-reset": "900",
        },
      ],
      [
        new DomainError(429, "rate_limited", "", { retryAfterSeconds: 2 }),
        listTokens,
        { "retry-after": "2", "ratelimit-limit": "0", "ratelimit-remaining": "0", "ratelimit-reset": "2" },
      ],
      [
        new DomainError(401, "invalid_credentials", "", {}, { limit: 5, remaining: 3, resetSeconds: 600 }),
        login,
        {
          "www-authenticate": 'Basic realm="tessera", charset="UTF-8"',
          "ratelimit-limit": "5",
          "ratelimit-remaining": "3",
          "ratelimit-reset": "600",
        },
      ],
      [
        new DomainError(401, "token_not_yet_valid", ""),
        listTokens,
        {
          "www-authenticate":
            'Bearer realm="tessera", error="invalid_token", error_description="The token is not valid yet"',
        },
      ],
      [
        new DomainError(401, "legacy_key_sunset", ""),
        listTokens,
        {
          "www-authenticate":
            'Bearer realm="tessera", error="invalid_token", error_description="Legacy keys reached their sunset"',
          deprecation: "@1767225600",
          sunset: "Thu, 01 Jan 2099 00:00:00 GMT",
          link: '<https://docs.tessera.dev/migrate-legacy-keys>; rel="deprecation"; type="text/html"',
        },
      ],
      [new DomainError(503, "service_unavailable", ""), listTokens, undefined],
      [new DomainError(404, "not_found", ""), null, undefined],
      [new MethodNotAllowed("PUT", ["GET", "PATCH"]), null, { allow: "GET, PATCH" }],
    ].map(([error, operation, headers]) => ({
      name: `${(error as DomainError).status} ${(error as DomainError).code}`,
      error: error as DomainError,
      operation: operation as typeof listTokens,
      headers: headers as Record<string, string> | undefined,
    })),
  )("A1/A3/S4/A5/E4/P2/P6: $name", ({ error, operation, headers }) => {
    expect(refusalHeaders(error, operation)).toEqual(headers);
  });
});
