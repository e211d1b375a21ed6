import { beforeEach, describe, expect, test, vi } from "vitest";
import { DEMO } from "../seed/demoSeed.js";
import type { ServiceContext } from "./context.js";
import { DomainError } from "./errors.js";
import { checkPassword, login as startSession } from "./login.js";
import { verifyPassword } from "./passwords.js";
import { testService } from "./testService.js";

// Count password checks (the costly step) without changing them: H3 wants the same work per case.
vi.mock("./passwords.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("./passwords.js")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});
const checks = vi.mocked(verifyPassword);
beforeEach(() => {
  checks.mockClear(); // a block: a function returned from beforeEach would be called as teardown
});

/** Grace's email after she has been removed from Acme, her only organization. */
async function serviceWithoutGrace() {
  const service = await testService();
  await service.ctx.store.deleteMembership(DEMO.users.grace.id, "org_acme");
  return service;
}

/** Both halves of a login, as the pipeline runs them: the check, then the verdict in the write turn. */
const login = async (ctx: ServiceContext, email: string, password: string) => {
  const check = await checkPassword(ctx, email, password);
  return ctx.store.exclusive(() => startSession(ctx, check));
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable("login should have been refused"),
    (error: unknown) => {
      expect(error).toBeInstanceOf(DomainError);
      const { status, code, detail, extras } = error as DomainError;
      return { status, code, detail, extras };
    },
  );

describe("login", () => {
  test.each([
    ["a wrong password", "ada@acme.test", "wrong"],
    ["an unknown email", "nobody@acme.test", DEMO.password],
    ["a removed member's right password", "grace@acme.test", DEMO.password],
    ["a removed member's wrong password", "grace@acme.test", "wrong"],
  ])(
    "H3: %s gets the one 401 invalid_credentials, after one password check",
    async (_name, email, password) => {
      const { ctx } = await serviceWithoutGrace();
      const wrongPassword = await refusal(login(ctx, "ada@acme.test", "wrong"));
      expect(wrongPassword).toEqual({
        status: 401,
        code: "invalid_credentials",
        detail: "The email or password is not correct.",
        extras: {},
      });
      checks.mockClear();
      expect(await refusal(login(ctx, email, password))).toEqual(wrongPassword);
      expect(checks).toHaveBeenCalledOnce();
    },
  );

  test.each([
    ["wrong passwords", "wrong"],
    ["a removed member's right password", DEMO.password],
  ])("H3: five failures with %s lock the email like any other failure", async (_name, password) => {
    const { ctx } = await serviceWithoutGrace();
    for (let i = 0; i < 5; i++) {
      expect(await refusal(login(ctx, "grace@acme.test", password))).toMatchObject({ status: 401 });
    }
    expect(await refusal(login(ctx, "grace@acme.test", DEMO.password))).toMatchObject({
      status: 429,
      code: "login_locked",
    });
  });

  test("H3: a removed member who is added back logs in; the right password still works for members", async () => {
    const { ctx } = await serviceWithoutGrace();
    await refusal(login(ctx, "grace@acme.test", DEMO.password));
    await ctx.store.insertMembership({
      id: "mem_back",
      userId: DEMO.users.grace.id,
      organizationId: "org_acme",
      role: "developer",
      createdAt: 0,
    });
    expect((await login(ctx, "grace@acme.test", DEMO.password)).user.id).toBe(DEMO.users.grace.id);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  test("A5: twenty concurrent wrong passwords: five 401s, then the lock holds for every other attempt", async () => {
    const { ctx } = await testService();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        refusal(login(ctx, "ada@acme.test", "wrong")).then((refused) => refused.status),
      ),
    );
    expect(answers.filter((status) => status === 401)).toHaveLength(5);
    expect(answers.filter((status) => status === 429)).toHaveLength(15);
    expect(await refusal(login(ctx, "ada@acme.test", DEMO.password))).toMatchObject({ status: 429 });
  });

  test("H3: a right password checked before the member was removed is refused like any other failure", async () => {
    const { ctx } = await testService();
    const check = await checkPassword(ctx, "grace@acme.test", DEMO.password);
    expect(check.matches).toBe(true);
    await ctx.store.deleteMembership(DEMO.users.grace.id, "org_acme");
    const { ctx: other } = await serviceWithoutGrace();
    const wrongPassword = await refusal(login(other, "ada@acme.test", "wrong"));
    expect(await refusal(ctx.store.exclusive(() => startSession(ctx, check)))).toEqual(wrongPassword);
  });
});
