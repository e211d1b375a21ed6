// What `import(name)` loads in a fresh Node process: every file (its path and size on disk), as
// JSON on stdout. A module hook (node:module register, Node 20.6+) reports each file it loads.
import { statSync } from "node:fs";
import { register } from "node:module";
import { fileURLToPath } from "node:url";
import { MessageChannel } from "node:worker_threads";

const hooks = `
let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) {
  const result = await next(url, context);
  if (url.startsWith("file:")) port.postMessage(url);
  return result;
}`;
const { port1, port2 } = new MessageChannel();
const urls = new Set();
port1.on("message", (url) => urls.add(url));
register(`data:text/javascript,${encodeURIComponent(hooks)}`, {
  data: { port: port2 },
  transferList: [port2],
});
const started = performance.now();
await import(process.argv[2] ?? "");
const ms = Math.round(performance.now() - started);
// The hook thread's last messages arrive after the import settles.
await new Promise((resolve) => setTimeout(resolve, 100));
port1.close();
const files = [...urls].map((url) => {
  const path = fileURLToPath(url);
  return { path, bytes: statSync(path).size };
});
console.log(JSON.stringify({ ms, files }));
