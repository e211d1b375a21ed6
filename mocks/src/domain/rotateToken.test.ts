import { describe, expect, test } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import { authenticate } from "./authenticate.js";
import { DomainError } from "./errors.js";
import { rotateToken } from "./rotateToken.js";
import {
  ALL_BUT_TOKENS,
  acmeAdminToken,
  adaToken,
  TEST_NOW as NOW,
  testService,
  thrown,
} from "./testService.js";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const ADA = DEMO.tokens.ada.id;
const LEGACY = DEMO.tokens.acmeLegacy.id;

const TOKENS = [
  adaToken("tok_AdaTokensWrite01", { scopes: [{ resource: "tokens", access: "write" }] }),
  adaToken("tok_AdaHidden0000000", { sensitiveData: "hidden" }),
  adaToken("tok_AdaHour000000000", { expiresAt: iso(NOW + HOUR) }),
  adaToken("tok_AdaHalfHour00000", { expiresAt: iso(NOW + 30 * MINUTE) }),
  adaToken("tok_AdaDay0000000000", { expiresAt: iso(NOW + 24 * HOUR) }),
  acmeAdminToken("tok_AcmeAdminLimit01", { scopes: [{ resource: "tokens", access: "write" }] }),
  acmeAdminToken("tok_AcmeAdminFull001"),
];

type Input = { expiresAt?: string | null };

describe("rotateToken", () => {
  test.each<[string, string, string, Input, string[]]>([
    [
      "Ada's tokens:write token rotating Ada's full-access token",
      "tok_AdaTokensWrite01",
      ADA,
      {},
      ALL_BUT_TOKENS,
    ],
    [
      "an admin organization token limited to tokens:write rotating a full-access one",
      "tok_AcmeAdminLimit01",
      "tok_AcmeAdminFull001",
      {},
      ALL_BUT_TOKENS,
    ],
    [
      "the same limited token rotating the legacy key (admin, full access)",
      "tok_AcmeAdminLimit01",
      LEGACY,
      {},
      ALL_BUT_TOKENS,
    ],
    ["a hidden token rotating a visible one", "tok_AdaHidden0000000", ADA, {}, ["sensitiveData:visible"]],
    ["a one-hour token rotating a never-expiring one", "tok_AdaHour000000000", ADA, {}, ["expiresAt"]],
    [
      "a one-hour token rotating a one-day one",
      "tok_AdaHour000000000",
      "tok_AdaDay0000000000",
      {},
      ["expiresAt"],
    ],
    [
      "a one-hour token rotating a shorter one to never expire",
      "tok_AdaHour000000000",
      "tok_AdaHalfHour00000",
      { expiresAt: null },
      ["expiresAt"],
    ],
    [
      "a one-hour token rotating a shorter one to expire after itself",
      "tok_AdaHour000000000",
      "tok_AdaHalfHour00000",
      { expiresAt: iso(NOW + 2 * HOUR) },
      ["expiresAt"],
    ],
    [
      "a one-hour token rotating itself to never expire",
      "tok_AdaHour000000000",
      "tok_AdaHour000000000",
      { expiresAt: null },
      ["expiresAt"],
    ],
    [
      "a one-hour token rotating itself to a later expiry",
      "tok_AdaHour000000000",
      "tok_AdaHour000000000",
      { expiresAt: iso(NOW + HOUR + 1) },
      ["expiresAt"],
    ],
  ])("H1: refused, and nothing is written: %s", async (_name, who, target, input, refused) => {
    const { ctx, changes, as } = await testService(TOKENS);
    const caller = await as(who);
    const before = { ...ctx.store.token(target) };
    const secrets = JSON.stringify(ctx.store.secretsOf(target));
    const error = thrown(() => rotateToken(ctx, caller, target, input));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 403, code: "scope_escalation", extras: { refused } });
    expect(changes).toEqual([]);
    expect(ctx.store.token(target)).toEqual(before);
    expect(JSON.stringify(ctx.store.secretsOf(target))).toBe(secrets);
  });

  test.each<[string, string, string, Input, number | null]>([
    ["a tokens:write token rotating itself", "tok_AdaTokensWrite01", "tok_AdaTokensWrite01", {}, null],
    [
      "a limited admin organization token rotating itself",
      "tok_AcmeAdminLimit01",
      "tok_AcmeAdminLimit01",
      {},
      null,
    ],
    ["a hidden token rotating itself", "tok_AdaHidden0000000", "tok_AdaHidden0000000", {}, null],
    [
      "a one-hour token rotating itself to expire sooner",
      "tok_AdaHour000000000",
      "tok_AdaHour000000000",
      { expiresAt: iso(NOW + 30 * MINUTE) },
      NOW + 30 * MINUTE,
    ],
    [
      "a one-hour token rotating a shorter one",
      "tok_AdaHour000000000",
      "tok_AdaHalfHour00000",
      {},
      NOW + 30 * MINUTE,
    ],
    [
      "a one-hour token rotating a one-day one to expire within its own hour",
      "tok_AdaHour000000000",
      "tok_AdaDay0000000000",
      { expiresAt: iso(NOW + HOUR) },
      NOW + HOUR,
    ],
    ["Ada's full-access token rotating a narrower one", "ada", "tok_AdaTokensWrite01", {}, null],
    [
      "a full-access admin organization token rotating the legacy key",
      "tok_AcmeAdminFull001",
      LEGACY,
      {},
      null,
    ],
    [
      "a session rotating a one-hour token to never expire (sessions are exempt)",
      "session",
      "tok_AdaHour000000000",
      { expiresAt: null },
      null,
    ],
  ])("H1: allowed: %s", async (_name, who, target, input, expiresAt) => {
    const { ctx, as } = await testService(TOKENS);
    const { token, secret } = await rotateToken(ctx, await as(who), target, input);
    expect(token.expiresAt).toBe(expiresAt === null ? null : iso(expiresAt));
    expect(authenticate(ctx, secret).credentialId).toBe(target);
  });

  test("T13: a rotation reads the clock once: the new expiry and the old secret's grace count from one instant", async () => {
    const { ctx, as } = await testService(TOKENS);
    const caller = await as("ada");
    const [old] = ctx.store.secretsOf(ADA);
    let tick = NOW + MINUTE;
    ctx.clock = { now: () => tick++ };
    const start = tick;
    // One millisecond after the request's instant is in the future; a second, later read of the clock said it was not.
    const { token } = rotateToken(ctx, caller, ADA, { expiresAt: iso(start + 1) });
    expect(token.expiresAt).toBe(iso(start + 1));
    expect(ctx.store.secretsOf(ADA).find((secret) => secret.hash === old?.hash)?.validUntil).toBe(start);
  });
});
