/**
 * Clean text (E5, T5): what a token's label and description may contain, and how their length is
 * counted. One rule for every free-text field, so a label typed to confirm a revocation (T10)
 * cannot be spoofed with characters the reader does not see.
 */
import { invalidField } from "./errors.js";

/**
 * Unicode Cc (controls, NUL to U+009F, tab and newline included), Cf (format characters: bidi
 * overrides such as U+202E, zero-width spaces and joiners, the byte order mark) and Cs (a surrogate
 * left unpaired, which JSON's `\ud800` escapes can produce but which is no character at all), and
 * the line and paragraph separators Zl and Zp (U+2028, U+2029), which break a label over lines
 * as a newline would.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;

/** The length of `text` in code points: an emoji counts as one character, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** The first control, format or unpaired surrogate code point in `text` as `U+XXXX`, or null. */
export function unsafeCharacter(text: string): string | null {
  const found = UNSAFE.exec(text)?.[0];
  if (found === undefined) return null;
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * E5: refuses a text field holding a control or format character (400 at `pointer`). Runs on the
 * value as sent, before any trimming, so a trailing newline is refused rather than silently removed.
 */
export function requireCleanText(pointer: string, name: string, text: string): void {
  const unsafe = unsafeCharacter(text);
  if (unsafe !== null) {
    throw invalidField(
      pointer,
      `The ${name} must not contain control or format characters (found ${unsafe}).`,
    );
  }
}

/** T5: whether a label is 1 to 100 code points long after trimming. */
export const isLabelLength = (label: string): boolean => {
  const length = codePointLength(label.trim());
  return length >= 1 && length <= 100;
};

/** T5 and E5: clean, and 1 to 100 code points after trimming. Returns the trimmed label. */
export function checkLabel(label: string): string {
  requireCleanText("/body/label", "label", label);
  if (!isLabelLength(label)) {
    throw invalidField("/body/label", "The label must be 1 to 100 characters long after trimming spaces.");
  }
  return label.trim();
}

/** E5: a description is clean text (its length, up to 500 code points, is the contract's). */
export function checkDescription<T extends string | null | undefined>(description: T): T {
  if (typeof description === "string") requireCleanText("/body/description", "description", description);
  return description;
}
