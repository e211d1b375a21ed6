import type { PagePromise } from "../Page.js";
import type { RequestOptions } from "../RequestOptions.js";
import type { AuditEvent, AuditEventListQuery } from "../types.js";

/** What happened to tokens and logins in the organization (T16). Admins only. */
export interface AuditEventsResource {
  /**
   * Events newest first; await for one page or iterate every event.
   * @example
   * for await (const event of client.auditEvents.list({ type: "token.revoked" })) console.log(event.occurredAt);
   */
  list(query?: AuditEventListQuery, options?: RequestOptions): PagePromise<AuditEvent>;
}
