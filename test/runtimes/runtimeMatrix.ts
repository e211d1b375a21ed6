/**
 * The runtime matrix (`pnpm test:runtimes`, run by scripts/runtime-matrix.sh after it has installed
 * the runtimes pinned in compat/runtimes). Both packages are packed and installed with npm into an
 * app in the system's temp folder, as test/consumer does, and there:
 * - the packed SDK runs the client scenario (./clientScenario.ts) against a live `tessera-mock` on
 *   Node 20, Node 22, Bun, Deno and workerd (through Miniflare), each in its own `X-Mock-Session`;
 * - the packed mock's `createMockApi()` runs a slice of the rule scenarios
 *   (packages/conformance/src/scenarios), unchanged, in-process on Node 20, Node 22, Bun and Deno
 *   (./inProcessSlice.ts);
 * - the README's `bun test` and `deno test` recipes run as written;
 * - the README's runtime table names exactly the versions run here.
 * Every cell checks that it ran on the runtime and version it names. Set KEEP_RUNTIME_APP=1 to keep
 * the app for a look afterwards.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO } from "@tessera/mock";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLIENT_STEPS, type ClientScenarioInput } from "./clientScenario.js";
import { readmeRecipes, recipeCommand } from "./readmeRecipes.js";
import type { RunReport } from "./runTests.js";
import type { RuntimeIdentity } from "./runtime.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HERE = fileURLToPath(new URL("./", import.meta.url));
const RUNTIMES = join(ROOT, "compat/runtimes");
const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const pins: Record<string, string> = json(join(RUNTIMES, "package.json")).dependencies;
const lock = json(join(RUNTIMES, "package-lock.json"));
const bin = (path: string) => join(RUNTIMES, "node_modules", path);

/** An exact version of compat/runtimes/package.json (`npm:node@22.23.3` -> `22.23.3`). */
const pinned = (name: string) => (pins[name] as string).replace(/^npm:.*@/, "");

/** The runtimes, with the version each reports and the command that runs a script on it. */
const RUNTIME = {
  node20: { label: "Node.js", name: "node", version: pinned("node20"), run: [bin("node20/bin/node")] },
  node22: { label: "Node.js", name: "node", version: pinned("node22"), run: [bin("node22/bin/node")] },
  bun: { label: "Bun", name: "bun", version: pinned("bun"), run: [bin(".bin/bun")] },
  deno: {
    label: "Deno",
    name: "deno",
    version: pinned("deno"),
    // No prompts, no lock file in the app; only what the scripts need (msw's graphql reads NODE_ENV,
    // the matchers' colours read FORCE_TTY and the like).
    run: [bin(".bin/deno"), "run", "--no-prompt", "--no-lock", "--allow-env"],
  },
  workerd: {
    label: "workerd",
    name: "workerd",
    version: lock.packages["node_modules/workerd"].version as string,
    // Miniflare (on Node 22, which it needs) runs workerd.
    run: [bin("node22/bin/node"), join(HERE, "runWorker.mjs"), RUNTIMES],
  },
} as const;
type RuntimeId = keyof typeof RUNTIME;

/** What the app installs from npm besides the tarballs: the workspace's exact versions. */
const APP_PINS = {
  msw: json(join(ROOT, "mocks/package.json")).devDependencies.msw as string,
  // Deno type-checks `deno test` files, and their `node:assert` needs Node's types.
  "@types/node": "20.19.43",
};

/** A shared 2-core machine: generous, but a runtime that hangs (an open handle) still fails the cell. */
const PROCESS_TIMEOUT_MS = 90_000;

let work: string;
let app: string;
let server: ChildProcess | undefined;
let serverUrl: string;
let sliceTests: string[];
const recipes = readmeRecipes(ROOT);

/** The environment of a process in the app: this run's pnpm, npm, vitest and Node settings left out. */
function appEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (/^(vitest|tinypool|npm_package_|npm_lifecycle_|pnpm_)/.test(lower)) continue;
    if (lower.startsWith("npm_config_") && !/^npm_config_(cache|registry|userconfig)$/.test(lower)) continue;
    if (["NODE_ENV", "NODE_OPTIONS", "NODE_PATH", "TEST"].includes(name)) continue;
    env[name] = value;
  }
  const cache = bin(".cache");
  return {
    ...env,
    NO_COLOR: "1",
    // The runtimes' own caches stay beside them, not in the home folder.
    DENO_DIR: join(cache, "deno"),
    DENO_NO_UPDATE_CHECK: "1",
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: join(cache, "bun"),
  };
}

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command (in the app unless `cwd`) and resolves with how it ended, whether it failed or not. */
function outcome(command: readonly string[], cwd = app): Promise<Finished> {
  const [file, ...args] = command as [string, ...string[]];
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env: appEnv(), timeout: PROCESS_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        const ending = error?.killed ? `\n(killed after ${PROCESS_TIMEOUT_MS} ms)` : "";
        resolve({ code, stdout, stderr: `${stderr}${ending}` });
      },
    );
  });
}

