/**
 * The limit for Node on this machine: a bare node:http server that answers every request with one
 * fixed JSON body (the mock's own requester answer, passed in a file), doing no other work.
 * Usage: `node servers/bareServer.mjs --port <port> --body <file.json>`.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { port: { type: "string" }, body: { type: "string" } } });
const body = Buffer.from(readFileSync(values.body ?? "", "utf8"));
const headers = { "content-type": "application/json", "content-length": String(body.length) };

const server = createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.keepAliveTimeout = 5000;
server.listen(Number(values.port), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
