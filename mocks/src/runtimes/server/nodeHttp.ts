import type { IncomingMessage, ServerResponse } from "node:http";
import { isIP } from "node:net";
import type { Answer } from "../../handlers/answer.js";
import { type Connection, normalizeAddress } from "../../handlers/connection.js";
import type { PipelineRequest } from "../../handlers/pipeline/pipelineRequest.js";

/**
 * Bodies are kept up to this size. A larger one is read to its end and dropped past the limit, so
 * the client gets its answer instead of a reset connection, and that answer is the pipeline's
 * 413 in E4's order (after the route and HTTPS checks), or the controls' own 413.
 */
export const MAX_READ_BYTES = 1024 * 1024;

const oversized = new WeakSet<Request>();

/** Whether the body of a request built by {@link fetchRequestOf} was cut at {@link MAX_READ_BYTES}. */
export const isOversized = (request: Request) => oversized.has(request);

/** The client went away before its request was read (an aborted upload): nothing to answer. */
export class ClientGone extends Error {}

/** A request line or Host header no URL can be made of (E7): answered 400, never 500. */
export class MalformedRequest extends Error {}

/** A Node request read whole: its URL, every header value, and its body. */
export interface ReadRequest {
  method: string;
  /** The absolute URL, from the Host header and the request target. */
  url: string;
  /** `url`, parsed. */
  parsedUrl: URL;
  /**
   * Every header as sent, `[name, value, ...]` (Node's `rawHeaders`): every value of a repeated
   * one is there, and lookups read this list rather than a `headersDistinct` object of arrays
   * made for every request (issue 17).
   */
  rawHeaders: readonly string[];
  /** The body, cut at {@link MAX_READ_BYTES} + 1 bytes; empty for GET and HEAD. */
  body: Buffer;
}

const EMPTY = Buffer.alloc(0);
/** Methods Fetch refuses to make a `Request` with; refused the same way on both paths. */
const FORBIDDEN_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * Reads a Node request whole. The URL is built from the Host header and the request target, so
 * in-process rules see what the client addressed; what the connection is (H4) comes from
 * {@link connectionOf}, never from these headers. Every value of a repeated header is kept (Node's
 * `req.headers` silently drops a second `Authorization`), so the pipeline can refuse it.
 */
export function readRequest(req: IncomingMessage): ReadRequest | Promise<ReadRequest> {
  // HTTP/1.1 requires a Host (RFC 9112 §3.2); Node's own check would answer a bare 400.
  if (req.headers.host === undefined && req.httpVersion !== "1.0") throw new MalformedRequest();
  const method = req.method ?? "GET";
  if (FORBIDDEN_METHODS.has(method)) throw new MalformedRequest();
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  } catch {
    throw new MalformedRequest();
  }
  const read: ReadRequest = {
    method,
    url: parsedUrl.href,
    parsedUrl,
    rawHeaders: req.rawHeaders,
    body: EMPTY,
  };
  // A request without a body (a DELETE, most POSTs of controls) is read whole already: it is
  // answered without waiting for its end (four listeners and a promise per request; issue 17).
  if (method === "GET" || method === "HEAD" || !carriesBody(req)) return read;
  return readBody(req).then((body) => {
    read.body = body;
    return read;
  });
}

/**
 * Whether a request has a body to read (RFC 9112 §6.3): a Transfer-Encoding, or a Content-Length
 * other than 0. Without either, its message ended with its headers.
 */
function carriesBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0");
}

/** A Fetch `Request` of a read request (for the controls, the docs, and MSW overrides). */
export function fetchRequestOf(read: ReadRequest): Request {
  try {
    const headers = new Headers();
    const raw = read.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
    const request = new Request(read.url, {
      method: read.method,
      headers,
      body: read.body.length > 0 ? new Uint8Array(read.body) : undefined,
    });
    if (read.body.length > MAX_READ_BYTES) oversized.add(request);
    return request;
  } catch {
    throw new MalformedRequest();
  }
}

/**
 * The same request as the API pipeline reads it (`PipelineRequest`): header lookups straight from
 * Node's parsed headers (repeated values joined with ", ", as `Headers.get` does), the body as
 * read. It skips what a Fetch `Request` costs per call (a stream, an `AbortSignal`, header
 * copies); Node's parser has already refused what `Headers` would.
 */
export function pipelineRequestOf(read: ReadRequest): PipelineRequest {
  return new NodePipelineRequest(read);
}

