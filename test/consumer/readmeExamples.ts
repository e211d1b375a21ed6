/**
 * The README examples the outside-consumer test runs. In README.md and mocks/README.md, a line
 * `<!-- consumer-test: <path> -->` right before a fenced code block makes that block the file
 * `<path>` of the consumer app, so the examples users copy are the ones that are run.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const READMES = ["README.md", "mocks/README.md"];
const MARKED = /^<!-- consumer-test: (\S+) -->\n```\w*\n([\s\S]*?)^```$/gm;

/** The files each README must contribute, so an example cannot drop out of the test unnoticed. */
export const REQUIRED_EXAMPLES = {
  "README.md": [
    "vitest/readme.test.ts",
    "vitest/readme-fixture.test.ts",
    "jest.config.js",
    "jest/readme.test.js",
    "e2e/readme.spec.ts",
  ],
  "mocks/README.md": [
    "vitest/npm-readme.test.ts",
    "vitest/npm-readme-fixture.test.ts",
    "e2e/npm-readme.spec.ts",
  ],
} as const;

/** Every marked example of the READMEs under `root`, by the path it takes in the app. */
export function readmeExamples(root: string): Map<string, string> {
  const examples = new Map<string, string>();
  for (const readme of READMES) {
    const found: string[] = [];
    for (const [, path, code] of readFileSync(join(root, readme), "utf8").matchAll(MARKED)) {
      if (!path || code === undefined) continue;
      if (examples.has(path) && examples.get(path) !== code)
        throw new Error(`${readme}: two different examples for ${path}`);
      examples.set(path, code);
      found.push(path);
    }
    const missing = REQUIRED_EXAMPLES[readme as keyof typeof REQUIRED_EXAMPLES].filter(
      (path) => !found.includes(path),
    );
    if (missing.length > 0) throw new Error(`${readme} has no example marked for ${missing.join(", ")}`);
  }
  return examples;
}
