/**
 * @tessera/mock: the Tessera service in memory.
 *
 * Layers, with dependencies pointing one way (DESIGN.md §1):
 *   runtimes (node, browser, fetch, http server, cli)
 *     -> handlers (HTTP <-> domain, validation, problem+json)
 *       -> domain (token rules, pure, clock-injected)
 *         -> store (@msw/data collections + indexes)
 */
export {};
