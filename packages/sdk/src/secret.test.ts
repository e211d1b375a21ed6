import { describe, expect, test } from "vitest";
import { parseToken, secretChecksum } from "./secret.js";

// Computed independently (zlib CRC32 in base62) for the spec's example secrets.
const EXAMPLE = "tsr_pat_ExampleNewTokenSecret0000000030G31D1";

describe("parseToken", () => {
  test("accepts a well-formed secret with a correct checksum", () => {
    expect(parseToken(EXAMPLE)).toEqual({ valid: true, kind: "personal", prefix: "tsr_pat_Exam" });
    expect(parseToken("tsr_ses_ExampleSessionValue0000000000104ZwPx")).toMatchObject({ kind: "session" });
    expect(parseToken("tsr_oat_ExampleOrganizationToken0000012Tk5MP")).toMatchObject({
      kind: "organization",
    });
  });

  test("rejects a mistyped character through the checksum", () => {
    expect(parseToken(EXAMPLE.replace("Example", "Exampel"))).toEqual({ valid: false, reason: "checksum" });
  });

  test("rejects a secret whose kind tag was changed", () => {
    expect(parseToken(EXAMPLE.replace("tsr_pat_", "tsr_oat_"))).toEqual({ valid: false, reason: "checksum" });
  });

  test("rejects wrong shapes", () => {
    for (const bad of [
      "",
      "tsr_pat_",
      `${EXAMPLE}x`,
      EXAMPLE.slice(1),
      "tsr_xyz_ExampleNewTokenSecret0000000030G31D1",
    ]) {
      expect(parseToken(bad)).toEqual({ valid: false, reason: "format" });
    }
  });

  test("recognises legacy keys (32 lowercase hex) without a checksum", () => {
    expect(parseToken("0123456789abcdef0123456789abcdef")).toEqual({
      valid: true,
      kind: "legacy",
      prefix: "0123456789ab",
    });
    expect(parseToken("0123456789ABCDEF0123456789ABCDEF")).toEqual({ valid: false, reason: "format" });
  });

  test("secretChecksum is six base62 characters, zero-padded", () => {
    expect(secretChecksum("tsr_pat_ExampleNewTokenSecret000000003")).toBe("0G31D1");
  });
});
