import type { Caller } from "../../domain/context.js";
import type { OperationResult } from "../operationTypes.js";

/**
 * What became of one request, before it is turned into a response: the rule's result, the error
 * that stopped it, or a dropped connection (an injected network fault). `caller` is the credential
 * that was authenticated, if the request got that far: the journal and the legacy-key headers
 * (T17) need it whether the request succeeded or not.
 */
export type Outcome = { caller: Caller | null } & (
  | { kind: "result"; result: OperationResult }
  | { kind: "error"; error: unknown }
  | { kind: "dropped" }
);

/**
 * Runs `step` for an authenticated caller and settles it into an {@link Outcome}: at once for a
 * step that answers at once (the token rules), so a write section needs no promise (issue 17).
 */
export function settle(
  caller: Caller | null,
  step: () => Promise<OperationResult> | OperationResult,
): Outcome | Promise<Outcome> {
  let result: Promise<OperationResult> | OperationResult;
  try {
    result = step();
  } catch (error) {
    return { caller, kind: "error", error };
  }
  if (!(result instanceof Promise)) return { caller, kind: "result", result };
  return result.then(
    (answered): Outcome => ({ caller, kind: "result", result: answered }),
    (error: unknown): Outcome => ({ caller, kind: "error", error }),
  );
}
