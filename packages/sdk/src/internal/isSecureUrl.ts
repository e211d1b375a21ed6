/**
 * Whether a credential may be sent to `url` (A4): anything but plain `http://`, and plain `http://`
 * only to a loopback host (`localhost`, 127.0.0.0/8, `[::1]`), where the local mock runs.
 */
export function isSecureUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== "http:") return true;
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}
