/**
 * Seed images: a seed loaded once into a store whose records are then frozen, shared by every
 * mock instance (every `X-Mock-Session`, every `createMockApi()` in a test run) that starts from
 * the same seed at the same time. An instance adopts the image (see `Store.adopt`): it reads the
 * image's records through its own indexes and copies one only when it changes it, so a fresh
 * session costs its indexes, not a copy of the seed.
 */

import type { Clock } from "../domain/clock.js";
import type { ServiceConfig } from "../domain/context.js";
import { createStore, type StoreImage } from "../store/createStore.js";
import { applyFixture, type Fixture } from "./fixture.js";

/** Images kept for new instances; the least recently used beyond this are dropped (instances keep theirs). */
const KEPT = 8;
const images = new Map<string, Promise<StoreImage>>();

/**
 * The image of `fixture`, loaded at `start`.
 *
 * @param start The mock clock's start (epoch ms): records the fixture gives no time are stamped
 * with it, in every instance alike. `"live"` (no fixed start) stamps them with the real time when
 * the image is first built, so an instance created later from the same seed sees that time.
 * @note The key is the fixture's JSON text, not its identity, so a fixture object changed between
 * two instances is never answered from a stale image.
 */
export function seedImage(
  fixture: Fixture,
  start: number | "live",
  config: ServiceConfig,
): Promise<StoreImage> {
  const key = `${start} ${JSON.stringify(config)} ${JSON.stringify(fixture)}`;
  const kept = images.get(key);
  if (kept) {
    images.delete(key);
    images.set(key, kept);
    return kept;
  }
  const building = (async () => {
    const store = createStore();
    const at = start === "live" ? Date.now() : start;
    const clock: Clock = { now: () => at };
    await applyFixture({ store, clock, config }, fixture);
    return store.freeze();
  })();
  images.set(key, building);
  building.catch(() => images.delete(key));
  for (const oldest of images.keys()) {
    if (images.size <= KEPT) break;
    images.delete(oldest);
  }
  return building;
}
