import type { ClientOptions, Credentials } from "../ClientOptions.js";
import type { RequestOptions } from "../RequestOptions.js";
import type { Session } from "../types.js";
import { basicAuthorization } from "./basicAuthorization.js";

/** Options of one logical request as the resources pass them to the transport. */
export interface SendOptions extends RequestOptions {
  /** Send no credential at all (an operation that takes none, P4); any Authorization is dropped. */
  anonymous?: boolean;
}

/** Sends one logical request (with retries and timeouts). */
export type Send = (request: Request, options?: SendOptions) => Promise<Response>;

/** The credential for one attempt. */
export interface Authorization {
  /** The Authorization header value. */
  header: string;
  /** The secret in it, to recognise a session that expired. */
  secret: string;
  /** Whether a `token_expired` answer can be healed by logging in again (credentials mode). */
  renewable: boolean;
}

/** Which credential the client sends, and the session it logged in for. */
export interface SessionManager {
  /**
   * The credential for the next attempt, logging in first when credentials are configured and there
   * is no live session; a failed login's response instead (the caller surfaces its problem); or
   * undefined for an anonymous client.
   */
  authorize(): Promise<Authorization | Response | undefined>;
  /** Forgets the session `secret` after the service called it expired, so the next attempt logs in. */
  expire(secret: string): void;
  /** Logs in (A5) and, on success, uses the session for every later request. */
  login(credentials: Credentials, options?: RequestOptions): Promise<Response>;
  /** Whether there is no session to log out of: none yet, or only credentials waiting to log in. */
  loggedOut(): boolean;
  /** Forgets the session (after logout); a configured token or credentials take over again. */
  forget(): void;
}

/**
 * Holds the client's credential: a fixed token, or a session from logging in at `loginUrl` through
 * `send`. Concurrent requests that all need a login share one.
 */
export function createSessionManager(options: ClientOptions, loginUrl: string, send: Send): SessionManager {
  const { token, scheme = "Bearer", credentials, logger } = options;
  let session: { value: string; expiresAt: number } | undefined;
  let pending: Promise<Response> | undefined;

  const adopt = (value: Session) => {
    const expiresAt = Date.parse(value.expiresAt);
    // A session that looks expired on arrival means our clock disagrees with the server's; trust the
    // server then, which answers token_expired when it is.
    session = {
      value: value.value,
      expiresAt: expiresAt > Date.now() ? expiresAt : Number.POSITIVE_INFINITY,
    };
  };

  const login = async (account: Credentials, requestOptions?: RequestOptions) => {
    const headers = {
      ...options.headers,
      authorization: basicAuthorization(account.email, account.password),
    };
    logger?.info("logging in with email and password");
    const response = await send(new Request(loginUrl, { method: "POST", headers }), requestOptions);
    if (response.ok) adopt((await response.clone().json()) as Session);
    return response;
  };

  const current = (): Authorization | undefined => {
    if (session)
      return { header: `Bearer ${session.value}`, secret: session.value, renewable: !!credentials };
    if (token !== undefined) return { header: `${scheme} ${token}`, secret: token, renewable: false };
    return undefined;
  };

  return {
    async authorize() {
      if (credentials && (!session || session.expiresAt <= Date.now())) {
        session = undefined;
        pending ??= login(credentials).finally(() => {
          pending = undefined;
        });
        const response = await pending;
        // Every waiter gets its own copy of a failure; the original is never read.
        if (!response.ok) return response.clone();
      }
      return current();
    },
    expire(secret) {
      if (session?.value === secret) session = undefined;
    },
    login,
    loggedOut: () => !session && token === undefined,
    forget() {
      session = undefined;
    },
  };
}
