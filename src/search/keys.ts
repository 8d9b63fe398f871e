/**
 * The one definition of what search indexes, shared by the build (which writes the index files)
 * and the browser (which reads them): the kinds of record, the fields a word can be found in and
 * how much a match in each counts, the fields Fuse ranks by, and the sizes of the index's chunks.
 */
import type { IFuseOptions } from 'fuse.js';

/** The kinds of record, in the order they are numbered in the index. */
export const KINDS = ['claim', 'article', 'person'] as const;
/** What a record is. */
export type Kind = (typeof KINDS)[number];

/** What a result shows: one record's display fields (shipped in `docs/` chunks). */
export interface SearchDoc {
  /** Page id: claim slug, article id or person id. */
  i: string;
  /** Title: a claim's statement, an article's headline or a person's name (cut to MAX_TITLE_LENGTH). */
  t: string;
  /** People: a claim's speakers, or a person's other names ("Yuri Ushakov", "Ushkaov"). */
  p: string[];
  /** Outlets: every outlet that reports a claim, or an article's outlet. */
  o: string[];
  /** Context: the story title of a claim or article, or a person's roles. */
  c: string;
  /** Verdict of a claim (`corroborated`, ...); empty for articles and people. */
  v: string;
  /** 1 when an editor has reviewed the claim (absent otherwise). */
  r?: 1;
  /**
   * A single-source claim's sentence in its article, `<article id>#<sentence id>`: the result links
   * there, where the one report stands in its context (absent for other records).
   */
  a?: string;
}

/**
 * The fields a query word is looked up in, in index order, with the weight of a match there:
 * statement or title first, then names, then evidence and article text, outlets and context.
 */
export const FIELDS = [
  { name: 'title', weight: 3 },
  { name: 'people', weight: 2 },
  { name: 'outlets', weight: 1 },
  { name: 'context', weight: 0.5 },
  { name: 'verdict', weight: 0.5 },
  { name: 'evidence', weight: 1.5 },
  { name: 'text', weight: 1 },
] as const;
/** A field's position in FIELDS. */
export type FieldIndex = number;
/** Field numbers by name. */
export const FIELD = Object.fromEntries(FIELDS.map((field, index) => [field.name, index])) as Record<(typeof FIELDS)[number]['name'], number>;
/** Postings pack a record number and a field number into one integer: record * FIELD_SLOTS + field. */
export const FIELD_SLOTS = 8;

/** Fuse ranks the best candidates by the fields a result shows, with these weights. */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 't', weight: 3 },
    { name: 'p', weight: 2 },
    { name: 'o', weight: 1 },
    { name: 'c', weight: 0.5 },
  ],
  includeScore: true,
  ignoreLocation: true,
  // Accents are already folded by the word lookup that picks the candidates; to Fuse, which only
  // ranks them, an accent is one typo.
  threshold: 0.5,
  minMatchCharLength: 2,
};

/** Longest title shown in a result (longer ones end with "…" at a word boundary). */
export const MAX_TITLE_LENGTH = 240;
/** Most other names kept for a person. */
export const MAX_ALIASES = 8;
/** Records per `docs/` chunk: small, so the few dozen results a query ranks load little. */
export const DOC_CHUNK = 32;
/** Records per `text/` chunk (sentences are longer than docs). */
export const TEXT_CHUNK = 16;
/** Target size of a `postings/` chunk, in characters of JSON (about a third of that gzipped). */
export const POSTINGS_CHUNK_CHARS = 24_000;
/** Version of the index format; the browser refuses any other. */
export const INDEX_VERSION = 3;
/** Where the build writes the index, under the base path. */
export const INDEX_DIR = 'search-index';
