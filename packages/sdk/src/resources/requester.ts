import type { RequestOptions } from "../RequestOptions.js";
import type { Requester } from "../types.js";

/** Who is calling (Q1-Q2). */
export interface RequesterResource {
  /**
   * Describes the caller: a user or an organization, with the credential used (Q1).
   * @example
   * const me = await client.requester.get();
   * if (me.kind === "user") console.log(me.email ?? "(hidden)");
   */
  get(options?: RequestOptions): Promise<Requester>;
}
