/**
 * A mock instance without msw: what `createMockApi` (createMockApi.ts) is made of, apart from the
 * msw handlers, which it is given. The local server's CLI makes its sessions here with msw loaded
 * only if something asks for it (mswOnDemand.ts), so its start never loads msw (nor undici, which
 * msw's Response subclass pulls in): a fifth of the CLI's code.
 */
import type { RequestHandler } from "msw";
import { DEFAULT_CONFIG, type ServiceConfig, type ServiceContext } from "../domain/context.js";
import { clockMoved, rescheduleLifecycle, startLifecycle, sweepLifecycleIfDue } from "../domain/lifecycle.js";
import { type Answer, answerOf, toFetchResponse } from "../handlers/answer.js";
import { answersFor } from "../handlers/answersFor.js";
import type { Connection } from "../handlers/connection.js";
import { devUtils } from "../handlers/devUtils.js";
import { createFaults } from "../handlers/faults.js";
import { createJournal } from "../handlers/journal.js";
import { handleRequest } from "../handlers/pipeline/handleRequest.js";
import type { PipelineRequest } from "../handlers/pipeline/pipelineRequest.js";
import type { MockService } from "../handlers/service.js";
import { demoSeed } from "../seed/demoSeed.js";
import { applyFixture, type Fixture } from "../seed/fixture.js";
import { seedImage } from "../seed/seedImage.js";
import { assertValidFixture } from "../seed/validateFixture.js";
import { createStore, type StoreImage } from "../store/createStore.js";
import type { MockApi, MockApiOptions } from "./MockApi.js";
import { createMockClock } from "./mockClock.js";
import type { Msw, MswLayer } from "./mswLayer.js";

/**
 * The seed to load, checked: a bad fixture is refused here, whole (`FixtureError`), rather than by
 * every request after it. A copy is kept, so `reset()` returns to the fixture as it was checked.
 * The demo seed is checked by its test (test/mock/fixtures.test.ts), not at every start.
 */
function validSeed(seed: NonNullable<MockApiOptions["seed"]>, now: number, config: ServiceConfig) {
  if (typeof seed !== "object") return seed;
  // A sealed fixture cannot change, so it is never serialized again (50,000 tokens: ~100 ms each time).
  const json = sealedSeeds.has(seed) ? undefined : JSON.stringify(seed);
  const known = checkedSeeds.get(seed);
  // Checked once for every instance made from the same fixture (each X-Mock-Session of a
  // --seed server): the same text, the same limit, and a time no earlier (T4 only loosens as
  // tokens expire). The copy is shared; nothing changes it.
  if (known && known.json === json && known.tokenLimit === config.tokenLimit && now >= known.at)
    return known.copy;
  assertValidFixture(seed, { now, tokenLimit: config.tokenLimit });
  const copy = json === undefined ? seed : (JSON.parse(json) as Fixture);
  checkedSeeds.set(seed, { json, at: now, tokenLimit: config.tokenLimit, copy });
  return copy;
}
const checkedSeeds = new WeakMap<
  object,
  { json: string | undefined; at: number; tokenLimit: number; copy: Fixture }
>();
/** Fixtures made by {@link sealedFixture}: deeply frozen, so their text never needs comparing. */
const sealedSeeds = new WeakSet<object>();

/**
 * A deeply frozen copy of a fixture that was checked (valid at `now` under `tokenLimit`): every
 * instance made from it (each X-Mock-Session of a `--seed` server) trusts it as it is, without
 * checking or serializing it again.
 */
