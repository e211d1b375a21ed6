/**
 * E6: nothing echoes a secret. A path segment that is, or contains, something shaped like a
 * Tessera secret (`tsr_<kind>_...`, checksum or not: a mistyped secret is still a secret) or a
 * legacy key (a run of 32 or more hex characters, glued to other text or not) is shown as its
 * 12-character display prefix followed by `…`, in problem documents, the journal and logs.
 */
import { decodePathSegment } from "./operations.js";

const SECRET_SHAPED = /tsr_(?:ses|pat|oat)_[0-9A-Za-z]*|[0-9a-fA-F]{32,}/g;
/** The same pattern without the global flag's state, to test for any match. */
const ANY_SECRET_SHAPED = new RegExp(SECRET_SHAPED.source);

/** The text with every secret-shaped run cut to its display prefix. */
export function redactSecrets(text: string): string {
  // Tested first: most text (every request's method, for the journal) has nothing to redact.
  if (!ANY_SECRET_SHAPED.test(text)) return text;
  return text.replace(SECRET_SHAPED, (secret) => `${secret.slice(0, 12)}…`);
}

/** A URL path with every segment that holds a secret (plain or percent-encoded) redacted. */
export function redactPath(pathname: string): string {
  // Neither pattern can match across a "/", so a path without a match or a percent-encoding has
  // no segment to redact (every request's journal entry takes this way).
  if (!pathname.includes("%") && !ANY_SECRET_SHAPED.test(pathname)) return pathname;
  return pathname
    .split("/")
    .map((segment) => {
      const decoded = decodePathSegment(segment);
      const redacted = redactSecrets(decoded);
      return redacted === decoded ? segment : redacted;
    })
    .join("/");
}
