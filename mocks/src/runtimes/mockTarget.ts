/**
 * Where a page's request goes when the Playwright fixture answers `apiUrl` from a mock server: the
 * same path below `apiUrl`'s, and the same query, on `serverUrl`; null for a request not under
 * `apiUrl` (another origin, or a path beside its prefix).
 *
 * @example
 * mockTarget("https://api.example.com/api/v1/tokens?limit=5", "https://api.example.com/api", "http://127.0.0.1:4010");
 * // "http://127.0.0.1:4010/v1/tokens?limit=5"
 */
export function mockTarget(requestUrl: string, apiUrl: string, serverUrl: string): string | null {
  const request = new URL(requestUrl);
  const api = new URL(apiUrl);
  const prefix = api.pathname.replace(/\/+$/, "");
  if (request.origin !== api.origin) return null;
  if (request.pathname !== prefix && !request.pathname.startsWith(`${prefix}/`)) return null;
  return `${serverUrl.replace(/\/+$/, "")}${request.pathname.slice(prefix.length) || "/"}${request.search}`;
}
