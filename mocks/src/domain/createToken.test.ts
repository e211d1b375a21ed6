import type { components } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { createToken } from "./createToken.js";
import { DomainError } from "./errors.js";
import { acmeAdminToken, adaToken, TEST_NOW as NOW, testService, thrown } from "./testService.js";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
const solToken = (id: string, expiresAt: number) => ({
  ...adaToken(id, { expiresAt: iso(expiresAt) }),
  organizationId: "org_solo",
  createdBy: "usr_sol",
});

const TOKENS = [
  adaToken("tok_AdaHidden0000000", { sensitiveData: "hidden" }),
  adaToken("tok_AdaHour000000000", { expiresAt: iso(NOW + HOUR) }),
  acmeAdminToken("tok_AcmeAdminHour001", { expiresAt: iso(NOW + HOUR) }),
  acmeAdminToken("tok_AcmeAdminHidden1", { sensitiveData: "hidden" }),
  // Solo Ltd caps tokens at 365 days (T13).
  solToken("tok_SolHour000000000", NOW + HOUR),
  solToken("tok_SolLongLived0000", NOW + 400 * DAY),
];

type Request = components["schemas"]["TokenCreateRequest"];
const personal = (fields: Partial<Request> = {}): Request => ({
  label: "new",
  type: "personal",
  scopes: [{ resource: "*", access: "write" }],
  sensitiveData: "visible",
  ...fields,
});
const organization = (fields: Partial<Request> = {}): Request =>
  personal({ type: "organization", ...fields });

describe("createToken", () => {
  test.each<[string, string, Request, string[]]>([
    [
      "a hidden token creating a visible token",
      "tok_AdaHidden0000000",
      personal(),
      ["sensitiveData:visible"],
    ],
    [
      "a hidden admin organization token creating a visible organization token",
      "tok_AcmeAdminHidden1",
      organization(),
      ["sensitiveData:visible"],
    ],
    [
      "a one-hour token creating a never-expiring token",
      "tok_AdaHour000000000",
      personal({ expiresAt: null }),
      ["expiresAt"],
    ],
    [
      "a one-hour token creating a token that outlives it by a millisecond",
      "tok_AdaHour000000000",
      personal({ expiresAt: iso(NOW + HOUR + 1) }),
      ["expiresAt"],
    ],
    [
      "a one-hour organization token creating a never-expiring organization token",
      "tok_AcmeAdminHour001",
      organization({ expiresAt: null }),
      ["expiresAt"],
    ],
  ])("H1: refused, and nothing is written: %s", async (_name, who, input, refused) => {
    const { ctx, changes, as } = await testService(TOKENS);
    const caller = await as(who);
    const error = thrown(() => createToken(ctx, caller, input));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 403, code: "scope_escalation", extras: { refused } });
    expect(changes).toEqual([]);
  });

  test.each<[string, string, Request, number | null]>([
    ["a one-hour token, expiry omitted: its own expiry", "tok_AdaHour000000000", personal(), NOW + HOUR],
    [
      "a one-hour token, exactly its own expiry",
      "tok_AdaHour000000000",
      personal({ expiresAt: iso(NOW + HOUR) }),
      NOW + HOUR,
    ],
    [
      "a one-hour token, an earlier expiry",
      "tok_AdaHour000000000",
      personal({ expiresAt: iso(NOW + 30 * MINUTE) }),
      NOW + 30 * MINUTE,
    ],
    ["a one-hour organization token, expiry omitted", "tok_AcmeAdminHour001", organization(), NOW + HOUR],
    [
      "a hidden token creating a hidden token",
      "tok_AdaHidden0000000",
      personal({ sensitiveData: "hidden" }),
      null,
    ],
    ["a session, never (sessions are exempt)", "session", personal({ expiresAt: null }), null],
    ["a session, expiry omitted, no cap: never", "session", personal(), null],
    [
      "under a cap, a one-hour token, omitted: its own expiry",
      "tok_SolHour000000000",
      personal(),
      NOW + HOUR,
    ],
    [
      "under a cap, a token outliving the cap, omitted: the cap",
      "tok_SolLongLived0000",
      personal(),
      NOW + 365 * DAY,
    ],
  ])("H1: allowed: %s", async (_name, who, input, expiresAt) => {
    const { ctx, as } = await testService(TOKENS);
    const { token } = await createToken(ctx, await as(who), input);
    expect(token.expiresAt).toBe(expiresAt === null ? null : iso(expiresAt));
  });

  test("H1: T13 answers first: a past expiry from a one-hour token is 400, not 403", async () => {
    const { ctx, as } = await testService(TOKENS);
    const caller = await as("tok_AdaHour000000000");
    const error = thrown(() => createToken(ctx, caller, personal({ expiresAt: iso(NOW - 1) })));
    expect(error).toMatchObject({ status: 400, code: "invalid_request" });
  });

  test("T13: the cap counts from the instant the token is created, read once per request", async () => {
    const { ctx, as } = await testService(TOKENS);
    const caller = await as("tok_SolLongLived0000");
    // A clock that moves a millisecond on every read: a second read would place the cap after createdAt + cap.
    let tick = NOW;
    ctx.clock = { now: () => tick++ };
    const { token } = createToken(ctx, caller, personal());
    expect(Date.parse(token.expiresAt ?? "") - Date.parse(token.createdAt)).toBe(365 * DAY);
    const start = tick;
    const { token: atCap } = createToken(ctx, caller, personal({ expiresAt: iso(start + 365 * DAY) }));
    expect(atCap.createdAt).toBe(iso(start));
    expect(atCap.expiresAt).toBe(iso(start + 365 * DAY));
  });
});