/** Runs a command that must succeed, and resolves with its output. */
async function run(command: readonly string[], cwd = app): Promise<Finished> {
  const finished = await outcome(command, cwd);
  if (finished.code !== 0) {
    const [file, ...args] = command;
    throw new Error(
      `${relative(ROOT, file ?? "")} ${args.join(" ")} exited with ${finished.code}\n${finished.stdout}\n${finished.stderr}`,
    );
  }
  return finished;
}

/** The JSON a matrix script prints as its last line of output, if it printed one. */
function lastJson<T>(stdout: string): T | undefined {
  const line = stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as T;
  } catch {
    return undefined;
  }
}

/** What a cell must report: the runtime it names, at the pinned version (workerd does not say its own). */
function expectIdentity(actual: RuntimeIdentity, id: RuntimeId): void {
  const { name, version } = RUNTIME[id];
  expect(actual).toEqual({ name, version: name === "workerd" ? "" : version });
}

/** The part of esbuild's API used here (esbuild is installed in compat/runtimes, outside the workspace). */
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ metafile: { inputs: Record<string, unknown> } }>;
  stop(): Promise<void> | void;
}

/**
 * Bundles the matrix's entry points into the app with the pinned esbuild: the SDK and the mock stay
 * imports, resolved there from the tarballs, and `vitest` in the scenarios becomes the conformance
 * kit's harness.
 * The Worker is bundled a second time from inside the app, packed SDK included, as a Worker ships.
 */
async function bundle(): Promise<void> {
  const esbuild = createRequire(join(RUNTIMES, "package.json"))("esbuild") as Esbuild;
  const common = {
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    mainFields: ["module", "main"],
    logLevel: "warning",
    metafile: true,
  } as const;
  const packages = ["@tessera/sdk", "@tessera/mock", "@tessera/mock/*", "msw", "msw/*", "node:*"];
  const builds = [
    { entryPoints: [join(HERE, "runClientScenario.ts")], outfile: join(app, "client.mjs") },
    { entryPoints: [join(HERE, "workerEntry.ts")], outfile: join(app, "worker-entry.mjs") },
    {
      entryPoints: [join(HERE, "inProcessSlice.ts")],
      outfile: join(app, "scenarios.mjs"),
      // As the conformance kit's build does: vitest's API as its registry, with vitest's matchers.
      alias: { vitest: join(ROOT, "packages/conformance/src/harness/vitest.ts") },
    },
  ];
  try {
    for (const options of builds) {
      const { metafile } = await esbuild.build({ ...common, ...options, external: packages });
      // The packages under test come from the tarballs, never from the workspace's sources.
      const sources = Object.keys(metafile.inputs).filter((path) =>
        /(^|\/)(mocks|packages\/sdk)\//.test(path),
      );
      expect(sources, options.outfile).toEqual([]);
    }
    const worker = await esbuild.build({
      ...common,
      absWorkingDir: app,
      entryPoints: ["worker-entry.mjs"],
      outfile: "worker.mjs",
      conditions: ["workerd", "worker", "browser"],
    });
    expect(Object.keys(worker.metafile.inputs)).toContain("node_modules/@tessera/sdk/dist/index.js");
  } finally {
    await esbuild.stop();
  }
}

