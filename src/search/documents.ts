/**
 * Turns the build's analysis into search records: claims (statement, speakers, outlets, verdict,
 * story), articles (headline, outlet, story) and people (name, other names, roles), in that order.
 * Pure data in, data out, so the site build and the benchmark make records the same way.
 */
import type { ArticleAnalysis, Claim, Entity, Evidence, OutletInput, StoryAnalysis } from '../engine/types.ts';
import { MAX_ALIASES, MAX_REST_WORDS, MAX_TITLE_LENGTH, type Kind, type SearchDoc } from './keys.ts';
import { fold, STOPWORDS, terms } from './tokens.ts';

/** The records of one search index and what each one links to. */
export interface SearchRecords {
  docs: SearchDoc[];
  /** Page id of each record: claim slug, article id or person id. */
  ids: string[];
  /** How many records of each kind, stored in the order claims, articles, people. */
  counts: Record<Kind, number>;
}

/** The parts of the analysis (`CorpusAnalysis`) search reads. */
export interface SearchSource {
  claims: ReadonlyArray<
    Pick<Claim, 'id' | 'story' | 'statement' | 'verdict' | 'speakers' | 'entities'> & {
      evidence: ReadonlyArray<Pick<Evidence, 'outlet'>>;
    }
  >;
  articles: ReadonlyArray<Pick<ArticleAnalysis, 'id' | 'story' | 'outlet' | 'title'>>;
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'kind' | 'aliases' | 'roles'>>;
  outlets: ReadonlyArray<Pick<OutletInput, 'id' | 'name'>>;
  stories: ReadonlyArray<Pick<StoryAnalysis, 'id' | 'title'>>;
}

/** Search records for every claim, article and person of an analysis. */
export function searchRecords(analysis: SearchSource): SearchRecords {
  const outletName = new Map(analysis.outlets.map((outlet) => [outlet.id, outlet.name]));
  const storyTitle = new Map(analysis.stories.map((story) => [story.id, story.title]));
  const docs: SearchDoc[] = [];
  const ids: string[] = [];
  const rarity = documentFrequency([...analysis.claims.map((claim) => claim.statement), ...analysis.articles.map((article) => article.title)]);

  for (const claim of analysis.claims) {
    // Alphabetical: a reader scans them faster, and a set in one order compresses better than in many.
    const outlets = unique(claim.evidence.map((evidence) => outletName.get(evidence.outlet) ?? evidence.outlet)).sort((a, b) =>
      a.localeCompare(b, 'en'),
    );
    const fields = { p: unique(claim.speakers), o: outlets, c: storyTitle.get(claim.story) ?? '', v: claim.verdict };
    docs.push({ ...title(claim.statement, [...fields.p, ...fields.o, fields.c], rarity), ...fields });
    ids.push(claim.id);
  }

  for (const article of analysis.articles) {
    const fields = { p: [], o: [outletName.get(article.outlet) ?? article.outlet], c: storyTitle.get(article.story) ?? '', v: '' };
    docs.push({ ...title(article.title, [...fields.o, fields.c], rarity), ...fields });
    ids.push(article.id);
  }

  // People with a page (`/people/<id>/`): those at least one claim is by or about.
  const withClaims = new Set(analysis.claims.flatMap((claim) => claim.entities));
  const people = analysis.entities.filter((entity) => entity.kind === 'person' && withClaims.has(entity.id));
  for (const person of people) {
    // "Ushakov" adds nothing to "Yury Ushakov": a search for it finds the name anyway.
    const nameWords = new Set(terms(person.name));
    const adds = (alias: string): boolean => terms(alias).some((word) => !nameWords.has(word));
    docs.push({
      t: person.name,
      x: '',
      p: unique(person.aliases.filter(adds)).slice(0, MAX_ALIASES),
      o: [],
      c: unique(person.roles).join(', '),
      v: '',
    });
    ids.push(person.id);
  }

  return {
    docs,
    ids,
    counts: { claim: analysis.claims.length, article: analysis.articles.length, person: people.length },
  };
}

/**
 * A title as shown (at most MAX_TITLE_LENGTH characters) and the most telling words of the part cut
 * off, which stay searchable: the payload budget has no room for every long statement in full.
 * `known` are the record's other fields (their words need not be repeated); `frequency` says in how
 * many titles a written word occurs (rarer words tell more).
 */
export function title(
  text: string,
  known: readonly string[] = [],
  frequency: (term: string) => number = () => 1,
): Pick<SearchDoc, 't' | 'x'> {
  const t = shorten(text, MAX_TITLE_LENGTH);
  if (t === text.replace(/\s+/g, ' ').trim()) return { t, x: '' };
  return { t, x: restWords(text, t, new Set([...terms(t), ...known.flatMap(terms)]), frequency) };
}

/** In how many of `texts` each written word occurs ("three-stage" counts as one word). */
export function documentFrequency(texts: readonly string[]): (word: string) => number {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(Array.from(text.matchAll(WRITTEN_WORD), (match) => fold(match[0])))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return (word) => counts.get(fold(word)) ?? 0;
}

// Words as written, hyphenated and apostrophised ones whole ("three-stage", "Russia’s").
const WRITTEN_WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/**
 * The words of `text` beyond what `shown` shows, as written and in order: no common words, none of
 * the `seen` words, and at most MAX_REST_WORDS, keeping the rarest.
 */
export function restWords(text: string, shown: string, seen: Set<string>, frequency: (term: string) => number): string {
  const cut = shown.endsWith('…') ? shown.length - 1 : shown.length;
  const words: Array<{ word: string; rarity: number; position: number }> = [];
  for (const match of text.replace(/\s+/g, ' ').trim().matchAll(WRITTEN_WORD)) {
    if (match.index + match[0].length <= cut) continue; // shown in full
    const parts = terms(match[0]).filter((part) => !seen.has(part) && !STOPWORDS.has(part));
    if (parts.length === 0) continue;
    for (const part of parts) seen.add(part);
    words.push({ word: match[0], rarity: frequency(match[0]), position: words.length });
  }
  return words
    .sort((a, b) => a.rarity - b.rarity || a.position - b.position)
    .slice(0, MAX_REST_WORDS)
    .sort((a, b) => a.position - b.position)
    .map((entry) => entry.word)
    .join(' ');
}

/** Cuts a text to at most `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  // Keep the last word only if it is whole; a word that alone is too long is cut anyway.
  const space = clean[cut.length] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Distinct non-blank values, case-insensitively, first spelling kept. */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const clean = value.trim();
    const key = clean.toLocaleLowerCase('en');
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    result.push(clean);
  }
  return result;
}
