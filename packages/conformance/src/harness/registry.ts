/**
 * The part of vitest's API the scenarios use (`describe`, `test`, `test.each`, `it`), as a
 * registry: the kit's build resolves `vitest` in the scenarios to ./vitest.ts, so calling a
 * scenario group registers its tests here, and the runner runs them one at a time. Anything else
 * of vitest's that a scenario starts to use is missing here, so the build fails loudly.
 */

/** One registered test: its full name (`group > test`) and its body. */
export interface RegisteredTest {
  name: string;
  body: () => unknown;
}

let registered: RegisteredTest[] | undefined;
const path: string[] = [];

/** Runs `register` (scenario groups calling `describe` and `test`) and returns what it registered. */
export function collectTests(register: () => void): RegisteredTest[] {
  const previous = registered;
  registered = [];
  try {
    register();
    return registered;
  } finally {
    registered = previous;
  }
}

/** Groups tests under a name, as vitest's `describe` does. */
export function describe(name: string, body: () => void): void {
  path.push(name);
  try {
    body();
  } finally {
    path.pop();
  }
}

function register(name: string, body: () => unknown): void {
  if (!registered)
    throw new Error("[tessera-conformance] a scenario registered a test outside collectTests()");
  registered.push({ name: [...path, name].join(" > "), body });
}

/** vitest's printf-style names for `test.each` rows: `%s`, `%d`, `%i`, `%j`, `%o`, `%%`. */
function formatName(template: string, row: readonly unknown[]): string {
  let next = 0;
  return template.replace(/%([sdijo%])/g, (match, kind: string) => {
    if (kind === "%") return "%";
    if (next >= row.length) return match;
    const value = row[next++];
    if (kind === "j" || kind === "o") return JSON.stringify(value);
    if (kind === "d" || kind === "i") return String(Number(value));
    return String(value);
  });
}

/** Registers a test; `test.each(rows)(name, body)` registers one per row. */
export const test = Object.assign(register, {
  each:
    <Row extends readonly unknown[]>(rows: readonly Row[]) =>
    (name: string, body: (...args: Row) => unknown): void => {
      for (const row of rows) register(formatName(name, row), () => body(...row));
    },
});

export const it = test;
