/**
 * The contract as another generator reads it (issue 15): @hey-api/openapi-ts, pinned in the root
 * package.json, generates a client from spec/openapi.yaml into test-results/. The client must
 * type-check under strict options, name each schema once (a generator numbers a name that a schema
 * shares with a parameter: `TokenId2`), and authenticate against the mock with the `apiKeyAuth`
 * scheme exactly as the spec describes it (A2), so naming and security regressions fail `pnpm test`.
 */
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createClient as generate } from "@hey-api/openapi-ts";
import { createMockApi, DEMO } from "@tessera/mock";
import ts from "typescript";
import { beforeAll, expect, test } from "vitest";
import { parse } from "yaml";

const SPEC = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
const OUT = fileURLToPath(new URL("../../test-results/hey-api-client/", import.meta.url));

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  // An absolute path: anything else is read as a Hey API registry name, which would be fetched.
  await generate({ input: SPEC, output: { path: OUT }, logs: { level: "silent" } });
}, 120_000);

test("the generated client type-checks under strict options", () => {
  const files = ts.sys.readDirectory(OUT, [".ts"]);
  expect(files.length).toBeGreaterThan(5);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  expect(diagnostics).toEqual([]);
}, 120_000);

test("every schema of the spec keeps its name, and the generator invents none", () => {
  const types = readFileSync(`${OUT}types.gen.ts`, "utf8");
  const exported = [...types.matchAll(/^export type (\w+)/gm)].map((m) => m[1] as string);
  const schemas = Object.keys(parse(readFileSync(SPEC, "utf8")).components.schemas);
  for (const name of schemas) expect(exported, name).toContain(name);
  // A name the generator had to number (TokenId2) means two parts of the spec share one.
  expect(exported.filter((name) => /[A-Za-z]\d+$/.test(name))).toEqual([]);
});

test("A2: given the secret, the generated client authenticates with apiKeyAuth as described", async () => {
  const sdk = await import(/* @vite-ignore */ `${OUT}sdk.gen.ts`);
  const { client } = await import(/* @vite-ignore */ `${OUT}client.gen.ts`);
  const api = createMockApi();
  client.setConfig({ baseUrl: "https://api.tessera.dev", fetch: (request: Request) => api.fetch(request) });
  const secret = DEMO.tokens.ada.secret;
  const schemes: string[] = [];
  const asApiKey = await sdk.getRequester({
    auth: (auth: { type: string }) => {
      schemes.push(auth.type);
      return auth.type === "apiKey" ? secret : undefined;
    },
  });
  expect(schemes).toEqual(["http", "apiKey"]);
  expect(asApiKey.response.status).toBe(200);
  expect(asApiKey.data).toMatchObject({ kind: "user", id: "usr_ada" });
  const asBearer = await sdk.getRequester({ auth: () => secret });
  expect(asBearer.response.status).toBe(200);
  const anonymous = await sdk.reportLeakedCredentials({ body: { credentials: ["tsr_pat_nothing"] } });
  expect(anonymous.response.status).toBe(202);
});
