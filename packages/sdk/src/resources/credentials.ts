import type { RequestOptions } from "../RequestOptions.js";

/** Secrets found where they should not be (P4). */
export interface CredentialsResource {
  /**
   * Reports leaked secrets (1 to 1000): every live token among them is revoked and its owner told.
   * Sent with no credential, whatever the client holds; it resolves the same whichever secrets were
   * live. Ten reports per address per 15 minutes (then a {@link RateLimitError}).
   * @example
   * await createClient({ baseUrl: "https://api.tessera.dev" }).credentials.reportLeaked([found]);
   */
  reportLeaked(secrets: string[], options?: RequestOptions): Promise<void>;
}
