/**
 * The short client scenario every runtime of the matrix runs with the packed SDK against a live
 * `tessera-mock`: log in, create, list with pagination, rotate, revoke, and typed errors. It uses
 * only what the SDK promises to need (fetch, no Node built-ins), so the same code runs on Node,
 * Bun, Deno and inside workerd. Each step throws on the first thing that is not as the contract
 * says, and the scenario answers with the steps it passed.
 */
import {
  AuthenticationError,
  ConflictError,
  createClient,
  NotFoundError,
  parseToken,
  type TesseraClient,
  TesseraError,
} from "@tessera/sdk";

/** What the scenario needs to know about the server it talks to. */
export interface ClientScenarioInput {
  /** The live mock, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** An `X-Mock-Session` name of its own, so runtimes sharing one server never see each other's tokens. */
  session: string;
  /** A demo admin's email and password. */
  email: string;
  password: string;
}

/** The steps, in order, that every runtime must pass. */
export const CLIENT_STEPS = ["login", "create", "list", "rotate", "revoke", "typed errors"] as const;

function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`client scenario: ${what}`);
}

/** Whether `secret` passes the SDK's offline check (format and checksum) as a secret of `kind`. */
function isSecretOf(secret: string, kind: "session" | "personal"): boolean {
  const parsed = parseToken(secret);
  return parsed.valid && parsed.kind === kind;
}

/** Runs `call`, which must throw an error of `type` with `code`, and returns it. */
async function refused<E extends TesseraError>(
  call: () => Promise<unknown>,
  type: abstract new (...args: never[]) => E,
  code: string,
): Promise<E> {
  try {
    await call();
  } catch (error) {
    check(error instanceof type, `expected ${type.name} ${code}, got ${String(error)}`);
    check(error instanceof TesseraError, `${type.name} is not a TesseraError`);
    check(error.code === code, `expected code ${code}, got ${error.code}`);
    check(typeof error.requestId === "string" && error.requestId !== "", `${code} has no requestId`);
    return error;
  }
  throw new Error(`client scenario: expected ${type.name} ${code}, but the call succeeded`);
}

/** Runs the scenario and resolves with the steps passed (all of {@link CLIENT_STEPS}), or rejects. */
export async function clientScenario(input: ClientScenarioInput): Promise<string[]> {
  const passed: string[] = [];
  const headers = { "X-Mock-Session": input.session };
  const as = (token: string): TesseraClient =>
    createClient({ baseUrl: input.baseUrl, token, headers, retries: 0 });

  // login (A5): a session secret with a valid checksum, acting as the user (A7).
  const anonymous = createClient({ baseUrl: input.baseUrl, headers, retries: 0 });
  const session = await anonymous.auth.login({ email: input.email, password: input.password });
  check(isSecretOf(session.value, "session"), "login did not return a valid session secret");
  const client = as(session.value);
  const me = await client.requester.get();
  check(me.kind === "user" && me.email === input.email, `requester is ${me.kind} ${me.id}`);
  passed.push("login");

  // create (T1): three tokens, each secret shown once and valid offline.
  const label = `runtime matrix ${input.session}`;
  const created = [];
  for (const n of [1, 2, 3]) {
    const result = await client.tokens.create({
      label: `${label} #${n}`,
      type: "personal",
      scopes: [{ resource: "tokens", access: "read" }],
      sensitiveData: "hidden",
    });
    check(isSecretOf(result.secret, "personal"), "create returned no valid personal secret");
    check(result.token.prefix === result.secret.slice(0, 12), "the prefix is not the secret's");
    created.push(result);
  }
  const [first, second, third] = created as [(typeof created)[0], (typeof created)[0], (typeof created)[0]];
  passed.push("create");

  // list with pagination (T7): two per page, newest first, across pages with `for await`.
  const page = await client.tokens.list({ search: label, limit: 2 });
  check(page.data.length === 2 && page.hasNextPage(), "the first page is not 2 tokens with a next page");
  const last = await page.nextPage();
  check(last.data.length === 1 && !last.hasNextPage(), "the second page is not the last token");
  const labels: string[] = [];
  for await (const token of client.tokens.list({ search: label, limit: 2 })) labels.push(token.label);
  check(labels.join("|") === [3, 2, 1].map((n) => `${label} #${n}`).join("|"), `listed ${labels.join(", ")}`);
  passed.push("list");

  // rotate (T11): a new secret for the same token; with no grace period the old one is dead at once.
  const rotated = await client.tokens.rotate(first.token.id, { gracePeriodSeconds: 0 });
  check(rotated.token.id === first.token.id && rotated.secret !== first.secret, "rotate gave no new secret");
  check((await as(rotated.secret).tokens.current()).id === first.token.id, "the new secret does not work");
  await refused(() => as(first.secret).tokens.current(), AuthenticationError, "invalid_token");
  passed.push("rotate");

  // revoke (T10): confirmed by the label, then refused on its next use.
  const revoked = await client.tokens.revoke(second.token.id, { confirm: second.token.label });
  check(revoked.status === "revoked", `revoked token has status ${revoked.status}`);
  await refused(() => as(second.secret).requester.get(), AuthenticationError, "invalid_token");
  passed.push("revoke");

  // typed errors (E2): one class per problem family, carrying status, code and requestId.
  const missing = await refused(() => client.tokens.get("tok_0000000000000000"), NotFoundError, "not_found");
  check(missing.status === 404, `not_found has status ${missing.status}`);
  const mismatch = await refused(
    () => client.tokens.revoke(third.token.id, { confirm: "not the label" }),
    ConflictError,
    "confirmation_mismatch",
  );
  check(mismatch.status === 409, `confirmation_mismatch has status ${mismatch.status}`);
  check((await client.tokens.get(third.token.id)).status === "active", "a refused revoke changed the token");
  passed.push("typed errors");
  return passed;
}
