// Checks of the packed @tessera/mock (run after `tsup`, by `check:package`): the tarball holds what
// runs and nothing else, every import in it resolves for an installer, and the entries a browser may
// load never reach a Node built-in.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { dirname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** The environment for npm: pnpm's own settings (which npm warns about) left out. */
const npmEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const [pack] = JSON.parse(
  execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8", env: npmEnv() }),
);
const files = new Set(pack.files.map((file) => file.path));

// What ships: the build, the spec the server answers /openapi.yaml with, README, LICENSE and the
// licenses of the code the build bundles.
for (const required of [
  "package.json",
  "README.md",
  "LICENSE",
  "dist/cli.js",
  "dist/openapi.yaml",
  "dist/THIRD-PARTY-NOTICES.md",
]) {
  assert.ok(files.has(required), `${required} is missing from the tarball`);
}
for (const file of files) {
  assert.ok(!file.startsWith("src/"), `${file}: sources are not shipped`);
  assert.ok(!/\.map$/.test(file), `${file}: source maps are not shipped`);
  assert.ok(!/(?<!\.d)\.ts$/.test(file), `${file}: TypeScript sources are not shipped`);
  assert.ok(!/testService/.test(file), `${file}: test helpers are not shipped`);
}
for (const [entry, target] of Object.entries(manifest.exports)) {
  const paths = typeof target === "string" ? [target] : Object.values(target).filter(Boolean);
  for (const path of paths)
    assert.ok(files.has(normalize(path)), `${entry} -> ${path} is not in the tarball`);
  if (typeof target !== "string") {
    assert.equal(Object.keys(target)[0], "types", `${entry}: "types" comes first`);
    assert.ok(
      target.types.endsWith(".d.ts") && target.default.endsWith(".js"),
      `${entry}: built types and code`,
    );
  }
}
assert.match(
  readFileSync(join(root, "dist/cli.js"), "utf8"),
  /^#!\/usr\/bin\/env node\n/,
  "cli.js starts with a shebang",
);

// Every bare import of the shipped code and types is a dependency, a peer or a Node built-in.
const declared = new Set([
  ...Object.keys(manifest.dependencies ?? {}),
  ...Object.keys(manifest.peerDependencies ?? {}),
]);
const packageOf = (specifier) =>
  specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
const isBuiltin = (specifier) => specifier.startsWith("node:") || builtinModules.includes(specifier);
/** What `file` imports, statically (`import ... from`, `export ... from`, `import "x"`) and with `import()`. */
const importsOf = (file, { dynamic = true } = {}) =>
  [
    ...readFileSync(join(root, file), "utf8").matchAll(
      /^\s*(?:import|export)\b[^"';]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm,
    ),
  ].flatMap((match) => match[1] ?? match[2] ?? (dynamic ? match[3] : undefined) ?? []);
const library = [...files].filter((file) => /^dist\/(?!cli)[^/]+\.(js|d\.ts)$/.test(file));
for (const file of library) {
  for (const specifier of importsOf(file)) {
    if (specifier.startsWith(".")) {
      // A declaration file's `./x.js` is `./x.d.ts`.
      const target = normalize(join(dirname(file), specifier)).replace(
        /\.js$/,
        file.endsWith(".d.ts") ? ".d.ts" : ".js",
      );
      assert.ok(files.has(target), `${file} imports ${specifier}, which is not in the tarball`);
    } else if (!isBuiltin(specifier)) {
      assert.ok(declared.has(packageOf(specifier)), `${file} imports ${specifier}, not a dependency or peer`);
    }
  }
}

// The entries a browser may load (no `browser: null` condition) reach no Node built-in.
const nodeOnly = (file, seen = new Set()) => {
  if (seen.has(file)) return null;
  seen.add(file);
  for (const specifier of importsOf(file)) {
    if (isBuiltin(specifier)) return `${file} imports ${specifier}`;
    if (!specifier.startsWith(".")) continue;
    const found = nodeOnly(normalize(join(dirname(file), specifier)), seen);
    if (found) return found;
  }
  return null;
};
for (const [entry, target] of Object.entries(manifest.exports)) {
  if (typeof target === "string" || target.browser === null) continue;
  const found = nodeOnly(normalize(target.default));
  assert.equal(found, null, `${entry} may load in a browser, but ${found}`);
}

// Ajv's compiler (a tenth of the server's cold start) is loaded only by what compiles schemas at run
// time (a control's body, a response checked against the contract), never by the code that starts
// the server or the library: requests and fixtures are checked by code Ajv generated beforehand.
const staticGraph = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const specifier of importsOf(file, { dynamic: false }))
    if (specifier.startsWith(".")) staticGraph(normalize(join(dirname(file), specifier)), seen);
  return seen;
};
const startFiles = [...files].filter((file) =>
  /^dist\/(index|cli|cli-createMockServer-[^/]+)\.js$/.test(file),
);
assert.equal(startFiles.length, 3, `the start entries are in the tarball: ${startFiles.join(", ")}`);
for (const start of startFiles) {
  for (const file of staticGraph(start)) {
    assert.ok(
      !readFileSync(join(root, file), "utf8").includes("ajv/dist/compile/"),
      `${start} loads ${file}, which holds Ajv's compiler`,
    );
  }
}

// The built entry answers a request, imported and required (require(esm), Node 20.19+).
const secret = "tsr_pat_AdaLovelaceDemoPersonalToken013v7KbY";
for (const [how, load] of [
  ["import", () => import(join(root, "dist/index.js"))],
  ["require", async () => createRequire(import.meta.url)("../dist/index.js")],
]) {
  const { createMockApi, DEMO } = await load();
  assert.equal(DEMO.tokens.ada.secret, secret);
  const api = createMockApi();
  const response = await api.fetch("https://api.tessera.dev/v1/requester", {
    headers: { authorization: `Bearer ${secret}` },
  });
  assert.equal(response.status, 200, `${how}: GET /v1/requester`);
  assert.equal((await response.json()).email, "ada@acme.test");
}
console.log(
  `@tessera/mock tarball: ${files.size} files, ${(pack.size / 1024).toFixed(0)} kB packed, ` +
    `${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked; imports resolve; browser entries use no Node built-in`,
);
