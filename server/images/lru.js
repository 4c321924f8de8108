// A small bounded cache: images are costly to render but must not grow memory without limit.

/**
 * Least-recently-used cache holding at most `capacity` entries (a Map keeps insertion order, so the
 * first key is the least recently used once reads re-insert).
 * @template V
 */
export class LruCache {
  /** @param {number} capacity */
  constructor(capacity) {
    /** @private */
    this.capacity = capacity;
    /** @private @type {Map<string, V>} */
    this.entries = new Map();
  }

  /**
   * The value for a key, marking it as recently used.
   * @param {string} key
   * @returns {V | undefined}
   */
  get(key) {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /**
   * Stores a value, evicting the least recently used entry when full.
   * @param {string} key
   * @param {V} value
   */
  set(key, value) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      this.entries.delete(/** @type {string} */ (this.entries.keys().next().value));
    }
  }

  /**
   * Forgets a key.
   * @param {string} key
   */
  delete(key) {
    this.entries.delete(key);
  }

  /** Number of entries held. */
  get size() {
    return this.entries.size;
  }
}
