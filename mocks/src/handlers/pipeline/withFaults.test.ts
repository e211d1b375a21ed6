import { beforeEach, describe, expect, test, vi } from "vitest";
import type { Caller } from "../../domain/context.js";
import { DomainError } from "../../domain/errors.js";
import { createFaults, type FaultTable } from "../faults.js";
import type { Outcome } from "./outcome.js";
import { withFaults } from "./withFaults.js";

const caller = { credentialId: "tok_1" } as Caller;
const served: Record<string, Outcome> = {
  result: { caller, kind: "result", result: { status: 201, body: {} } },
  refusal: { caller, kind: "error", error: new DomainError(403, "forbidden", "no") },
  crash: { caller, kind: "error", error: new Error("disk full") },
  unauthenticated: { caller: null, kind: "error", error: new DomainError(401, "unauthenticated", "who?") },
};

let faults: FaultTable;
beforeEach(() => {
  faults = createFaults({ now: () => 0 });
});

describe("withFaults", () => {
  test("without a fault the request is served as it is", async () => {
    const serve = vi.fn(async () => served.result as Outcome);
    expect(await withFaults(faults, "createToken", serve)).toBe(served.result);
    expect(serve).toHaveBeenCalledOnce();
  });

  test("a fault before handling answers without serving (no state change, no caller)", async () => {
    faults.failWith(503, { retryAfterSeconds: 7 });
    const serve = vi.fn(async () => served.result as Outcome);
    const outcome = await withFaults(faults, "createToken", serve);
    expect(serve).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({
      caller: null,
      kind: "error",
      error: { status: 503, extras: { retryAfterSeconds: 7 } },
    });
  });

  test("afterHandling: a served success is lost, its caller kept for the journal", async () => {
    faults.failWith(503, { afterHandling: true, times: 1 });
    expect(await withFaults(faults, "createToken", async () => served.result as Outcome)).toMatchObject({
      caller,
      kind: "error",
      error: { status: 503, code: "service_unavailable" },
    });
    faults.networkError({ afterHandling: true });
    expect(await withFaults(faults, "createToken", async () => served.result as Outcome)).toEqual({
      caller,
      kind: "dropped",
    });
  });

  test.each(["refusal", "crash", "unauthenticated"])(
    "afterHandling: a %s is answered as it was, not replaced by the fault",
    async (name) => {
      faults.failWith(503, { afterHandling: true });
      faults.networkError({ afterHandling: true });
      const outcome = served[name] as Outcome;
      expect(await withFaults(faults, "createToken", async () => outcome)).toBe(outcome);
    },
  );

  test("a 429 fault carries Retry-After 1 unless told otherwise", async () => {
    faults.failWith(429);
    const outcome = await withFaults(faults, null, async () => served.result as Outcome);
    expect(outcome).toMatchObject({
      error: { status: 429, code: "rate_limited", extras: { retryAfterSeconds: 1 } },
    });
  });
});
