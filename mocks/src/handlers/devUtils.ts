/**
 * The mock's one voice for messages it prints or throws: every line starts with the same prefix,
 * so a developer can tell the mock's words from their app's.
 */
export const LOG_PREFIX = "[tessera-mock]";

export const devUtils = {
  /** A message with the mock's prefix, e.g. `[tessera-mock] no handler for GET /x`. */
  formatMessage: (message: string) => `${LOG_PREFIX} ${message}`,
  /** Prints a warning to stderr with the prefix. */
  warn: (message: string, ...details: unknown[]) => console.warn(`${LOG_PREFIX} ${message}`, ...details),
  /** Prints an error to stderr with the prefix. */
  error: (message: string, ...details: unknown[]) => console.error(`${LOG_PREFIX} ${message}`, ...details),
};
