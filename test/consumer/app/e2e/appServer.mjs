// Serves e2e/app.html at / on the port given: the app under test, which calls https://api.tessera.dev.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const page = readFileSync(new URL("./app.html", import.meta.url));
createServer((_request, response) =>
  response.writeHead(200, { "content-type": "text/html" }).end(page),
).listen(Number(process.argv[2]), "127.0.0.1");
