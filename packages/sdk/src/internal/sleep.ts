import { raceAbort } from "./raceAbort.js";

/**
 * Waits `ms` milliseconds; rejects with the signal's reason as soon as it aborts (and then clears
 * the timer). The default for `ClientOptions.sleep`.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return raceAbort(wait, signal).finally(() => clearTimeout(timer));
}
