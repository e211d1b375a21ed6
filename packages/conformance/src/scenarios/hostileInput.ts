/**
 * Hostile text and bytes (issue 12, E5): labels and descriptions that would spoof what a reader
 * sees, lengths counted in the wrong unit, bodies in another charset or not UTF-8 at all, and
 * integers written the way no client means them. Each is sent as an attacker would, raw, and each
 * test checks both the refusal and that nothing changed.
 */
import { describe, expect, test } from "vitest";
import { withCast } from "../support/cast.js";
import { castOf, clientAs, send } from "../support/clients.js";
import { frozenClock } from "../support/clock.js";
import type { Target } from "../support/target.js";

const CREATE = {
  label: "ci",
  type: "personal",
  scopes: [{ resource: "tokens", access: "read" }],
  sensitiveData: "visible",
};
const post = (t: Target, body: string | Uint8Array<ArrayBuffer>, contentType = "application/json") => ({
  method: "POST",
  token: castOf(t).admin.token.secret,
  headers: { "content-type": contentType },
  body,
});
const patch = (t: Target, body: unknown) => ({
  method: "PATCH",
  token: castOf(t).admin.token.secret,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** What the admin can see of the tokens, audit trail and notifications: any change shows here. */
async function state(t: Target) {
  const ada = clientAs(t, "admin");
  const own = castOf(t).admin.token.id;
  const tokens = [];
  for await (const token of ada.tokens.list({ limit: 100 })) {
    // The admin's own token records its last use and address (T14) on every request they make.
    tokens.push(token.id === own ? { ...token, lastUsedAt: null, lastUsedIp: null } : token);
  }
  return {
    tokens,
    audit: (await ada.auditEvents.list()).data,
    // Only the control API shows notifications: without it, that part is left out.
    notifications: frozenClock(t) ? await t.control.notifications() : "not observable",
  };
}

/** Asserts a 400 `invalid_request` whose field errors point at `pointer`. */
async function expectInvalid(response: Response, pointer: string, what: string) {
  expect(response.status, what).toBe(400);
  const problem = await response.json();
  expect(problem.code, what).toBe("invalid_request");
  expect(
    problem.errors.map((e: { pointer: string }) => e.pointer),
    what,
  ).toEqual([pointer]);
  return problem;
}

export function hostileInputScenarios(make: () => Promise<Target> | Target) {
  const makeTarget = withCast(make);
  describe("hostile input", () => {
    // Each of these is valid per the schema (a string within maxLength), so none is marked a
    // breach: Prism must let it through and the mock alone refuses it.
    const SPOOFS = [
      ["NUL, a bidi override and a zero-width space", "\u0000\u202e\u200b"],
      ["a right-to-left override that reverses what is shown", "\u202eyek-dorp"],
      ["a zero-width space inside a word", "pro\u200bd"],
      ["a byte order mark", "\ufeffci"],
      ["a trailing newline", "ci\n"],
      ["a tab", "ci\tdeploy"],
    ] as const;

    test("E5: a label or description with control or format characters is refused on create", async () => {
      const t = await makeTarget();
      const before = await state(t);
      for (const [what, text] of SPOOFS) {
        const label = await send(t, "/v1/tokens", post(t, JSON.stringify({ ...CREATE, label: text })));
        const problem = await expectInvalid(label, "/body/label", `label with ${what}`);
        expect(problem.errors[0].detail).toMatch(/^The label must not contain control or format characters/);
        const description = await send(
          t,
          "/v1/tokens",
          post(t, JSON.stringify({ ...CREATE, description: `deploys ${text}` })),
        );
        await expectInvalid(description, "/body/description", `description with ${what}`);
      }
      expect(await state(t)).toEqual(before);
    });

    test("E5: a label or description with control or format characters is refused on edit", async () => {
      const t = await makeTarget();
      const path = `/v1/tokens/${castOf(t).developer.token.id}`;
      const before = await state(t);
      for (const [what, text] of SPOOFS) {
        await expectInvalid(await send(t, path, patch(t, { label: text })), "/body/label", `label ${what}`);
        await expectInvalid(
          await send(t, path, patch(t, { description: text })),
          "/body/description",
          `description ${what}`,
        );
      }
      expect(await state(t)).toEqual(before);
    });

    test("E5: labels are counted in code points: 100 emoji are accepted, 101 refused", async () => {
      const t = await makeTarget();
      const hundred = "😀".repeat(100);
      const created = await send(t, "/v1/tokens", post(t, JSON.stringify({ ...CREATE, label: hundred })));
      expect(created.status).toBe(201);
      expect((await created.json()).token.label).toBe(hundred);
      const before = await state(t);
      const refused = await send(
        t,
        "/v1/tokens",
        post(t, JSON.stringify({ ...CREATE, label: `${hundred}😀` })),
      );
      const problem = await expectInvalid(refused, "/body/label", "101 emoji");
      expect(problem.errors[0].detail).toBe(
        "The label must be 1 to 100 characters long after trimming spaces.",
      );
      const edited = await send(
        t,
        `/v1/tokens/${castOf(t).developer.token.id}`,
        patch(t, { label: `${hundred}😀` }),
      );
      await expectInvalid(edited, "/body/label", "101 emoji on edit");
      expect(await state(t)).toEqual(before);
    });

    // Prism ignores the charset parameter (it relays these and flags nothing), and no schema can say
    // "UTF-8": like E1's unknown query parameter, this is the mock's own rule, so it is not marked.
    test("E5: a JSON body in another charset is 415", async () => {
      const t = await makeTarget();
      const before = await state(t);
      const json = JSON.stringify({ ...CREATE, label: "café" });
      const utf16 = Uint8Array.from([0xff, 0xfe, ...[...json].flatMap((c) => [c.charCodeAt(0), 0])]);
      const latin1 = Uint8Array.from([...json].map((c) => c.charCodeAt(0)));
      for (const [type, body] of [
        ["application/json; charset=utf-16", utf16],
        ["application/json; charset=UTF-16LE", utf16],
        ["application/json; charset=iso-8859-1", latin1],
        // Even when the bytes happen to be UTF-8, a charset that says otherwise is not guessed at.
        ["application/json; charset=us-ascii", new TextEncoder().encode(JSON.stringify(CREATE))],
      ] as const) {
        const response = await send(t, "/v1/tokens", post(t, body, type));
        expect(response.status, type).toBe(415);
        expect((await response.json()).code, type).toBe("unsupported_media_type");
      }
      expect(await state(t)).toEqual(before);
    });

    // Not marked either: Prism would decode these bytes to U+FFFD and relay valid JSON, so the Prism
    // run sends them to the mock directly (test/support/prismTarget.ts) and has no verdict to compare.
    test("E5: a body that is not valid UTF-8 is 400 at /body, not decoded to U+FFFD", async () => {
      const t = await makeTarget();
      const before = await state(t);
      const [head, tail] = JSON.stringify({ ...CREATE, label: "ci-X" }).split("X");
      const encode = (text: string) => [...new TextEncoder().encode(text)];
      for (const [what, bytes] of [
        ["a lone 0xff", [0xff]],
        ["a truncated three-byte sequence", [0xe0, 0xa4]],
        ["an overlong '/'", [0xc0, 0xaf]],
        ["an encoded surrogate", [0xed, 0xa0, 0x80]],
      ] as const) {
        const body = Uint8Array.from([...encode(head ?? ""), ...bytes, ...encode(tail ?? "")]);
        const problem = await expectInvalid(await send(t, "/v1/tokens", post(t, body)), "/body", what);
        expect(problem.errors[0].detail).toBe("The body is not valid UTF-8.");
      }
      expect(await state(t)).toEqual(before);
    });

    // Prism, like Ajv's coercion, reads all of these as integers, so they are not marked: the
    // contract says "integer" and E5 says how one is written.
    test("E5: integer query parameters are plain decimal", async () => {
      const t = await makeTarget();
      for (const limit of ["0x10", "1e1", "%2B5", "05", "%205", "5.0"]) {
        const response = await send(t, `/v1/tokens?limit=${limit}`, { token: castOf(t).admin.token.secret });
        const problem = await expectInvalid(response, "/query/limit", `limit=${limit}`);
        expect(problem.errors[0].detail).toBe("must be an integer in plain decimal digits");
      }
      const plain = await send(t, "/v1/tokens?limit=16", { token: castOf(t).admin.token.secret });
      expect(plain.status).toBe(200);
    });
  });
}
