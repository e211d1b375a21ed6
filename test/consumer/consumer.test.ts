/**
 * The packages as an app outside this repository gets them: `pnpm pack` both, `npm install` the
 * tarballs into a temporary app under the system's temp folder, and there run the README's examples
 * (vitest, Jest, Playwright), plain Node scripts (ES module and require()), tsc with `nodenext` and
 * `bundler`, a Vite build of a page on `setupMockWorker()` in Chromium, and `npx tessera-mock`.
 * The app's own files are in ./app; the README's examples are copied from the READMEs, so what they
 * show is what runs. Set KEEP_CONSUMER_APP=1 to keep the app for a look afterwards.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "../support/chromium.js";
import { readmeExamples } from "./readmeExamples.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TEMPLATE = fileURLToPath(new URL("./app/", import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const rootManifest = json("package.json");
const mockManifest = json("mocks/package.json");

/** What the app installs from npm besides the tarballs: the workspace's exact versions, on Node 20. */
const PINS = {
  msw: mockManifest.devDependencies.msw,
  vitest: rootManifest.devDependencies.vitest,
  typescript: rootManifest.devDependencies.typescript,
  vite: json("examples/web/package.json").devDependencies.vite,
  "@playwright/test": mockManifest.devDependencies["@playwright/test"],
  jest: "30.5.2",
  "@types/node": "20.19.43",
} as const;
/** DESIGN.md §4 and issue 14: what mock + SDK + msw may weigh installed. */
const INSTALL_BUDGET_MB = 60;
/**
 * What `import("@tessera/mock")` may read of the mock's own files (its bundle, dependencies
 * included): a measure of weight that does not depend on how busy the machine is, unlike a time.
 */
const IMPORT_BUDGET_KB = 1500;

let work: string;
let app: string;
const tarballs: string[] = [];

/** The environment of a process in the app: this run's pnpm, npm, Node and vitest settings left out. */
function appEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    const lower = name.toLowerCase();
    if (/^(vitest|tinypool|npm_package_|npm_lifecycle_|pnpm_)/.test(lower)) continue;
    if (lower.startsWith("npm_config_") && !/^npm_config_(cache|registry|userconfig)$/.test(lower)) continue;
    // NODE_PATH (pnpm's bin shims set it to the workspace's store) would let the app find packages it never installed.
    if (["NODE_ENV", "NODE_OPTIONS", "NODE_PATH", "TEST"].includes(name)) continue;
    env[name] = value;
  }
  return { ...env, NO_COLOR: "1", ...extra };
}

/** Runs a command in the app (or `cwd`) and resolves with its output; rejects with it on failure. */
function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? app,
        env: appEnv(options.env),
        timeout: options.timeout ?? 180_000,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`${command} ${args.join(" ")} failed: ${error.message}\n${stdout}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** Bytes under `dir`, as `du` counts them (blocks on disk), in MB. */
async function diskMB(dir: string): Promise<number> {
  const { stdout } = await run("du", ["-sk", dir], { cwd: work });
  return Number(stdout.split("\t")[0]) / 1024;
}

/** A free loopback port. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  for (const built of ["packages/sdk/dist/index.js", "mocks/dist/cli.js", "mocks/dist/index.d.ts"]) {
    if (!existsSync(join(ROOT, built)))
      throw new Error(`${built} is missing: run \`pnpm build\` first (pnpm test does).`);
  }
  work = mkdtempSync(join(tmpdir(), "tessera-consumer-"));
  app = join(work, "app");
  const packed = join(work, "tarballs");
  for (const pkg of ["packages/sdk", "mocks"]) {
    await run("npx", ["-y", "pnpm@10.34.8", "pack", "--pack-destination", packed], { cwd: join(ROOT, pkg) });
  }
  tarballs.push(...readdirSync(packed).map((name) => join(packed, name)));
  cpSync(TEMPLATE, app, { recursive: true });
  for (const [path, code] of readmeExamples(ROOT)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), code);
  }
}, 180_000);

