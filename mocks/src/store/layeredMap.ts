/**
 * A `Map` over a frozen parent map that it never writes: reads fall through to the parent, changes
 * stay in this layer. A session's indexes are layers over its seed image's (see indexes.ts), so a
 * new session costs the same with 50,000 seeded tokens as with 7: nothing is copied (a shallow copy
 * of every index was ~6 MB and most of a second per session at that size; issue 17).
 *
 * It behaves as a `Map` would had it been copied from the parent, including iteration order: the
 * parent's keys in the parent's order (a key set again keeps its place), then keys added here. Values
 * must never be `undefined` (no index stores one).
 *
 * @note Plain fields, not `#private` ones, and one map for every key set here, so a read that hits
 * this layer is one lookup and one that falls through is two: reads are the hot path of every request.
 * The inner map and set are made on the first change: most of a session's layers never change.
 */
/** Shared stand-ins for a layer's map and set until its first change; never written. */
const EMPTY: ReadonlyMap<unknown, unknown> = new Map();
const NONE: ReadonlySet<unknown> = new Set();

export class LayeredMap<K, V> implements Map<K, V> {
  /** Every key set here: new keys, and parent keys given a new value (those keep their place). */
  private own: Map<K, V> = EMPTY as Map<K, V>;
  /** Parent keys deleted here (set again, they count as new, at the end). */
  private hidden: Set<K> = NONE as Set<K>;
  /** Keys in `own` that the parent does not show: new ones. */
  private added = 0;
  private parent: ReadonlyMap<K, V>;

  constructor(parent: ReadonlyMap<K, V>) {
    this.parent = parent;
  }

  /** A map that starts as `parent` shows it: a layer over it, or a plain empty `Map` without one. */
  static over<K, V>(parent: ReadonlyMap<K, V> | undefined): Map<K, V> {
    return parent && parent.size > 0 ? new LayeredMap(parent) : new Map<K, V>();
  }

  /** Whether the parent shows `key` (not hidden here). */
  private inParent(key: K): boolean {
    return !(this.hidden.size !== 0 && this.hidden.has(key)) && this.parent.has(key);
  }

  get size(): number {
    return this.parent.size - this.hidden.size + this.added;
  }

  get(key: K): V | undefined {
    const value = this.own.get(key);
    if (value !== undefined) return value;
    if (this.hidden.size !== 0 && this.hidden.has(key)) return undefined;
    return this.parent.get(key);
  }

  has(key: K): boolean {
    return this.own.has(key) || this.inParent(key);
  }

  set(key: K, value: V): this {
    if (this.own === EMPTY) this.own = new Map();
    // A key new to this layer shows in its size: one lookup for a key set here before, not three.
    const size = this.own.size;
    this.own.set(key, value);
    if (this.own.size !== size && !this.inParent(key)) this.added++;
    return this;
  }

  delete(key: K): boolean {
    const visibleInParent = this.inParent(key);
    if (this.own.delete(key)) {
      if (visibleInParent) this.hide(key);
      else this.added--;
      return true;
    }
    if (!visibleInParent) return false;
    this.hide(key);
    return true;
  }

  private hide(key: K): void {
    if (this.hidden === NONE) this.hidden = new Set();
    this.hidden.add(key);
  }

  clear(): void {
    this.parent = EMPTY as Map<K, V>;
    this.own = EMPTY as Map<K, V>;
    this.hidden = NONE as Set<K>;
    this.added = 0;
  }

  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.parent) {
      if (this.hidden.has(key)) continue;
      const replaced = this.own.get(key);
      yield [key, replaced === undefined ? value : replaced];
    }
    for (const entry of this.own) if (!this.inParent(entry[0])) yield entry;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return "Map";
  }
}
