#!/usr/bin/env node
/**
 * `tessera-mock`: the mock service on a real port. See `tessera-mock --help`.
 */
import { readFileSync } from "node:fs";
import nodeModule from "node:module";
import { availableParallelism } from "node:os";
import { Command, InvalidArgumentError, Option } from "commander";
import { devUtils } from "./handlers/devUtils.js";
import type { MockServerOptions, RequestLogLine } from "./runtimes/server/createMockServer.js";
import { normalizeHostname, normalizeOrigin } from "./runtimes/server/hostNames.js";
import { DEFAULT_MAX_SESSIONS, SERVER_LIMITS } from "./runtimes/server/limits.js";
import type { Fixture } from "./seed/fixture.js";

const port = (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError("must be an integer from 0 to 65535.");
  return n;
};

/** A whole number from `min` to `max`, for limits. */
const count = (min: number, max: number) => (value: string) => {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new InvalidArgumentError(`must be an integer from ${min} to ${max}.`);
  return n;
};

/** A repeatable flag's values, each checked by `check`. */
const repeated =
  (check: (value: string) => string) =>
  (value: string, previous: string[] = []): string[] => {
    try {
      return [...previous, check(value)];
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
const hostName = (value: string) => {
  const name = normalizeHostname(value);
  if (!name) throw new Error(`${JSON.stringify(value)} is not a host name.`);
  return name;
};

/** The --seed file's path, for messages. */
let seedPath = "";
const seedFile = (path: string): Fixture => {
  seedPath = path;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as Fixture;
  } catch (error) {
    throw new InvalidArgumentError(`cannot read a JSON fixture from ${path}: ${(error as Error).message}`);
  }
};

const program = new Command()
  .name("tessera-mock")
  .description("The Tessera API-token service, in memory, on a local port: same rules as @tessera/mock.")
  .version("0.1.0")
  .option("--host <host>", "interface to listen on", "127.0.0.1")
  .option("--port <port>", "port to listen on (0 picks a free one)", port, 4010)
  .addOption(
    new Option("--seed <file.json>", "start from this fixture instead of the demo data")
      .argParser(seedFile)
      .conflicts("empty"),
  )
  .option("--empty", "start with no data at all")
  .option("--persist <file>", "keep state in this file; every acknowledged write survives a crash")
  .option(
    "--persist-repair",
    "start even if a record of the --persist file is damaged: keep the records before it (the file is copied to <file>.damaged first)",
  )
  .option(
    "--trust-proxy",
    "believe X-Forwarded-For and X-Forwarded-Proto (only behind a proxy that sets them)",
  )
  .option(
    "--control-host <name>",
    "also answer /__mock for this Host name (repeatable; loopback names always are)",
    repeated(hostName),
  )
  .option(
    "--cors-origin <origin>",
    "let browser apps on this origin call /v1, or * for any (repeatable; default any on loopback)",
    repeated(normalizeOrigin),
  )
  .option(
    "--max-sessions <n>",
    "X-Mock-Session states kept in memory; the least recently used idle one is evicted beyond it",
    count(1, 1_000_000),
    DEFAULT_MAX_SESSIONS,
  )
  .option(
    "--max-connections <n>",
    "open connections accepted at once; more are closed at once",
    count(1, 1_000_000),
    SERVER_LIMITS.maxConnections,
  )
  .option(
    "--headers-timeout <ms>",
    "time a client has to send its request headers (then 408)",
    count(100, 3_600_000),
    SERVER_LIMITS.headersTimeoutMs,
  )
  .option(
    "--request-timeout <ms>",
    "time a client has to send its whole request, body included (then 408)",
    count(100, 3_600_000),
    SERVER_LIMITS.requestTimeoutMs,
  )
  .addOption(
    new Option("--log <format>", "request log format")
      .choices(["pretty", "json", "silent"])
      .default("pretty"),
  )
  .showHelpAfterError()
  .addHelpText(
    "after",
    "\nControls: /__mock (reset, seed, clock, outbox, journal, faults, members). API reference: /docs.\n" +
      "Send `X-Mock-Session: <name>` to get an isolated state per caller.",
  );

program.parse();
const options = program.opts<{
  host: string;
  port: number;
  seed?: Fixture;
  empty?: boolean;
  persist?: string;
  persistRepair?: boolean;
  trustProxy?: boolean;
  controlHost?: string[];
  corsOrigin?: string[];
  maxSessions: number;
  maxConnections: number;
  headersTimeout: number;
  requestTimeout: number;
  log: string;
}>();

// pino (a sixth of the CLI's own code) is loaded only for the JSON log.
const pino = options.log === "json" ? (await import("pino")).default : null;
const json = pino ? pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime }) : null;
const logRequest = (line: RequestLogLine) => {
  if (json) json.info(line, "request");
  else if (options.log === "pretty") {
    const time = new Date().toISOString().slice(11, 23);
    const who = line.credentialId ?? "-";
    const session = line.session === "default" ? "" : ` [${line.session}]`;
    process.stdout.write(
      `${time} ${line.method} ${line.path} ${line.status} ${line.ms}ms ${who}${session}\n`,
    );
  }
};

