/** What `import { describe, expect, test } from "vitest"` in the scenarios resolves to in the kit's build. */
export { expect } from "./expect.js";
export { describe, it, test } from "./registry.js";
