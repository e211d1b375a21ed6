/** Where the things under test live in the repository. */
import { fileURLToPath } from "node:url";

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

export const REPO_ROOT = at("../../");
export const BENCH_ROOT = at("../");
/** The built CLI that `tessera-mock` runs (`pnpm build`). */
export const MOCK_CLI = at("../../mocks/dist/cli.js");
export const MOCK_SOURCES = at("../../mocks/src");
/** The built `@tessera/mock/server` entry (memory is measured on built code, as users run it). */
export const MOCK_SERVER_DIST = at("../../mocks/dist/server.js");
export const SDK_DIST = at("../../packages/sdk/dist/index.js");
export const SDK_SOURCES = at("../../packages/sdk/src");
/** The SDK's size-budget script, reused for the bundle size (it prints the measured size). */
export const SDK_SIZE_SCRIPT = at("../../packages/sdk/scripts/check-size.mjs");
export const SPEC = at("../../spec/openapi.yaml");

export const BASE_URL = "https://api.tessera.dev";
