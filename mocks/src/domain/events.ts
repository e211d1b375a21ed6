/** Audit events and notifications (T16). Neither ever holds a secret: only masked prefixes. */
import type { AuditEventRecord, NotificationRecord, TokenRecord } from "../store/records.js";
import type { Caller, ServiceContext } from "./context.js";
import { newId } from "./randomIds.js";
import { maskedToken } from "./views.js";

type TokenEvent = "token.created" | "token.updated" | "token.rotated" | "token.revoked";

export async function auditTokenEvent(
  ctx: ServiceContext,
  caller: Caller,
  type: TokenEvent,
  token: TokenRecord,
) {
  await ctx.store.insertAuditEvent({
    id: newId("evt"),
    seq: ctx.store.nextSeq(),
    type,
    organizationId: token.organizationId,
    occurredAt: ctx.clock.now(),
    actor: {
      id: caller.principalId,
      kind: caller.user ? "user" : "organization",
      name: caller.principalName,
      credentialId: caller.credentialId,
    },
    token: maskedToken(token),
    email: null,
  } satisfies AuditEventRecord);
}

export async function auditFailedLogin(ctx: ServiceContext, organizationId: string, email: string) {
  await ctx.store.insertAuditEvent({
    id: newId("evt"),
    seq: ctx.store.nextSeq(),
    type: "login.failed",
    organizationId,
    occurredAt: ctx.clock.now(),
    actor: null,
    token: null,
    email,
  });
}

const SUBJECTS: Record<NotificationRecord["type"], string> = {
  "token.created": "A new API token was created",
  "token.rotated": "An API token was rotated",
  "token.revoked": "An API token was revoked",
};

/**
 * Organization tokens notify every admin of the organization; personal tokens notify their owner.
 */
export function notifyTokenEvent(
  ctx: ServiceContext,
  caller: Caller,
  type: NotificationRecord["type"],
  token: TokenRecord,
): void {
  const { store } = ctx;
  const recipients =
    token.type === "personal"
      ? [store.user(token.ownerUserId ?? "")].filter((u) => u !== undefined)
      : store.allUsers().filter((u) => store.membership(u.id, token.organizationId)?.role === "admin");
  for (const user of recipients) {
    store.insertNotification({
      id: newId("ntf"),
      type,
      occurredAt: ctx.clock.now(),
      recipient: { userId: user.id, email: user.email },
      organizationId: token.organizationId,
      subject: SUBJECTS[type],
      token: maskedToken(token),
      actor: { id: caller.principalId, name: caller.principalName },
    });
  }
}
