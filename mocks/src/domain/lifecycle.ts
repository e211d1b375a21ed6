/**
 * What the clock does to tokens (P3, P5): expiry notices 7 days and 1 day before a token expires
 * and at its expiry, and revocation once a token has gone unused for the organization's
 * `revokeAfterInactiveDays`.
 *
 * A sweep settles every instant the clock has passed since the previous sweep, in time order. The
 * mock runs one before each request and after each clock move, so moving the clock across several
 * instants delivers each notice once, in order, whichever runs first.
 *
 * @note Exactly once, without a record per notice: the store keeps `sweptUntil`, the latest
 * instant settled. A notice is due when its instant lies after `sweptUntil` and at or before now,
 * so a sweep never sends one twice, and instants that had passed when a token got its expiry (or
 * when the mock started) are never sent. Moving the clock back re-arms the instants after the new
 * now that were never announced (`clockMoved`: a session set back in time before it announced
 * anything, as the conformance kit does, sees its notices come), and never one that was. Inactivity is
 * a state rather than an instant (a live token unused that long is revoked), so it needs no mark.
 * `nextDue`, the earliest instant still ahead, lets a request skip the walk over every token until
 * the clock reaches it.
 */
import type { RevocationReason, TokenRecord } from "../store/records.js";
import type { ServiceContext } from "./context.js";
import { auditTokenEvent, notifyTokenEvent } from "./events.js";

const DAY_MS = 24 * 3600 * 1000;

type Kind = "expiring7" | "expiring1" | "expired" | "inactive";

/** Something the clock brings about for one token at one instant. */
interface Horizon {
  kind: Kind;
  at: number;
  token: TokenRecord;
}

/** Within one instant: notices before the revocation, so a token's last word comes last. */
const ORDER: Record<Kind, number> = { expiring7: 0, expiring1: 1, expired: 2, inactive: 3 };

/** The instants ahead for a live token: its expiry notices and, under P5, its inactivity. */
function horizonsOf(ctx: ServiceContext, token: TokenRecord): Horizon[] {
  if (token.revokedAt !== null) return [];
  const horizons: Horizon[] = [];
  if (token.expiresAt !== null) {
    horizons.push(
      { kind: "expiring7", at: token.expiresAt - 7 * DAY_MS, token },
      { kind: "expiring1", at: token.expiresAt - DAY_MS, token },
      { kind: "expired", at: token.expiresAt, token },
    );
  }
  const organization = ctx.store.organization(token.organizationId);
  const days = organization?.revokeAfterInactiveDays ?? null;
  if (organization && days !== null) {
    const lastUse = ctx.store.lastUseOf(token.id)?.lastUsedAt ?? Number.NEGATIVE_INFINITY;
    const counted = organization.inactivityCountedFrom ?? Number.NEGATIVE_INFINITY;
    const at = Math.max(token.createdAt, lastUse, counted) + days * DAY_MS;
    // A token that expires first is dead by then; it is not revoked as well.
    if (token.expiresAt === null || at < token.expiresAt) horizons.push({ kind: "inactive", at, token });
  }
  return horizons;
}

/** Whether a horizon is still to come: inactivity whenever it is reached, notices only after `sweptUntil`. */
const pending = (horizon: Horizon, sweptUntil: number) =>
  horizon.kind === "inactive" || horizon.at > sweptUntil;

/**
 * Starts watching from now: instants already passed (a seed's tokens that expired long ago) are
 * never announced. Called when a store is loaded (a seed, a reset, a restart).
 */
export function startLifecycle(ctx: ServiceContext, image?: { lifecycle: { nextDue: number } }): void {
  ctx.store.lifecycle.sweptUntil = ctx.clock.now();
  // A store that adopted a seed image at or after the image's time has no instant ahead earlier
  // than the image's first, so it need not walk its tokens until then (50,000 tokens: ~15 ms
  // for every new session otherwise).
  ctx.store.lifecycle.nextDue = image ? image.lifecycle.nextDue : Number.NEGATIVE_INFINITY;
}

/**
 * Starts watching a store that will serve as a seed image: from now, with its first instant
 * ahead found (see {@link startLifecycle}), nothing delivered.
 */
export function startImageLifecycle(ctx: ServiceContext): void {
  startLifecycle(ctx);
  const { due, nextDue } = walk(ctx, ctx.clock.now());
  // Something already due (a token inactive for too long) is left to each instance's first sweep.
  ctx.store.lifecycle.nextDue = due.length > 0 ? Number.NEGATIVE_INFINITY : nextDue;
}

/**
 * After the clock moved: when it went back before `sweptUntil`, the instants after the new now are
 * ahead again, except those up to the latest one already announced (so nothing is sent twice).
 */
