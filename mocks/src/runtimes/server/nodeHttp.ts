import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import { type Connection, normalizeAddress } from "../../handlers/connection.js";

/**
 * Bodies are kept up to this size. A larger one is read to its end and dropped past the limit, so
 * the client gets its answer instead of a reset connection, and that answer is the pipeline's
 * 413 in E4's order (after the route and HTTPS checks), or the controls' own 413.
 */
export const MAX_READ_BYTES = 1024 * 1024;

const oversized = new WeakSet<Request>();

/** Whether the body of a request built by {@link toFetchRequest} was cut at {@link MAX_READ_BYTES}. */
export const isOversized = (request: Request) => oversized.has(request);

/** The client went away before its request was read (an aborted upload): nothing to answer. */
export class ClientGone extends Error {}

/** A request line or Host header no URL can be made of (E7): answered 400, never 500. */
export class MalformedRequest extends Error {}

/**
 * A Fetch `Request` for a Node request. The URL is built from the Host header and the request
 * target, so in-process rules see what the client addressed; what the connection is (H4) comes
 * from {@link connectionOf}, never from these headers. Every value of a repeated header is kept
 * (Node's `req.headers` silently drops a second `Authorization`), so the pipeline can refuse it.
 */
export async function toFetchRequest(req: IncomingMessage): Promise<Request> {
  let url: URL;
  const headers = new Headers();
  // HTTP/1.1 requires a Host (RFC 9112 §3.2); Node's own check would answer a bare 400.
  if (req.headers.host === undefined && req.httpVersion !== "1.0") throw new MalformedRequest();
  try {
    url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    for (const [name, values] of Object.entries(req.headersDistinct)) {
      for (const value of values ?? []) headers.append(name, value);
    }
  } catch {
    throw new MalformedRequest();
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : await readBody(req);
  try {
    const request = new Request(url, {
      method,
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    });
    if (body && body.length > MAX_READ_BYTES) oversized.add(request);
    return request;
  } catch {
    // Fetch refuses some methods outright (CONNECT, TRACE, TRACK).
    throw new MalformedRequest();
  }
}

/**
 * The connection a request arrived on (H4): the peer's address and whether it was TLS. With
 * `trustProxy`, one proxy in front is believed: the caller is the address it appended last to
 * `X-Forwarded-For` and the protocol the last `X-Forwarded-Proto` value. Anything to the left was
 * sent by the client and proves nothing. Without it, those headers are ignored.
 */
export function connectionOf(req: IncomingMessage, trustProxy = false): Connection {
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  if (!trustProxy) return { clientAddress: peer, secure };
  const last = (name: string) =>
    (req.headersDistinct[name] ?? [])
      .flatMap((value) => value.split(","))
      .map((value) => value.trim())
      .filter((value) => value !== "")
      .at(-1);
  const forwardedFor = last("x-forwarded-for");
  const forwardedProto = last("x-forwarded-proto")?.toLowerCase();
  return {
    clientAddress: forwardedFor && isIP(forwardedFor) ? normalizeAddress(forwardedFor) : peer,
    secure: forwardedProto === undefined ? secure : forwardedProto === "https",
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      const room = MAX_READ_BYTES + 1 - size;
      if (room > 0) chunks.push((chunk as Buffer).subarray(0, room));
      size += Math.min((chunk as Buffer).length, Math.max(room, 0));
    }
  } catch {
    throw new ClientGone();
  }
  return Buffer.concat(chunks);
}

/** Writes a Fetch `Response` to a Node response. */
export async function writeFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  const connection = res.getHeader("connection");
  if (connection !== undefined) headers.connection = String(connection);
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body) res.end(Buffer.from(await response.arrayBuffer()));
  else res.end();
}
