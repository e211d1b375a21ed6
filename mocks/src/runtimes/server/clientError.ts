import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { DomainError } from "../../domain/errors.js";
import { problemAnswer } from "../../handlers/problem.js";

/** Node's parser and timer errors, by code, and the answer each gets. */
function refusalFor(code: string | undefined): DomainError {
  if (code === "HPE_HEADER_OVERFLOW")
    return new DomainError(431, "invalid_request", "The request's headers are too large.");
  if (code === "ERR_HTTP_REQUEST_TIMEOUT")
    return new DomainError(408, "request_timeout", "The request was not received in time.");
  return new DomainError(400, "invalid_request", "The request could not be parsed as HTTP/1.1.");
}

/**
 * The `clientError` listener: a request Node cannot parse at all (a bad request line, a header
 * with a control character, headers too large) or did not receive in time still gets a problem
 * document with `X-Request-Id` (E2, E3, E7), not Node's bare status line. The connection closes.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const answer = problemAnswer(refusalFor(error.code));
  const body = String(answer.body);
  const head = [`HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status] ?? ""}`];
  for (const [name, value] of Object.entries(answer.headers)) head.push(`${name}: ${value}`);
  head.push(`content-length: ${Buffer.byteLength(body)}`, "connection: close");
  socket.end(`${head.join("\r\n")}\r\n\r\n${body}`);
}
