import { describe, expect, test } from "vitest";
import { DomainError } from "../../domain/errors.js";
import { OPERATIONS } from "../operations.js";
import { isUtf8Json, MAX_BODY_BYTES, queryObject, readBoundedBody, readInput } from "./requestInput.js";

const operation = (id: string) => {
  const found = OPERATIONS.find((o) => o.operationId === id);
  if (!found) throw new Error(id);
  return found;
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const post = (body: string | Uint8Array<ArrayBuffer>, contentType: string | null = "application/json") =>
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

  test("E5: the bytes come back exactly as sent, invalid UTF-8 included", async () => {
    const bytes = Uint8Array.from([0x7b, 0xff, 0xe0, 0xa4, 0x7d]);
    expect([...(await readBoundedBody(post(bytes)))]).toEqual([...bytes]);
  });

  test("E5: the 64 KiB limit counts the bytes sent, not their U+FFFD replacements", async () => {
    // Decoded first, each 0xff would become U+FFFD (3 bytes) and the body would look 192 KiB long.
    const bytes = (size: number) => post(new Uint8Array(size).fill(0xff));
    await expect(readBoundedBody(bytes(MAX_BODY_BYTES))).resolves.toHaveLength(MAX_BODY_BYTES);
    await expect(readBoundedBody(bytes(MAX_BODY_BYTES + 1))).rejects.toMatchObject({
      status: 413,
      code: "payload_too_large",
    });
  });
});

test("E7: a body that cannot be read (already used, or its stream failed) is 400, not 500", async () => {
  const used = post("{}");
  await used.text();
  await expect(readBoundedBody(used)).rejects.toMatchObject({ status: 400, code: "invalid_request" });
  const failing = new Request("https://api.tessera.dev/v1/tokens", {
    method: "POST",
    body: new ReadableStream({
      pull(controller) {
        controller.error(new Error("connection lost"));
      },
    }),
    duplex: "half",
  } as RequestInit);
  await expect(readBoundedBody(failing)).rejects.toMatchObject({ status: 400 });
});

