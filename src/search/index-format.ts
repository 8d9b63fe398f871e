/**
 * The shape of the search index files and the small codecs both sides share. The index is a
 * folder of JSON files, fetched a few at a time as the reader types (as Pagefind does):
 *   meta.json          counts, and which chunk holds which words;
 *   vocab/<c>.json     every indexed word that starts with the character c, with how many records
 *                      contain it (typos and prefixes are looked up here);
 *   postings/<n>.json  for a run of keys in alphabetical order, the records (and fields) that
 *                      contain each: a word ("lavrov"), or two words that follow each other
 *                      ("denied any", common words included), which is how quoted phrases are found;
 *   docs/<n>.json      what results show, DOC_CHUNK records a file, packed: outlet names and story
 *                      titles as numbers into meta.json's lists (a story title stood on every one of
 *                      its claims), verdicts as numbers, empty fields left out;
 *   text/<n>.json      the sentences results quote, TEXT_CHUNK records a file.
 */
import { INDEX_VERSION, type Kind, type SearchDoc } from './keys.ts';

/** Verdicts as packed docs number them (0: none, for articles and people). */
export const VERDICT_CODES = ['', 'corroborated', 'conflicting', 'disputed', 'single-source'] as const;

/** `meta.json`. */
export interface IndexMeta {
  version: typeof INDEX_VERSION;
  /** How many records of each kind; records are numbered claims first, then articles, then people. */
  counts: Record<Kind, number>;
  /** Records per docs/ chunk. */
  docChunk: number;
  /** Records per text/ chunk. */
  textChunk: number;
  /** The vocabulary shards that exist (see `vocabKey`). */
  vocab: string[];
  /** The first word of each postings chunk, in order: chunk n holds words from postings[n] up to postings[n + 1]. */
  postings: string[];
  /** Outlet names, sorted; packed docs name outlets by their position here. */
  outlets: string[];
  /** Story titles, sorted; a packed claim or article names its story by its position here. */
  contexts: string[];
}

/** `vocab/<c>.json`: sorted words and, for each, the number of records that contain it. */
export interface VocabShard {
  terms: string[];
  df: number[];
}

/** `postings/<n>.json`: word → its postings, packed by `packPostings`. */
export type PostingsChunk = Record<string, string>;
/** One record's display fields as stored: a SearchDoc with its lists and verdict as numbers, empty fields left out. */
export interface PackedDoc {
  i: string;
  t: string;
  p?: string[];
  /** Positions in `IndexMeta.outlets`. */
  o?: number[];
  /** A position in `IndexMeta.contexts` (story title), or the text itself (a person's roles). */
  c?: number | string;
  /** A position in VERDICT_CODES. */
  v?: number;
  r?: 1;
  a?: string;
}
/** `docs/<n>.json`. */
export type DocsChunk = PackedDoc[];
/** One record's text in `text/<n>.json`: its sentences, and its full title when the doc's is cut. */
export interface RecordText {
  s: string[];
  f?: string;
}
/** `text/<n>.json`. */
export type TextChunk = RecordText[];

/** Packs a record's display fields against the meta lists (`outlets` and `contexts` positions by text). */
export function packDoc(doc: SearchDoc, outlets: ReadonlyMap<string, number>, contexts: ReadonlyMap<string, number>): PackedDoc {
  const verdict = VERDICT_CODES.indexOf(doc.v as (typeof VERDICT_CODES)[number]);
  if (verdict < 0) throw new Error(`search index: unknown verdict "${doc.v}" on ${doc.i}`);
  const packed: PackedDoc = { i: doc.i, t: doc.t };
  if (doc.p.length > 0) packed.p = doc.p;
  if (doc.o.length > 0) packed.o = doc.o.map((name) => outlets.get(name) ?? -1);
  if (doc.c) packed.c = contexts.get(doc.c) ?? doc.c;
  if (verdict > 0) packed.v = verdict;
  if (doc.r) packed.r = doc.r;
  if (doc.a) packed.a = doc.a;
  return packed;
}

/** The display fields of a packed doc. */
export function unpackDoc(packed: PackedDoc, meta: Pick<IndexMeta, 'outlets' | 'contexts'>): SearchDoc {
  const doc: SearchDoc = {
    i: packed.i,
    t: packed.t,
    p: packed.p ?? [],
    o: (packed.o ?? []).map((n) => meta.outlets[n] ?? ''),
    c: typeof packed.c === 'number' ? (meta.contexts[packed.c] ?? '') : (packed.c ?? ''),
    v: VERDICT_CODES[packed.v ?? 0] ?? '',
  };
  if (packed.r) doc.r = packed.r;
  if (packed.a) doc.a = packed.a;
  return doc;
}

/** The vocabulary shard of a word: its first character, or `u` and its code point for anything outside a-z and 0-9. */
export function vocabKey(term: string): string {
  const first = term.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : `u${(term.codePointAt(0) ?? 0).toString(16)}`;
}

/** Sorted postings (record × FIELD_SLOTS + field) as base-36 gaps joined by commas. */
export function packPostings(postings: readonly number[]): string {
  let previous = 0;
  return postings
    .map((posting) => {
      const gap = posting - previous;
      previous = posting;
      return gap.toString(36);
    })
    .join(',');
}

/** The postings `packPostings` packed. */
export function unpackPostings(packed: string): number[] {
  if (!packed) return [];
  let value = 0;
  return packed.split(',').map((gap) => (value += Number.parseInt(gap, 36)));
}

/** The postings key of two words that follow each other. */
export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/** The chunk that holds `term` (binary search over the chunks' first words), or -1. */
export function postingsChunkOf(firsts: readonly string[], term: string): number {
  let low = 0;
  let high = firsts.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((firsts[middle] as string) <= term) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Throws unless `data` is this version's meta.json. */
export function assertMeta(data: unknown): asserts data is IndexMeta {
  const meta = data as Partial<IndexMeta> | null;
  if (!meta || typeof meta !== 'object' || meta.version !== INDEX_VERSION || !Array.isArray(meta.postings) || !Array.isArray(meta.vocab) || !Array.isArray(meta.outlets) || !Array.isArray(meta.contexts)) {
    throw new Error(`search index: not a version ${INDEX_VERSION} meta.json`);
  }
}
