import { DEMO } from "@tessera/mock";
import { describe, expect, test } from "vitest";
import { redactPath, redactSecrets } from "./redact.js";

const pat = DEMO.tokens.ada.secret;
const legacy = DEMO.tokens.acmeLegacy.secret;

describe("E6: redactSecrets", () => {
  test.each([
    [`/v1/tokens/${pat}`, `/v1/tokens/${pat.slice(0, 12)}…`],
    [`${pat} and ${legacy}`, `${pat.slice(0, 12)}… and ${legacy.slice(0, 12)}…`],
    // A mistyped secret (bad checksum, short) is still a secret.
    ["tsr_ses_abcdefghij", "tsr_ses_abcd…"],
    ["/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw", "/v1/tokens/tok_8fK2mQ9xLp4Rt7Vw"],
    // A legacy key glued to other characters is still one.
    [`x${legacy}`, `x${legacy.slice(0, 12)}…`],
    ["31 hex: 0123456789abcdef0123456789abcde", "31 hex: 0123456789abcdef0123456789abcde"],
    ["nothing here", "nothing here"],
  ])("%s -> %s", (text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });
});

describe("E6: redactPath", () => {
  test.each([
    [`/v1/tokens/${pat}/rotate`, `/v1/tokens/${pat.slice(0, 12)}…/rotate`],
    [`/v1/tokens/${pat.replace(/_/g, "%5F")}`, `/v1/tokens/${pat.slice(0, 12)}…`],
    ["/v1/tokens/%ff", "/v1/tokens/%ff"],
    ["/v1/tokens/a%20b", "/v1/tokens/a%20b"],
  ])("%s -> %s", (path, redacted) => {
    expect(redactPath(path)).toBe(redacted);
  });
});
