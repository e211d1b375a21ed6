/**
 * The API reference at `/docs`: Scalar's standalone bundle served from node_modules (no CDN; this
 * must work offline), pointed at the contract served from `/openapi.json` and `/openapi.yaml`.
 *
 * @note `@scalar/api-reference` is an optional peer of the package (about 240 MB installed), looked
 * up only when `/docs` is asked for; without it `/docs` says how to install it.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DomainError } from "../../domain/errors.js";
import { openapiDocument } from "../../generated/openapiDocument.js";
import { devUtils } from "../../handlers/devUtils.js";
import { problemResponse } from "../../handlers/problem.js";

const SCALAR_SCRIPT = "@scalar/api-reference/browser/standalone.js";
/** The command that installs the API reference (the version the mock is tested with). */
const SCALAR_INSTALL = "npm i -D @scalar/api-reference@1.46.4";
const here = dirname(fileURLToPath(import.meta.url));
// From the build (the package's dist/, where the build copies it) or the sources (mocks/src/runtimes/server).
const SPEC_YAML_CANDIDATES = [join(here, "openapi.yaml"), join(here, "../../../../spec/openapi.yaml")];

/** Scalar's browser bundle: beside this package (its optional peer) or in the current project; null if neither has it. */
function findScalarBundle(): string | null {
  for (const from of [import.meta.url, pathToFileURL(join(process.cwd(), "package.json")).href]) {
    try {
      return createRequire(from).resolve(SCALAR_SCRIPT);
    } catch {
      // not installed there
    }
  }
  return null;
}

const MISSING_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>API reference not installed (Tessera mock)</title>
  </head>
  <body>
    <h1>The API reference is not installed</h1>
    <p>
      <code>/docs</code> shows the contract with Scalar's API reference, an optional peer dependency of
      <code>@tessera/mock</code> (about 240 MB installed, so it is left out unless you ask for it).
      Install it in this project, then restart the server:
    </p>
    <pre>${SCALAR_INSTALL}</pre>
    <p>The contract itself: <a href="/openapi.yaml">/openapi.yaml</a>, <a href="/openapi.json">/openapi.json</a>.</p>
  </body>
</html>
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Tessera API reference (local mock)</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="/docs/scalar.js"></script>
    <script>
      Scalar.createApiReference("#app", {
        url: "/openapi.json",
        servers: [{ url: location.origin, description: "This mock server" }],
        // Offline by design: no web fonts, no "Ask AI" agent or developer toolbar (they call scalar.com).
        withDefaultFonts: false,
        agent: { disabled: true },
        showDeveloperTools: "never",
        telemetry: false,
        defaultOpenAllTags: true,
        metaData: { title: "Tessera API reference" },
      });
    </script>
  </body>
</html>
`;

let scalarPath: string | undefined;
let warned = false;
let script: Promise<Buffer> | undefined;

/**
 * Where Scalar's bundle is (remembered once found); null, with one warning, while it is not
 * installed. Node remembers a package it did not find, so installing it takes a restart.
 */
function scalarBundle(): string | null {
  scalarPath ??= findScalarBundle() ?? undefined;
  if (scalarPath) return scalarPath;
  if (!warned)
    devUtils.warn(
      `/docs needs @scalar/api-reference, which is not installed: ${SCALAR_INSTALL}, then restart.`,
    );
  warned = true;
  return null;
}

/** Answers `/docs`, its script, and the contract; null for other paths. */
export async function handleDocs(path: string): Promise<Response | null> {
  if (path === "/docs" || path === "/docs/") {
    const installed = scalarBundle() !== null;
    return new Response(installed ? PAGE : MISSING_PAGE, {
      status: installed ? 200 : 503,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
  if (path === "/docs/scalar.js") {
    const bundlePath = scalarBundle();
    script ??= bundlePath === null ? undefined : readFile(bundlePath);
    const body = await script?.catch(() => null);
    if (!body) {
      script = undefined;
      return problemResponse(
        new DomainError(
          503,
          "service_unavailable",
          `The API reference's script cannot be read (${SCALAR_INSTALL}); the contract is at /openapi.json.`,
        ),
      );
    }
    return new Response(new Uint8Array(body), {
      headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=3600" },
    });
  }
  if (path === "/openapi.json") return Response.json(openapiDocument);
  if (path === "/openapi.yaml") {
    let yaml: string | null = null;
    for (const candidate of SPEC_YAML_CANDIDATES)
      yaml ??= await readFile(candidate, "utf8").catch(() => null);
    return yaml === null
      ? problemResponse(
          new DomainError(
            404,
            "not_found",
            "spec/openapi.yaml is not available next to this build; use /openapi.json.",
          ),
        )
      : new Response(yaml, { headers: { "content-type": "application/yaml; charset=utf-8" } });
  }
  return null;
}