/**
 * A class, its methods shared, rather than an object of closures made for every request; the
 * body goes to the pipeline as it is held (`heldBody`), without a promise (issue 17).
 */
class NodePipelineRequest implements PipelineRequest {
  readonly method: string;
  readonly url: string;
  readonly parsedUrl: URL;
  readonly headers: NodeHeaders;
  readonly heldBody: Buffer;

  constructor(read: ReadRequest) {
    this.method = read.method;
    this.url = read.url;
    this.parsedUrl = read.parsedUrl;
    this.headers = new NodeHeaders(read.rawHeaders);
    this.heldBody = read.body;
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.heldBody;
    return body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer;
  }
}

/** `Headers.get` over Node's raw list: every value of the name, in order, joined with ", ". */
class NodeHeaders {
  constructor(private readonly raw: readonly string[]) {}

  get(name: string): string | null {
    const wanted = name.toLowerCase();
    const { raw } = this;
    let found: string | null = null;
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const key = raw[i] as string;
      if (key.length !== wanted.length || key.toLowerCase() !== wanted) continue;
      const value = raw[i + 1] as string;
      found = found === null ? value : `${found}, ${value}`;
    }
    return found;
  }
}

const socketConnections = new WeakMap<object, Connection>();

/**
 * The connection a request arrived on (H4): the peer's address and whether it was TLS. With
 * `trustProxy`, one proxy in front is believed: the caller is the address it appended last to
 * `X-Forwarded-For` and the protocol the last `X-Forwarded-Proto` value. Anything to the left was
 * sent by the client and proves nothing. Without it, those headers are ignored.
 */
export function connectionOf(req: IncomingMessage, trustProxy = false): Connection {
  if (!trustProxy) {
    // The socket's alone: worked out once per connection, not for each request on it (issue 17).
    let known = socketConnections.get(req.socket);
    if (!known) {
      known = Object.freeze({
        clientAddress: normalizeAddress(req.socket.remoteAddress ?? ""),
        secure: (req.socket as { encrypted?: boolean }).encrypted === true,
      });
      socketConnections.set(req.socket, known);
    }
    return known;
  }
  const peer = normalizeAddress(req.socket.remoteAddress ?? "");
  const secure = (req.socket as { encrypted?: boolean }).encrypted === true;
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

/**
 * The body, read with the stream's events (an async iterator costs a few objects and promise turns
 * per request: issue 17). A client gone before the end rejects with {@link ClientGone}. Plain
 * listeners, not `once` ones (a wrapper and its state each): settling twice does nothing.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      const room = MAX_READ_BYTES + 1 - size;
      if (room <= 0) return;
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(kept);
      size += kept.length;
    });
    let ended = false;
    req.on("end", () => {
      ended = true;
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size));
    });
    // Closed before its end: the client went away. (The error is made only then: an Error
    // captures a stack, too dear for every request's "close".)
    const gone = () => {
      if (!ended) reject(new ClientGone());
    };
    req.on("error", gone);
    req.on("close", gone);
  });
}

/**
 * Writes an answer to a Node response, with its `Content-Length` (never chunked: the whole body
 * is known), and no Fetch `Response` in between. `extra` headers (CORS) replace the answer's own.
 * The headers go to Node as one flat `[name, value, ...]` list, built once (no header object is
 * copied per answer: issue 17); names are lowercase throughout.
 */
export function writeAnswer(
  res: ServerResponse,
  answer: Answer,
  extra?: Readonly<Record<string, string>> | null,
): void {
  const flat: string[] = [];
  const own = answer.headers;
  const connection = res.getHeader("connection");
  for (const name in own) {
    // The length is the body's own (an override's Response may carry one too).
    if (name === "content-length" || (extra && name in extra)) continue;
    if (name === "connection" && connection !== undefined) continue;
    flat.push(name, own[name] as string);
  }
  if (extra) for (const name in extra) flat.push(name, extra[name] as string);
  if (connection !== undefined) {
    res.removeHeader("connection");
    flat.push("connection", String(connection));
  }
  const { body } = answer;
  if (body === null) {
    // No body: said so, rather than an empty chunked one (204 and 304 carry no length at all).
    if (answer.status !== 204 && answer.status !== 304) flat.push("content-length", "0");
    res.writeHead(answer.status, flat);
    res.end();
    return;
  }
  flat.push("content-length", String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength));
  res.writeHead(answer.status, flat);
  res.end(body);
}