/** Starts the packed `tessera-mock` on Node 20 on a free port and resolves with its URL. */
function startServer(): Promise<string> {
  server = spawn(
    RUNTIME.node20.run[0],
    [join(app, "node_modules/@tessera/mock/dist/cli.js"), "--port", "0", "--log", "silent"],
    {
      cwd: app,
      env: appEnv(),
    },
  );
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tessera-mock did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    server?.stdout?.on("data", read);
    server?.stderr?.on("data", read);
    server?.on("exit", (code) => reject(new Error(`tessera-mock exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  for (const built of ["packages/sdk/dist/index.js", "mocks/dist/cli.js", "mocks/dist/index.d.ts"]) {
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} is missing: run \`pnpm build\` first (pnpm test does).`);
  }
  for (const { run: command } of Object.values(RUNTIME)) {
    if (!existsSync(command[0]))
      throw new Error(
        `${command[0]} is missing: run \`bash scripts/runtime-matrix.sh\` (pnpm test:runtimes).`,
      );
  }
  work = mkdtempSync(join(tmpdir(), "tessera-runtimes-"));
  app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify({ name: "tessera-runtimes", private: true, type: "module" })}\n`,
  );
  // Packed as test/consumer packs them.
  const packed = join(work, "tarballs");
  for (const pkg of ["packages/sdk", "mocks"]) {
    await run(["npx", "-y", "pnpm@10.34.8", "pack", "--pack-destination", packed], join(ROOT, pkg));
  }
  const tarballs = readdirSync(packed).map((name) => join(packed, name));
  expect(tarballs).toHaveLength(2);
  await run([
    "npm",
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    "--save-exact",
    "--loglevel=error",
    ...tarballs,
    ...Object.entries(APP_PINS).map(([name, version]) => `${name}@${version}`),
  ]);
  for (const [path, code] of recipes) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), code);
  }
  await bundle();
  serverUrl = await startServer();
  const listed = await run([...RUNTIME.node20.run, "scenarios.mjs", "--list"]);
  sliceTests = lastJson<{ tests: string[] }>(listed.stdout)?.tests ?? [];
}, 240_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.on("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  if (work && !process.env.KEEP_RUNTIME_APP) rmSync(work, { recursive: true, force: true });
  else if (work) console.info(`runtime matrix app kept in ${app}`);
});

describe("the packed SDK against a live tessera-mock: login, create, list, rotate, revoke, typed errors", () => {
  test.each(["node20", "node22", "bun", "deno", "workerd"] as const)("%s", async (id) => {
    const input: ClientScenarioInput = {
      baseUrl: serverUrl,
      session: `runtime-matrix-${id}`,
      email: DEMO.users.ada.email,
      password: DEMO.password,
    };
    const command =
      id === "deno"
        ? // The client needs the network, to the mock only, and nothing else.
          [bin(".bin/deno"), "run", "--no-prompt", "--no-lock", `--allow-net=${new URL(serverUrl).host}`]
        : [...RUNTIME[id].run];
    const script = id === "workerd" ? join(app, "worker.mjs") : "client.mjs";
    const { stdout } = await run([...command, script, JSON.stringify(input)]);
    const report = lastJson<{ runtime: RuntimeIdentity; steps: string[] }>(stdout);
    if (!report) throw new Error(`no report:\n${stdout}`);
    expectIdentity(report.runtime, id);
    expect(report.steps).toEqual(CLIENT_STEPS);
  });
});

describe("the packed mock's createMockApi() in-process: a slice of the rule scenarios", () => {
  test("the slice holds the scenario groups it names", () => {
    for (const group of ["authentication", "tokens", "token lifecycle", "hostile use: escalation"]) {
      expect(sliceTests.filter((name) => name.startsWith(group)).length, group).toBeGreaterThan(3);
    }
  });

  test.each(["node20", "node22", "bun", "deno"] as const)("%s", async (id) => {
    const { code, stdout, stderr } = await outcome([...RUNTIME[id].run, "scenarios.mjs"]);
    const report = lastJson<RunReport & { runtime: RuntimeIdentity; contractViolations: string[] }>(stdout);
    if (!report) throw new Error(`no report (exit code ${code}):\n${stdout}\n${stderr}`);
    expect(report.failed).toEqual([]);
    expect(report.contractViolations).toEqual([]);
    expectIdentity(report.runtime, id);
    expect(report.tests).toEqual(sliceTests);
    expect(code, stderr).toBe(0);
  });
});

describe("the README's recipes for other test runners", () => {
  test("the Bun recipe is the README's first vitest example but for the runner's import", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const vitestExample = /<!-- consumer-test: vitest\/readme\.test\.ts -->\n```ts\n([\s\S]*?)^```$/m.exec(
      readme,
    )?.[1];
    expect(vitestExample).toContain('from "vitest";');
    expect(recipes.get("bun/readme.test.ts")).toBe(
      vitestExample?.replace('from "vitest";', 'from "bun:test";'),
    );
  });

  test.each([
    ["bun test", "bun", /^\s*1 pass\s*$[\s\S]*^\s*0 fail\s*$/m],
    ["deno test", "deno", /^ok \| 1 passed \| 0 failed/m],
  ] as const)("%s", async (_name, id, summary) => {
    const [word, ...args] = recipeCommand(recipes, `${id}/command.sh`);
    expect(word).toBe(id);
    const { stdout, stderr } = await run([bin(`.bin/${id}`), ...args], join(app, id));
    // Bun prints its summary on stderr, Deno on stdout.
    expect(`${stdout}\n${stderr}`).toMatch(summary);
  });
});

test("the README's runtime table names exactly the versions run here", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const table = /^## Runtimes\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
  const rows = table.split("\n").filter((line) => /^\| (Node\.js|Bun|Deno|workerd)\b/.test(line));
  const named = rows.map((row) =>
    row
      .split("|")
      .slice(1, 3)
      .map((cell) => cell.trim())
      .join(" "),
  );
  const expected = Object.values(RUNTIME).map(({ label, version }) => `${label} ${version}`);
  expect(named).toEqual(expected);
});
