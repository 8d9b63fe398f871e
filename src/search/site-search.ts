/**
 * The search itself, free of the DOM so it runs the same in the browser, in unit tests and in the
 * benchmark. For each query:
 *   1. every query word is looked up in the vocabulary of its first letter: the word itself, words
 *      it starts (while it is still being typed) and words within a typo or two;
 *   2. the postings of those words say which records contain them and in which field; a record
 *      must contain every word (or one of its expansions), in any field and any order;
 *   3. "quoted phrases" are checked word for word against the records' sentences and titles;
 *   4. Fuse ranks the best few dozen candidates of each kind by the fields a result shows.
 * Only the index files these steps need are loaded, each once (see index-format.ts).
 */
import Fuse, { type Expression } from 'fuse.js';
import { allowedEdits, editDistance } from './edit-distance.ts';
import type { MarkPlan } from './highlight.ts';
import {
  assertMeta,
  pairKey,
  postingsChunkOf,
  unpackDoc,
  unpackPostings,
  vocabKey,
  type DocsChunk,
  type IndexMeta,
  type PostingsChunk,
  type RecordText,
  type TextChunk,
  type VocabShard,
} from './index-format.ts';
import { FIELD_SLOTS, FIELDS, FUSE_OPTIONS, KINDS, type Kind, type SearchDoc } from './keys.ts';
import { isSearchable, parseQuery, type ParsedQuery, type QueryPart } from './query.ts';
import type { IndexStore } from './store.ts';
import { fold, tokenize } from './tokens.ts';

/** One result. */
export interface SearchHit {
  kind: Kind;
  /** Page id: claim slug, article id or person id. */
  id: string;
  doc: SearchDoc;
  /** A sentence of the record that the query matched (evidence or article text), when one was looked at. */
  snippet?: string;
  /** The record's number in the index. */
  record: number;
}

/** The results of one kind: how many match, and the best of them. */
export interface SearchGroup {
  kind: Kind;
  total: number;
  hits: SearchHit[];
}

/** Everything a view needs to show the results of a query. */
export interface SearchResults {
  query: ParsedQuery;
  /** False when the query is too short or has no words: show a hint, not "no results". */
  searchable: boolean;
  /** One group per kind, in the order claims, articles, people. */
  groups: SearchGroup[];
  /** All matches of all kinds. */
  total: number;
  /** What to mark in the results. */
  plan: MarkPlan;
  /** For each query word, the indexed words it stands for (what a snippet should show). */
  wordSets: ReadonlyArray<ReadonlySet<string>>;
}

/** How many results of each kind to return. */
export type Limits = Record<Kind, number>;

/** Options of one search. */
export interface SearchOptions {
  /** Also load the sentences of results that matched outside their title, to show where. */
  snippets?: boolean;
}

/** A vocabulary word that matches a query word, and how good the match is (1 = exact). */
export interface TermMatch {
  term: string;
  quality: number;
}

/** Match quality by kind of match; exact words beat prefixes beat misspellings. */
export const QUALITY = { exact: 1, prefix: 0.7, fuzzy: 0.5, fuzzyPrefix: 0.4 } as const;
/** How much more common a near spelling of an indexed word must be to count as what was meant (see `expand`). */
const MORE_COMMON = 2;
/** Most expansions of one query word, by kind (the most frequent words are kept). */
const MAX_PREFIXES = 12;
const MAX_FUZZY = 8;
/** Fuse patterns longer than this are cut (bitap works on 32 characters). */
const MAX_PATTERN = 32;

const EMPTY_PLAN: MarkPlan = { words: new Set(), runs: [] };

/** A vocabulary shard with lookups built on first use. */
interface Vocabulary extends VocabShard {
  byLength?: Map<number, number[]>;
}

/** An opened search index. */
export class SiteSearch {
  private readonly vocab = new Map<string, Promise<Vocabulary | null>>();
  private readonly postingsChunks = new Map<number, Promise<PostingsChunk>>();
  private readonly postings = new Map<string, number[]>();
  private readonly docs = new Map<number, Promise<SearchDoc[]>>();
  private readonly texts = new Map<number, Promise<TextChunk>>();
  private readonly kinds: Kind[];

