/**
 * The limit for Node on this machine: a bare node:http server that answers every request with one
 * fixed answer, doing no other work. By default the JSON in `--body` (the mock's own requester
 * answer) with 200; with `--answers`, a JSON file mapping a method to `{ status, body }` (the mock's
 * own create and revoke answers, for the write mix), `--body` answering any other method.
 * Usage: `node servers/bareServer.mjs --port <port> --body <file.json> [--answers <file.json>]`.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { port: { type: "string" }, body: { type: "string" }, answers: { type: "string" } },
});

/** @param {number} status @param {string} text */
const answer = (status, text) => {
  const body = Buffer.from(text);
  return {
    status,
    body,
    headers: { "content-type": "application/json", "content-length": String(body.length) },
  };
};
const fallback = answer(200, readFileSync(values.body ?? "", "utf8"));
/** @type {Record<string, { status: number, body: string }>} */
const byMethod = values.answers ? JSON.parse(readFileSync(values.answers, "utf8")) : {};
const answers = new Map(Object.entries(byMethod).map(([method, a]) => [method, answer(a.status, a.body)]));

const server = createServer((request, response) => {
  const { status, headers, body } = answers.get(request.method ?? "GET") ?? fallback;
  // A request body is read to its end before answering, as any server must.
  request.resume();
  request.on("end", () => {
    response.writeHead(status, headers);
    response.end(body);
  });
});
server.keepAliveTimeout = 5000;
server.listen(Number(values.port), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
