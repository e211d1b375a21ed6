import { describe, expect, test } from "vitest";
import { DomainError } from "../../domain/errors.js";
import { OPERATIONS } from "../operations.js";
import { readCredential } from "./credentials.js";

const listTokens = OPERATIONS.find((o) => o.operationId === "listTokens");
const login = OPERATIONS.find((o) => o.operationId === "login");
if (!listTokens || !login) throw new Error("the spec lost listTokens or login");
const withAuthorization = (value?: string) =>
  new Request(
    "https://api.tessera.dev/v1/tokens",
    value === undefined ? {} : { headers: { authorization: value } },
  );
const refusedWith = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return `${error.status} ${error.code}`;
    throw error;
  }
  return "accepted";
};

describe("readCredential", () => {
  test.each([
    [undefined, listTokens, "401 unauthenticated"],
    ["", listTokens, "401 unauthenticated"],
    ["Bearer", listTokens, "400 invalid_request"],
    ["Bearer tsr_pat_x", listTokens, "accepted"],
    ["apikey 0123456789abcdef0123456789abcdef", listTokens, "accepted"],
    [`Basic ${btoa("ada@acme.test:pw")}`, listTokens, "400 invalid_request"],
    [`Basic ${btoa("ada@acme.test:pw")}`, login, "accepted"],
    ["Bearer tsr_pat_x", login, "400 invalid_request"],
    ["Digest abc", listTokens, "400 invalid_request"],
  ])("A1/A2/A5: %s for %s -> %s", (header, operation, outcome) => {
    expect(refusedWith(() => readCredential(withAuthorization(header), operation))).toBe(outcome);
  });

  test("A5: Basic credentials come out as email and password", () => {
    const credential = readCredential(withAuthorization(`Basic ${btoa("ada@acme.test:a:b")}`), login);
    expect(credential).toEqual({ kind: "basic", email: "ada@acme.test", password: "a:b" });
  });

  test("A2: a malformed header points at the header", () => {
    try {
      readCredential(withAuthorization("Bearer a b"), listTokens);
    } catch (error) {
      expect((error as DomainError).extras.errors).toEqual([
        { pointer: "/headers/authorization", detail: expect.any(String) },
      ]);
      return;
    }
    throw new Error("accepted a malformed header");
  });
});
