/**
 * A memo of numbers by a pair's key (a whole number, at least 0) in two typed arrays with open
 * addressing; a key past 2^31 - 1 (a story of more than 46,340 units) goes in a map beside them.
 * The matcher keeps a probability per pair of unit classes and a score per pair clustering asks for,
 * thousands to a million per story: in a `Map` each probability was a boxed number, and the map
 * grew by copying its whole table, about 1% of the analysis's allocation together.
 */
export class PairTable {
  #keys: Int32Array;
  #values: Float64Array;
  #mask: number;
  #size = 0;
  #large: Map<number, number> | null = null;

  /** A table with room for about `expected` entries before it grows. */
  constructor(expected = 0) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.#keys = new Int32Array(capacity).fill(-1);
    this.#values = new Float64Array(capacity);
    this.#mask = capacity - 1;
  }

  /** The value kept for `key`, or undefined. */
  get(key: number): number | undefined {
    if (key > LARGEST) return this.#large?.get(key);
    const keys = this.#keys;
    for (let at = slot(key, this.#mask); ; at = (at + 1) & this.#mask) {
      const found = keys[at] as number;
      if (found === key) return this.#values[at];
      if (found === -1) return undefined;
    }
  }

  /** Keeps `value` for `key` (a key not kept yet). */
  set(key: number, value: number): void {
    if (key > LARGEST) {
      (this.#large ??= new Map()).set(key, value);
      return;
    }
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    this.#put(key, value);
    this.#size++;
  }

  #put(key: number, value: number): void {
    const keys = this.#keys;
    let at = slot(key, this.#mask);
    while (keys[at] !== -1 && keys[at] !== key) at = (at + 1) & this.#mask;
    keys[at] = key;
    this.#values[at] = value;
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(keys.length * 2).fill(-1);
    this.#values = new Float64Array(keys.length * 2);
    this.#mask = keys.length * 2 - 1;
    for (let k = 0; k < keys.length; k++) if ((keys[k] as number) !== -1) this.#put(keys[k] as number, values[k] as number);
  }
}

/** The largest key the typed arrays hold. */
const LARGEST = 0x7fffffff;

/** Where a key's probe starts: its bits mixed (keys of one story differ mostly in their low bits), masked. */
function slot(key: number, mask: number): number {
  const h = Math.imul(key, 0x9e3779b1);
  return (h ^ (h >>> 16)) & mask;
}
