import type { Credentials } from "../ClientOptions.js";
import { readError } from "../internal/errorFromResponse.js";
import { callInit, type ResourceContext, unwrap } from "../internal/resourceContext.js";
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

export function createAuthResource(context: ResourceContext): AuthResource {
  return {
    async login(credentials, options) {
      const response = await context.sessions.login(credentials, options);
      if (!response.ok) throw await readError(response);
      return (await response.json()) as Session;
    },
    async logout(options) {
      if (context.sessions.loggedOut()) return;
      unwrap(await context.raw.POST("/v1/auth/logout", callInit(context, options)));
      context.sessions.forget();
    },
  };
}
