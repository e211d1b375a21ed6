/**
 * Entry point of the client scenario on Node, Bun and Deno: `<runtime> client.mjs '<input JSON>'`
 * prints one JSON line `{ runtime, steps }` and exits 0, or prints the failure and exits 1. The
 * matrix bundles it with `@tessera/sdk` left as an import, resolved from the packed tarball.
 */
import { type ClientScenarioInput, clientScenario } from "./clientScenario.js";
import { runtimeIdentity, scriptArguments } from "./runtime.js";

const input = JSON.parse(scriptArguments()[0] ?? "{}") as ClientScenarioInput;
const steps = await clientScenario(input);
console.log(JSON.stringify({ runtime: runtimeIdentity(), steps }));