  private constructor(
    private readonly store: IndexStore,
    private readonly meta: IndexMeta,
  ) {
    this.kinds = KINDS.flatMap((kind) => new Array<Kind>(meta.counts[kind]).fill(kind));
  }

  /** Opens an index: loads its meta.json (a few KB); everything else loads as queries need it. */
  static async open(store: IndexStore): Promise<SiteSearch> {
    const meta = await store.get('meta');
    assertMeta(meta);
    return new SiteSearch(store, meta);
  }

  /** Number of records of each kind. */
  get counts(): Readonly<Record<Kind, number>> {
    return this.meta.counts;
  }

  /** Searches; returns at most `limits[kind]` hits of each kind, best first. */
  async search(input: string, limits: Limits, options: SearchOptions = {}): Promise<SearchResults> {
    const query = parseQuery(input);
    if (!isSearchable(query)) {
      // The first letter is typed: fetch its vocabulary now, so the second letter finds it loaded.
      for (const token of fold(input).split(/[^\p{L}\p{N}]+/u)) if (token) void this.vocabulary(token).catch(() => null);
      return { query, searchable: false, groups: KINDS.map((kind) => ({ kind, total: 0, hits: [] })), total: 0, plan: EMPTY_PLAN, wordSets: [] };
    }

    // 1. Expand every word of every part.
    const expanded = await Promise.all(
      query.parts.map((part) =>
        Promise.all(part.words.map((word, position) => this.expand(word, { open: part.open && position === part.words.length - 1, exact: part.phrase }))),
      ),
    );
    const words = new Set<string>();
    const runs: Array<Array<Set<string>>> = [];
    query.parts.forEach((part, index) => {
      const run = (expanded[index] ?? []).map((matches) => new Set(matches.map((match) => match.term)));
      if (!part.phrase) for (const allowed of run) for (const term of allowed) words.add(term);
      if (part.phrase || run.length > 1) runs.push(run);
    });
    const plan: MarkPlan = { words, runs };
    const wordSets = expanded.flat().map((matches) => new Set(matches.map((match) => match.term)));

    // 2. Records that contain every word, scored by how well and where. A phrase of several words
    // must contain each pair of its neighbouring words (common words included), as indexed.
    const requirements: TermMatch[][] = query.parts.flatMap((part, index) =>
      part.phrase && part.words.length > 1
        ? part.words.slice(1).map((word, position) => [{ term: pairKey(part.words[position] as string, word), quality: QUALITY.exact }])
        : (expanded[index] ?? []),
    );
    await this.loadPostings(requirements.flat().map((match) => match.term));
    const candidates = intersect(requirements.map((matches) => this.score(matches)));

    // 3. Phrases are checked word for word where results are shown (step 4).
    const phrases = query.parts.filter((part) => part.phrase && part.words.length > 1);
    const snippets = new Map<number, string>();

    // 4. Rank each kind: cheap score first, then Fuse on the best of them.
    const patterns = query.parts.filter((part) => !part.phrase).map((part) => part.text.toLowerCase().slice(0, MAX_PATTERN));
    // Hyphenated and dotted terms ("three-stage") rank first where their words stand together.
    const compounds = query.parts.filter((part) => !part.phrase && part.words.length > 1).map((part) => part.words);
    const byKind = new Map<Kind, Array<[number, number]>>(KINDS.map((kind) => [kind, []]));
    for (const entry of candidates) byKind.get(this.kinds[entry[0]] ?? 'claim')?.push(entry);
    const groups = await Promise.all(
      KINDS.map(async (kind): Promise<SearchGroup> => {
        const entries = byKind.get(kind) ?? [];
        const limit = limits[kind];
        const pool = Math.min(limit + 10, 30);
        entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
        const top = entries.slice(0, limit > 0 ? pool : 0).map(([record]) => record);
        const docs = await this.docsOf(top);
        let ranked = patterns.length > 0 && top.length > 1 ? rank(top, docs, patterns, compounds) : top;
        if (phrases.length > 0) ranked = await this.checkPhrases(ranked.slice(0, limit + 5), phrases, docs, snippets);
        const shown = ranked.slice(0, limit);
        if (options.snippets) await this.findSnippets(shown, docs, wordSets, snippets);
        const hits = shown.map((record): SearchHit => {
          const doc = docs.get(record) as SearchDoc;
          const snippet = snippets.get(record);
          return { kind, id: doc.i, doc, record, ...(snippet ? { snippet } : {}) };
        });
        return { kind, total: entries.length, hits };
      }),
    );
    return { query, searchable: true, groups, total: candidates.size, plan, wordSets };
  }

