import { TesseraError } from "../TesseraError.js";

/**
 * Whether a credential may be sent to `url` (A4): anything but plain `http://`, and plain `http://`
 * only to a loopback host (`localhost`, 127.0.0.0/8, `[::1]`), where the local mock runs.
 */
export function isSecureUrl(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol !== "http:") return true;
  return hostname === "localhost" || hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Refuses to send a credential to `url` unless {@link isSecureUrl} or `allowInsecureHttp` (A4): the
 * one message for both checks, when the client is created and before each attempt.
 */
export function assertSecureUrl(url: string, allowInsecureHttp: boolean | undefined): void {
  if (!allowInsecureHttp && !isSecureUrl(url)) {
    throw new TesseraError(
      `Refusing to send a credential over plain HTTP to ${new URL(url).host} (A4): ` +
        "use https://, or set allowInsecureHttp: true",
    );
  }
}
