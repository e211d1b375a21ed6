/**
 * The escalation matrix (issue 12, H1): every kind of credential x every way of giving a token more
 * than the credential holds (rotating a stronger token, `visible` from `hidden`, an expiry beyond its
 * own, an address outside its own IP allow-list: P1), with the expected answer of each cell written out below and each cell run against a fresh
 * mock through the contract guard. A refused cell must also leave the mock's state untouched.
 */
import { createMockApi, DEMO } from "@tessera/mock";
import { createClient, type ScopeGrant } from "@tessera/sdk";
import { describe, expect, test } from "vitest";
import { guardContract } from "../support/contractGuard.js";

const BASE = "https://api.tessera.dev";
const NOW = Date.parse("2026-11-22T10:00:00.000Z");
const iso = (ms: number) => new Date(ms).toISOString();
const IN_AN_HOUR = iso(NOW + 3600 * 1000);
const IN_HALF_AN_HOUR = iso(NOW + 1800 * 1000);

const CREDENTIALS = [
  "session",
  "personalFull",
  "personalNarrow",
  "personalHidden",
  "personalHour",
  "organizationFull",
  "organizationNarrow",
  "organizationHour",
  "legacy",
  "personalIps",
] as const;
type CredentialKind = (typeof CREDENTIALS)[number];

/** 403 `scope_escalation`, naming what was refused. */
const ESC = "403 scope_escalation";
/** The attempt names the credential itself, and a session is not a token. */
const NA = "n/a";
type Cell = number | typeof ESC | typeof NA;

/**
 * Expected answer per attempt, in the order of CREDENTIALS. Every credential acts for Ada or with
 * the admin role in Acme; `Narrow` holds only tokens:write, `Hidden` has sensitiveData hidden,
 * `Hour` expires in an hour, `Full` is full access, never expiring, visible; `Ips` is Ada's
 * full-access token that may be used from 127.0.0.0/8 only (P1), so it gives nothing unrestricted
 * and no block outside its own, and a token it rotates or edits to give is measured whole, allow-list
 * included. Sessions are exempt
 * from the lifetime rule; a plain 403 is `forbidden` (only a personal token's owner rotates it).
 * An edit that gives anything is measured on the whole token after it, so `editToVisible` and
 * `extendStrongerToken` also refuse a narrow caller: two credentials cannot combine into a third.
 */
// biome-ignore format: the table is meant to be read as a table
const MATRIX: Record<Attempt, Cell[]> = {
  //                               ses  pFull pNarrow pHidden pHour oFull oNarrow oHour legacy pIps
  rotateStrongerToken:            [200, 200,  ESC,    ESC,    ESC,  200,  ESC,    ESC,  200,   ESC],
  rotateOwnersFullToken:          [200, 200,  ESC,    ESC,    ESC,  403,  403,    403,  403,   ESC],
  rotateSelf:                     [NA,  200,  200,    200,    200,  200,  200,    200,  200,   200],
  rotateSelfBeyondOwnExpiry:      [NA,  200,  200,    200,    ESC,  200,  200,    ESC,  200,   200],
  rotateShorterBeyondOwnExpiry:   [200, 200,  200,    200,    ESC,  200,  200,    ESC,  200,   ESC],
  createVisible:                  [201, 201,  201,    ESC,    201,  201,  201,    201,  201,   ESC],
  createBeyondOwnExpiry:          [201, 201,  201,    201,    ESC,  201,  201,    ESC,  201,   ESC],
  createWithinOwnIps:             [201, 201,  201,    201,    201,  201,  201,    201,  201,   201],
  createOutsideOwnIps:            [201, 201,  201,    201,    201,  201,  201,    201,  201,   ESC],
  editToVisible:                  [200, 200,  ESC,    ESC,    ESC,  200,  ESC,    ESC,  200,   ESC],
  editSelfToVisible:              [NA,  200,  200,    ESC,    200,  200,  200,    200,  200,   200],
  editSelfBeyondOwnExpiry:        [NA,  200,  200,    200,    ESC,  200,  200,    ESC,  200,   200],
  editShorterBeyondOwnExpiry:     [200, 200,  200,    200,    ESC,  200,  200,    ESC,  200,   ESC],
  extendStrongerToken:            [200, 200,  ESC,    ESC,    ESC,  200,  ESC,    ESC,  200,   ESC],
  liftAllowList:                  [200, 200,  200,    200,    ESC,  200,  200,    ESC,  200,   ESC],
};

