/**
 * The search itself, free of the DOM so it runs the same in the browser, in unit tests and in the
 * benchmark. Three steps per keystroke:
 *   1. every query word is looked up in the token index (exact, prefix, misspelling) and the
 *      records that contain all of them are scored cheaply;
 *   2. "quoted phrases" are checked against the records' text, exactly;
 *   3. Fuse ranks the best few dozen candidates of each kind with the shared keys and weights.
 * Loading only builds the token index; records, Fuse index entries and page ids are unpacked when
 * a record first becomes a candidate, so the index is ready soon after it arrives.
 */
import Fuse, { type Expression, type FuseIndex } from 'fuse.js';
import type { MarkPlan } from './highlight.ts';
import { FUSE_OPTIONS, KEY_NAMES, KINDS, type Kind, type SearchDoc } from './keys.ts';
import { assertPayload, docAt, idText, indexRecord, unpackId, unpackTitles, type FuseIndexJson, type SearchPayload } from './payload.ts';
import { isSearchable, parseQuery, type ParsedQuery } from './query.ts';
import { TokenIndex } from './token-index.ts';
import { fold } from './tokens.ts';

/** One result. */
export interface SearchHit {
  kind: Kind;
  /** Page id: claim slug, article id or person id. */
  id: string;
  doc: SearchDoc;
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
}

/** How many results of each kind to return. */
export type Limits = Record<Kind, number>;

type IndexRecord = FuseIndexJson['records'][number];

const EMPTY_PLAN: MarkPlan = { words: new Set(), runs: [] };
/** Fuse patterns longer than this are cut (bitap works on 32 characters). */
const MAX_PATTERN = 32;

/** A loaded search index. */
export class SiteSearch {
  private readonly payload: SearchPayload;
  private readonly kinds: Kind[];
  private readonly tokens: TokenIndex;
  private readonly index: FuseIndex<SearchDoc>;
  private readonly fuse: Fuse<SearchDoc>;
  private readonly docs: Array<SearchDoc | undefined> = [];
  private readonly records: Array<IndexRecord | undefined> = [];
  private readonly ids: Array<string | undefined> = [];
  private readonly folded: Array<string | undefined> = [];

  private constructor(payload: SearchPayload, tokens: TokenIndex) {
    this.payload = payload;
    this.kinds = KINDS.flatMap((kind) => new Array<Kind>(payload.counts[kind]).fill(kind));
    this.tokens = tokens;
    this.index = Fuse.parseIndex<SearchDoc>({ keys: payload.keys, records: [] });
    // Fuse ranks candidates only; its results are read by `refIndex`, so it needs no documents.
    this.fuse = new Fuse<SearchDoc>([], FUSE_OPTIONS, this.index);
  }

  /** Loads a payload as fetched from `search-index.json`; throws if it is not one. */
  static fromPayload(data: unknown): SiteSearch {
    assertPayload(data);
    const payload = unpackTitles(data);
    return new SiteSearch(payload, TokenIndex.build(payload.columns, payload.strings));
  }

  /** The same, indexing a slice of records at a time with `pause()` in between (for the browser). */
  static async load(data: unknown, pause: () => Promise<void>): Promise<SiteSearch> {
    assertPayload(data);
    const payload = unpackTitles(data);
    return new SiteSearch(payload, await TokenIndex.buildInSlices(payload.columns, payload.strings, pause));
  }

  /** Number of records of each kind. */
  get counts(): Readonly<Record<Kind, number>> {
    return this.payload.counts;
  }

  /** Number of distinct words in the index. */
  get vocabularySize(): number {
    return this.tokens.size;
  }

