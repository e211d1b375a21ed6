/**
 * The rule ids a scenario checks, read from its name as the suite writes them
 * (`T4: ...`, `T3/T9: ...`, `§2: ...`); the authorization matrix's rows are `matrix`, and
 * scenarios of the mock's own controls (faults, journal) name no rule and are grouped under `mock`.
 */
export function ruleIdsOf(fullName: string): string[] {
  if (fullName.startsWith("authorization matrix > ")) return ["matrix"];
  const name = fullName.split(" > ").at(-1) ?? fullName;
  const head = /^((?:[A-Z]\d+|§\d+)(?:\/(?:[A-Z]\d+|§\d+))*):/.exec(name);
  return head?.[1] ? head[1].split("/") : ["mock"];
}

/** Orders rule ids as DESIGN.md lists them: by family, then by number. */
export function compareRuleIds(a: string, b: string): number {
  const order = "§AQSTHEP";
  const family = (id: string) => (order.includes(id[0] ?? "") ? order.indexOf(id[0] ?? "") : order.length);
  const number = (id: string) => Number(id.slice(1)) || 0;
  return family(a) - family(b) || number(a) - number(b) || a.localeCompare(b);
}
