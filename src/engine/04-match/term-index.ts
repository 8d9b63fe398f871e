/**
 * Interned term ids for one story, and scratch arrays for fast sparse dot products: each clause's
 * TF-IDF vector is also kept as typed arrays (term ids, weights, positions, flags) in the order of
 * its Map, so `textSimilarity` sums in exactly the same order as a Map-based loop would, without
 * hashing a string per term per pair.
 */
import { termOf } from '../03-annotate/terms.ts';
import { FRAME_WORDS } from '../words.ts';
import { ROLE_TERMS } from './paraphrases.ts';

/** Term flags. NAME is per clause (a word of a mentioned entity); the others hold for the term everywhere. */
export const NAME = 1;
export const NOT_CONTENT = 2;
export const ROLE = 4;

/**
 * Terms that are no evidence of one claim: the attribution frame (who said it, not what was said).
 */
export const NOT_CONTENT_TERMS: ReadonlySet<string> = new Set(
  [...FRAME_WORDS].map((word) => termOf(word)).filter((term): term is string => term !== null),
);

/** A clause's term vector as typed arrays, in the Map's insertion order. */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
  /** Position of the term's first occurrence in the clause. */
  positions: Int32Array;
  flags: Uint8Array;
}

/** The story's term ids and the scratch space for one sparse vector at a time. */
export class TermIndex {
  readonly #ids = new Map<string, number>();
  readonly #flags: number[] = [];
  /** Scratch: the scattered vector's weight, position and flags by term id, valid where `stamp` is `clock`. */
  weight = new Float64Array(0);
  position = new Int32Array(0);
  flag = new Uint8Array(0);
  stamp = new Int32Array(0);
  clock = 0;

  /** The id of a term, interning it. */
  id(term: string): number {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(term, id);
      this.#flags.push((NOT_CONTENT_TERMS.has(term) ? NOT_CONTENT : 0) | (ROLE_TERMS.has(term) ? ROLE : 0));
    }
    return id;
  }

  /** The flags that hold for a term everywhere (NOT_CONTENT, ROLE). */
  termFlags(id: number): number {
    return this.#flags[id] ?? 0;
  }

  /** Allocates the scratch arrays once every term is interned. */
  ready(): void {
    const n = this.#ids.size;
    this.weight = new Float64Array(n);
    this.position = new Int32Array(n);
    this.flag = new Uint8Array(n);
    this.stamp = new Int32Array(n);
    this.clock = 0;
  }

  /** Scatters a vector into the scratch arrays and returns the stamp that marks its entries. */
  scatter(v: TermVector): number {
    const clock = ++this.clock;
    for (let k = 0; k < v.ids.length; k++) {
      const id = v.ids[k] as number;
      this.stamp[id] = clock;
      this.weight[id] = v.weights[k] as number;
      this.position[id] = v.positions[k] as number;
      this.flag[id] = v.flags[k] as number;
    }
    return clock;
  }
}
