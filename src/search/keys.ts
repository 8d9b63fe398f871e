/**
 * The one definition of what search indexes, shared by the build (which makes the Fuse index) and the
 * browser (which searches it). Claims, articles and people are records of one shape, so one Fuse
 * index and one token index serve all three; short key names keep the shipped JSON small.
 */
import type { IFuseOptions } from 'fuse.js';

/** One search record. Every field is text the reader can search and sees in the result. */
export interface SearchDoc {
  /** Title: a claim's statement, an article's headline or a person's name, cut to MAX_TITLE_LENGTH. */
  t: string;
  /**
   * The rest of a long title, for search: its words in order, without common words or words the
   * title already shows (e.g. `Saudi Arabia proposing three-stage peace plan ceasefire`).
   */
  x: string;
  /** People: a claim's speakers, or a person's other names ("Yuri Ushakov", "Ushkaov"). */
  p: string[];
  /** Outlets: every outlet that reports a claim, or an article's outlet. */
  o: string[];
  /** Context: the story title of a claim or article, or a person's roles. */
  c: string;
  /** Verdict of a claim (`corroborated`, ...); empty for articles and people. */
  v: string;
}

/** The kinds of record, in the order they are stored in the index. */
export const KINDS = ['claim', 'article', 'person'] as const;
/** What a record is. */
export type Kind = (typeof KINDS)[number];

/**
 * The Fuse keys, in index order. `weight` says how much a match in that field counts; `list` marks
 * fields that hold several values; `shared` marks fields whose values repeat across records (outlet
 * names, story titles), which the payload stores once in a string table.
 */
export const SEARCH_KEYS = [
  { name: 't', weight: 3, list: false, shared: false },
  { name: 'x', weight: 2, list: false, shared: false },
  { name: 'p', weight: 2, list: true, shared: true },
  { name: 'o', weight: 1, list: true, shared: true },
  { name: 'c', weight: 0.5, list: false, shared: true },
  { name: 'v', weight: 0.5, list: false, shared: true },
] as const satisfies ReadonlyArray<{ name: keyof SearchDoc; weight: number; list: boolean; shared: boolean }>;

/** The keys as Fuse takes them. */
export const FUSE_KEYS = SEARCH_KEYS.map((key) => ({ name: key.name, weight: key.weight }));

/** Names of the keys, in index order (position = key index in the Fuse index records). */
export const KEY_NAMES: ReadonlyArray<keyof SearchDoc> = SEARCH_KEYS.map((key) => key.name);

/** Relative weight of each key by index, for the token prefilter's cheap score. */
export const KEY_WEIGHTS: readonly number[] = SEARCH_KEYS.map((key) => key.weight);

/** Fuse options for ranking candidates in the browser; the build uses the same keys. */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: FUSE_KEYS,
  includeScore: true,
  ignoreLocation: true,
  // Accents are already folded by the token index that picks the candidates; to Fuse, which only
  // ranks them, an accent is one typo (and stripping them from every text costs more than searching).
  threshold: 0.5,
  minMatchCharLength: 2,
};

/** Longest statement or title kept in the index (longer ones end with "…" at a word boundary). */
export const MAX_TITLE_LENGTH = 72;
/** Most words kept from the part of a long title that is cut off (the rarest are kept). */
export const MAX_REST_WORDS = 10;
/** Most other names kept for a person. */
export const MAX_ALIASES = 8;
/** Version of the payload format; the browser refuses any other. */
export const PAYLOAD_VERSION = 1;
