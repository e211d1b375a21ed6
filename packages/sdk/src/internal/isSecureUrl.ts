import { TesseraError } from "../TesseraError.js";

/**
 * Refuses to send a credential to `url` (A4) unless `allowInsecureHttp`: anything but plain
 * `http://` is fine, and plain `http://` only to a loopback host (`localhost`, 127.0.0.0/8,
 * `[::1]`), where the local mock runs. The one message for both checks, when the client is created
 * and before each attempt.
 */
export function assertSecureUrl(url: string, allowInsecureHttp: boolean | undefined): void {
  const { protocol, hostname, host } = new URL(url);
  if (
    !allowInsecureHttp &&
    protocol === "http:" &&
    !/^(localhost|\[::1\]|127(\.\d{1,3}){3})$/.test(hostname)
  ) {
    throw new TesseraError(
      `Refusing to send a credential over plain HTTP to ${host} (A4): use https://, or set allowInsecureHttp: true`,
    );
  }
}
