/**
 * Whether the handlers from `createHandlers` (createHandlers.ts) answer this URL: everything under
 * `/v1/` (below `baseUrl` when one is given). Used to route straight to the pipeline without asking
 * every MSW handler in turn (and without msw at all); it must stay in step with that handler list.
 */
export function answersFor(baseUrl?: string): (url: URL) => boolean {
  if (!baseUrl) return (url) => url.pathname.startsWith("/v1/");
  const base = new URL(baseUrl.replace(/\/+$/, ""));
  const prefix = `${base.pathname.replace(/\/+$/, "")}/v1/`;
  // Worked out once: a URL's `origin` getter builds a new string on every call.
  const { protocol, host } = base;
  return (url) => url.protocol === protocol && url.host === host && url.pathname.startsWith(prefix);
}
