import type { components } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import { DomainError } from "./errors.js";
import { ALL_BUT_TOKENS, adaToken, TEST_NOW as NOW, testService, thrown } from "./testService.js";
import { updateToken } from "./updateToken.js";

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const iso = (ms: number) => new Date(ms).toISOString();
const ADA = DEMO.tokens.ada.id;
const HIDDEN = "tok_AdaHidden0000000";
const HIDDEN_OTHER = "tok_AdaHidden0000002";
const HOUR_TOKEN = "tok_AdaHour000000000";
const HALF_HOUR = "tok_AdaHalfHour00000";
const NARROW = "tok_AdaTokensWrite01";
const READER = "tok_AdaTokensRead001";

const TOKENS = [
  adaToken(HIDDEN, { sensitiveData: "hidden" }),
  adaToken(HIDDEN_OTHER, { sensitiveData: "hidden" }),
  adaToken(HOUR_TOKEN, { expiresAt: iso(NOW + HOUR) }),
  adaToken(HALF_HOUR, { expiresAt: iso(NOW + 30 * MINUTE) }),
  adaToken(NARROW, { scopes: [{ resource: "tokens", access: "write" }] }),
  adaToken(READER, { scopes: [{ resource: "tokens", access: "read" }] }),
];

type Input = components["schemas"]["TokenUpdateRequest"];
const TOKENS_READ: Input["scopes"] = [{ resource: "tokens", access: "read" }];

describe("updateToken", () => {
  test.each<[string, string, string, Input, string[]]>([
    [
      "a hidden token editing itself to visible",
      HIDDEN,
      HIDDEN,
      { sensitiveData: "visible" },
      ["sensitiveData:visible"],
    ],
    [
      "a hidden token editing another hidden token to visible",
      HIDDEN,
      HIDDEN_OTHER,
      { sensitiveData: "visible" },
      ["sensitiveData:visible"],
    ],
    [
      "a hidden token setting visible on a token that is already visible",
      HIDDEN,
      ADA,
      { sensitiveData: "visible" },
      ["sensitiveData:visible"],
    ],
    [
      "a one-hour token editing itself to never expire",
      HOUR_TOKEN,
      HOUR_TOKEN,
      { expiresAt: null },
      ["expiresAt"],
    ],
    [
      "a one-hour token editing itself to a later expiry",
      HOUR_TOKEN,
      HOUR_TOKEN,
      { expiresAt: iso(NOW + HOUR + 1) },
      ["expiresAt"],
    ],
    [
      "a one-hour token extending a shorter token past its own expiry",
      HOUR_TOKEN,
      HALF_HOUR,
      { expiresAt: iso(NOW + 2 * HOUR) },
      ["expiresAt"],
    ],
    // Scopes and visibility are given for the token's whole life, which here outlasts the caller.
    [
      "a one-hour token editing the scopes of a never-expiring token",
      HOUR_TOKEN,
      ADA,
      { scopes: TOKENS_READ },
      ["expiresAt"],
    ],
    [
      "a one-hour token setting visible on a never-expiring token",
      HOUR_TOKEN,
      HIDDEN,
      { sensitiveData: "visible" },
      ["expiresAt"],
    ],
    // Two credentials must not combine into one that neither is: an edit that gives anything is
    // measured on the whole token after it.
    [
      "a never-expiring tokens:write token making a full-access one-hour token never expire",
      NARROW,
      HOUR_TOKEN,
      { expiresAt: null },
      ALL_BUT_TOKENS,
    ],
    [
      "a visible tokens:write token making a hidden full-access token visible",
      NARROW,
      HIDDEN,
      { sensitiveData: "visible" },
      ALL_BUT_TOKENS,
    ],
    [
      "a hidden full-access token widening a visible token's scopes",
      HIDDEN,
      READER,
      { scopes: [{ resource: "*", access: "write" }] },
      ["sensitiveData:visible"],
    ],
  ])("H1: refused, and nothing is written: %s", async (_name, who, target, input, refused) => {
    const { ctx, changes, as } = await testService(TOKENS);
    const caller = await as(who);
    const before = { ...ctx.store.token(target) };
    const error = thrown(() => updateToken(ctx, caller, target, input));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ status: 403, code: "scope_escalation", extras: { refused } });
    expect(changes).toEqual([]);
    expect(ctx.store.token(target)).toEqual(before);
  });

  test.each<[string, string, string, Input]>([
    ["a hidden token keeping itself hidden", HIDDEN, HIDDEN, { sensitiveData: "hidden" }],
    ["a hidden token relabelling a visible token (nothing given)", HIDDEN, ADA, { label: "renamed" }],
    ["a one-hour token shortening itself", HOUR_TOKEN, HOUR_TOKEN, { expiresAt: iso(NOW + 30 * MINUTE) }],
    ["a one-hour token narrowing its own scopes", HOUR_TOKEN, HOUR_TOKEN, { scopes: TOKENS_READ }],
    ["a one-hour token relabelling a never-expiring token", HOUR_TOKEN, ADA, { label: "renamed" }],
    ["a one-hour token hiding a never-expiring token's data", HOUR_TOKEN, ADA, { sensitiveData: "hidden" }],
    [
      "a one-hour token editing a never-expiring token's scopes and bringing its expiry within its own",
      HOUR_TOKEN,
      ADA,
      { scopes: TOKENS_READ, expiresAt: iso(NOW + HOUR) },
    ],
    ["a one-hour token editing a shorter token's scopes", HOUR_TOKEN, HALF_HOUR, { scopes: TOKENS_READ }],
    [
      "a session removing a one-hour token's expiry (sessions are exempt)",
      "session",
      HOUR_TOKEN,
      { expiresAt: null },
    ],
    ["a session making a hidden token visible", "session", HIDDEN, { sensitiveData: "visible" }],
    [
      "a tokens:write token bringing a full-access token's expiry closer",
      NARROW,
      ADA,
      { expiresAt: iso(NOW + HOUR) },
    ],
    ["a tokens:write token hiding a full-access token's data", NARROW, ADA, { sensitiveData: "hidden" }],
  ])("H1: allowed: %s", async (_name, who, target, input) => {
    const { ctx, as } = await testService(TOKENS);
    const updated = await updateToken(ctx, await as(who), target, input);
    expect(updated).toMatchObject({
      ...input,
      ...(typeof input.expiresAt === "string" ? { expiresAt: iso(Date.parse(input.expiresAt)) } : {}),
    });
  });
});
