/**
 * A bounded least-recently-used cache whose entries also expire: a page left open all day must neither grow
 * without bound nor show yesterday's listing.
 */

interface Entry<V> {
  value: V;
  expires: number;
}

/** LRU cache with a maximum size and a time to live per entry. */
export class TtlLruCache<V> {
  /** A `Map` keeps insertion order: re-inserting on each hit makes its first key the least recently used. */
  readonly #entries = new Map<string, Entry<V>>();
  readonly #maxSize: number;
  readonly #ttlMs: number;
  readonly #now: () => number;

  /** A cache of at most `maxSize` entries living `ttlMs` each; a size or TTL of 0 disables it. */
  constructor(maxSize: number, ttlMs: number, now: () => number = Date.now) {
    this.#maxSize = Number.isFinite(maxSize) && maxSize > 0 ? Math.floor(maxSize) : 0;
    this.#ttlMs = Number.isFinite(ttlMs) && ttlMs > 0 ? ttlMs : 0;
    this.#now = now;
  }

  /** Number of entries held, expired ones included until they are next looked at or evicted. */
  get size(): number {
    return this.#entries.size;
  }

  /** The fresh value under `key` (marking it recently used), or undefined; an expired entry is removed. */
  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= this.#now()) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value` under `key`, evicting the least recently used entries beyond the size bound. */
  set(key: string, value: V): void {
    if (this.#maxSize === 0 || this.#ttlMs === 0) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.#now() + this.#ttlMs });
    while (this.#entries.size > this.#maxSize) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  /** Removes one entry. */
  delete(key: string): void {
    this.#entries.delete(key);
  }

  /** Removes every entry. */
  clear(): void {
    this.#entries.clear();
  }
}
