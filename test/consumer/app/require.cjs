// A CommonJS script: require() loads the ES modules (Node 20.19+ and 22.12+ without a flag).
const { createMockApi, DEMO } = require("@tessera/mock");
const { createMockServer } = require("@tessera/mock/server");
const { createClient } = require("@tessera/sdk");

async function main() {
  const api = createMockApi();
  const grace = createClient({
    baseUrl: "https://api.tessera.dev",
    token: DEMO.tokens.grace.secret,
    fetch: api.fetch,
  });
  const http = createMockServer({ port: 0 });
  const { url } = await http.listen();
  const sol = await createClient({ baseUrl: url, token: DEMO.tokens.sol.secret }).requester.get();
  await http.close();
  console.log(JSON.stringify({ inProcess: (await grace.requester.get()).name, http: sol.name }));
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
