import { createHash } from "node:crypto";
import { parseToken } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { generateSecret, hashSecret, hashSecretPortably, maskSecretPrefix, secretPrefix } from "./secrets.js";

const EXAMPLE = "tsr_pat_ExampleNewTokenSecret0000000030G31D1";

describe("generateSecret (DESIGN.md §2: the secret format)", () => {
  test.each([
    ["ses", "session"],
    ["pat", "personal"],
    ["oat", "organization"],
  ] as const)(
    "a %s secret (%s) is tsr_<tag>_ + 36 base62 and passes the SDK's offline check",
    (tag, kind) => {
      const secret = generateSecret(tag);
      expect(secret).toMatch(new RegExp(`^tsr_${tag}_[0-9A-Za-z]{36}$`));
      expect(parseToken(secret)).toEqual({ valid: true, kind, prefix: secret.slice(0, 12) });
    },
  );

  test("the last six characters are the checksum of the rest", () => {
    const secret = generateSecret("pat");
    const last = secret.at(-1) === "0" ? "1" : "0";
    expect(parseToken(secret.slice(0, -1) + last)).toEqual({ valid: false, reason: "checksum" });
  });

  test("every secret is new", () => {
    const secrets = new Set(Array.from({ length: 200 }, () => generateSecret("pat")));
    expect(secrets.size).toBe(200);
  });
});

describe("hashSecret (DESIGN.md §2: only a SHA-256 is stored)", () => {
  test.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("is hex SHA-256 (%j), natively and in JavaScript", (text, hex) => {
    expect(hashSecret(text)).toBe(hex);
    expect(hashSecretPortably(text)).toBe(hex);
  });

  test.each([EXAMPLE, "0123456789abcdef0123456789abcdef", "päss✓", " exact bytes, spaces too ", "\u{1F511}"])(
    "agrees with node:crypto SHA-256 over UTF-8 for %j, natively and in JavaScript (browsers, workers)",
    (secret) => {
      const expected = createHash("sha256").update(secret, "utf8").digest("hex");
      expect(hashSecret(secret)).toBe(expected);
      expect(hashSecretPortably(secret)).toBe(expected);
    },
  );

  test("is 64 lowercase hex characters and differs per secret", () => {
    expect(hashSecret(EXAMPLE)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(EXAMPLE)).not.toBe(hashSecret(EXAMPLE.replace("Example", "Exampel")));
  });
});

describe("secretPrefix and maskSecretPrefix", () => {
  test("T7: the prefix is the first 12 characters", () => {
    expect(secretPrefix(EXAMPLE)).toBe("tsr_pat_Exam");
    expect(secretPrefix("0123456789abcdef0123456789abcdef")).toBe("0123456789ab");
  });

  test("T7: the prefix of a generated secret is its tag and 4 more characters, and agrees with the SDK", () => {
    const secret = generateSecret("oat");
    expect(secretPrefix(secret)).toMatch(/^tsr_oat_[0-9A-Za-z]{4}$/);
    const parsed = parseToken(secret);
    expect(parsed.valid && parsed.prefix).toBe(secretPrefix(secret));
  });

  test("T16: the masked form is the prefix and 32 asterisks, as long as a secret", () => {
    const masked = maskSecretPrefix(secretPrefix(EXAMPLE));
    expect(masked).toBe(`tsr_pat_Exam${"*".repeat(32)}`);
    expect(masked).toHaveLength(EXAMPLE.length);
  });
});
