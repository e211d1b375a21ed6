import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import { type Connection, normalizeAddress } from "../../handlers/connection.js";

/** Bodies larger than this are not read: the connection gets a 413 at once. */
export const MAX_READ_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {}

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
    return new Request(url, {
      method,
      headers,
      body: body && body.length > 0 ? new Uint8Array(body) : undefined,
    });
  } catch {
    // Fetch refuses some methods outright (CONNECT, TRACE, TRACK).
    throw new MalformedRequest();
  }
}

/**
 * The connection a request arrived on (H4): the peer's address and whether it was TLS. With
 * `trustProxy`, a proxy in front is believed: the first `X-Forwarded-For` address is the caller's
 * and `X-Forwarded-Proto: https` means the client used TLS. Without it, those headers are ignored.
 */
export function connectionOf(req: IncomingMessage, trustProxy = false): Connection {
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
  if (!trustProxy) return { clientAddress: peer, secure };
  const first = (name: string) => req.headersDistinct[name]?.[0]?.split(",")[0]?.trim();
  const forwardedFor = first("x-forwarded-for");
  const forwardedProto = first("x-forwarded-proto")?.toLowerCase();
  return {
    clientAddress: forwardedFor && isIP(forwardedFor) ? normalizeAddress(forwardedFor) : peer,
    secure: forwardedProto === undefined ? secure : forwardedProto === "https",
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_READ_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
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
