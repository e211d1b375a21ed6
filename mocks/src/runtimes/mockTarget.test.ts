import { describe, expect, test } from "vitest";
import { mockTarget } from "./mockTarget.js";

const server = "http://127.0.0.1:41234";

describe("mockTarget: which page requests the Playwright fixture answers, and where", () => {
  test("a request under an origin goes to the same path and query on the server", () => {
    expect(mockTarget("https://api.tessera.dev/v1/tokens?limit=5", "https://api.tessera.dev", server)).toBe(
      `${server}/v1/tokens?limit=5`,
    );
    expect(mockTarget("https://api.tessera.dev/", "https://api.tessera.dev/", server)).toBe(`${server}/`);
  });

  test("an API under a path prefix loses the prefix", () => {
    const api = "https://example.com/api/";
    expect(mockTarget("https://example.com/api/v1/requester", api, server)).toBe(`${server}/v1/requester`);
    expect(mockTarget("https://example.com/api", api, server)).toBe(`${server}/`);
  });

  test("other origins and paths beside the prefix are left alone", () => {
    const api = "https://example.com/api";
    expect(mockTarget("https://example.com/apiary/v1/tokens", api, server)).toBeNull();
    expect(mockTarget("https://example.com/v1/tokens", api, server)).toBeNull();
    expect(mockTarget("http://example.com/api/v1/tokens", api, server)).toBeNull();
    expect(mockTarget("https://example.com:8443/api/v1/tokens", api, server)).toBeNull();
  });

  test("a server URL with a trailing slash makes no double slash", () => {
    expect(mockTarget("https://api.tessera.dev/v1/scopes", "https://api.tessera.dev", `${server}/`)).toBe(
      `${server}/v1/scopes`,
    );
  });
});
