/**
 * The README's recipes for test runners other than vitest (`bun test`, `deno test`), as the runtime
 * matrix runs them. In README.md, a line `<!-- runtime-test: <path> -->` right before a fenced code
 * block makes that block the file `<path>` of the matrix's app: a test file, or a `.sh` file whose
 * one line is the command that runs it, so what users copy is what the matrix runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const MARKED = /^<!-- runtime-test: (\S+) -->\n```\w*\n([\s\S]*?)^```$/gm;

/** The recipes README.md must contain, so one cannot drop out of the matrix unnoticed. */
export const REQUIRED_RECIPES = [
  "bun/readme.test.ts",
  "bun/command.sh",
  "deno/readme.test.ts",
  "deno/command.sh",
] as const;

/** Every recipe of README.md under `root`, by its path in the app. */
export function readmeRecipes(root: string): Map<string, string> {
  const recipes = new Map<string, string>();
  for (const [, path, code] of readFileSync(join(root, "README.md"), "utf8").matchAll(MARKED)) {
    if (!path || code === undefined) continue;
    if (recipes.has(path)) throw new Error(`README.md: two recipes for ${path}`);
    recipes.set(path, code);
  }
  const missing = REQUIRED_RECIPES.filter((path) => !recipes.has(path));
  if (missing.length > 0) throw new Error(`README.md has no recipe marked for ${missing.join(", ")}`);
  return recipes;
}

/** The words of a recipe's one-line command (`bun test`, `deno test --allow-env=NODE_ENV`). */
export function recipeCommand(recipes: Map<string, string>, path: string): string[] {
  const lines = (recipes.get(path) ?? "").split("\n").filter((line) => line.trim() !== "");
  if (lines.length !== 1) throw new Error(`README.md: the recipe ${path} must be one command line`);
  return (lines[0] as string).trim().split(/\s+/);
}