afterAll(() => {
  if (work && !process.env.KEEP_CONSUMER_APP) rmSync(work, { recursive: true, force: true });
  else if (work) console.info(`consumer app kept in ${app}`);
});

describe("an app outside the workspace", () => {
  test(`npm installs the tarballs and msw in under ${INSTALL_BUDGET_MB} MB, without the docs page's Scalar`, async () => {
    expect(tarballs.map((path) => path.replace(/.*\//, "")).sort()).toEqual([
      "tessera-mock-0.1.0.tgz",
      "tessera-sdk-0.1.0.tgz",
    ]);
    await run("npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "--save-exact",
      "-D",
      ...tarballs,
      `msw@${PINS.msw}`,
    ]);
    const lock = JSON.parse(readFileSync(join(app, "package-lock.json"), "utf8"));
    // The SDK the mock depends on is the tarball, never a package of that name from the registry.
    for (const name of ["@tessera/sdk", "@tessera/mock"]) {
      expect(lock.packages[`node_modules/${name}`].resolved, name).toMatch(/^file:.*\.tgz$/);
    }
    expect(Object.keys(lock.packages).filter((path) => path.includes("@tessera/sdk"))).toHaveLength(1);
    expect(existsSync(join(app, "node_modules/@scalar"))).toBe(false);
    expect(existsSync(join(app, "node_modules/@tessera/mock/src"))).toBe(false);
    const mb = await diskMB(join(app, "node_modules"));
    console.info(`consumer: @tessera/mock + @tessera/sdk + msw ${PINS.msw} installed: ${mb.toFixed(1)} MB`);
    expect(mb).toBeLessThan(INSTALL_BUDGET_MB);
  });

  test("a plain Node ES module uses every Node entry point", async () => {
    const { stdout } = await run("node", ["esm.mjs"]);
    expect(JSON.parse(stdout)).toEqual({
      inProcess: "ada@acme.test",
      msw: "ada@acme.test",
      http: "ada@acme.test",
      operation: "getRequester",
      violations: expect.any(Number),
    });
    expect(JSON.parse(stdout).violations).toBeGreaterThan(0);
  });

  test('import("@tessera/mock") in plain Node loads the mock\'s bundle, msw and the SDK, nothing heavy', async () => {
    const { stdout } = await run("node", ["importWeight.mjs", "@tessera/mock"]);
    const { ms, files } = JSON.parse(stdout) as { ms: number; files: { path: string; bytes: number }[] };
    const packageOf = (path: string) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? "(app)";
    const byPackage = new Map<string, number>();
    for (const { path, bytes } of files)
      byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + bytes);
    const kB = (bytes: number) => Math.round(bytes / 1024);
    // Informational only: an import's time depends on the machine (the bench measures time).
    console.info(
      `consumer: import("@tessera/mock") loaded ${files.length} files, ${kB(files.reduce((sum, f) => sum + f.bytes, 0))} kB ` +
        `in ${ms} ms: ${[...byPackage].map(([name, bytes]) => `${name} ${kB(bytes)} kB`).join(", ")}`,
    );
    // Issue 14: the docs UI (Scalar) and the server's logger are optional and never loaded by an import.
    expect([...byPackage.keys()].filter((name) => /^@scalar\/|^pino/.test(name))).toEqual([]);
    // Its own code is a few bundled files (its dependencies are inside them), not a dependency tree.
    expect(kB(byPackage.get("@tessera/mock") ?? 0)).toBeLessThan(IMPORT_BUDGET_KB);
    expect([...byPackage.keys()].sort()).toEqual(
      expect.arrayContaining(["@tessera/mock", "@tessera/sdk", "msw"]),
    );
  });

  test("require() loads both packages (Node's require(esm))", async () => {
    const { stdout } = await run("node", ["require.cjs"]);
    expect(JSON.parse(stdout)).toEqual({ inProcess: "Grace Hopper", http: "Sol Park" });
  });

  test("npx tessera-mock answers the curl line it prints, /openapi.yaml and /docs", async () => {
    await withCli(async (banner) => {
      const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1] as string;
      const curl = /^\s*(curl .*)$/m.exec(banner)?.[1] as string;
      expect(curl).toContain(`${url}/v1/requester`);
      const { stdout } = await run("sh", ["-c", curl]);
      expect(JSON.parse(stdout)).toMatchObject({ email: "ada@acme.test", kind: "user" });

      const yaml = await fetch(`${url}/openapi.yaml`);
      expect(yaml.status).toBe(200);
      expect(await yaml.text()).toBe(readFileSync(join(ROOT, "spec/openapi.yaml"), "utf8"));

      // Without the optional peer, /docs says how to install it.
      const missing = await fetch(`${url}/docs`);
      expect(missing.status).toBe(503);
      expect(missing.headers.get("content-type")).toContain("text/html");
      expect(await missing.text()).toContain("npm i -D @scalar/api-reference@");
      expect((await fetch(`${url}/docs/scalar.js`)).status).toBe(503);
    });

    // Installed (the workspace's copy, linked in to save downloading 240 MB again), it is served.
    const scalar = join(ROOT, "mocks/node_modules/@scalar/api-reference");
    mkdirSync(join(app, "node_modules/@scalar"), { recursive: true });
    symlinkSync(scalar, join(app, "node_modules/@scalar/api-reference"), "dir");
    try {
      await withCli(async (banner) => {
        const url = /listening on (http:\/\/\S+)/.exec(banner)?.[1] as string;
        const page = await fetch(`${url}/docs`);
        expect(page.status).toBe(200);
        expect(await page.text()).toContain("/docs/scalar.js");
        const script = await fetch(`${url}/docs/scalar.js`);
        expect(script.status).toBe(200);
        expect(script.headers.get("content-type")).toContain("javascript");
        expect((await script.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
      });
    } finally {
      rmSync(join(app, "node_modules/@scalar"), { recursive: true, force: true });
    }
  });

  test("installs the test tools: vitest, Jest, TypeScript, Vite, Playwright", async () => {
    const tools = Object.entries(PINS).filter(([name]) => name !== "msw");
    await run("npm", [
      "install",
      "--no-audit",
      "--no-fund",
      "-D",
      ...tools.map(([name, v]) => `${name}@${v}`),
    ]);
  });

  test("the README's vitest examples and the fixture run", async () => {
    await run("npx", ["vitest", "run", "--reporter=json", "--outputFile=vitest-results.json"]);
    const results = JSON.parse(readFileSync(join(app, "vitest-results.json"), "utf8"));
    const files = results.testResults.map((file: { name: string }) => file.name.slice(app.length + 1)).sort();
    expect(files).toEqual(
      [...readmeExamples(ROOT).keys()]
        .filter((path) => path.startsWith("vitest/"))
        .concat("vitest/isolation.test.ts")
        .sort(),
    );
    expect(results.numFailedTests).toBe(0);
    expect(results.numPassedTests).toBe(results.numTotalTests);
    expect(results.numPassedTests).toBeGreaterThanOrEqual(files.length - 1 + 3); // isolation.test.ts has 3
  });

  test("tsc accepts the packages under nodenext and under bundler, with strict options", async () => {
    const projects = ["tsconfig.nodenext.json", "tsconfig.bundler.json"];
    const results = await Promise.all(projects.map(typeErrors));
    for (const [i, { ours, others }] of results.entries()) {
      expect(ours, projects[i]).toEqual([]);
      if (others > 0)
        console.info(`consumer: ${projects[i]}: ${others} errors in other packages' declarations`);
    }
  });

  test("the README's Jest recipe runs", async () => {
    const [command, ...args] = readmeJestCommand();
    await run(command as string, [...args, "--ci", "--json", "--outputFile=jest-results.json", "jest/"], {
      env: { NODE_OPTIONS: "--experimental-vm-modules" },
    });
    const results = JSON.parse(readFileSync(join(app, "jest-results.json"), "utf8"));
    expect(results.numFailedTests).toBe(0);
    expect(results.numPassedTests).toBeGreaterThan(0);
  });

  test("a Vite build of a page on setupMockWorker() runs in Chromium", async () => {
    await run("npx", ["msw", "init", "web/public", "--no-save"]);
    await run("npx", ["vite", "build", "web", "--logLevel", "warn"]);
    const server = await serveStatic(join(app, "web/dist"));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect.poll(() => page.textContent("#who"), { timeout: 20_000 }).toBe("Ada Lovelace");
      expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
        /mockServiceWorker\.js$/,
      );
    } finally {
      await browser.close();
      server.close();
    }
  });

  test("the Playwright fixture: a mock server per worker, a session per test", async () => {
    const port = String(await freePort());
    const { stdout } = await run("npx", ["playwright", "test", "--reporter=json"], {
      env: { APP_PORT: port, CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    });
    const report = JSON.parse(stdout);
    expect(report.stats.unexpected).toBe(0);
    expect(report.stats.expected).toBeGreaterThanOrEqual(3);
    expect(report.errors).toEqual([]);
  });
});