/**
 * The tokens each cell's mock holds besides the demo data, created with Ada's demo token:
 * `stronger` an admin organization token with full access (visible, never expiring), `adaFull`
 * another of Ada's full-access personal tokens, `hiddenTarget` a hidden developer organization
 * token that never expires, `shorter` a hidden developer organization token (tokens:read)
 * expiring in half an hour, `strongerShort` a full-access admin organization token (visible)
 * expiring in half an hour, `fenced` a hidden developer organization token (tokens:read) that may
 * be used from 127.0.0.1 only.
 */
interface Targets {
  self: string | null;
  stronger: string;
  adaFull: string;
  hiddenTarget: string;
  shorter: string;
  strongerShort: string;
  fenced: string;
}

const ATTEMPTS = {
  rotateStrongerToken: (t: Targets) => rotate(t.stronger),
  rotateOwnersFullToken: (t: Targets) => rotate(t.adaFull),
  rotateSelf: (t: Targets) => itself(t, (id) => rotate(id)),
  rotateSelfBeyondOwnExpiry: (t: Targets) => itself(t, (id) => rotate(id, { expiresAt: null })),
  rotateShorterBeyondOwnExpiry: (t: Targets) => rotate(t.shorter, { expiresAt: null }),
  createVisible: () => create({ sensitiveData: "visible" }),
  createBeyondOwnExpiry: () => create({ sensitiveData: "hidden", expiresAt: null }),
  editToVisible: (t: Targets) => edit(t.hiddenTarget, { sensitiveData: "visible" }),
  editSelfToVisible: (t: Targets) => itself(t, (id) => edit(id, { sensitiveData: "visible" })),
  editSelfBeyondOwnExpiry: (t: Targets) => itself(t, (id) => edit(id, { expiresAt: null })),
  editShorterBeyondOwnExpiry: (t: Targets) => edit(t.shorter, { expiresAt: null }),
  extendStrongerToken: (t: Targets) => edit(t.strongerShort, { expiresAt: null }),
  createWithinOwnIps: () => create({ sensitiveData: "hidden", allowedIps: ["127.0.0.1"] }),
  createOutsideOwnIps: () => create({ sensitiveData: "hidden", allowedIps: ["10.0.0.0/8"] }),
  liftAllowList: (t: Targets) => edit(t.fenced, { allowedIps: null }),
} satisfies Record<string, (targets: Targets) => RequestSpec | null>;
type Attempt = keyof typeof ATTEMPTS;

interface RequestSpec {
  method: string;
  path: string;
  body: unknown;
}
/** The attempt on the credential itself; null (n/a) for a session, which is not a token. */
const itself = (t: Targets, make: (id: string) => RequestSpec) => (t.self ? make(t.self) : null);
const rotate = (id: string, body: unknown = {}): RequestSpec => ({
  method: "POST",
  path: `/v1/tokens/${id}/rotate`,
  body,
});
const edit = (id: string, body: unknown): RequestSpec => ({
  method: "PATCH",
  path: `/v1/tokens/${id}`,
  body,
});
/** An organization token, which every credential here may create (all act with the admin role). */
const create = (fields: Record<string, unknown>): RequestSpec => ({
  method: "POST",
  path: "/v1/tokens",
  body: {
    label: "matrix",
    type: "organization",
    role: "developer",
    scopes: [{ resource: "tokens", access: "read" }],
    ...fields,
  },
});

const FULL: ScopeGrant[] = [{ resource: "*", access: "write" }];
const TOKENS_WRITE: ScopeGrant[] = [{ resource: "tokens", access: "write" }];

