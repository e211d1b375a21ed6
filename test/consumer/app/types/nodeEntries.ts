// Types of every Node entry point, checked by tsc with `nodenext` and with `bundler` under strict options.
import { createMockApi, DEMO, type MockApi, type MockApiOptions } from "@tessera/mock";
import { matchOperation, OPERATIONS, type OperationId, validateResponse } from "@tessera/mock/contract";
import { type MockServerSetup, setupMockServer } from "@tessera/mock/node";
import { type MockSession, test as playwrightTest } from "@tessera/mock/playwright";
import { createMockServer, type MockServer, type MockServerOptions } from "@tessera/mock/server";
import { type TesseraFixtures, test as vitestTest } from "@tessera/mock/vitest";
import { createClient, type TesseraClient } from "@tessera/sdk";

const options: MockApiOptions = { seed: "empty", freezeClock: true, config: { tokenLimit: 5 } };
const api: MockApi = createMockApi(options);
const client: TesseraClient = createClient({
  baseUrl: "https://api.tessera.dev",
  token: DEMO.tokens.ada.secret,
  fetch: api.fetch,
});
const response: Response = await api.fetch("https://api.tessera.dev/v1/requester");
const { server }: MockServerSetup = setupMockServer();
const http: MockServer = createMockServer({ port: 0, corsOrigins: ["*"] } satisfies MockServerOptions);
const ids: OperationId[] = OPERATIONS.map((operation) => operation.operationId);
const match = matchOperation("GET", "/v1/tokens");
const problems: string[] =
  match && "operation" in match ? validateResponse(match.operation, 200, null, new Headers(), {}) : [];
vitestTest("typed fixtures", async ({ api: fixtureApi, client: fixtureClient }: TesseraFixtures) => {
  await fixtureApi.reset();
  await fixtureClient.requester.get();
});
playwrightTest("typed session", async ({ mock }: { mock: MockSession }) => {
  await mock.control("clock", { advance: { days: 1 } });
});

// @ts-expect-error a seed is "demo", "empty" or a fixture
createMockApi({ seed: "demo data" });
// @ts-expect-error the clock takes a duration
api.clock.advance("a day");

export { client, http, ids, problems, response, server };
