/**
 * Runs async sections one at a time, in arrival order.
 *
 * @note @msw/data's writes are async (schema validation may be), so a check such as "fewer than 50
 * active tokens" followed by a create could interleave with another request's. Every state-changing
 * domain operation runs inside one of these sections, which makes T4 hold under concurrency and lets
 * a concurrent rotate and revoke of one token end in one consistent state.
 */
export function createExclusive() {
  let tail: Promise<unknown> = Promise.resolve();
  return function exclusive<T>(section: () => Promise<T> | T): Promise<T> {
    const run = tail.then(section, section);
    tail = run.catch(() => undefined);
    return run;
  };
}
