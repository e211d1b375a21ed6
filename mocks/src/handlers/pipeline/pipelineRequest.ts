/**
 * What the pipeline reads of a request. A Fetch `Request` has all of it (in-process, under MSW);
 * the local server passes a lighter stand-in for API calls (`nodeHttp.ts`), without the stream,
 * `AbortSignal` and header validation a `Request` costs on every call.
 */
export interface PipelineRequest {
  readonly method: string;
  /** The absolute URL the client addressed. */
  readonly url: string;
  /** `url` already parsed, when the runtime has it (the local server); never changed by the pipeline. */
  readonly parsedUrl?: URL;
  readonly headers: { get(name: string): string | null };
  /** The whole body (empty when there is none). */
  arrayBuffer(): Promise<ArrayBuffer>;
  /**
   * The whole body, when the runtime already holds it (the local server, which has read it to
   * its end): the pipeline takes it as it is, without a copy or a promise (issue 17).
   */
  readonly heldBody?: Uint8Array;
}
