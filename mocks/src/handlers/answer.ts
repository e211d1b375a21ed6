/**
 * What the mock answers a request with, before a runtime turns it into its own kind of response:
 * a status, headers (names in lowercase) and the body. The local server writes it to the socket as
 * it is, with its `Content-Length`; a Fetch `Response` is built only where a caller needs one
 * (`api.fetch`, `api.respond`, the MSW handlers). Building a `Response` (its stream, its `Headers`)
 * and reading it back was the largest cost of an HTTP call after the socket write (issue 17).
 */
export interface Answer {
  /** The HTTP status; 0 for {@link DROPPED}. */
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** The body: text the mock wrote, bytes an override returned, or none. */
  readonly body: string | Uint8Array | null;
}

/** The answer to a request whose connection is dropped (an injected network fault): none. */
export const DROPPED: Answer = Object.freeze({ status: 0, headers: Object.freeze({}), body: null });

/** A Fetch `Response` of an answer (`Response.error()` for {@link DROPPED}). */
export function toFetchResponse(answer: Answer): Response {
  if (answer.status === 0) return Response.error();
  return new Response(answer.body as BodyInit | null, { status: answer.status, headers: answer.headers });
}

/** The answer a Fetch `Response` gives (an override's, a control's, the docs'), body read whole. */
export async function answerOf(response: Response): Promise<Answer> {
  if (response.type === "error") return DROPPED;
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = response.body ? new Uint8Array(await response.arrayBuffer()) : null;
  return { status: response.status, headers, body };
}
