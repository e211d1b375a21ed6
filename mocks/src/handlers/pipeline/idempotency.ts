/**
 * T18: `Idempotency-Key` on the operations the spec lists it for. The same key and body from the
 * same credential within the TTL replays the first successful response; the same key with another
 * body is 422. Answers live in memory only (they hold replayable secrets, T6); `--persist` logs the
 * record without its answer, so after a restart a replay of a key whose first request succeeded is
 * refused with 409 `idempotency_replay_unavailable` naming the token, and never runs again.
 *
 * H2: keys belong to the secret that sent them, not to its user or organization, so another
 * credential of the same principal (a narrower token, a legacy key) never sees a stored answer,
 * and neither does whoever rotates the token later (its new secret is another key space); and a
 * replay is given only after `authorize` says this credential may still make the request (not
 * demoted, narrowed or otherwise refused since).
 */
import type { Caller, ServiceContext } from "../../domain/context.js";
import { DomainError } from "../../domain/errors.js";
import type { OperationResult } from "../operationTypes.js";

export interface IdempotentRequest {
  operationId: string;
  key: string;
  /** What makes two requests "the same": path and canonical body. */
  fingerprint: string;
}

/** Replays the stored answer for this key, or runs `execute` and stores a successful answer. */
export async function replayOrRun(
  ctx: ServiceContext,
  caller: Caller,
  request: IdempotentRequest,
  execute: () => Promise<OperationResult> | OperationResult,
  authorize: () => void,
): Promise<OperationResult> {
  const { store, clock, config } = ctx;
  const now = clock.now();
  const storeKey = `${caller.secret.hash} ${request.operationId} ${request.key}`;
  const existing = store.idempotency.get(storeKey);
  if (existing && now - existing.createdAt < config.idempotencyTtlMs) {
    if (existing.fingerprint !== request.fingerprint) {
      throw new DomainError(
        422,
        "idempotency_key_reused",
        "This Idempotency-Key was used with a different request.",
      );
    }
    authorize();
    if (existing.body === undefined) {
      const made = existing.tokenId ? ` (token ${existing.tokenId})` : "";
      throw new DomainError(
        409,
        "idempotency_replay_unavailable",
        `The first request with this Idempotency-Key succeeded${made} before the server restarted; its answer held a secret and was not kept, so it cannot be replayed and is not run again.`,
      );
    }
    return {
      status: existing.status,
      body: existing.body,
      headers: { ...existing.headers, "idempotent-replayed": "true" },
    };
  }
  const result = await execute();
  if (result.status < 300) {
    const tokenId = tokenIdOf(result.body);
    store.putIdempotency(
      storeKey,
      {
        fingerprint: request.fingerprint,
        createdAt: now,
        status: result.status,
        ...(tokenId ? { tokenId } : {}),
        body: result.body,
        headers: result.headers ?? {},
      },
      now - config.idempotencyTtlMs,
    );
  }
  return result;
}

/** The token an answer names (`{ token: { id } }` or `{ id }`), if any. */
function tokenIdOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const { token, id } = body as { token?: { id?: unknown }; id?: unknown };
  const found = token?.id ?? id;
  return typeof found === "string" ? found : undefined;
}

/** JSON with object keys sorted, so equal bodies compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
