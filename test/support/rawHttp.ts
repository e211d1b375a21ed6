/** Raw bytes on a socket, for requests Node's HTTP client will not send (bad Host, repeated headers, ...). */
import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  /** The status line and headers, lower-cased. */
  head: string;
  /** The body, de-chunked. */
  body: string;
}

/** Sends `request` as written to the server at `url` (from `localAddress` when given) and reads the answer to the close. */
export function rawRequest(url: string, request: string, localAddress?: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), localAddress }, () => socket.write(request));
    let text = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk) => {
      text += chunk;
    });
    socket.on("error", reject);
    socket.on("close", () => {
      const at = text.indexOf("\r\n\r\n");
      const head = text.slice(0, at).toLowerCase();
      const body = text.slice(at + 4);
      resolve({
        status: Number(head.split(" ")[1]),
        head,
        body: /transfer-encoding: chunked/.test(head) ? unchunk(body) : body,
      });
    });
  });
}

/** The payload of a chunked body. */
function unchunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const line = rest.indexOf("\r\n");
    const size = Number.parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}
