/**
 * Marks a request a scenario sends against the contract on purpose (E1, A1, A2, ...) to check that
 * the mock refuses it. Targets that only talk to the mock ignore the mark; the Prism run
 * (test/server/prism.test.ts) uses it to demand that Prism flags exactly these requests, in the
 * part named, and that every other request and every response passes Prism cleanly.
 */
import { AsyncLocalStorage } from "node:async_hooks";

/** Which part of the request breaks the contract, as Prism reports it. */
export type BreachedPart = "body" | "query" | "path" | "header" | "security" | "route";

const declared = new AsyncLocalStorage<BreachedPart>();

/**
 * Runs `send`, marking every request it makes as breaking the contract in `part`.
 * @example const response = await breaches("query", () => send(t, "/v1/tokens?limit=0", { token }));
 * @note Built on AsyncLocalStorage, so requests sent concurrently (`Promise.all`) keep their own mark.
 */
export function breaches<T>(part: BreachedPart, send: () => Promise<T>): Promise<T> {
  return declared.run(part, send);
}

/** The part the request being sent declares broken, if any. */
export const declaredBreach = (): BreachedPart | undefined => declared.getStore();
