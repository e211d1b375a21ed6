import { describe, expect, test } from "vitest";
import { DomainError } from "../../domain/errors.js";
import { OPERATIONS } from "../operations.js";
import { MAX_BODY_BYTES, queryObject, readBoundedBody, readInput } from "./requestInput.js";

const operation = (id: string) => {
  const found = OPERATIONS.find((o) => o.operationId === id);
  if (!found) throw new Error(id);
  return found;
};
const post = (body: string, contentType: string | null = "application/json") =>
  new Request("https://api.tessera.dev/v1/tokens", {
    method: "POST",
    body,
    headers: contentType === null ? {} : { "content-type": contentType },
  });
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError)
      return { status: error.status, code: error.code, errors: error.extras.errors };
    throw error;
  }
  return null;
};
const validCreate = JSON.stringify({
  label: "ci",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "hidden",
});

describe("readBoundedBody", () => {
  test.each([
    ["exactly 64 KiB of ASCII", "a".repeat(MAX_BODY_BYTES), null],
    ["one byte more", "a".repeat(MAX_BODY_BYTES + 1), 413],
    // 3 UTF-8 bytes each: fewer characters than the limit, more bytes.
    ["64 KiB of three-byte characters", "€".repeat(Math.ceil(MAX_BODY_BYTES / 3) + 1), 413],
  ])("E1: %s", async (_name, body, status) => {
    const read = readBoundedBody(post(body));
    if (status === null) await expect(read).resolves.toHaveLength(body.length);
    else await expect(read).rejects.toMatchObject({ status, code: "payload_too_large" });
  });
});

describe("readInput", () => {
  const url = new URL("https://api.tessera.dev/v1/tokens");
  const read = (request: Request, text: string, id = "createToken", at = url) =>
    refusal(() => readInput(operation(id), request, at, {}, text));

  test("E1: a valid body passes and is parsed", () => {
    const { input, idempotencyKey } = readInput(
      operation("createToken"),
      post(validCreate),
      url,
      {},
      validCreate,
    );
    expect(input.body).toEqual(JSON.parse(validCreate));
    expect(idempotencyKey).toBeNull();
  });

  test.each([
    ["text/plain", 415],
    ["application/x-www-form-urlencoded", 415],
    [null, 415],
    ["application/json; charset=utf-8", null],
    ["Application/JSON", null],
    ["application/merge-patch+json", null],
  ])("E1: content type %s -> %s", (type, status) => {
    expect(read(post(validCreate, type), validCreate)?.status ?? null).toBe(status);
  });

  test.each([
    ["not JSON", "{", "/body"],
    ["an unknown field", JSON.stringify({ ...JSON.parse(validCreate), colour: "red" }), "/body/colour"],
    ["a missing field", JSON.stringify({ label: "ci" }), "/body/type"],
    ["no body where one is required", "", "/body"],
  ])("E1: %s is 400 with a pointer", (_name, text, pointer) => {
    const refused = read(post(text), text);
    expect(refused).toMatchObject({ status: 400, code: "invalid_request" });
    expect(refused?.errors?.map((e) => e.pointer)).toContain(pointer);
  });

  test("E1: a body on an operation that takes none is 400", () => {
    const request = new Request(url, { method: "GET" });
    expect(read(request, "{}", "listTokens")).toMatchObject({ status: 400, errors: [{ pointer: "/body" }] });
  });

  test.each([
    ["limit=5", null],
    ["limit=0", "/query/limit"],
    ["limit=ten", "/query/limit"],
    ["limit=1&limit=2", "/query/limit"],
    ["colour=red", "/query/colour"],
  ])("E1: query %s", (query, pointer) => {
    const at = new URL(`https://api.tessera.dev/v1/tokens?${query}`);
    const refused = read(new Request(at), "", "listTokens", at);
    expect(refused?.errors?.[0]?.pointer ?? null).toBe(pointer);
  });

  test("E1: query values are coerced to their schema types", () => {
    const at = new URL("https://api.tessera.dev/v1/tokens?limit=5");
    expect(readInput(operation("listTokens"), new Request(at), at, {}, "").input.query).toEqual({ limit: 5 });
  });

  test("T18: the Idempotency-Key is read and validated", () => {
    const keyed = (key: string) =>
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key },
      });
    expect(readInput(operation("createToken"), keyed("k-1"), url, {}, validCreate).idempotencyKey).toBe(
      "k-1",
    );
    expect(read(keyed("x".repeat(256)), validCreate)?.errors?.[0]?.pointer).toBe("/headers/idempotency-key");
  });
});

describe("queryObject", () => {
  test.each([
    ["", {}],
    ["a=1", { a: "1" }],
    ["a=1&a=2&a=3", { a: ["1", "2", "3"] }],
    ["a=1&b=x%20y", { a: "1", b: "x y" }],
  ])("%s", (search, expected) => {
    expect(queryObject(new URLSearchParams(search))).toEqual(expected);
  });
});
