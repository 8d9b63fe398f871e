/**
 * The prefilter that makes search fast at 10,000 claims: an inverted index from every word of every
 * record to the records (and fields) that contain it. A query word finds its vocabulary words
 * (exactly, as a prefix, or within a typo or two) in microseconds, so Fuse only ranks the few
 * hundred records that can match instead of scanning every field of every record.
 */
import { allowedEdits, editDistance } from './edit-distance.ts';
import { KEY_WEIGHTS } from './keys.ts';
import type { PackedValue } from './payload.ts';
import { STOPWORDS, terms } from './tokens.ts';

/** A vocabulary word that matches a query word, and how good the match is (1 = exact). */
export interface TermMatch {
  term: string;
  quality: number;
}

/** Match quality by kind of match; exact words beat prefixes beat misspellings. */
export const QUALITY = { exact: 1, prefix: 0.7, fuzzy: 0.5, fuzzyPrefix: 0.4 } as const;

/** Postings pack a record number and a key index into one integer. */
const KEY_SLOTS = 8;
const CACHE_LIMIT = 400;

/** An inverted index over the words of the search records. */
export class TokenIndex {
  /** Every distinct word, sorted, for prefix lookups. */
  readonly vocabulary: readonly string[];
  private readonly postings: Map<string, number[]>;
  private readonly byLength: Map<number, string[]>;
  private readonly byFirstLetter: Map<string, string[]>;
  private readonly termCache = new Map<string, TermMatch[]>();
  private readonly scoreCache = new Map<string, Map<number, number>>();

  private constructor(postings: Map<string, number[]>) {
    this.postings = postings;
    this.vocabulary = [...postings.keys()].sort();
    this.byLength = new Map();
    this.byFirstLetter = new Map();
    for (const term of this.vocabulary) {
      const list = this.byLength.get(term.length) ?? [];
      list.push(term);
      this.byLength.set(term.length, list);
      const first = term.charAt(0);
      const same = this.byFirstLetter.get(first) ?? [];
      same.push(term);
      this.byFirstLetter.set(first, same);
    }
  }

  /**
   * Indexes the words of every record from the payload's columns (one per key, one value per
   * record; numbers refer to the key's string table). Shared values are split into words once.
   */
  static build(columns: ReadonlyArray<ReadonlyArray<PackedValue>>, tables: ReadonlyArray<ReadonlyArray<string>>): TokenIndex {
    const builder = new Builder(columns, tables);
    builder.add(0, builder.count);
    return new TokenIndex(builder.postings);
  }

  /**
   * The same index, built a slice of records at a time with `pause()` in between, so a page that is
   * loading the index still answers key presses.
   */
  static async buildInSlices(
    columns: ReadonlyArray<ReadonlyArray<PackedValue>>,
    tables: ReadonlyArray<ReadonlyArray<string>>,
    pause: () => Promise<void>,
    slice = 2000,
  ): Promise<TokenIndex> {
    const builder = new Builder(columns, tables);
    for (let start = 0; start < builder.count; start += slice) {
      builder.add(start, Math.min(builder.count, start + slice));
      await pause();
    }
    return new TokenIndex(builder.postings);
  }

  /** Number of distinct words. */
  get size(): number {
    return this.vocabulary.length;
  }

