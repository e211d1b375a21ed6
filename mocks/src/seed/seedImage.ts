/**
 * Seed images: a seed loaded once into a store whose records are then frozen, shared by every
 * mock instance (every `X-Mock-Session`, every `createMockApi()` in a test run) that starts from
 * the same seed at the same time. An instance adopts the image (see `Store.adopt`): it reads the
 * image's records through its own indexes and copies one only when it changes it, so a fresh
 * session costs its indexes, not a copy of the seed.
 */

import type { Clock } from "../domain/clock.js";
import type { ServiceConfig } from "../domain/context.js";
import { startImageLifecycle } from "../domain/lifecycle.js";
import { createStore, type StoreImage } from "../store/createStore.js";
import { applyFixture, type Fixture } from "./fixture.js";

/**
 * Images by fixture, then by start and configuration; per fixture the least recently used beyond
 * `KEPT` are dropped (instances keep theirs).
 */
const KEPT = 8;
const images = new WeakMap<Fixture, Map<string, Promise<StoreImage>>>();

/**
 * The image of `fixture`, loaded at `start`.
 *
 * @param start The mock clock's start (epoch ms): records the fixture gives no time are stamped
 * with it, in every instance alike. `"live"` (no fixed start) stamps them with the real time when
 * the image is first built, so an instance created later from the same seed sees that time.
 * @note Keyed by the fixture object: `createMockApi` passes the demo seed (frozen) or its checked
 * copy of a custom fixture (`validSeed`: the same copy while the text is the same, a new one when
 * the caller changed it), neither of which ever changes, so the text is not serialized again here.
 */
export function seedImage(
  fixture: Fixture,
  start: number | "live",
  config: ServiceConfig,
): Promise<StoreImage> {
  const key = `${start} ${JSON.stringify(config)}`;
  let byStart = images.get(fixture);
  if (!byStart) {
    byStart = new Map();
    images.set(fixture, byStart);
  }
  const kept = byStart.get(key);
  if (kept) {
    byStart.delete(key);
    byStart.set(key, kept);
    return kept;
  }
  const building = (async () => {
    const store = createStore();
    const at = start === "live" ? Date.now() : start;
    const clock: Clock = { now: () => at };
    const ctx = { store, clock, config };
    await applyFixture(ctx, fixture);
    // P3, P5: the image's first instant ahead, so an instance adopting it need not walk every token.
    startImageLifecycle(ctx);
    return store.freeze();
  })();
  const cache = byStart;
  cache.set(key, building);
  building.catch(() => cache.delete(key));
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT) break;
    cache.delete(oldest);
  }
  return building;
}