export function sealedFixture(fixture: Fixture, now: number, tokenLimit: number): Fixture {
  const copy = deepFreeze(structuredClone(fixture));
  sealedSeeds.add(copy);
  checkedSeeds.set(copy, { json: undefined, at: now, tokenLimit, copy });
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * What `respondLight` needs of an instance, as one plain object (not closures over the instance's
 * scope): the local server reaches it on every API call, for one of up to 1,000 sessions in turn,
 * and each object fewer is memory fewer that no cache still holds (issue 17).
 */
export interface LightResponder {
  service: MockService;
  answers: (url: URL) => boolean;
  /** The `use()` overrides installed (none: straight to the pipeline). */
  overrides: readonly RequestHandler[];
  respond: (request: Request, connection?: Connection) => Promise<Response | undefined>;
}
const lightResponders = new WeakMap<MockApi, LightResponder>();
/**
 * No overrides, as one list for every instance (never changed: `use()` makes a new one). Every
 * request checks an instance's overrides; a list of its own would be one more object of the
 * instance's to read, at 1,000 sessions in turn memory no cache still holds (issue 17).
 */
const NO_OVERRIDES: readonly RequestHandler[] = Object.freeze([]);
/** Where an instance without a `baseUrl` answers: one function for them all. */
const answersAnyBase = answersFor();

/**
 * The instance's {@link LightResponder} (undefined for an instance made elsewhere). The local
 * server looks it up once per session and keeps it beside the instance: a lookup per request was
 * one more table, keyed by an object of the session's, in memory no cache still held (issue 17).
 */
export function lightResponderOf(api: MockApi): LightResponder | undefined {
  return lightResponders.get(api);
}

/**
 * `api.respond` for a request the local server read without building a Fetch `Request` (the
 * pipeline needs only {@link PipelineRequest}), answered without a Fetch `Response` (see
 * answer.ts); `toRequest` makes a real request when `use()` overrides are installed, since MSW's
 * handlers need it. `light` is {@link lightResponderOf} the instance.
 */
export function respondLight(
  api: MockApi,
  light: LightResponder | undefined,
  request: PipelineRequest,
  connection: Connection,
  toRequest: () => Request,
): Promise<Answer | undefined> {
  // No async frame of its own for the common case: the pipeline's promise is the answer's.
  if (light && light.overrides.length === 0) {
    const url = request.parsedUrl ?? new URL(request.url);
    return light.answers(url)
      ? handleRequest(light.service, request, connection, url)
      : Promise.resolve(undefined);
  }
  const respond = light ? light.respond : (request: Request, c?: Connection) => api.respond(request, c);
  return respondThroughFetch(respond, toRequest, connection);
}

/** `respond` with a Fetch `Request` (MSW overrides, or an instance made elsewhere). */
async function respondThroughFetch(
  respond: (request: Request, connection?: Connection) => Promise<Response | undefined>,
  toRequest: () => Request,
  connection: Connection,
): Promise<Answer | undefined> {
  const response = await respond(toRequest(), connection);
  return response && answerOf(response);
}

/**
 * An isolated, in-memory Tessera service (see `createMockApi`), whose msw handlers and
 * `getResponse` (for `use()` overrides) come from `msw`: at once, or loaded on first use.
 */
export function createMockInstance(options: MockApiOptions, msw: Msw): MockApi {
  const clock = createMockClock(options.now, options.freezeClock, options.restore?.clock);
  const config: ServiceConfig = { ...DEFAULT_CONFIG, ...options.config };
  const initial = validSeed(options.seed ?? "demo", clock.now(), config);
  const newContext = (): ServiceContext => ({
    store: createStore({
      onChange: options.onChange,
      log: options.log,
      limits: {
        ...(options.outboxLimit !== undefined ? { notifications: options.outboxLimit } : {}),
        ...(options.auditLogLimit !== undefined ? { auditEvents: options.auditLogLimit } : {}),
      },
    }),
    clock,
    config,
  });
  let restoring = options.restore;
  const start = options.now === undefined ? "live" : new Date(options.now).getTime();
  const load = async (ctx: ServiceContext) => {
    let image: StoreImage | undefined;
    if (restoring) {
      await ctx.store.restore(restoring.store, restoring.idempotency);
      restoring = undefined;
    } else if (initial !== "empty") {
      const fixture = initial === "demo" ? demoSeed : initial;
      image = await seedImage(fixture, start, config);
      ctx.store.adopt(image);
    }
    // P3: expiry notices are sent for instants the clock reaches from here on.
    startLifecycle(ctx, image);
  };
  /** With a log, the seed is one operation (a record that replaces what the session held). */
  const loadLogged = options.log
    ? (ctx: ServiceContext) => (restoring ? load(ctx) : ctx.store.exclusive(() => load(ctx)))
    : load;
  const firstContext = newContext();
  const service: MockService = {
    ctx: firstContext,
    faults: createFaults(clock),
    journal: createJournal(options.journalLimit ?? 10_000),
    clientAddress: options.clientAddress ?? "127.0.0.1",
    connections: new WeakMap(),
    ready: loadLogged(firstContext),
    settled: undefined,
    onRequest: options.onRequest,
    onUnhandledError: options.onUnhandledError ?? ((error) => devUtils.error("unexpected error:", error)),
  };
  /** Made on first use: the pipeline answers without them, and a session that never needs them saves ~20 KB. */
  let made: RequestHandler[] | undefined;
  const handlersOf = (layer: MswLayer): RequestHandler[] => {
    made ??= layer.createHandlers(service, options.baseUrl);
    return made;
  };
  const answers = options.baseUrl === undefined ? answersAnyBase : answersFor(options.baseUrl);
  /**
   * Without overrides, a request goes straight to the one pipeline every handler would call,
   * instead of asking each MSW handler to match it in turn (the same answer, several times
   * cheaper); with overrides, msw's `getResponse` decides, so they take precedence.
   */
  const direct = (request: PipelineRequest, connection?: Connection, url = new URL(request.url)) =>
    answers(url) ? handleRequest(service, request, connection, url) : Promise.resolve(undefined);
  const respond = async (request: Request, connection?: Connection): Promise<Response | undefined> => {
    const url = new URL(request.url);
    // msw decodes the path to match its handlers and throws on a malformed percent-encoding, which
    // must be a 4xx problem on every runtime (E7): the pipeline answers those, overrides or not.
    if (light.overrides.length === 0 || !decodable(url.pathname)) {
      const answer = await direct(request, connection, url);
      return answer && toFetchResponse(answer);
    }
    // msw hands its resolvers the same Request object, so the handlers find the connection here.
    if (connection) service.connections.set(request, connection);
    const layer = msw.now() ?? (await msw.load());
    return layer.getResponse([...light.overrides, ...handlersOf(layer)], request);
  };
  /** The instance as `respondLight` reads it; `use()` and `resetHandlers()` change its overrides. */
  const light: LightResponder = { service, answers, overrides: NO_OVERRIDES, respond };
  /**
   * After the clock moved: what it reached (expiry notices, P3; inactivity, P5) is settled before
   * any later request, and the move's promise resolves then. A sweep the disk refuses is not
   * reported here: the next request sweeps again and answers for it.
   */
  const afterClockMove = (): Promise<void> => {
    const settled = service.ready
      .then(() => {
        clockMoved(service.ctx);
        return sweepLifecycleIfDue(service.ctx);
      })
      .catch(() => {});
    service.ready = settled;
    return settled;
  };
  /** Runs a change that has no API the way writes run: after the seed, one at a time. */
  const exclusively = async (change: (ctx: ServiceContext) => unknown) => {
    await service.ready;
    const { ctx } = service;
    await ctx.store.exclusive(() => change(ctx));
  };

  const api: MockApi = {
    get handlers() {
      const layer = msw.now();
      if (!layer) throw new TypeError(devUtils.formatMessage(MSW_NOT_LOADED));
      return handlersOf(layer);
    },
    ready: () => service.ready,
    async fetch(input, init) {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const response = await respond(request);
      if (!response)
        throw new TypeError(devUtils.formatMessage(`no handler for ${request.method} ${request.url}`));
      if (response.type === "error") throw new TypeError("Failed to fetch (injected network error)");
      return response;
    },
    respond,
    use(...extra) {
      light.overrides = [...extra, ...light.overrides];
    },
    resetHandlers() {
      light.overrides = NO_OVERRIDES;
    },
    seed: (fixture) =>
      exclusively(async (ctx) => {
        // Checked against what the store holds now, inside the write turn: a refusal writes nothing.
        assertValidFixture(fixture, { store: ctx.store, now: clock.now(), tokenLimit: config.tokenLimit });
        await applyFixture(ctx, fixture);
        rescheduleLifecycle(ctx);
      }),
    async reset() {
      await service.ready;
      // Back to the seed's clock too, before the seed loads at it: a moved clock outlived resets.
      const moved = clock.state();
      clock.restore(createMockClock(options.now, options.freezeClock).state());
      if (options.log) {
        // Logged first: if the disk refuses, the session keeps its state (and answers 503).
        const ctx = newContext();
        await loadLogged(ctx).catch((error: unknown) => {
          clock.restore(moved);
          throw error;
        });
        service.ctx = ctx;
        service.journal.clear();
        service.faults.clear();
        return;
      }
      service.ctx = newContext();
      service.journal.clear();
      service.faults.clear();
      service.ready = load(service.ctx);
      await service.ready;
    },
    clock: {
      now: () => new Date(clock.now()),
      advance: (duration) => {
        clock.advance(duration);
        return afterClockMove();
      },
      set: (to) => {
        clock.set(to);
        return afterClockMove();
      },
      freeze: (at) => {
        clock.freeze(at);
        return afterClockMove();
      },
      unfreeze: () => {
        clock.unfreeze();
        return afterClockMove();
      },
      state: () => clock.state(),
    },
    async snapshot() {
      await service.ready;
      return service.ctx.store.snapshot();
    },
    notifications: {
      list: () =>
        service.ctx.store.notifications.map(({ expiresAt, ...n }) => ({
          ...n,
          occurredAt: new Date(n.occurredAt).toISOString(),
          ...(expiresAt !== undefined ? { expiresAt: new Date(expiresAt).toISOString() } : {}),
        })),
      clear: () => {
        service.ctx.store.notifications.length = 0;
      },
    },
    journal: { list: () => service.journal.list(), clear: () => service.journal.clear() },
    faults: service.faults,
    members: {
      setRole: (userId, organizationId, role) =>
        exclusively((ctx) => ctx.store.updateMembership(userId, organizationId, { role })),
      remove: (userId, organizationId) =>
        exclusively((ctx) => ctx.store.deleteMembership(userId, organizationId)),
    },
  };
  // The local server's way in for API calls read without a Fetch Request (runtimes/server/nodeHttp.ts).
  lightResponders.set(api, light);
  return api;
}

const MSW_NOT_LOADED =
  "api.handlers needs msw, which this process loads only when a use() override answers a request.";

/** Whether every percent-encoding in a path decodes. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
