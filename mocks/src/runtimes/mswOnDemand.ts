import type { Msw, MswLayer } from "./mswLayer.js";

let loaded: MswLayer | undefined;
let loading: Promise<MswLayer> | undefined;

/**
 * msw loaded the first time a session needs it, for the CLI (`tessera-mock`): nothing in that
 * process installs a `use()` override or reads `api.handlers`, so msw (and undici, which its
 * Response subclass loads) never weighs on its start. One load per process, shared by every session.
 */
export const mswOnDemand: Msw = {
  now: () => loaded,
  load: () => {
    loading ??= Promise.all([import("msw"), import("../handlers/createHandlers.js")]).then(
      ([{ getResponse }, { createHandlers }]) => {
        loaded = { createHandlers, getResponse };
        return loaded;
      },
    );
    return loading;
  },
};
