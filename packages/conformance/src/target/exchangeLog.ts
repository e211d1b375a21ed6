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
  /** Tokens the scenario created, to revoke afterwards where no session isolates it. */
  created: { id: string; secret: string }[];
}

export const newExchangeLog = (): ExchangeLog => ({ exchanges: [], violations: [], created: [] });

export const describeExchange = (e: Exchange) => `${e.request} -> ${e.status} ${e.body}`;
