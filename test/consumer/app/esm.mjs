// A plain Node ES module using every Node entry point of the installed packages.
import { createMockApi, DEMO } from "@tessera/mock";
import { matchOperation, validateResponse } from "@tessera/mock/contract";
import { setupMockServer } from "@tessera/mock/node";
import { createMockServer } from "@tessera/mock/server";
import { createClient } from "@tessera/sdk";

const token = DEMO.tokens.ada.secret;
const results = {};

// In-process: the SDK over api.fetch.
const api = createMockApi();
const ada = createClient({ baseUrl: "https://api.tessera.dev", token, fetch: api.fetch });
results.inProcess = (await ada.requester.get()).email;

// msw/node: the global fetch intercepted.
const { server } = setupMockServer({ baseUrl: "https://api.tessera.dev" });
server.listen({ onUnhandledRequest: "error", onUnhandledFrame: "error" });
const viaMsw = await fetch("https://api.tessera.dev/v1/requester", {
  headers: { authorization: `Bearer ${token}` },
});
results.msw = (await viaMsw.json()).email;
server.close();

// A real port.
const http = createMockServer({ port: 0 });
const { url } = await http.listen();
const viaHttp = await createClient({ baseUrl: url, token }).requester.get();
results.http = viaHttp.email;
await http.close();

// The contract, as tools check traffic against it.
const match = matchOperation("GET", "/v1/requester");
if (!match || !("operation" in match)) throw new Error("GET /v1/requester is not an operation");
results.operation = match.operation.operationId;
results.violations = validateResponse(match.operation, 200, "application/json", new Headers(), {
  nope: true,
}).length;

console.log(JSON.stringify(results));
