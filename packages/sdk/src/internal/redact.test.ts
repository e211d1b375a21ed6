import { describe, expect, test } from "vitest";
import { redactBody, redactHeaders } from "./redact.js";

const SECRET = "tsr_pat_ExampleNewTokenSecret0000000030G31D1";

describe("redaction for logs (T6)", () => {
  test("replaces string values of credential keys at any depth, case-insensitively", () => {
    const body = {
      secret: SECRET,
      token: { id: "tok_1", prefix: "tsr_pat_Exam" },
      nested: [{ Password: "pw", value: "v", access_token: "a" }],
      label: "kept",
    };
    expect(redactBody(JSON.stringify(body))).toEqual({
      secret: "[redacted]",
      token: { id: "tok_1", prefix: "tsr_pat_Exam" },
      nested: [{ Password: "[redacted]", value: "[redacted]", access_token: "[redacted]" }],
      label: "kept",
    });
  });

  test("masks Tessera secrets inside any string", () => {
    expect(redactBody(JSON.stringify({ detail: `bad ${SECRET}!` }))).toEqual({
      detail: "bad tsr_pat_[redacted]!",
    });
    expect(redactBody(`plain ${SECRET}`)).toBe("plain tsr_pat_[redacted]");
  });

  test("parses JSON bodies and leaves empty ones out", () => {
    expect(redactBody(JSON.stringify({ token: SECRET }))).toEqual({ token: "[redacted]" });
    expect(redactBody("")).toBeUndefined();
  });

  test("keeps the scheme of credential headers only", () => {
    const headers = new Headers({ authorization: `Bearer ${SECRET}`, cookie: "sid=1", "x-request-id": "r" });
    expect(redactHeaders(headers)).toEqual({
      authorization: "Bearer [redacted]",
      cookie: "[redacted]",
      "x-request-id": "r",
    });
  });
});
