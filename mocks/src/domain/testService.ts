/**
 * For the domain's unit tests (not used by the mock itself): the demo seed plus extra Acme tokens in
 * a store whose changes are recorded, at a fixed time. Callers are authenticated from real secrets,
 * as a request would be, so a test sees the same Caller the handlers would pass.
 */
import { DEMO, demoSeed } from "../seed/demoSeed.js";
import { applyFixture, type Fixture } from "../seed/fixture.js";
import type { StoreChange } from "../store/changeLog.js";
import { createStore } from "../store/createStore.js";
import { authenticate } from "./authenticate.js";
import { type Caller, DEFAULT_CONFIG, type ServiceContext } from "./context.js";
import { checkPassword, login } from "./login.js";
import { generateSecret } from "./secrets.js";

/** The tests' fixed now: 2026-11-22T10:00:00Z, as in the scenarios. */
/** What a full-access admin credential holds beyond `tokens:write`, in the order `refused` names it (H1). */
export const ALL_BUT_TOKENS = [
  "members:write",
  "zones:write",
  "domains:write",
  "certificates:write",
  "billing:write",
];

export const TEST_NOW = Date.parse("2026-11-22T10:00:00Z");

export type TokenFixture = NonNullable<Fixture["tokens"]>[number];

/** One of Ada's personal tokens in Acme (full access, visible, never expiring unless given). */
export const adaToken = (id: string, fields: Partial<TokenFixture> = {}): TokenFixture => ({
  id,
  type: "personal",
  organizationId: "org_acme",
  createdBy: "usr_ada",
  label: id,
  ...fields,
});

/** An Acme organization token with the admin role (full access unless given), created by Ada. */
export const acmeAdminToken = (id: string, fields: Partial<TokenFixture> = {}): TokenFixture => ({
  ...adaToken(id, fields),
  type: "organization",
  role: "admin",
});

export interface TestService {
  ctx: ServiceContext;
  /** Every store change since seeding: empty after a refused request (E3). */
  changes: StoreChange[];
  /**
   * The caller for an extra token's id, `"ada"` (Ada's demo token) or `"session"` (Ada's session,
   * whose login is not counted in `changes`).
   */
  as(who: string): Promise<Caller>;
}

/**
 * The demo data plus `tokens`, each given a fresh secret.
 * @example const { ctx, changes, as } = await testService([adaToken("tok_AdaHour000000000", { expiresAt })]);
 */
export async function testService(tokens: readonly TokenFixture[] = []): Promise<TestService> {
  const changes: StoreChange[] = [];
  const store = createStore({ onChange: (change) => changes.push(change) });
  const ctx: ServiceContext = { store, clock: { now: () => TEST_NOW }, config: DEFAULT_CONFIG };
  const secrets = new Map<string, string>([["ada", DEMO.tokens.ada.secret]]);
  const withSecrets = tokens.map((token) => {
    const secret = generateSecret(token.type === "personal" ? "pat" : "oat");
    secrets.set(token.id, secret);
    return { ...token, secret };
  });
  await applyFixture(ctx, demoSeed);
  await applyFixture(ctx, { tokens: withSecrets });
  changes.length = 0;
  return {
    ctx,
    changes,
    async as(who) {
      if (who === "session") {
        const session = await login(ctx, await checkPassword(ctx, "ada@acme.test", DEMO.password));
        changes.length = 0; // logging in is not part of what a test measures
        return authenticate(ctx, session.value);
      }
      const secret = secrets.get(who);
      if (!secret) throw new Error(`no test credential ${who}`);
      return authenticate(ctx, secret);
    },
  };
}

/** What `run` throws (undefined when it returns): the token rules refuse synchronously. */
export function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
