import type { Credentials } from "../ClientOptions.js";
import type { Logger } from "../Logger.js";
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

export interface SessionManagerConfig {
  token: string | undefined;
  scheme: "Bearer" | "ApiKey";
  credentials: Credentials | undefined;
  /** Absolute URL of `POST /v1/auth/login`. */
  loginUrl: string;
  /** The client's extra headers, sent with the login too. */
  headers: Record<string, string> | undefined;
  send: Send;
  logger: Logger | undefined;
  now: () => number;
}

/**
 * Holds the client's credential: a fixed token, or a session from logging in. Concurrent requests
 * that all need a login share one.
 */
export function createSessionManager(config: SessionManagerConfig): SessionManager {
  const { token, scheme, credentials, now } = config;
  let session: { value: string; expiresAt: number } | undefined;
  let pending: Promise<Response> | undefined;

  const adopt = (value: Session) => {
    const expiresAt = Date.parse(value.expiresAt);
    // A session that looks expired on arrival means our clock disagrees with the server's; trust the
    // server then, which answers token_expired when it is.
    session = { value: value.value, expiresAt: expiresAt > now() ? expiresAt : Number.POSITIVE_INFINITY };
  };

  const login = async (account: Credentials, options?: RequestOptions) => {
    const headers = { ...config.headers, authorization: basicAuthorization(account.email, account.password) };
    config.logger?.info("logging in with email and password");
    const response = await config.send(new Request(config.loginUrl, { method: "POST", headers }), options);
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
      if (credentials && (!session || session.expiresAt <= now())) {
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