describe("readInput", () => {
  const url = new URL("https://api.tessera.dev/v1/tokens");
  const read = (request: Request, body: string | Uint8Array, id = "createToken", at = url) =>
    refusal(() => readInput(operation(id), request, at, {}, typeof body === "string" ? utf8(body) : body));

  test("E1: a valid body passes and is parsed", () => {
    const { input, idempotencyKey } = readInput(
      operation("createToken"),
      post(validCreate),
      url,
      {},
      utf8(validCreate),
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
    ["application/json; charset=utf-16", 415],
    ["application/json; charset=UTF-16LE", 415],
    ["application/json; charset=iso-8859-1", 415],
    ["application/json;charset=us-ascii", 415],
    ["application/json; charset=utf8", 415],
    ["application/json; charset=", 415],
    ["application/json; charset=utf-8; charset=utf-16", 415],
    ["application/merge-patch+json; charset=utf-16", 415],
  ])("E5: JSON bodies are UTF-8: %s -> %s", (type, status) => {
    expect(read(post(validCreate, type), validCreate)).toMatchObject({
      status,
      code: "unsupported_media_type",
    });
    expect(isUtf8Json(type)).toBe(false);
  });

  test.each([
    "application/json; charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/json;charset=utf-8",
    "application/json; version=2",
  ])("E1: %s is JSON in UTF-8 and accepted", (type) => {
    expect(read(post(validCreate, type), validCreate)).toBeNull();
    expect(isUtf8Json(type)).toBe(true);
  });

  const withBytes = (bytes: number[]) => {
    const [head, tail] = validCreate.split('"ci"');
    return Uint8Array.from([...utf8(`${head}"ci`), ...bytes, ...utf8(`"${tail}`)]);
  };
  test.each([
    ["a lone 0xff", [0xff]],
    ["a truncated three-byte sequence", [0xe0, 0xa4]],
    ["a stray continuation byte", [0x80]],
    ["an overlong encoding of '/'", [0xc0, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("E5: a body with %s is 400 at /body, not decoded to U+FFFD", (_name, bytes) => {
    expect(read(post(withBytes(bytes)), withBytes(bytes))).toEqual({
      status: 400,
      code: "invalid_request",
      errors: [{ pointer: "/body", detail: "The body is not valid UTF-8." }],
    });
  });

  test("E5: UTF-16 is not UTF-8, even with its byte order mark", () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...validCreate].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(read(post(utf16), utf16)?.errors?.[0]).toEqual({
      pointer: "/body",
      detail: "The body is not valid UTF-8.",
    });
  });

  // Unchanged from before E5 (request.text() dropped it too), and kept: RFC 8259 lets a parser ignore it.
  test("E1: a leading UTF-8 byte order mark is dropped; the body is read without it", () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(validCreate)]);
    const { input } = readInput(operation("createToken"), post(bom), url, {}, bom);
    expect(input.body).toEqual(JSON.parse(validCreate));
  });

  test("E4: the content type is judged before the bytes, and the bytes before the JSON", () => {
    const invalid = withBytes([0xff]);
    expect(read(post(invalid, "application/json; charset=utf-16"), invalid)?.status).toBe(415);
    expect(read(post(invalid, "text/plain"), invalid)?.status).toBe(415);
    const broken = Uint8Array.from([...utf8('{"label": "'), 0xff]);
    expect(read(post(broken), broken)?.errors?.[0]?.detail).toBe("The body is not valid UTF-8.");
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

  test("E1: a JSON body on an operation that takes none is 400", () => {
    const request = new Request(url, { method: "GET", headers: { "content-type": "application/json" } });
    expect(read(request, "{}", "listTokens")).toMatchObject({ status: 400, errors: [{ pointer: "/body" }] });
  });

  test("E4: a body that is not JSON is 415 before anything else, even where no body is expected", () => {
    const request = new Request(url, { method: "POST", headers: { "content-type": "text/plain" } });
    expect(read(request, "bye", "logout")).toMatchObject({ status: 415, code: "unsupported_media_type" });
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

  test.each([
    "limit=0x10",
    "limit=0o7",
    "limit=0b11",
    "limit=1e1",
    "limit=1e3",
    "limit=%2B5",
    "limit=05",
    "limit=%205",
    "limit=5%20",
    "limit=5.0",
    "limit=Infinity",
    "limit=",
  ])("E5: integer query parameters are plain decimal: %s is 400 at /query/limit", (query) => {
    for (const id of ["listTokens", "listAuditEvents"]) {
      const at = new URL(`https://api.tessera.dev/v1/x?${query}`);
      expect(read(new Request(at), "", id, at), id).toEqual({
        status: 400,
        code: "invalid_request",
        errors: [{ pointer: "/query/limit", detail: "must be an integer in plain decimal digits" }],
      });
    }
  });

  test.each([
    ["limit=16", { limit: 16 }],
    ["limit=100", { limit: 100 }],
    ["search=0x10", { search: "0x10" }],
    ["cursor=05", { cursor: "05" }],
  ])("E1: %s is read as %j", (query, expected) => {
    const at = new URL(`https://api.tessera.dev/v1/tokens?${query}`);
    expect(readInput(operation("listTokens"), new Request(at), at, {}, utf8("")).input.query).toEqual(
      expected,
    );
  });

  test("E1: a plain decimal out of range is judged by the schema", () => {
    const at = new URL("https://api.tessera.dev/v1/tokens?limit=-5");
    expect(read(new Request(at), "", "listTokens", at)?.errors).toEqual([
      { pointer: "/query/limit", detail: "must be >= 1" },
    ]);
  });

  test("E1: query values are coerced to their schema types", () => {
    const at = new URL("https://api.tessera.dev/v1/tokens?limit=5");
    expect(readInput(operation("listTokens"), new Request(at), at, {}, utf8("")).input.query).toEqual({
      limit: 5,
    });
  });

  test("T18: the Idempotency-Key is read and validated", () => {
    const keyed = (key: string) =>
      new Request(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": key },
      });
    expect(readInput(operation("createToken"), keyed("k-1"), url, {}, utf8(validCreate)).idempotencyKey).toBe(
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
