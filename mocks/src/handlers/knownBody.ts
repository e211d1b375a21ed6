/**
 * The text of a response the mock built from a string, kept beside it, so the local server can
 * write it as is (with its length) instead of reading the `Response` body back through a stream.
 */
const bodies = new WeakMap<Response, string>();

/** A response with `text` as its body, remembered. */
export function textResponse(text: string, init: ResponseInit): Response {
  const response = new Response(text, init);
  bodies.set(response, text);
  return response;
}

/** The body text of a response made by {@link textResponse} and not read since, if any. */
export function knownBody(response: Response): string | undefined {
  return response.bodyUsed ? undefined : bodies.get(response);
}
