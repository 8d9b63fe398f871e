/**
 * Candidate pairs by blocking, never all pairs: units are only compared when they share a block
 * key — one of their rarest content terms, a derivational family, a specific entity or a date.
 * A key held by more units than the block limit (about two per article) is a topic word, not a
 * fact, and is skipped; an article may bring at most `maxUnitsPerArticle` units, so one
 * enormous article can neither flood the blocks nor widen them for everyone else.
 */
import type { EngineConfig } from '../config.ts';
import type { StoryStats, UnitVector } from './features.ts';

/** How many of a unit's most distinctive terms become block keys. */
const RARE_TERMS_PER_UNIT = 16;

/** Kinds of block key: a key is `id * KINDS + kind`, so a word and a family spelled alike stay apart. */
const KINDS = 5;
const TERM = 0;
const BIGRAM = 1;
const FAMILY = 2;
const ENTITY = 3;
const DATE = 4;

/** Numbers for strings that are not terms (entities, dates), per kind. */
class Numbering {
  readonly #ids = new Map<string, number>();

  of(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(value, id);
    }
    return id;
  }
}

/**
 * The block keys of one unit, as numbers: its most distinctive content terms, its word pairs, the
 * families none of its terms already gives, its specific entities and its dates.
 */
function blockKeys(v: UnitVector, stats: StoryStats, entities: Numbering, dates: Numbering): number[] {
  // Distinct, in the order first given, in a list rather than a set spread into one (a unit has a few dozen keys).
  const keys: number[] = [];
  const { ids } = v.pre.space;
  // Terms at least two articles use, most distinctive first (a term only one article has matches nothing).
  const shared = v.unit.content.filter((t) => stats.df(t) >= 2);
  if (shared.length <= RARE_TERMS_PER_UNIT) {
    // All of them are keys: which comes first changes no pair (each unit's partners are sorted).
    for (let k = 0; k < shared.length; k++) addKey(keys, ids.id(shared[k] as string) * KINDS + TERM);
  } else {
    const rare = shared.map((term) => ({ term, idf: stats.idf(term) }));
    rare.sort((a, b) => b.idf - a.idf || (a.term < b.term ? -1 : 1));
    // Index loops, not for-of: without TurboFan each for-of step allocates an iterator result.
    for (let k = 0; k < RARE_TERMS_PER_UNIT; k++) addKey(keys, ids.id((rare[k] as (typeof rare)[number]).term) * KINDS + TERM);
  }
  const { bigramIds } = v.pre.ids;
  for (let k = 0; k < bigramIds.length; k++) addKey(keys, (bigramIds[k] as number) * KINDS + BIGRAM);
  const { ownFamilyIds } = v.pre;
  for (let k = 0; k < ownFamilyIds.length; k++) addKey(keys, (ownFamilyIds[k] as number) * KINDS + FAMILY);
  for (let k = 0; k < v.specific.length; k++) addKey(keys, entities.of(v.specific[k] as string) * KINDS + ENTITY);
  for (let k = 0; k < v.unit.dates.length; k++) addKey(keys, dates.of(v.unit.dates[k] as string) * KINDS + DATE);
  return keys;
}

/** Adds `key` to the unit's keys once (a module function, not a closure made per unit, which tsx, the scripts' loader, names as it is made). */
function addKey(keys: number[], key: number): void {
  if (!keys.includes(key)) keys.push(key);
}

/** The result of blocking: pairs (i < j) and how many blocks were skipped as too large. */
export interface Blocking {
  /** The pairs as two columns, `first[k] < second[k]`, by first unit, partners ascending. */
  first: Int32Array;
  second: Int32Array;
  /** The same pairs as tuples, made when asked for (the matcher reads the columns). */
  readonly pairs: Array<[number, number]>;
  skippedBlocks: number;
}

/** Units that take part in matching: checkable, not denials, within their article's allowance. */
export function matchable(vectors: readonly UnitVector[], config: EngineConfig['match']): boolean[] {
  const perArticle = new Map<string, number>();
  return vectors.map((v) => {
    if (!v.unit.checkable || v.unit.denial) return false;
    // A relative clause made a unit takes no place of the article's allowance: its sentence has one.
    if (v.unit.antecedent !== undefined) return (perArticle.get(v.unit.article) ?? 0) <= config.maxUnitsPerArticle;
    const n = (perArticle.get(v.unit.article) ?? 0) + 1;
    perArticle.set(v.unit.article, n);
    return n <= config.maxUnitsPerArticle;
  });
}

/** Builds the inverted index of block keys and returns the distinct pairs of units from different articles. */
export function candidatePairs(vectors: readonly UnitVector[], usable: readonly boolean[], stats: StoryStats, config: EngineConfig['match']): Blocking {
  const index = new Map<number, number[]>();
  const keysOf: number[][][] = vectors.map(() => []);
  const articles = new Set<string>();
  const entities = new Numbering();
  const dates = new Numbering();
  for (let u = 0; u < vectors.length; u++) {
    const v = vectors[u] as UnitVector;
    if (!usable[v.unit.i]) continue;
    articles.add(v.unit.article);
    const keys = blockKeys(v, stats, entities, dates);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as number;
      let list = index.get(key);
      if (!list) {
        list = [];
        index.set(key, list);
      }
      list.push(v.unit.i);
      keysOf[v.unit.i]?.push(list);
    }
  }
  const limit = Math.min(config.blockMax, Math.max(config.blockMin, config.blockPerArticle * articles.size));
  let skippedBlocks = 0;
  for (const list of index.values()) if (list.length > limit) skippedBlocks++;
  // Each unit visits the later members of its blocks; `seen[j] === i` dedupes without hashing.
  const seen = new Int32Array(vectors.length).fill(-1);
  const partners = new Int32Array(vectors.length);
  // Two columns of numbers rather than an array per pair: a story's pairs live through the whole
  // match stage, and millions of small arrays would be copied at every young-generation collection.
  let first = new Int32Array(1024);
  let second = new Int32Array(1024);
  let count = 0;
  // Index loops, not for-of: this runs once per story, mostly before the optimiser has compiled it,
  // where each for-of step allocates an iterator result.
  for (let v = 0; v < vectors.length; v++) {
    const a = vectors[v] as UnitVector;
    const i = a.unit.i;
    const lists = keysOf[i] ?? [];
    let found = 0;
    for (let l = 0; l < lists.length; l++) {
      const list = lists[l] as number[];
      if (list.length < 2 || list.length > limit) continue;
      // Units join their lists in vector order, which is unit order (a vector's unit has its own
      // index): a list is ascending, and the unit's later partners are found by halving, not read past.
      for (let m = firstAbove(list, i); m < list.length; m++) {
        const j = list[m] as number;
        if (seen[j] === i) continue;
        seen[j] = i;
        if (vectors[j]?.unit.article !== a.unit.article) partners[found++] = j;
      }
    }
    const mine = partners.subarray(0, found).sort();
    if (count + found > first.length) {
      const size = Math.max(2 * first.length, count + found);
      first = grown(first, size);
      second = grown(second, size);
    }
    for (let k = 0; k < found; k++) {
      first[count] = i;
      second[count++] = mine[k] as number;
    }
  }
  const firsts = first.slice(0, count);
  const seconds = second.slice(0, count);
  return {
    first: firsts,
    second: seconds,
    skippedBlocks,
    get pairs(): Array<[number, number]> {
      return Array.from(firsts, (a, k): [number, number] => [a, seconds[k] as number]);
    },
  };
}

/** The index of the first number above `value` in an ascending list (its length when there is none). */
export function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `array` copied into a larger one. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(size);
  out.set(array);
  return out;
}