  /**
   * The vocabulary words a query word stands for. `open` means the reader may still be typing it,
   * so words it starts also count; `exact` allows nothing but the word itself (inside phrases).
   */
  expand(word: string, { open = false, exact = false }: { open?: boolean; exact?: boolean } = {}): TermMatch[] {
    const cacheKey = `${exact ? 'e' : open ? 'o' : 'c'}:${word}`;
    const cached = this.termCache.get(cacheKey);
    if (cached) return cached;
    const found = new Map<string, number>();
    const add = (term: string, quality: number): void => {
      // "th" or "thre" must not stand for "the": common words only match when typed in full.
      if (term !== word && STOPWORDS.has(term)) return;
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    if (this.postings.has(word)) add(word, QUALITY.exact);
    if (open || !exact) {
      for (const term of this.prefixed(word)) add(term, QUALITY.prefix);
    }
    if (!exact) {
      const edits = allowedEdits(word.length);
      for (let length = word.length - edits; edits > 0 && length <= word.length + edits; length++) {
        for (const term of this.byLength.get(length) ?? []) {
          const distance = editDistance(word, term, edits);
          if (distance <= edits) add(term, QUALITY.fuzzy - 0.1 * (distance - 1));
        }
      }
      if (open && edits > 0) {
        // "ushka" while typing "ushkaov": compare with the start of longer words (same first letter).
        for (const term of this.byFirstLetter.get(word.charAt(0)) ?? []) {
          if (term.length > word.length && editDistance(word, term.slice(0, word.length), 1) <= 1) add(term, QUALITY.fuzzyPrefix);
        }
      }
    }
    const matches = [...found].map(([term, quality]) => ({ term, quality }));
    remember(this.termCache, cacheKey, matches);
    return matches;
  }

  /**
   * Records that contain any of the matched words, each with its best weighted quality
   * (match quality × weight of the field it is in).
   */
  score(matches: readonly TermMatch[], cacheKey?: string): Map<number, number> {
    const cached = cacheKey ? this.scoreCache.get(cacheKey) : undefined;
    if (cached) return cached;
    const scores = new Map<number, number>();
    for (const { term, quality } of matches) {
      for (const posting of this.postings.get(term) ?? []) {
        const record = Math.floor(posting / KEY_SLOTS);
        const value = quality * (KEY_WEIGHTS[posting % KEY_SLOTS] ?? 1);
        if ((scores.get(record) ?? 0) < value) scores.set(record, value);
      }
    }
    if (cacheKey) remember(this.scoreCache, cacheKey, scores);
    return scores;
  }

  /** Vocabulary words that start with `prefix` (not the word itself). */
  private prefixed(prefix: string): string[] {
    const words = this.vocabulary;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((words[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let i = low; i < words.length; i++) {
      const term = words[i] as string;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) found.push(term);
    }
    return found;
  }
}

/** Collects postings record by record, in record order (so a repeated word is the list's last entry). */
class Builder {
  readonly postings = new Map<string, number[]>();
  readonly count: number;
  private readonly termsOf: Array<(value: string | number) => string[]>;

  constructor(
    private readonly columns: ReadonlyArray<ReadonlyArray<PackedValue>>,
    tables: ReadonlyArray<ReadonlyArray<string>>,
  ) {
    this.count = columns[0]?.length ?? 0;
    this.termsOf = columns.map((_, key) => {
      const table = tables[key] ?? [];
      const cache: Array<string[] | undefined> = [];
      return (value) => {
        if (typeof value === 'string') return terms(value);
        let found = cache[value];
        if (!found) {
          found = terms(table[value] ?? '');
          cache[value] = found;
        }
        return found;
      };
    });
  }

  /** Adds records `start` to `end` (exclusive). */
  add(start: number, end: number): void {
    for (let record = start; record < end; record++) {
      for (let key = 0; key < this.columns.length; key++) {
        const value = this.columns[key]?.[record];
        if (value === undefined || value === -1) continue;
        const posting = record * KEY_SLOTS + key;
        const termsOf = this.termsOf[key] as (value: string | number) => string[];
        if (Array.isArray(value)) {
          for (const item of value) for (const term of termsOf(item)) this.push(term, posting);
        } else {
          for (const term of termsOf(value)) this.push(term, posting);
        }
      }
    }
  }

  private push(term: string, posting: number): void {
    const list = this.postings.get(term);
    if (!list) this.postings.set(term, [posting]);
    else if (list[list.length - 1] !== posting) list.push(posting);
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
