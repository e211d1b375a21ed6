/**
 * Thrown when a scenario needs something the target does not offer (the control API, a caller on
 * another machine): the runner reports the test as skipped with this reason, never as passed.
 */
export class Unavailable extends Error {
  override readonly name = "Unavailable";
}
