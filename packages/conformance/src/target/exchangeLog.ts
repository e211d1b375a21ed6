/** One request the scenario sent and what came back, for failure messages. */
export interface Exchange {
  request: string;
  status: number;
  /** The response body, cut to 400 characters. */
  body: string;
}

/** What the kit saw during one scenario: its exchanges and the contract violations among them. */
export interface ExchangeLog {
  exchanges: Exchange[];
  violations: string[];
  /**
   * Tokens the scenario created, to revoke afterwards where no session isolates it: with their own
   * secret, or (a token without `tokens:write`, or restricted to other addresses) with the
   * Authorization that created them.
   */
  created: { id: string; secret: string; by: string | null }[];
  /** The Authorization of each accepted change of the organization's policy (P5), to undo it afterwards. */
  policyChanges: string[];
  /**
   * The secrets of the sessions the scenario logged in (A5) and has not logged out, to log out
   * afterwards where no session isolates it (a session lives 30 days on a shared server).
   */
  sessions: string[];
}

export const newExchangeLog = (): ExchangeLog => ({
  exchanges: [],
  violations: [],
  created: [],
  policyChanges: [],
  sessions: [],
});

export const describeExchange = (e: Exchange) => `${e.request} -> ${e.status} ${e.body}`;
