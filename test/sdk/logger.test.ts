import { createClient, type Logger } from "@tessera/sdk";
import { describe, expect, test, vi } from "vitest";
import {
  BASE_URL,
  fakeFetch,
  json,
  problem,
  type Reply,
  recordingSleep,
  secret,
  sessionJson,
  TOKEN,
  TOKEN_ID,
  tokenJson,
} from "./fakeFetch.js";

function recordingLogger() {
  const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() } satisfies Logger;
  const everything = () =>
    JSON.stringify([logger.debug, logger.info, logger.warn, logger.error].map((fn) => fn.mock.calls));
  return { logger, everything };
}

function setup(replies: Reply[], options: { credentials?: { email: string; password: string } } = {}) {
  const { logger, everything } = recordingLogger();
  const { fetch } = fakeFetch(...replies);
  const { sleep } = recordingSleep();
  const base = { baseUrl: BASE_URL, fetch, sleep, logger };
  const client = options.credentials
    ? createClient({ ...base, credentials: options.credentials })
    : createClient({ ...base, token: TOKEN });
  return { client, logger, everything };
}

describe("logger", () => {
  test("logs each request and response at debug, with the Authorization value redacted", async () => {
    const { client, logger, everything } = setup([json(tokenJson())]);
    await client.tokens.get(TOKEN_ID);
    await vi.waitFor(() => expect(logger.debug).toHaveBeenCalledTimes(2));
    expect(logger.debug).toHaveBeenCalledWith(
      `→ GET ${BASE_URL}/v1/tokens/${TOKEN_ID}`,
      expect.objectContaining({ headers: expect.objectContaining({ authorization: "Bearer [redacted]" }) }),
    );
    expect(logger.debug).toHaveBeenCalledWith(
      `← 200 GET ${BASE_URL}/v1/tokens/${TOKEN_ID}`,
      expect.objectContaining({ requestId: "req_ok", body: expect.objectContaining({ id: TOKEN_ID }) }),
    );
    expect(everything()).not.toContain(TOKEN);
  });

  test("T6: a created token's secret is redacted from the logged response body", async () => {
    const created = secret("pat", "BrandNewSecret");
    const { client, logger, everything } = setup([json({ token: tokenJson(), secret: created }, 201)]);
    const result = await client.tokens.create({
      label: "CI",
      type: "personal",
      scopes: [{ resource: "*", access: "write" }],
      sensitiveData: "hidden",
    });
    expect(result.secret).toBe(created);
    await vi.waitFor(() => expect(logger.debug).toHaveBeenCalledTimes(2));
    const response = logger.debug.mock.calls[1]?.[1] as {
      body: { secret: string; token: { label: string } };
    };
    expect(response.body.secret).toBe("[redacted]");
    expect(response.body.token.label).toBe("CI deploy");
    expect(everything()).not.toContain(created);
  });

  test("T12: the secret sent for introspection is redacted from the logged request body", async () => {
    const other = secret("oat", "SomeoneElsesToken");
    const { client, logger, everything } = setup([json({ active: false })]);
    await client.tokens.introspect(other);
    expect(logger.debug.mock.calls[0]?.[1]).toMatchObject({ body: { token: "[redacted]" } });
    expect(everything()).not.toContain(other);
  });

  test("A5: the password and the session never reach the log", async () => {
    const session = secret("ses", "LoggedSession");
    const credentials = { email: "ada@acme.test", password: "s3cret-passw0rd" };
    const { client, logger, everything } = setup([json(sessionJson(session), 201), json(tokenJson())], {
      credentials,
    });
    await client.tokens.get(TOKEN_ID);
    await vi.waitFor(() => expect(logger.debug).toHaveBeenCalledTimes(4));
    expect(logger.info).toHaveBeenCalledWith("logging in with email and password");
    expect(logger.debug.mock.calls[0]?.[1]).toMatchObject({ headers: { authorization: "Basic [redacted]" } });
    expect(logger.debug.mock.calls[1]?.[1]).toMatchObject({ body: { value: "[redacted]" } });
    const logged = everything();
    expect(logged).not.toContain(session);
    expect(logged).not.toContain(credentials.password);
    expect(logged).not.toContain(btoa(`${credentials.email}:${credentials.password}`));
    expect(logged).not.toContain("ada@acme.test");
  });

  test("logs retries at info, and failures without a response at error", async () => {
    const { client, logger } = setup([problem(503, "service_unavailable"), new TypeError("socket hang up")]);
    await expect(client.tokens.get(TOKEN_ID)).rejects.toThrow("socket hang up");
    expect(logger.info.mock.calls.map((call) => call[0])).toEqual([
      expect.stringMatching(/^retrying GET .* in \d+ ms \(1 of 2\) after 503$/),
      expect.stringMatching(/^retrying GET .* in \d+ ms \(2 of 2\) after ConnectionError$/),
    ]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(logger.error.mock.calls[0]?.[0]).toContain("socket hang up");
  });

  test("T17: warns once when the credential is a deprecated legacy key", async () => {
    const deprecated = json(tokenJson(), 200, {
      deprecation: "@1767225600",
      sunset: "Wed, 01 Jul 2026 00:00:00 GMT",
    });
    const { client, logger } = setup([deprecated]);
    await client.tokens.get(TOKEN_ID);
    await client.tokens.get(TOKEN_ID);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toContain("legacy key");
    expect(logger.warn.mock.calls[0]?.[1]).toMatchObject({ sunset: "Wed, 01 Jul 2026 00:00:00 GMT" });
  });

  test("console satisfies Logger", () => {
    const client = createClient({ baseUrl: BASE_URL, logger: console });
    expect(client.tokens).toBeDefined();
  });
});
