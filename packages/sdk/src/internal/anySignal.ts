/** A signal that aborts when any of its inputs does, and a way to stop listening to them. */
export interface CombinedSignal {
  readonly signal: AbortSignal;
  /** Removes the listeners from the inputs (call when the signal is no longer needed). */
  dispose(): void;
}

/**
 * Combines abort signals, with the reason of the first to abort.
 * @note `AbortSignal.any` would do, but it is missing on Node 18 and older browsers.
 */
export function anySignal(signals: readonly AbortSignal[]): CombinedSignal {
  const controller = new AbortController();
  const onAbort = (event: Event) => {
    dispose();
    controller.abort((event.target as AbortSignal).reason);
  };
  const dispose = () => {
    for (const signal of signals) signal.removeEventListener("abort", onAbort);
  };
  for (const signal of signals) {
    if (signal.aborted) {
      dispose();
      controller.abort(signal.reason);
      break;
    }
    signal.addEventListener("abort", onAbort);
  }
  return { signal: controller.signal, dispose };
}

/** Settles like `promise`, or rejects with the signal's reason as soon as it aborts. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
