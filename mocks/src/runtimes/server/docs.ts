/**
 * The API reference at `/docs`: Scalar's standalone bundle served from node_modules (no CDN; this
 * must work offline), pointed at the contract served from `/openapi.json` and `/openapi.yaml`.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DomainError } from "../../domain/errors.js";
import { openapiDocument } from "../../generated/openapiDocument.js";
import { problemResponse } from "../../handlers/problem.js";

const SCALAR_BUNDLE = createRequire(import.meta.url).resolve("@scalar/api-reference/browser/standalone.js");
const here = dirname(fileURLToPath(import.meta.url));
// From the sources (mocks/src/runtimes/server) or the build (mocks/dist).
const SPEC_YAML_CANDIDATES = [
  join(here, "../../../../spec/openapi.yaml"),
  join(here, "../../spec/openapi.yaml"),
];

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

let bundle: Promise<Buffer> | undefined;

/** Answers `/docs`, its script, and the contract; null for other paths. */
export async function handleDocs(path: string): Promise<Response | null> {
  if (path === "/docs" || path === "/docs/") {
    return new Response(PAGE, { headers: { "content-type": "text/html; charset=utf-8" } });
  }
  if (path === "/docs/scalar.js") {
    bundle ??= readFile(SCALAR_BUNDLE);
    const script = await bundle.catch(() => null);
    if (script === null) {
      bundle = undefined;
      return problemResponse(
        new DomainError(
          503,
          "service_unavailable",
          "The API reference's script cannot be read; use /openapi.json.",
        ),
      );
    }
    return new Response(new Uint8Array(script), {
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