// Node 22.1+ keeps V8's compiled code of the modules loaded below (most of the start) in the OS's
// temporary directory for the next start; Node 20 has no such cache, and this does nothing there.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
// Loaded after the arguments are parsed, so --help and flag errors answer at once. The sessions
// are instances that load msw only if asked (nothing in this process asks): msw is not loaded.
const { createMockServerWith } = await import("./runtimes/server/createMockServer.js");
const { createMockInstance } = await import("./runtimes/mockInstance.js");
const { mswOnDemand } = await import("./runtimes/mswOnDemand.js");
const { printBanner } = await import("./runtimes/server/banner.js");
const { PersistFileRefused } = await import("./runtimes/server/persistence.js");
// Password derivations at once: one fewer than this machine's cores (see passwords.ts).
(await import("./domain/passwords.js")).limitPasswordHashing(availableParallelism());
const { FixtureError } = await import("./seed/FixtureError.js");
const startServer = () => {
  try {
    // Checks a --seed fixture (once: its sessions share the checked copy) before anything starts.
    return createMockServerWith((mock) => createMockInstance(mock, mswOnDemand), serverOptions());
  } catch (error) {
    // A refused fixture: every problem by JSON pointer in one message, naming the file; no stack trace.
    if (error instanceof FixtureError) {
      console.error(new FixtureError(error.problems, `The fixture in ${seedPath}`).message);
      process.exit(1);
    }
    // A locked or damaged state file: one line, no stack trace.
    if (!(error instanceof PersistFileRefused)) throw error;
    devUtils.error(error.message);
    process.exit(1);
  }
};
const serverOptions = (): MockServerOptions => ({
  host: options.host,
  port: options.port,
  persist: options.persist,
  persistRepair: options.persistRepair === true,
  trustProxy: options.trustProxy === true,
  controlHosts: options.controlHost,
  corsOrigins: options.corsOrigin,
  maxSessions: options.maxSessions,
  maxConnections: options.maxConnections,
  headersTimeoutMs: options.headersTimeout,
  requestTimeoutMs: options.requestTimeout,
  mock: { seed: options.empty ? "empty" : (options.seed ?? "demo") },
  onRequest: options.log === "silent" ? undefined : logRequest,
});
const seeded = options.seed !== undefined;
const mock = startServer();
// The server checked and copied the fixture as parsed (its sessions share that copy): neither
// commander's options nor the server's keep it alive beside the copy (48 MB at 50,000 tokens;
// issue 17).
delete options.seed;

try {
  const { url } = await mock.listen();
  if (mock.droppedTornLine) {
    devUtils.warn("dropped a torn last line from the state file (a write cut short by a crash).");
  }
  if (json) json.info({ url, docs: `${url}/docs`, persist: options.persist ?? null }, "listening");
  else printBanner(url, { demo: !options.empty && !seeded, persist: options.persist });
} catch (error) {
  devUtils.error((error as Error).message);
  process.exit(1);
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    if (options.log !== "silent") devUtils.warn(`${signal}: finishing in-flight requests, then stopping.`);
    mock.close().then(
      () => process.exit(0),
      (error) => {
        devUtils.error((error as Error).message);
        process.exit(1);
      },
    );
  });
}
