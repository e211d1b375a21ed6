import { describe, expect, test } from "vitest";
import { DomainError } from "./errors.js";
import { checkDescription, checkLabel } from "./text.js";

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, code: error.code, ...error.extras };
    throw error;
  }
  return null;
};

describe("labels", () => {
  test.each([
    ["NUL", "ci\u0000"],
    ["a bidi override", "\u202eyek-dorp"],
    ["a zero-width space", "prod\u200b"],
    ["a zero-width joiner", "pro\u200dd"],
    ["a byte order mark", "\ufeffci"],
    ["a tab", "ci\tdeploy"],
    ["a newline at the end, which trimming would otherwise hide", "ci\n"],
    ["DEL", "ci\u007f"],
    ["a C1 control", "ci\u0085"],
    ["a language tag", "ci\u{e0001}"],
    ["an unpaired surrogate", "ci\ud800"],
    ["the issue's spoof", "\u0000\u202e\u200b"],
    ["a line separator", "ci\u2028deploy"],
    ["a paragraph separator", "ci\u2029deploy"],
  ])("E5: a label with %s is refused at /body/label", (_name, label) => {
    const refused = refusal(() => checkLabel(label));
    expect(refused).toMatchObject({ status: 400, code: "invalid_request" });
    expect(refused?.errors).toEqual([
      { pointer: "/body/label", detail: expect.stringMatching(/^The label must not contain control/) },
    ]);
  });

  test.each([
    ["NUL", "a\u0000b", "U+0000"],
    ["a bidi override", "\u202eyek-dorp", "U+202E"],
    ["a tag character", "ci\u{e007f}", "U+E007F"],
    ["an unpaired low surrogate", "\udc00ci", "U+DC00"],
  ])("E5: the refusal of %s names the character found", (_name, label, found) => {
    expect(refusal(() => checkLabel(label))?.errors?.[0]?.detail).toBe(
      `The label must not contain control or format characters (found ${found}).`,
    );
  });

  test.each([
    ["100 emoji", "😀".repeat(100)],
    ["100 astral letters", "𝒜".repeat(100)],
    ["100 emoji with spaces around them", `  ${"😀".repeat(100)}  `],
  ])("E5: %s are counted in code points and accepted", (_name, label) => {
    expect(checkLabel(label)).toBe(label.trim());
  });

  // What clean text still allows: E5 refuses Cc and Cf, not the marks and symbols emoji are made of.
  test.each([
    ["100 accented letters with spaces around them", `  ${"é".repeat(100)}  `],
    ["a flag, a keycap and a variation selector", "🇫🇷 1️⃣ ❤️ deploy"],
    ["a combining accent", "cafe\u0301"],
  ])("T5: accepted: %s", (_name, label) => {
    expect(checkLabel(label)).toBe(label.trim());
  });

  test.each([
    ["101 emoji", "😀".repeat(101)],
    ["101 astral letters", "𝒜".repeat(101)],
    ["nothing but spaces", "   "],
  ])("T5: %s are refused", (_name, label) => {
    expect(refusal(() => checkLabel(label))?.errors?.[0]).toEqual({
      pointer: "/body/label",
      detail: "The label must be 1 to 100 characters long after trimming spaces.",
    });
  });
});

describe("descriptions", () => {
  test.each([
    ["a bidi override", "deploys \u202etoken"],
    ["a zero-width space", "\u200b"],
    ["a newline", "line one\nline two"],
    ["NUL", "\u0000"],
  ])("E5: a description with %s is refused at /body/description", (_name, description) => {
    expect(refusal(() => checkDescription(description))).toMatchObject({
      status: 400,
      code: "invalid_request",
      errors: [{ pointer: "/body/description", detail: expect.stringMatching(/^The description must not/) }],
    });
  });

  test.each([null, undefined, "", "Used by the deploy pipeline 🚀", "😀".repeat(500)])(
    "T1: a plain description (%j) is accepted as it is",
    (description) => {
      expect(checkDescription(description)).toBe(description);
    },
  );
});
