/**
 * Comparing two units by term ids rather than by strings. Every term, derivational family and word
 * pair of a story gets a small integer; a unit loaded into a slot marks its ids in dense arrays, so
 * looking up another unit's term is an array read, not a hash lookup. Pairs come grouped by their
 * first unit, so that unit stays loaded while its partners pass. Sums run over the same terms in
 * the same order as with maps, so every feature is the same to the last bit.
 */

/** Integer ids of a story's terms, families and word pairs (one id space: none of them collide). */
export class TermIds {
  readonly #ids = new Map<string, number>();
  /** Word pairs by the ids of their two terms (`first * PAIR_BASE + second`): no string made per pair. */
  readonly #pairs = new Map<number, number>();
  #size = 0;

  /** The id of `term`, given on first sight. */
  id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#size++;
      this.#ids.set(term, id);
    }
    return id;
  }

  /** The id of the word pair of two terms' ids ("retirement age"), given on first sight. */
  pair(first: number, second: number): number {
    const key = first * PAIR_BASE + second;
    let id = this.#pairs.get(key);
    if (id === undefined) {
      id = this.#size++;
      this.#pairs.set(key, id);
    }
    return id;
  }

  /** The id of `term`, or undefined when no unit of the story has it. */
  known(term: string): number | undefined {
    return this.#ids.get(term);
  }

  get size(): number {
    return this.#size;
  }
}

/** Above any term id of a story (2^26 terms), so a pair's key is exact in a double. */
const PAIR_BASE = 2 ** 26;

/** A unit's terms as ids: what a slot marks and what the other unit of a pair looks up. */
export interface IdProfile {
  /** Position of the unit in the story (which unit a slot holds). */
  unit: number;
  /** The `all` and `content` weight maps as ids and weights, in the maps' order. */
  allIds: number[];
  allWeights: number[];
  contentIds: number[];
  contentWeights: number[];
  /** `unit.content` as ids, in its order. */
  unitContentIds: number[];
  familyIds: number[];
  bigramIds: number[];
}

/** Dense marks of one loaded unit. `stamp` tells this unit's marks from an earlier unit's. */
export class Slot {
  #held = -1;
  #stamp = 0;
  readonly #allAt: Int32Array;
  readonly #allWeight: Float64Array;
  readonly #contentAt: Int32Array;
  readonly #contentWeight: Float64Array;
  readonly #familyAt: Int32Array;
  readonly #bigramAt: Int32Array;

  constructor(size: number) {
    this.#allAt = new Int32Array(size);
    this.#allWeight = new Float64Array(size);
    this.#contentAt = new Int32Array(size);
    this.#contentWeight = new Float64Array(size);
    this.#familyAt = new Int32Array(size);
    this.#bigramAt = new Int32Array(size);
  }

  /** Marks the unit's ids (nothing to do when it is already the one held). */
  load(p: IdProfile): void {
    if (this.#held === p.unit) return;
    this.#held = p.unit;
    const stamp = ++this.#stamp;
    for (let k = 0; k < p.allIds.length; k++) {
      const id = p.allIds[k] as number;
      this.#allAt[id] = stamp;
      this.#allWeight[id] = p.allWeights[k] as number;
    }
    for (let k = 0; k < p.contentIds.length; k++) {
      const id = p.contentIds[k] as number;
      this.#contentAt[id] = stamp;
      this.#contentWeight[id] = p.contentWeights[k] as number;
    }
    for (let k = 0; k < p.familyIds.length; k++) this.#familyAt[p.familyIds[k] as number] = stamp;
    for (let k = 0; k < p.bigramIds.length; k++) this.#bigramAt[p.bigramIds[k] as number] = stamp;
  }

  /** Dot product of the given weights with the held unit's `all` weights, summed in the given order. */
  dotAll(ids: readonly number[], weights: readonly number[]): number {
    let dot = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (this.#allAt[id] === this.#stamp) dot += (weights[k] as number) * (this.#allWeight[id] as number);
    }
    return dot;
  }

  /** The same over the held unit's `content` weights. */
  dotContent(ids: readonly number[], weights: readonly number[]): number {
    let dot = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (this.#contentAt[id] === this.#stamp) dot += (weights[k] as number) * (this.#contentWeight[id] as number);
    }
    return dot;
  }

  hasContent(id: number): boolean {
    return this.#contentAt[id] === this.#stamp;
  }

  hasFamily(id: number): boolean {
    return this.#familyAt[id] === this.#stamp;
  }

  hasBigram(id: number): boolean {
    return this.#bigramAt[id] === this.#stamp;
  }
}

/** A story's ids and the two slots a pair is compared in (made when the first pair is compared). */
export class PairSpace {
  readonly ids = new TermIds();
  #slots: [Slot, Slot] | null = null;

  /** Loads `a` into the first slot and `b` into the second and returns them. */
  load(a: IdProfile, b: IdProfile): [Slot, Slot] {
    const slots = this.#made();
    slots[0].load(a);
    slots[1].load(b);
    return slots;
  }

  /** Loads `a` into the first slot alone and returns it (for a test that reads one side only). */
  loadFirst(a: IdProfile): Slot {
    const slot = this.#made()[0];
    slot.load(a);
    return slot;
  }

  #made(): [Slot, Slot] {
    this.#slots ??= [new Slot(this.ids.size), new Slot(this.ids.size)];
    return this.#slots;
  }
}