/** A fresh mock with the targets and one credential of `kind`; returns its secret and the targets. */
async function setUp(kind: CredentialKind) {
  const api = createMockApi({ freezeClock: true, now: iso(NOW) });
  const fetch = guardContract((request) => api.fetch(request));
  const ada = createClient({ baseUrl: BASE, token: DEMO.tokens.ada.secret, fetch, retries: 0 });
  const token = (fields: {
    type: "personal" | "organization";
    role?: "admin" | "developer";
    scopes?: ScopeGrant[];
    sensitiveData?: "hidden" | "visible";
    expiresAt?: string;
    allowedIps?: string[];
  }) => ada.tokens.create({ label: kind, scopes: FULL, sensitiveData: "visible", ...fields });
  const targets: Targets = {
    self: null,
    stronger: (await token({ type: "organization", role: "admin" })).token.id,
    adaFull: (await token({ type: "personal" })).token.id,
    hiddenTarget: (await token({ type: "organization", role: "developer", sensitiveData: "hidden" })).token
      .id,
    shorter: (
      await token({
        type: "organization",
        role: "developer",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "hidden",
        expiresAt: IN_HALF_AN_HOUR,
      })
    ).token.id,
    strongerShort: (await token({ type: "organization", role: "admin", expiresAt: IN_HALF_AN_HOUR })).token
      .id,
    fenced: (
      await token({
        type: "organization",
        role: "developer",
        scopes: [{ resource: "tokens", access: "read" }],
        sensitiveData: "hidden",
        allowedIps: ["127.0.0.1"],
      })
    ).token.id,
  };
  const own = async (fields: Parameters<typeof token>[0]) => {
    const created = await token(fields);
    targets.self = created.token.id;
    return created.secret;
  };
  const admin = { type: "organization", role: "admin" } as const;
  let secret: string;
  switch (kind) {
    case "session":
      secret = (
        await createClient({ baseUrl: BASE, fetch, retries: 0 }).auth.login({
          email: "ada@acme.test",
          password: DEMO.password,
        })
      ).value;
      break;
    case "personalFull":
      secret = DEMO.tokens.ada.secret;
      targets.self = DEMO.tokens.ada.id;
      break;
    case "personalNarrow":
      secret = await own({ type: "personal", scopes: TOKENS_WRITE });
      break;
    case "personalHidden":
      secret = await own({ type: "personal", sensitiveData: "hidden" });
      break;
    case "personalHour":
      secret = await own({ type: "personal", expiresAt: IN_AN_HOUR });
      break;
    case "organizationFull":
      secret = await own(admin);
      break;
    case "organizationNarrow":
      secret = await own({ ...admin, scopes: TOKENS_WRITE });
      break;
    case "organizationHour":
      secret = await own({ ...admin, expiresAt: IN_AN_HOUR });
      break;
    case "legacy":
      secret = DEMO.tokens.acmeLegacy.secret;
      targets.self = DEMO.tokens.acmeLegacy.id;
      break;
    case "personalIps":
      secret = await own({ type: "personal", allowedIps: ["127.0.0.0/8"] });
      break;
  }
  return { api, fetch, secret, targets };
}

describe("escalation matrix (H1)", () => {
  test("H1: the table covers every credential kind and at least 90 cells", () => {
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(CREDENTIALS.length);
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(ATTEMPTS).sort());
    expect(Object.keys(MATRIX).length * CREDENTIALS.length).toBeGreaterThanOrEqual(90);
  });

  for (const [attempt, expected] of Object.entries(MATRIX) as [Attempt, Cell[]][]) {
    test(`H1: ${attempt}: every credential kind gets its expected answer, and a refusal changes nothing`, async () => {
      const actual: Record<string, Cell> = {};
      for (const kind of CREDENTIALS) {
        const { api, fetch, secret, targets } = await setUp(kind);
        const spec = ATTEMPTS[attempt](targets);
        if (!spec) {
          actual[kind] = NA;
          continue;
        }
        const before = JSON.stringify(await api.snapshot());
        const response = await fetch(
          new Request(`${BASE}${spec.path}`, {
            method: spec.method,
            headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
            body: JSON.stringify(spec.body),
          }),
        );
        const body = await response.json();
        actual[kind] = response.status === 403 && body.code === "scope_escalation" ? ESC : response.status;
        if (response.status >= 400) {
          expect(JSON.stringify(await api.snapshot()), `${kind} changed state`).toBe(before);
          expect(JSON.stringify(body)).not.toMatch(/tsr_(pat|oat|ses)_/);
        }
      }
      const wanted = Object.fromEntries(CREDENTIALS.map((kind, i) => [kind, expected[i]]));
      expect(actual).toEqual(wanted);
    });
  }
});
