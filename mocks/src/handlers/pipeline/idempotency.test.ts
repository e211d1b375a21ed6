import { describe, expect, test, vi } from "vitest";
import type { Caller, ServiceContext } from "../../domain/context.js";
import { DEFAULT_CONFIG } from "../../domain/context.js";
import { DomainError } from "../../domain/errors.js";
import { createStore } from "../../store/createStore.js";
import { canonicalJson, replayOrRun } from "./idempotency.js";

describe("canonicalJson", () => {
  test.each([
    [
      { b: 1, a: 2 },
      { a: 2, b: 1 },
    ],
    [{ x: { d: [1, { z: 1, y: 2 }], c: null } }, { x: { c: null, d: [1, { y: 2, z: 1 }] } }],
    [undefined, null],
  ])("T18: %j and %j are the same request", (a, b) => {
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  test.each([
    [{ a: 1 }, { a: "1" }],
    [
      [1, 2],
      [2, 1],
    ],
    [{ a: 1 }, { a: 1, b: null }],
  ])("T18: %j and %j are different requests", (a, b) => {
    expect(canonicalJson(a)).not.toBe(canonicalJson(b));
  });
});

describe("replayOrRun", () => {
  let now = Date.UTC(2026, 0, 1);
  const ctx: ServiceContext = {
    store: createStore(),
    clock: { now: () => now },
    config: { ...DEFAULT_CONFIG, idempotencyTtlMs: 1000 },
  };
  const caller = (secretHash: string, principalId = "usr_a") =>
    ({ credentialId: "tok_same", principalId, secret: { hash: secretHash, validUntil: null } }) as Caller;
  const allowed = () => {};
  const request = (key: string, fingerprint = "POST /v1/tokens {}") => ({
    operationId: "createToken",
    key,
    fingerprint,
  });
  const created = (n: number) => ({ status: 201, body: { n }, headers: { location: `/v1/tokens/${n}` } });

  test("T18: the same key and body replay the first answer, marked as a replay", async () => {
    const execute = vi.fn().mockReturnValueOnce(created(1)).mockReturnValueOnce(created(2));
    expect(await replayOrRun(ctx, caller("tok_a"), request("k1"), execute, allowed)).toEqual(created(1));
    const replay = await replayOrRun(ctx, caller("tok_a"), request("k1"), execute, allowed);
    expect(replay).toEqual({
      ...created(1),
      headers: { ...created(1).headers, "idempotent-replayed": "true" },
    });
    expect(execute).toHaveBeenCalledTimes(1);
  });

  test("T18: the same key with another body is 422 and runs nothing", async () => {
    await replayOrRun(ctx, caller("tok_a"), request("k2"), () => created(1), allowed);
    const execute = vi.fn();
    await expect(
      replayOrRun(ctx, caller("tok_a"), request("k2", 'POST /v1/tokens {"x":1}'), execute, allowed),
    ).rejects.toEqual(expect.objectContaining({ status: 422, code: "idempotency_key_reused" }));
    expect(execute).not.toHaveBeenCalled();
  });

  test("H2: keys are per secret: two credentials of one principal, or one token before and after a rotation, never share them", async () => {
    await replayOrRun(ctx, caller("tok_a"), request("k3"), () => created(1), allowed);
    expect(await replayOrRun(ctx, caller("tok_b"), request("k3"), () => created(2), allowed)).toEqual(
      created(2),
    );
  });

  test("T18: a key is forgotten after the TTL", async () => {
    await replayOrRun(ctx, caller("tok_a"), request("k4"), () => created(1), allowed);
    now += 1000;
    expect(await replayOrRun(ctx, caller("tok_a"), request("k4"), () => created(2), allowed)).toEqual(
      created(2),
    );
  });

  test("T18: a refusal is not remembered, so a corrected retry with the same key runs", async () => {
    const refuse = () => {
      throw new DomainError(409, "token_limit_reached", "full");
    };
    await expect(replayOrRun(ctx, caller("tok_a"), request("k5"), refuse, allowed)).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(await replayOrRun(ctx, caller("tok_a"), request("k5"), () => created(3), allowed)).toEqual(
      created(3),
    );
  });

  test("H2: a replay is given only if the credential may still make the request", async () => {
    await replayOrRun(ctx, caller("tok_a"), request("k6"), () => created(1), allowed);
    const demoted = () => {
      throw new DomainError(403, "forbidden", "Only organization admins can create organization tokens.");
    };
    const execute = vi.fn();
    await expect(replayOrRun(ctx, caller("tok_a"), request("k6"), execute, demoted)).rejects.toMatchObject({
      status: 403,
    });
    expect(execute).not.toHaveBeenCalled();
    // Allowed again, the same key still replays the first answer.
    expect(await replayOrRun(ctx, caller("tok_a"), request("k6"), execute, allowed)).toMatchObject({
      body: { n: 1 },
    });
  });
});
