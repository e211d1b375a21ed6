/**
 * Runs sections one at a time, in arrival order.
 *
 * @note @msw/data's writes are async (schema validation may be), so a check such as "fewer than 50
 * active tokens" followed by a create could interleave with another request's. Every state-changing
 * domain operation runs inside one of these sections, which makes T4 hold under concurrency and lets
 * a concurrent rotate and revoke of one token end in one consistent state.
 *
 * A section that arrives when none is running or waiting runs at once, and its result (or its
 * error) is the caller's as it is: a synchronous section (a create or a revoke of a token) is whole
 * before anything else can run, with no promise turn in between. Waiting behind a section that
 * had nothing to wait for cost every write a promise and a turn for nothing (issue 17).
 */
export function createExclusive(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  /** Sections started or waiting, not yet settled. */
  let open = 0;
  const release = () => {
    open--;
  };
  return function exclusive<T>(section: () => Promise<T> | T): T | Promise<T> {
    if (open === 0) {
      open++;
      let result: Promise<T> | T;
      try {
        result = section();
      } catch (error) {
        open--;
        throw error;
      }
      if (!isThenable(result)) {
        open--;
        return result;
      }
      const running = Promise.resolve(result);
      tail = running.then(release, release);
      return running;
    }
    open++;
    const run = tail.then(section, section);
    tail = run.then(release, release);
    return run;
  };
}

/** Runs a section alone: its result at once when it ran at once and returned one, else a promise. */
export type Exclusive = <T>(section: () => Promise<T> | T) => T | Promise<T>;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === "function";