  /**
   * The same results with a quoted sentence for each hit whose title, people and outlets do not
   * show every query word (loads those hits' text chunks). A view can show the results first and
   * the quotes a moment later.
   */
  async addSnippets(results: SearchResults): Promise<SearchResults> {
    const hits = results.groups.flatMap((group) => group.hits);
    const docs = new Map(hits.map((hit) => [hit.record, hit.doc]));
    const snippets = new Map(hits.flatMap((hit) => (hit.snippet ? [[hit.record, hit.snippet] as const] : [])));
    await this.findSnippets(hits.map((hit) => hit.record), docs, results.wordSets, snippets);
    return {
      ...results,
      groups: results.groups.map((group) => ({
        ...group,
        hits: group.hits.map((hit) => {
          const snippet = snippets.get(hit.record);
          return snippet ? { ...hit, snippet } : hit;
        }),
      })),
    };
  }

  /**
   * The vocabulary words a query word stands for. `open` means the reader may still be typing it,
   * so words it starts also count; `exact` allows nothing but the word itself (inside phrases).
   * A typo in the first letter is not corrected: the vocabulary is split by first letter.
   */
  async expand(word: string, { open = false, exact = false }: { open?: boolean; exact?: boolean } = {}): Promise<TermMatch[]> {
    const vocabulary = await this.vocabulary(word);
    if (!vocabulary) return [];
    const { terms, df } = vocabulary;
    const found = new Map<string, number>();
    const add = (index: number, quality: number): void => {
      const term = terms[index] as string;
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const start = lowerBound(terms, word);
    if (terms[start] === word) add(start, QUALITY.exact);
    if (!exact) {
      if (open || word.length >= 4) {
        const prefixed: number[] = [];
        for (let i = terms[start] === word ? start + 1 : start; i < terms.length && (terms[i] as string).startsWith(word); i++) prefixed.push(i);
        for (const index of mostFrequent(prefixed, df, MAX_PREFIXES)) add(index, open ? QUALITY.prefix : QUALITY.prefix - 0.1);
      }
      const edits = allowedEdits(word.length);
      // A word the index has stands for its near spellings only where they are far more common: a
      // rare spelling close to a common one is usually a misspelling of it ("Ushkaov", in a few
      // records, of "Ushakov"), while a common word is meant as typed ("talks" is not "walks").
      const typedDf = terms[start] === word ? (df[start] ?? 0) : 0;
      if (edits > 0) {
        vocabulary.byLength ??= byLength(terms);
        const near: Array<{ index: number; distance: number }> = [];
        for (let length = word.length - edits; length <= word.length + edits; length++) {
          for (const index of vocabulary.byLength.get(length) ?? []) {
            const distance = editDistance(word, terms[index] as string, edits);
            if (distance > 0 && distance <= edits && (df[index] ?? 0) >= typedDf * MORE_COMMON) near.push({ index, distance });
          }
        }
        near.sort((a, b) => a.distance - b.distance || (df[b.index] ?? 0) - (df[a.index] ?? 0) || a.index - b.index);
        for (const { index, distance } of near.slice(0, MAX_FUZZY)) add(index, QUALITY.fuzzy - 0.1 * (distance - 1));
        if (open && found.size === 0) {
          // "ushka" while typing "ushkaov", when nothing starts with it: compare with the start of longer words.
          const starts: number[] = [];
          terms.forEach((term, index) => {
            if (term.length > word.length && !term.startsWith(word) && editDistance(word, term.slice(0, word.length), 1) <= 1) starts.push(index);
          });
          for (const index of mostFrequent(starts, df, MAX_FUZZY)) add(index, QUALITY.fuzzyPrefix);
        }
      }
    }
    return [...found].map(([term, quality]) => ({ term, quality }));
  }

  /** The vocabulary shard of a word's first letter (null if the index has none). */
  private vocabulary(word: string): Promise<Vocabulary | null> {
    const key = vocabKey(word);
    let shard = this.vocab.get(key);
    if (!shard) {
      shard = this.meta.vocab.includes(key) ? (this.store.get(`vocab/${key}`) as Promise<Vocabulary>) : Promise.resolve(null);
      shard.catch(() => this.vocab.delete(key));
      this.vocab.set(key, shard);
    }
    return shard;
  }

  /** Loads the postings chunks that hold these words. */
  private async loadPostings(terms: readonly string[]): Promise<void> {
    const needed = new Set(terms.filter((term) => !this.postings.has(term)).map((term) => postingsChunkOf(this.meta.postings, term)));
    await Promise.all(
      [...needed].filter((chunk) => chunk >= 0).map(async (chunk) => {
        let pending = this.postingsChunks.get(chunk);
        if (!pending) {
          pending = this.store.get(`postings/${chunk}`) as Promise<PostingsChunk>;
          pending.catch(() => this.postingsChunks.delete(chunk));
          this.postingsChunks.set(chunk, pending);
        }
        const data = await pending;
        for (const term of terms) if (!this.postings.has(term) && data[term] !== undefined) this.postings.set(term, unpackPostings(data[term]));
      }),
    );
  }

  /** Records that contain any of the matched words, each with its best match quality × field weight. */
  private score(matches: readonly TermMatch[]): Map<number, number> {
    const scores = new Map<number, number>();
    for (const { term, quality } of matches) {
      for (const posting of this.postings.get(term) ?? []) {
        const record = Math.floor(posting / FIELD_SLOTS);
        const value = quality * (FIELDS[posting % FIELD_SLOTS]?.weight ?? 1);
        if ((scores.get(record) ?? 0) < value) scores.set(record, value);
      }
    }
    return scores;
  }

  /** The records (in order) whose title or a sentence holds every phrase word for word; notes the sentence. */
  private async checkPhrases(
    records: readonly number[],
    phrases: readonly QueryPart[],
    docs: Map<number, SearchDoc>,
    snippets: Map<number, string>,
  ): Promise<number[]> {
    const texts = await this.textsOf(records);
    return records.filter((record) => {
      const text = texts.get(record);
      const title = text?.f ?? docs.get(record)?.t ?? '';
      const sentences = text?.s ?? [];
      const found = phrases.map((phrase) =>
        containsRun(title, phrase.words) ? title : (sentences.find((sentence) => containsRun(sentence, phrase.words)) ?? null),
      );
      const sentence = found.find((where) => where !== null && where !== title);
      if (sentence) snippets.set(record, sentence);
      // Pairs indexed where the page shows no text (an excerpt's hidden sentences) cannot be checked: kept.
      // (A claim with no sentences stored has them all in its title, which was checked.)
      return found.every((where) => where !== null) || (this.kinds[record] === 'article' && text !== undefined && sentences.length === 0 && !text.f);
    });
  }

  /** For results whose title does not show every matched word, the sentence that shows most of them. */
  private async findSnippets(
    records: readonly number[],
    docs: Map<number, SearchDoc>,
    wordSets: ReadonlyArray<ReadonlySet<string>>,
    snippets: Map<number, string>,
  ): Promise<void> {
    const needed = records.filter((record) => !snippets.has(record) && !shows(docs.get(record), wordSets));
    if (needed.length === 0) return;
    const texts = await this.textsOf(needed);
    for (const record of needed) {
      let best = { sentence: '', marked: 0 };
      for (const sentence of texts.get(record)?.s ?? []) {
        const terms = new Set(tokenize(sentence).map((token) => token.term));
        const marked = wordSets.filter((allowed) => [...allowed].some((term) => terms.has(term))).length;
        if (marked > best.marked) best = { sentence, marked };
      }
      if (best.sentence) snippets.set(record, best.sentence);
    }
  }

  /** Display docs of records, loading their chunks. */
  private async docsOf(records: readonly number[]): Promise<Map<number, SearchDoc>> {
    const chunks = await this.chunks(records, this.docs, 'docs', this.meta.docChunk, (chunk: DocsChunk) => chunk.map((doc) => unpackDoc(doc, this.meta)));
    return new Map(records.map((record) => [record, chunks.get(Math.floor(record / this.meta.docChunk))?.[record % this.meta.docChunk] as SearchDoc]));
  }

  /** Sentences of records, loading their chunks. */
  private async textsOf(records: readonly number[]): Promise<Map<number, RecordText>> {
    const size = this.meta.textChunk;
    const chunks = await this.chunks(records, this.texts, 'text', size, (chunk: TextChunk) => chunk);
    return new Map(
      records.flatMap((record) => {
        const text = chunks.get(Math.floor(record / size))?.[record % size];
        return text ? [[record, text] as const] : [];
      }),
    );
  }

  /** Loads the chunks of `folder` that hold `records`, each once, turned by `read` into what the cache keeps. */
  private async chunks<Stored, T>(
    records: readonly number[],
    cache: Map<number, Promise<T[]>>,
    folder: string,
    size: number,
    read: (chunk: Stored) => T[],
  ): Promise<Map<number, T[]>> {
    const numbers = [...new Set(records.map((record) => Math.floor(record / size)))];
    const loaded = await Promise.all(
      numbers.map(async (number) => {
        let pending = cache.get(number);
        if (!pending) {
          pending = (this.store.get(`${folder}/${number}`) as Promise<Stored>).then(read);
          pending.catch(() => cache.delete(number));
          cache.set(number, pending);
        }
        return [number, await pending] as const;
      }),
    );
    return new Map(loaded);
  }
}

/**
 * Orders candidate records with Fuse over their docs; those Fuse does not score keep their order at
 * the end. Records whose title holds every compound term as typed come first.
 */
function rank(records: readonly number[], docs: Map<number, SearchDoc>, patterns: readonly string[], compounds: ReadonlyArray<readonly string[]>): number[] {
  const list = records.map((record) => docs.get(record) as SearchDoc);
  const fuse = new Fuse(list, FUSE_OPTIONS);
  const keys = ['t', 'p', 'o', 'c'];
  const expression: Expression = { $and: patterns.map((pattern) => ({ $or: keys.map((key) => ({ [key]: pattern })) })) };
  const ranked = fuse.search(expression).map((result) => records[result.refIndex] as number);
  const seen = new Set(ranked);
  const order = [...ranked, ...records.filter((record) => !seen.has(record))];
  if (compounds.length === 0) return order;
  const together = (record: number): boolean => compounds.every((words) => containsRun(docs.get(record)?.t ?? '', words));
  return [...order.filter(together), ...order.filter((record) => !together(record))];
}

/** True when what a result shows (title, people, outlets, context) has a match for every query word. */
function shows(doc: SearchDoc | undefined, wordSets: ReadonlyArray<ReadonlySet<string>>): boolean {
  if (!doc) return true;
  const visible = new Set(tokenize([doc.t, ...doc.p, ...doc.o, doc.c].join(' \n ')).map((token) => token.term));
  return wordSets.every((allowed) => [...allowed].some((term) => visible.has(term)));
}

/** True when the words of `text` contain `words` one after another. */
export function containsRun(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const tokens = tokenize(text).map((token) => token.term);
  for (let i = 0; i + words.length <= tokens.length; i++) {
    let all = true;
    for (let j = 0; j < words.length && all; j++) all = tokens[i + j] === words[j];
    if (all) return true;
  }
  return false;
}

/** Records present in every map, with the sum of their scores. */
function intersect(maps: ReadonlyArray<Map<number, number>>): Map<number, number> {
  const result = new Map<number, number>();
  if (maps.length === 0) return result;
  const ordered = [...maps].sort((a, b) => a.size - b.size);
  const [smallest, ...rest] = ordered as [Map<number, number>, ...Array<Map<number, number>>];
  for (const [record, score] of smallest) {
    let total = score;
    let everywhere = true;
    for (const map of rest) {
      const value = map.get(record);
      if (value === undefined) {
        everywhere = false;
        break;
      }
      total += value;
    }
    if (everywhere) result.set(record, total);
  }
  return result;
}

/** First position in sorted `terms` not before `word`. */
function lowerBound(terms: readonly string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((terms[middle] as string) < word) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The `limit` positions with the highest document frequency (ties: alphabetical). */
function mostFrequent(positions: readonly number[], df: readonly number[], limit: number): number[] {
  return [...positions].sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b).slice(0, limit);
}

function byLength(terms: readonly string[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  terms.forEach((term, index) => {
    const list = map.get(term.length) ?? [];
    list.push(index);
    map.set(term.length, list);
  });
  return map;
}
