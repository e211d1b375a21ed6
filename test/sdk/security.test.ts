import { type ClientOptions, createClient, TesseraError } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { fakeFetch, json, secret, sessionJson, TOKEN, tokenJson } from "./fakeFetch.js";

const credentials = { email: "ada@acme.test", password: "pw" };
const LEGACY = "0123456789abcdef0123456789abcdef";

function creating(options: ClientOptions): () => unknown {
  return () => createClient(options);
}

describe("A4: no credential over plain HTTP to a remote host", () => {
  test("A4: createClient refuses a token for http:// to a non-loopback host", () => {
    expect(creating({ baseUrl: "http://api.tessera.test", token: TOKEN })).toThrow(TesseraError);
    expect(creating({ baseUrl: "http://api.tessera.test", token: TOKEN })).toThrow(
      /Refusing to send a credential over plain HTTP to api\.tessera\.test.*allowInsecureHttp/,
    );
  });

  test("A4: createClient refuses credentials for http:// to a non-loopback host", () => {
    expect(creating({ baseUrl: "http://10.0.0.5:4010", credentials })).toThrow(
      /plain HTTP to 10\.0\.0\.5:4010/,
    );
  });

  test.each([
    "http://localhost:4010",
    "http://127.0.0.1:4010",
    "http://127.8.9.10",
    "http://[::1]:4010",
    "https://api.tessera.test",
  ])("A4: %s is allowed", (baseUrl) => {
    expect(creating({ baseUrl, token: TOKEN })).not.toThrow();
    expect(creating({ baseUrl, credentials })).not.toThrow();
  });

  test.each(["http://localhost.evil.test", "http://127.0.0.1.nip.io", "http://[::2]"])(
    "A4: %s is not loopback",
    (baseUrl) => {
      expect(creating({ baseUrl, token: TOKEN })).toThrow(/plain HTTP/);
    },
  );

  test("A4: allowInsecureHttp: true lets it through", async () => {
    const { fetch, requests } = fakeFetch(json(tokenJson()));
    const client = createClient({
      baseUrl: "http://api.tessera.test",
      token: TOKEN,
      fetch,
      allowInsecureHttp: true,
    });
    await client.tokens.get("tok_8fK2mQ9xLp4Rt7Vw");
    expect(requests[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
  });

  test("A4: an anonymous client over remote http may be created, but auth.login sends nothing", async () => {
    const { fetch, requests } = fakeFetch(json(sessionJson(secret("ses", "S")), 201));
    const client = createClient({ baseUrl: "http://api.tessera.test", fetch });
    await expect(client.auth.login(credentials)).rejects.toThrow(/plain HTTP/);
    expect(requests).toHaveLength(0);
  });

  test("A4: a credential added by hand to a raw call is refused too", async () => {
    const { fetch, requests } = fakeFetch(json({}));
    const client = createClient({ baseUrl: "http://api.tessera.test", fetch });
    await expect(
      client.raw.GET("/v1/requester", { headers: { authorization: `Bearer ${TOKEN}` } }),
    ).rejects.toThrow(/plain HTTP/);
    expect(requests).toHaveLength(0);
  });

  test("A1: an anonymous client over remote http sends requests without a credential", async () => {
    const { fetch, requests } = fakeFetch(json({ resources: [] }));
    const client = createClient({ baseUrl: "http://api.tessera.test", fetch });
    await client.scopes.list();
    expect(requests[0]?.headers.has("authorization")).toBe(false);
  });
});

describe("offline secret checks at createClient", () => {
  test("a token with a wrong checksum is refused, without echoing it", () => {
    const mistyped = TOKEN.replace("Test", "Tset");
    let error: unknown;
    try {
      createClient({ baseUrl: "https://api.tessera.test", token: mistyped });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TesseraError);
    expect((error as Error).message).toMatch(/checksum does not match/);
    expect((error as Error).message).not.toContain(mistyped);
  });

  test.each(["", "hunter2", "tsr_pat_short", `${TOKEN}x`, LEGACY.toUpperCase()])(
    "%j is not a Tessera secret",
    (token) => {
      expect(creating({ baseUrl: "https://api.tessera.test", token })).toThrow(/not a Tessera secret/);
    },
  );

  test("A2/T17: a legacy key is accepted and can be sent with the ApiKey scheme", async () => {
    const { fetch, requests } = fakeFetch(json({}));
    const client = createClient({
      baseUrl: "https://api.tessera.test",
      token: LEGACY,
      scheme: "ApiKey",
      fetch,
    });
    await client.raw.GET("/v1/requester");
    expect(requests[0]?.headers.get("authorization")).toBe(`ApiKey ${LEGACY}`);
  });

  test("other bad options are refused with a clear message", () => {
    const baseUrl = "https://api.tessera.test";
    expect(creating({ baseUrl: "api.tessera.test" })).toThrow(/baseUrl must be an absolute http\(s\) URL/);
    expect(creating({ baseUrl: "ftp://api.tessera.test" })).toThrow(/baseUrl/);
    expect(creating({ baseUrl, token: TOKEN, credentials } as unknown as ClientOptions)).toThrow(
      /either token or credentials/,
    );
    expect(creating({ baseUrl, retries: -1 })).toThrow(/retries/);
    expect(creating({ baseUrl, retries: 1.5 })).toThrow(/retries/);
    expect(creating({ baseUrl, timeoutMs: 0 })).toThrow(/timeoutMs/);
  });
});