/**
 * tsc's errors for `project`: those in the app's files and in our packages' declarations, and the
 * number in other packages' (`skipLibCheck` is off, and msw's and Playwright's declarations need the
 * DOM library that a Node project leaves out: theirs to fix, not a fault of ours).
 */
async function typeErrors(project: string): Promise<{ ours: string[]; others: number }> {
  const output = await run("npx", ["tsc", "-p", project, "--pretty", "false"]).then(
    ({ stdout }) => stdout,
    (error: Error) => error.message,
  );
  const errors = output.split("\n").filter((line) => /^\S.*\(\d+,\d+\): error TS\d+/.test(line));
  const ours = errors.filter(
    (line) => !line.startsWith("node_modules/") || line.startsWith("node_modules/@tessera/"),
  );
  if (errors.length === 0 && /failed/.test(output.split("\n")[0] ?? "")) return { ours: [output], others: 0 };
  return { ours, others: errors.length - ours.length };
}

/**
 * Runs `npx tessera-mock --port 0` in the app, hands `use` its banner (which ends in the curl line),
 * then stops it: npx does not pass signals on, so the whole process group (npx, the server) is ended.
 */
async function withCli(use: (banner: string) => Promise<void>): Promise<void> {
  const cli = spawn("npx", ["tessera-mock", "--port", "0"], { cwd: app, env: appEnv(), detached: true });
  const exited = new Promise((resolve) => cli.on("exit", resolve));
  try {
    await use(await bannerOf(cli));
  } finally {
    try {
      process.kill(-(cli.pid as number), "SIGTERM");
    } catch {
      // already gone
    }
    await exited;
  }
}

/** Resolves with what the CLI printed once its banner (ending in the curl line) is out. */
function bannerOf(cli: ChildProcess): Promise<string> {
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tessera-mock did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/curl .*\n/.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    cli.stdout?.on("data", read);
    cli.stderr?.on("data", read);
    cli.on("exit", (code) => reject(new Error(`tessera-mock exited with ${code}:\n${output}`)));
  });
}

/** The command the README gives for Jest (`NODE_OPTIONS=... npx jest`), without its environment. */
function readmeJestCommand(): string[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const line = /^NODE_OPTIONS=--experimental-vm-modules (npx jest)\s*$/m.exec(readme);
  if (!line) throw new Error("README.md no longer gives `NODE_OPTIONS=--experimental-vm-modules npx jest`");
  return (line[1] as string).split(" ");
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
};

/** Serves `dir` on a free loopback port (what a static host does with a Vite build). */
async function serveStatic(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}
