/**
 * What a runtime knows about the connection a request arrived on (H4). The local server fills it in
 * from the socket; in-process there is no connection, so the mock's `clientAddress` option stands
 * in for the caller's address and A4 is decided from the request's URL.
 */

/** The connection a request arrived on. */
export interface Connection {
  /** The peer's address, e.g. `127.0.0.1` or `2001:db8::7` (T14's lastUsedIp). */
  clientAddress: string;
  /** Whether the request arrived over TLS, or through a trusted proxy that says it did. */
  secure: boolean;
}

/** An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`, as dual-stack sockets report) as plain IPv4. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? (mapped[1] as string) : address.toLowerCase();
}

/** Whether an address is loopback: 127.0.0.0/8 or ::1 (A4). */
export function isLoopbackAddress(address: string): boolean {
  const normalized = normalizeAddress(address);
  return normalized === "::1" || /^127(\.\d{1,3}){3}$/.test(normalized);
}
