/**
 * The client scenario as a Cloudflare Worker (ES module format), run in workerd through Miniflare:
 * every request runs the scenario with the input in the `SCENARIO` binding and answers
 * `{ runtime, steps }`, or 500 with the failure. Bundled with the packed SDK inside, as a Worker
 * is deployed.
 */
import { type ClientScenarioInput, clientScenario } from "./clientScenario.js";
import { runtimeIdentity } from "./runtime.js";

export default {
  async fetch(_request: Request, env: { SCENARIO: ClientScenarioInput }): Promise<Response> {
    try {
      const steps = await clientScenario(env.SCENARIO);
      return Response.json({ runtime: runtimeIdentity(), steps });
    } catch (error) {
      return new Response(error instanceof Error ? (error.stack ?? error.message) : String(error), {
        status: 500,
      });
    }
  },
};