export function clockMoved(ctx: ServiceContext): void {
  const { lifecycle } = ctx.store;
  const now = ctx.clock.now();
  if (now >= lifecycle.sweptUntil) return;
  lifecycle.sweptUntil = Math.max(now, lifecycle.announcedUntil);
  lifecycle.nextDue = Number.NEGATIVE_INFINITY;
}

/** After changes that can bring an instant forward for many tokens (a policy, a fixture): look again. */
export function rescheduleLifecycle(ctx: ServiceContext): void {
  ctx.store.lifecycle.nextDue = Number.NEGATIVE_INFINITY;
}

/** After a token got a new expiry (or was created): its first instant ahead may come before the others'. */
export function scheduleLifecycle(ctx: ServiceContext, token: TokenRecord): void {
  const { lifecycle } = ctx.store;
  for (const horizon of horizonsOf(ctx, token)) {
    if (pending(horizon, lifecycle.sweptUntil) && horizon.at < lifecycle.nextDue)
      lifecycle.nextDue = horizon.at;
  }
}

/** Whether a sweep has anything to do now. */
export function lifecycleDue(ctx: ServiceContext): boolean {
  return ctx.clock.now() >= ctx.store.lifecycle.nextDue;
}

/**
 * Settles every instant up to now, in time order: sends the expiry notices (P3) and revokes
 * inactive tokens (P5). Call it inside a write section (see {@link sweepLifecycleIfDue}).
 */
export function sweepLifecycle(ctx: ServiceContext): void {
  const { store } = ctx;
  const now = ctx.clock.now();
  const { sweptUntil } = store.lifecycle;
  const { due, nextDue } = walk(ctx, now);
  for (const horizon of due) deliver(ctx, horizon);
  store.lifecycle.sweptUntil = Math.max(sweptUntil, now);
  store.lifecycle.nextDue = nextDue;
}

/** The pending instants up to `now` (in the order they are delivered), and the first one after it. */
function walk(ctx: ServiceContext, now: number): { due: Horizon[]; nextDue: number } {
  const { sweptUntil } = ctx.store.lifecycle;
  const due: Horizon[] = [];
  let nextDue = Number.POSITIVE_INFINITY;
  for (const token of ctx.store.allTokens()) {
    for (const horizon of horizonsOf(ctx, token)) {
      if (!pending(horizon, sweptUntil)) continue;
      if (horizon.at <= now) due.push(horizon);
      else nextDue = Math.min(nextDue, horizon.at);
    }
  }
  due.sort((a, b) => a.at - b.at || a.token.seq - b.token.seq || ORDER[a.kind] - ORDER[b.kind]);
  return { due, nextDue };
}

/**
 * Runs a sweep in its own write section when one is due. If the section is not kept (the local
 * server's disk refused it), the next sweep settles the same instants again.
 */
export async function sweepLifecycleIfDue(ctx: ServiceContext): Promise<void> {
  if (!lifecycleDue(ctx)) return;
  const before = { ...ctx.store.lifecycle };
  try {
    await ctx.store.exclusive(() => (lifecycleDue(ctx) ? sweepLifecycle(ctx) : undefined));
  } catch (error) {
    Object.assign(ctx.store.lifecycle, before);
    throw error;
  }
}

function deliver(ctx: ServiceContext, horizon: Horizon): void {
  // The token as it is now: an earlier horizon of this sweep may have revoked it.
  const token = ctx.store.token(horizon.token.id);
  if (!token || token.revokedAt !== null) return;
  const occurredAt = horizon.at;
  ctx.store.lifecycle.announcedUntil = Math.max(ctx.store.lifecycle.announcedUntil, occurredAt);
  const expiresAt = token.expiresAt ?? undefined;
  switch (horizon.kind) {
    case "expiring7":
    case "expiring1": {
      const left = horizon.kind === "expiring7" ? "7 days" : "1 day";
      notifyTokenEvent(ctx, null, "token.expiring", token, {
        occurredAt,
        expiresAt,
        subject: `An API token expires in ${left}`,
      });
      return;
    }
    case "expired":
      notifyTokenEvent(ctx, null, "token.expired", token, { occurredAt, expiresAt });
      auditTokenEvent(ctx, null, "token.expired", token, { occurredAt });
      return;
    case "inactive": {
      const reason: RevocationReason = "inactive";
      const revoked = ctx.store.updateToken(token.id, {
        revokedAt: occurredAt,
        revocationReason: reason,
      });
      auditTokenEvent(ctx, null, "token.revoked", revoked, { occurredAt, reason });
      notifyTokenEvent(ctx, null, "token.revoked", revoked, { occurredAt, reason });
      return;
    }
  }
}
