import { describe, expect, test } from "vitest";
import { isLoopback, type ParsedAuthorization, parseAuthorization } from "./authorization.js";

const SECRET = "tsr_pat_ExampleNewTokenSecret0000000030G31D1";
const LEGACY = "0123456789abcdef0123456789abcdef";
const base64 = (bytes: string | Uint8Array) =>
  (typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes)).toString("base64");

describe("parseAuthorization", () => {
  test.each<[string, string | null, ParsedAuthorization]>([
    ["Bearer", `Bearer ${SECRET}`, { kind: "token", scheme: "Bearer", secret: SECRET }],
    ["ApiKey", `ApiKey ${SECRET}`, { kind: "token", scheme: "ApiKey", secret: SECRET }],
    ["lower-case bearer", `bearer ${SECRET}`, { kind: "token", scheme: "Bearer", secret: SECRET }],
    ["upper-case BEARER", `BEARER ${SECRET}`, { kind: "token", scheme: "Bearer", secret: SECRET }],
    ["lower-case apikey", `apikey ${LEGACY}`, { kind: "token", scheme: "ApiKey", secret: LEGACY }],
    ["mixed-case APIKEY", `APIKEY ${LEGACY}`, { kind: "token", scheme: "ApiKey", secret: LEGACY }],
    [
      "several spaces after the scheme",
      `Bearer   ${SECRET}`,
      { kind: "token", scheme: "Bearer", secret: SECRET },
    ],
    ["surrounding spaces", `  Bearer ${SECRET}  `, { kind: "token", scheme: "Bearer", secret: SECRET }],
    [
      "token68 punctuation and padding",
      "Bearer a-b.c_d~e+f/g==",
      {
        kind: "token",
        scheme: "Bearer",
        secret: "a-b.c_d~e+f/g==",
      },
    ],
    ["a secret alone, as apiKeyAuth describes", SECRET, { kind: "token", scheme: "ApiKey", secret: SECRET }],
    ["a legacy key alone", ` ${LEGACY} `, { kind: "token", scheme: "ApiKey", secret: LEGACY }],
    [
      "a secret-shaped value with a bad checksum (refused later, 401)",
      "tsr_pat_short",
      { kind: "token", scheme: "ApiKey", secret: "tsr_pat_short" },
    ],
  ])("A2: accepts %s", (_name, header, expected) => {
    expect(parseAuthorization(header)).toEqual(expected);
  });

  test.each<[string, string | null]>([
    ["no header", null],
    ["an empty header", ""],
    ["a blank header", "   \t "],
  ])("A1: %s is missing", (_name, header) => {
    expect(parseAuthorization(header)).toEqual({ kind: "missing" });
  });

  test.each<[string, string, string]>([
    ["a scheme without credentials", "Bearer", "<scheme> <credentials>"],
    ["a scheme followed by spaces only", "Bearer   ", "<scheme> <credentials>"],
    ["a value without a scheme that is no secret", "abc123", "<scheme> <credentials>"],
    ["a secret with a bad kind and no scheme", "tsr_PAT_abc", "<scheme> <credentials>"],
    ["two credentials", `Bearer ${SECRET} ${SECRET}`, "<scheme> <credentials>"],
    ["a tab between scheme and credentials", `Bearer\t${SECRET}`, "<scheme> <credentials>"],
    ["a scheme with a digit", `Bearer2 ${SECRET}`, "<scheme> <credentials>"],
    ["a comma in the token", "Bearer abc,def", "characters a token cannot have"],
    ["a quote in the token", 'ApiKey "abc"', "characters a token cannot have"],
    ["padding only", "Bearer ==", "characters a token cannot have"],
    ["padding in the middle", "Bearer ab=cd", "characters a token cannot have"],
    ["a non-ASCII token", "Bearer tökén", "characters a token cannot have"],
    ["an unknown scheme", `Token ${SECRET}`, "Use the Bearer or ApiKey scheme"],
    ["the Digest scheme", "Digest abc", "Use the Bearer or ApiKey scheme"],
  ])("A2: %s is malformed", (_name, header, detail) => {
    const parsed = parseAuthorization(header);
    expect(parsed.kind).toBe("malformed");
    expect(parsed.kind === "malformed" && parsed.detail).toContain(detail);
  });

  describe("Basic", () => {
    test.each<[string, string, { email: string; password: string }]>([
      ["email and password", base64("ada@acme.test:s3cret"), { email: "ada@acme.test", password: "s3cret" }],
      [
        "a password with colons",
        base64("ada@acme.test:a:b::c"),
        { email: "ada@acme.test", password: "a:b::c" },
      ],
      ["an empty password", base64("ada@acme.test:"), { email: "ada@acme.test", password: "" }],
      ["UTF-8 text", base64("jörg@acme.test:pässwört✓"), { email: "jörg@acme.test", password: "pässwört✓" }],
      ["base64 without padding", base64("a@b.c:pw").replace(/=+$/, ""), { email: "a@b.c", password: "pw" }],
    ])("A5: decodes %s", (_name, value, expected) => {
      expect(parseAuthorization(`Basic ${value}`)).toEqual({ kind: "basic", ...expected });
      expect(parseAuthorization(`basic ${value}`)).toEqual({ kind: "basic", ...expected });
    });

    test.each<[string, string]>([
      ["no colon", base64("ada@acme.test")],
      ["an empty email", base64(":s3cret")],
      ["an empty email and password", base64(":")],
      ["invalid base64", "!!not-base64!!"],
      ["base64 of a broken length", "abcde"],
      ["bytes that are not UTF-8", base64(new Uint8Array([0xff, 0xfe, 0x3a, 0x61]))],
      ["a truncated UTF-8 sequence", base64(new Uint8Array([0x61, 0x3a, 0xc3]))],
    ])("A5: %s is malformed", (_name, value) => {
      expect(parseAuthorization(`Basic ${value}`)).toEqual({
        kind: "malformed",
        detail: "Basic credentials must be base64 of `email:password`.",
      });
    });
  });
});

describe("isLoopback", () => {
  test.each([
    "localhost",
    "LOCALHOST",
    "app.localhost",
    "a.b.localhost",
    "127.0.0.1",
    "127.1.2.3",
    "127.255.255.255",
    "::1",
    "[::1]",
  ])("A4: %s is loopback", (host) => {
    expect(isLoopback(host)).toBe(true);
  });

  test.each([
    "example.com",
    "api.tessera.dev",
    "localhost.evil.test",
    "evil-localhost",
    "localhostx",
    "127.0.0.1.nip.io",
    "1127.0.0.1",
    "128.0.0.1",
    "127.0.0",
    "10.0.0.1",
    "0.0.0.0",
    "[::2]",
    "[::]",
    "",
  ])("A4: %j is not loopback", (host) => {
    expect(isLoopback(host)).toBe(false);
  });
});
