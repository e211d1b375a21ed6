/**
 * Which runtime a script of the matrix is running on, as the runtime itself reports it, so the
 * matrix can check that each cell ran where it says (a `node` on the PATH standing in for Bun
 * would otherwise pass unnoticed).
 */

/** A runtime's name and version, e.g. `{ name: "deno", version: "2.9.6" }`. */
export interface RuntimeIdentity {
  name: "node" | "bun" | "deno" | "workerd";
  version: string;
}

interface RuntimeGlobals {
  Deno?: { version: { deno: string }; args: string[]; exit(code: number): never };
  Bun?: { version: string };
  process?: { versions?: { node?: string } };
  navigator?: { userAgent?: string };
}

/** The runtime this code runs on. Bun and Deno also report a Node version, so they are asked first. */
export function runtimeIdentity(): RuntimeIdentity {
  const g = globalThis as RuntimeGlobals;
  if (g.Deno) return { name: "deno", version: g.Deno.version.deno };
  if (g.Bun) return { name: "bun", version: g.Bun.version };
  // workerd names itself in the user agent and does not expose its version to the Worker.
  if (g.navigator?.userAgent === "Cloudflare-Workers") return { name: "workerd", version: "" };
  if (g.process?.versions?.node) return { name: "node", version: g.process.versions.node };
  throw new Error("runtime matrix: unknown runtime");
}

/** The arguments after the script, on every runtime (Deno's own `Deno.args`, elsewhere `process.argv`). */
export function scriptArguments(): string[] {
  const g = globalThis as RuntimeGlobals;
  if (g.Deno) return g.Deno.args;
  return process.argv.slice(2);
}

/**
 * Ends a script that is done. Node and Bun end by themselves once nothing is pending (so a handle
 * the packages leave open shows up as a timeout); Deno is ended explicitly, because importing msw 2
 * opens a `BroadcastChannel` (msw/lib/core/ws.mjs) that msw unrefs on Node but Deno cannot, which
 * keeps any `deno run` of a script importing msw alive forever.
 */
export function finish(): void {
  const g = globalThis as RuntimeGlobals;
  g.Deno?.exit(0);
}