  /** Searches; returns at most `limits[kind]` hits of each kind, best first. */
  search(input: string, limits: Limits): SearchResults {
    const query = parseQuery(input);
    if (!isSearchable(query)) {
      return { query, searchable: false, groups: KINDS.map((kind) => ({ kind, total: 0, hits: [] })), total: 0, plan: EMPTY_PLAN };
    }

    // 1. Each word must match somewhere in the record.
    const words = new Set<string>();
    const runs: Array<Array<Set<string>>> = [];
    const requirements: Array<Map<number, number>> = [];
    for (const part of query.parts) {
      const run: Array<Set<string>> = [];
      part.words.forEach((word, position) => {
        const open = part.open && position === part.words.length - 1;
        const matches = this.tokens.expand(word, { open, exact: part.phrase });
        requirements.push(this.tokens.score(matches, `${part.phrase ? 'e' : open ? 'o' : 'c'}:${word}`));
        const allowed = new Set(matches.map((match) => match.term));
        run.push(allowed);
        if (!part.phrase) for (const term of allowed) words.add(term);
      });
      if (part.phrase || run.length > 1) runs.push(run);
    }
    const candidates = intersect(requirements);

    // 2. Phrases must appear exactly; hyphenated terms that appear as typed rank first.
    // A one-word phrase is already matched exactly by the token index.
    const phrases = query.parts.filter((part) => part.phrase && part.words.length > 1).map((part) => fold(part.text));
    const compounds = query.parts.filter((part) => !part.phrase && part.words.length > 1).map((part) => fold(part.text));
    if (phrases.length > 0 || compounds.length > 0) {
      for (const [record, score] of candidates) {
        const text = this.foldedText(record);
        if (phrases.some((phrase) => !text.includes(phrase))) candidates.delete(record);
        else {
          const bonus = compounds.filter((compound) => text.includes(compound)).length;
          if (bonus > 0) candidates.set(record, score + bonus * 3);
        }
      }
    }

    // 3. Rank each kind: cheap score first, then Fuse on the best of them.
    const patterns = query.parts.filter((part) => !part.phrase).map((part) => part.text.toLowerCase().slice(0, MAX_PATTERN));
    const byKind = new Map<Kind, Array<[number, number]>>(KINDS.map((kind) => [kind, []]));
    for (const entry of candidates) byKind.get(this.kinds[entry[0]] ?? 'claim')?.push(entry);
    const groups = KINDS.map((kind): SearchGroup => {
      const entries = byKind.get(kind) ?? [];
      const limit = limits[kind];
      const pool = Math.min(Math.max(limit * 2, 30), 120);
      entries.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      const top = entries.slice(0, pool).map(([record]) => record);
      const ranked = patterns.length > 0 && top.length > 1 ? this.rank(top, patterns) : top;
      return { kind, total: entries.length, hits: ranked.slice(0, limit).map((record) => this.hit(record)) };
    });
    return { query, searchable: true, groups, total: candidates.size, plan: { words, runs } };
  }

  /** Orders candidate records with Fuse; those Fuse does not score keep their order at the end. */
  private rank(candidates: number[], patterns: string[]): number[] {
    this.index.setIndexRecords(candidates.map((record) => this.record(record)));
    const expression: Expression = {
      $and: patterns.map((pattern) => ({ $or: KEY_NAMES.map((key) => ({ [key]: pattern })) })),
    };
    const ranked = this.fuse.search(expression).map((result) => result.refIndex);
    const seen = new Set(ranked);
    return [...ranked, ...candidates.filter((record) => !seen.has(record))];
  }

  private hit(record: number): SearchHit {
    return { kind: this.kinds[record] ?? 'claim', id: this.id(record), doc: this.doc(record) };
  }

  /** A record as a search document. */
  doc(record: number): SearchDoc {
    let doc = this.docs[record];
    if (!doc) {
      doc = docAt(this.payload, record);
      this.docs[record] = doc;
    }
    return doc;
  }

  /** A record's page id. */
  id(record: number): string {
    let id = this.ids[record];
    if (id === undefined) {
      id = unpackId(this.payload.ids[record] ?? '', idText(this.payload.columns, record));
      this.ids[record] = id;
    }
    return id;
  }

  /** A record's entry in Fuse's index, exactly as `createIndex` made it (see payload.ts). */
  private record(record: number): IndexRecord {
    let entry = this.records[record];
    if (!entry) {
      entry = indexRecord(this.payload, record, (value) => this.index.norm.get(value));
      this.records[record] = entry;
    }
    return entry;
  }

  /** The record's fields, folded and joined by newlines (so a phrase cannot span two fields). */
  private foldedText(record: number): string {
    let text = this.folded[record];
    if (text === undefined) {
      const doc = this.doc(record);
      text = [doc.t, doc.x, ...doc.p, ...doc.o, doc.c, doc.v].map(fold).join('\n');
      this.folded[record] = text;
    }
    return text;
  }
}

/** Records present in every map, with the sum of their scores. */
function intersect(maps: Array<Map<number, number>>): Map<number, number> {
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
