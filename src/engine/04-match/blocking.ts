/**
 * Candidate pairs by blocking, never all pairs: sentences are only compared when they share a
 * block key — an entity, one of their rarest terms, a word 3-gram inside a quote, or a quantity's
 * (measures, unit). Keys shared by too many sentences carry no signal and are skipped, which bounds
 * the work per key and keeps the number of pairs near-linear in the number of articles.
 */
import type { Features, Idf } from './features.ts';

/** How many of a sentence's rarest terms become block keys. */
export const RARE_TERMS_PER_SENTENCE = 12;
/** Absolute cap on a block: a key in more sentences than this is too common to mean anything. */
export const MAX_BLOCK = 40;

/**
 * The block-size limit for a story with `articles` articles: a fact is usually stated once or
 * twice per article, so a key in more than 2 × articles sentences (at least 10, at most MAX_BLOCK)
 * is a topic word, not a fact.
 */
export function blockLimit(articles: number): number {
  return Math.min(MAX_BLOCK, Math.max(10, 2 * articles));
}

/** The block keys of one sentence. */
export function blockKeys(f: Features, idf: Idf): string[] {
  const keys = new Set<string>();
  for (const entity of f.entities) keys.add(`e:${entity}`);
  const rare: Array<[string, number]> = [];
  for (const term of f.weights.keys()) {
    const df = idf.df(term);
    if (df >= 2) rare.push([term, df]);
  }
  rare.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  for (let k = 0; k < rare.length && k < RARE_TERMS_PER_SENTENCE; k++) keys.add(`t:${rare[k]?.[0]}`);
  for (const quote of f.quotes) {
    for (let i = 0; i + 3 <= quote.words.length; i++) keys.add(`q:${quote.words.slice(i, i + 3).join(' ')}`);
  }
  for (const key of f.quantityKeys) keys.add(`n:${key}`);
  return [...keys];
}

/** Whether two sentences may be compared: different articles, or a denial against the same article. */
export function comparable(a: Features, b: Features): boolean {
  if (!a.checkable || !b.checkable) return false;
  if (a.article !== b.article) return true;
  return a.denial !== b.denial;
}

/** Result of blocking: the pairs (i < j, sorted) and how many blocks were skipped as too large. */
export interface Blocking {
  pairs: Array<[number, number]>;
  skippedBlocks: number;
}

/** Builds the inverted index of block keys and returns the distinct comparable pairs. */
export function candidatePairs(features: readonly Features[], idf: Idf, limit: number): Blocking {
  const index = new Map<string, number[]>();
  const keysOf: Array<number[][]> = features.map(() => []);
  for (const f of features) {
    if (!f.checkable) continue;
    for (const key of blockKeys(f, idf)) {
      let list = index.get(key);
      if (!list) {
        list = [];
        index.set(key, list);
      }
      list.push(f.i);
      keysOf[f.i]?.push(list);
    }
  }
  let skippedBlocks = 0;
  for (const list of index.values()) if (list.length > limit) skippedBlocks++;
  // Each sentence visits the later members of its blocks; `seen[j] === i` dedupes without hashing.
  const seen = new Int32Array(features.length).fill(-1);
  const partners = new Int32Array(features.length);
  const pairs: Array<[number, number]> = [];
  for (const a of features) {
    let count = 0;
    for (const list of keysOf[a.i] ?? []) {
      if (list.length < 2 || list.length > limit) continue;
      for (const j of list) {
        if (j <= a.i || seen[j] === a.i) continue;
        seen[j] = a.i;
        const b = features[j];
        if (b && comparable(a, b)) partners[count++] = j;
      }
    }
    // Each sentence's partners in index order (a typed array sorts numerically).
    const mine = partners.subarray(0, count).sort();
    for (let k = 0; k < count; k++) pairs.push([a.i, mine[k] as number]);
  }
  return { pairs, skippedBlocks };
}
