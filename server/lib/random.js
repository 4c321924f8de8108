// Deterministic pseudo-random numbers: every generated value derives from a string seed, so the same
// event id gives the same event on every machine and every run (Math.random is never used).

/**
 * 32-bit FNV-1a hash of a string, used to turn a readable seed ("event:2001") into PRNG state.
 * @param {string} text
 * @returns {number}
 */
export function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small seeded generator (mulberry32) with the helpers the data generators need. */
export class Random {
  /** @param {string} seed any string; equal seeds give equal sequences */
  constructor(seed) {
    /** @private */
    this.state = hashString(seed);
  }

  /** A float in [0, 1). */
  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /**
   * An integer in [min, max], both included.
   * @param {number} min
   * @param {number} max
   */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /**
   * True with the given probability.
   * @param {number} probability between 0 and 1
   */
  chance(probability) {
    return this.next() < probability;
  }

  /**
   * One element of a non-empty list.
   * @template T
   * @param {readonly T[]} list
   * @returns {T}
   */
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }

  /**
   * One key of a table of relative weights.
   * @template {string} K
   * @param {Readonly<Record<K, number>>} weights
   * @returns {K}
   */
  weighted(weights) {
    const entries = /** @type {[K, number][]} */ (Object.entries(weights));
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /**
   * `count` distinct elements of a list, in random order.
   * @template T
   * @param {readonly T[]} list
   * @param {number} count
   * @returns {T[]}
   */
  sample(list, count) {
    const copy = list.slice();
    const result = [];
    while (result.length < count && copy.length > 0) {
      result.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    }
    return result;
  }
}
