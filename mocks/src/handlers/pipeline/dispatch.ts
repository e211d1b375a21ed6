/**
 * The rule step: settles what the clock has brought about (P3, P5), authenticates the secret (A3,
 * A7, T15, P2, P6) and the caller's address against it (P1), reads the input (E1, after the
 * credential per E4), replays or runs the operation's entry (T18) and records the credential's use
 * (T14). Operations that may write run one at a time, with authentication inside the same turn, so
 * a concurrent revoke is never seen half-done.
 */
import { authenticate } from "../../domain/authenticate.js";
import { lifecycleDue, sweepLifecycleIfDue } from "../../domain/lifecycle.js";
import { requireAllowedAddress } from "../../domain/tokenPolicy.js";
import type { OperationSpec } from "../operations.js";
import { operationEntry } from "../operationTable.js";
import type { MockService } from "../service.js";
import type { PresentedCredential } from "./credentials.js";
import { canonicalJson, replayOrRun } from "./idempotency.js";
import { type Outcome, settle } from "./outcome.js";
import type { RequestInput } from "./requestInput.js";

export interface Dispatch {
  operation: OperationSpec;
  credential: PresentedCredential;
  /** Reads and validates the body, query and headers (415/400); called once the caller is known. */
  readInput: () => RequestInput;
  /** The request's path (with the body, what makes a retry "the same request" for T18). */
  path: string;
  /** The caller's address (T14's lastUsedIp, P1's allow-lists, P4's report limit). */
  clientAddress: string;
}

/**
 * Runs the operation for the presented credential. Errors before authentication are thrown (or
 * reject). A token operation whose rule answers at once, with no sweep due and no other write
 * running or waiting, settles at once: a create or a revoke needs no promise (issue 17).
 */
export function dispatch(service: MockService, request: Dispatch): Outcome | Promise<Outcome> {
  // P3, P5: notices and inactivity the clock has reached come first, so the rule sees their result.
  if (lifecycleDue(service.ctx))
    return sweepLifecycleIfDue(service.ctx).then(() => runOperation(service, request));
  return runOperation(service, request);
}

function runOperation(service: MockService, request: Dispatch): Outcome | Promise<Outcome> {
  const { ctx } = service;
  const { operation, credential } = request;
  const entry = operationEntry(operation.operationId);
  if (credential.kind === "none" && entry.auth === "none") {
    // P4: no credential; the input is read (415/400) and the rule decides, in the write turn.
    const { input } = request.readInput();
    const origin = { clientAddress: request.clientAddress };
    const decide = () => settle(null, () => entry.run(ctx, origin, input));
    return operation.writes ? ctx.store.exclusiveNow(decide) : decide();
  }
  if (credential.kind === "basic" && entry.auth === "basic") {
    // Login's credential is checked by the rule itself (A5), so its input is read first: a
    // malformed login must not count as a failed attempt. The password is checked before the
    // write turn (PBKDF2 off the event loop, other writes not held), the verdict inside it.
    const { input } = request.readInput();
    return entry.verify(ctx, credential).then((check) => {
      const decide = () => settle(null, () => entry.run(ctx, check, input));
      return operation.writes ? ctx.store.exclusiveNow(decide) : decide();
    });
  }
  const run = (): Outcome | Promise<Outcome> => {
    // readCredential matched the scheme to the spec; operations.test.ts checks the table agrees.
    if (credential.kind !== "token" || entry.auth !== "token") {
      throw new Error(
        `the operation table and the spec disagree on how ${operation.operationId} authenticates`,
      );
    }
    const caller = authenticate(ctx, credential.secret);
    return settle(caller, () => {
      // P1: the address is the credential's second half; a refusal here reads no input (E4).
      requireAllowedAddress(caller, request.clientAddress);
      const { input, idempotencyKey } = request.readInput();
      const execute = () => entry.run(ctx, caller, input);
      if (!(operation.idempotent && idempotencyKey !== null)) return execute();
      const fingerprint = `${request.path} ${canonicalJson(input.body)}`;
      const authorize = () => {
        if (!entry.authorize) throw new Error(`${operation.operationId} cannot re-check a replay`);
        entry.authorize(ctx, caller, input);
      };
      const key = { operationId: operation.operationId, key: idempotencyKey, fingerprint };
      return replayOrRun(ctx, caller, key, execute, authorize);
    });
  };
  const outcome = operation.writes ? ctx.store.exclusiveNow(run) : run();
  return outcome instanceof Promise
    ? outcome.then((settled) => recordUse(service, request, settled))
    : recordUse(service, request, outcome);
}

/** T14: an accepted request records its credential's last use (after the write turn, in memory). */
function recordUse(service: MockService, request: Dispatch, outcome: Outcome): Outcome {
  if (outcome.kind === "result" && outcome.caller) {
    service.ctx.store.recordUse(outcome.caller.credentialId, service.ctx.clock.now(), request.clientAddress);
  }
  return outcome;
}
