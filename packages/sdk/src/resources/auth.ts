import type { Credentials } from "../ClientOptions.js";
import type { RequestOptions } from "../RequestOptions.js";
import type { Session } from "../types.js";

/** Sessions from email and password (A5-A7). */
export interface AuthResource {
  /**
   * Logs in with HTTP Basic email:password (A5); the client then sends the session with every request.
   * @example
   * const session = await client.auth.login({ email: "ada@acme.test", password });
   * console.log(session.expiresAt);
   */
  login(credentials: Credentials, options?: RequestOptions): Promise<Session>;
  /**
   * Revokes the session in use (A6) and forgets it; a no-op when the client never logged in.
   * @example
   * await client.auth.logout();
   */
  logout(options?: RequestOptions): Promise<void>;
}
