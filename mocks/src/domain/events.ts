/** Audit events and notifications (T16, P3-P5). Neither ever holds a secret: only masked prefixes. */
import type {
  AuditEventRecord,
  NotificationRecord,
  RevocationReason,
  TokenRecord,
  UserRecord,
} from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { newId } from "./randomIds.js";
import { maskedToken } from "./views.js";

type TokenEvent =
  | "token.created"
  | "token.updated"
  | "token.rotated"
  | "token.revoked"
  | "token.expired"
  | "token.leaked";

/** When and why: a request passes its own instant, so its events agree with what it stored. */
export interface EventDetails {
  /**
   * When it happened: the request's own instant, or an expiry or inactivity instant the clock
   * passed (P3-P5); default the clock's now, read once for the event and all its notices.
   */
  occurredAt?: number;
  /** Why the token was revoked (`token.revoked`, `token.leaked`). */
  reason?: RevocationReason;
  /** The token's expiry, for expiry notices (P3). */
  expiresAt?: number;
  /** The notification's subject, when the type's usual one says too little ("expires in 7 days"). */
  subject?: string;
}

/** The actor of an event: the caller, or null when no credential acted (P3-P5). */
function actorOf(caller: Caller | null): AuditEventRecord["actor"] {
  if (!caller) return null;
  return {
    id: caller.principalId,
    kind: caller.user ? "user" : "organization",
    name: caller.principalName,
    credentialId: caller.credentialId,
  };
}

/** Audit events are written synchronously (see Store.insertAuditEvent), inside the caller's write. */
export function auditTokenEvent(
  ctx: ServiceContext,
  caller: Caller | null,
  type: TokenEvent,
  token: TokenRecord,
  details: EventDetails = {},
): void {
  ctx.store.insertAuditEvent({
    id: newId("evt"),
    seq: ctx.store.nextSeq(),
    type,
    organizationId: token.organizationId,
    occurredAt: details.occurredAt ?? ctx.clock.now(),
    actor: actorOf(caller),
    token: maskedToken(token),
    email: null,
    reason: details.reason ?? null,
  } satisfies AuditEventRecord);
}

/** P5: an admin changed the organization's token policy. */
export function auditPolicyChange(ctx: ServiceContext, caller: Caller, now: number): void {
  ctx.store.insertAuditEvent({
    id: newId("evt"),
    seq: ctx.store.nextSeq(),
    type: "organization.policy_updated",
    organizationId: caller.organization.id,
    occurredAt: now,
    actor: actorOf(caller),
    token: null,
    email: null,
    reason: null,
  });
}

export function auditFailedLogin(
  ctx: ServiceContext,
  organizationId: string,
  email: string,
  now: number,
): void {
  ctx.store.insertAuditEvent({
    id: newId("evt"),
    seq: ctx.store.nextSeq(),
    type: "login.failed",
    organizationId,
    occurredAt: now,
    actor: null,
    token: null,
    email,
    reason: null,
  });
}

const SUBJECTS: Record<NotificationRecord["type"], string> = {
  "token.created": "A new API token was created",
  "token.rotated": "An API token was rotated",
  "token.revoked": "An API token was revoked",
  "token.expiring": "An API token expires soon",
  "token.expired": "An API token has expired",
  "token.leaked": "An API token was reported leaked and has been revoked",
};

/**
 * Organization tokens notify every admin of the organization; personal tokens notify their owner.
 * `caller` is null for notices no credential caused (expiry, a leak report, inactivity: P3-P5).
 */
export function notifyTokenEvent(
  ctx: ServiceContext,
  caller: Caller | null,
  type: NotificationRecord["type"],
  token: TokenRecord,
  details: EventDetails = {},
): void {
  const { store } = ctx;
  // One instant for every recipient of one event.
  const occurredAt = details.occurredAt ?? ctx.clock.now();
  if (token.type === "personal") {
    // Its owner alone: no list made for one recipient (every create and revoke; issue 17).
    const owner = store.user(token.ownerUserId ?? "");
    if (owner) notifyUser(ctx, caller, type, token, details, occurredAt, owner);
    return;
  }
  for (const user of store.allUsers()) {
    if (store.membership(user.id, token.organizationId)?.role === "admin")
      notifyUser(ctx, caller, type, token, details, occurredAt, user);
  }
}

function notifyUser(
  ctx: ServiceContext,
  caller: Caller | null,
  type: NotificationRecord["type"],
  token: TokenRecord,
  details: EventDetails,
  occurredAt: number,
  user: UserRecord,
): void {
  const notification: NotificationRecord = {
    id: newId("ntf"),
    type,
    occurredAt,
    recipient: { userId: user.id, email: user.email },
    organizationId: token.organizationId,
    subject: details.subject ?? SUBJECTS[type],
    token: maskedToken(token),
    actor: caller ? { id: caller.principalId, name: caller.principalName } : null,
  };
  // Added when present (not spread in: a spread makes V8 build the record field by field).
  if (details.expiresAt !== undefined) notification.expiresAt = details.expiresAt;
  if (details.reason !== undefined) notification.reason = details.reason;
  ctx.store.insertNotification(notification);
}
