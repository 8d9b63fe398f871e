/**
 * Turns the build's analysis into search records: claims (statement, speakers, outlets, verdict,
 * story, evidence sentences), articles (headline, outlet, story, text) and people (name, other
 * names, roles), in that order. Pure data in, data out, so the site build, the tests and the
 * benchmark make records the same way.
 */
import type { ArticleAnalysis, Claim, Entity, Evidence, OutletInput, StoryAnalysis } from '../engine/types.ts';
import { MAX_ALIASES, MAX_TITLE_LENGTH, type Kind, type SearchDoc } from './keys.ts';
import { terms } from './tokens.ts';

/** One record: what a result shows, and the text of each field a word can be found in. */
export interface SearchRecord {
  kind: Kind;
  doc: SearchDoc;
  /** Full texts by field name (the statement uncut, evidence sentences, article sentences). */
  fields: {
    title: string;
    people: readonly string[];
    outlets: readonly string[];
    context: string;
    verdict: string;
    evidence: readonly string[];
    text: readonly string[];
  };
  /** Sentences a quoted phrase is checked against (and shown from): evidence, or the article's shown text. */
  sentences: readonly string[];
}

/** The parts of the analysis (`CorpusAnalysis`) search reads. */
export interface SearchSource {
  claims: ReadonlyArray<
    Pick<Claim, 'id' | 'story' | 'statement' | 'verdict' | 'speakers' | 'entities'> &
      Partial<Pick<Claim, 'anchor'>> & {
      evidence: ReadonlyArray<Pick<Evidence, 'outlet'> & Partial<Pick<Evidence, 'text' | 'article' | 'sentenceId'>>>;
      /** Set by the editors' review layer when an editor has reviewed the claim. */
      reviewed?: { by: string; date: string } | null;
    }
  >;
  articles: ReadonlyArray<Pick<ArticleAnalysis, 'id' | 'story' | 'outlet' | 'title'> & { sentences?: ReadonlyArray<{ id: string; text: string }> }>;
  entities: ReadonlyArray<Pick<Entity, 'id' | 'name' | 'kind' | 'aliases' | 'roles'>>;
  outlets: ReadonlyArray<Pick<OutletInput, 'id' | 'name'>>;
  stories: ReadonlyArray<Pick<StoryAnalysis, 'id' | 'title'>>;
}

/** Options: which claims get a record, and which article sentences an article's record stores. */
export interface RecordOptions {
  /** Whether a claim gets a record of its own; every claim when absent. */
  claimRecord?: (claim: SearchSource['claims'][number]) => boolean;
  /** Whether a claim's result leads to its anchor sentence rather than its page; single-source claims when absent. */
  leadsToSentence?: (claim: SearchSource['claims'][number]) => boolean;
  /**
   * Ids of the sentences an article's record stores, to quote and to check quoted phrases against (the
   * site: those its page shows, less those claims cite); all of them when absent.
   */
  storedSentences?: (articleId: string) => ReadonlySet<string> | undefined;
}

/** Search records for every claim, article and person of an analysis. */
export function searchRecords(analysis: SearchSource, options: RecordOptions = {}): SearchRecord[] {
  const outletName = new Map(analysis.outlets.map((outlet) => [outlet.id, outlet.name]));
  const storyTitle = new Map(analysis.stories.map((story) => [story.id, story.title]));
  const records: SearchRecord[] = [];

  for (const claim of analysis.claims) {
    if (options.claimRecord && !options.claimRecord(claim)) continue;
    // Alphabetical: a reader scans them faster, and a set in one order compresses better than in many.
    const outlets = unique(claim.evidence.map((evidence) => outletName.get(evidence.outlet) ?? evidence.outlet)).sort((a, b) =>
      a.localeCompare(b, 'en'),
    );
    const speakers = unique(claim.speakers);
    const context = storyTitle.get(claim.story) ?? '';
    const evidence = unique(claim.evidence.flatMap((item) => (item.text ? [item.text] : [])));
    // A claim without a page of its own (it redirects to its anchor sentence): link the sentence.
    const toSentence = options.leadsToSentence ? options.leadsToSentence(claim) : claim.verdict === 'single-source';
    const sentence = toSentence && claim.anchor ? `${claim.anchor.article}#${claim.anchor.sentenceId}` : undefined;
    records.push({
      kind: 'claim',
      doc: {
        i: claim.id,
        t: shorten(claim.statement, MAX_TITLE_LENGTH),
        p: speakers,
        o: outlets,
        c: context,
        v: claim.verdict,
        ...(claim.reviewed ? { r: 1 as const } : {}),
        ...(sentence ? { a: sentence } : {}),
      },
      fields: { title: claim.statement, people: speakers, outlets, context, verdict: claim.verdict, evidence, text: [] },
      sentences: evidence,
    });
  }

  for (const article of analysis.articles) {
    const outlet = outletName.get(article.outlet) ?? article.outlet;
    const context = storyTitle.get(article.story) ?? '';
    const all = (article.sentences ?? []).map((sentence) => sentence.text);
    const shown = options.storedSentences?.(article.id);
    const visible = shown ? (article.sentences ?? []).filter((sentence) => shown.has(sentence.id)).map((sentence) => sentence.text) : all;
    records.push({
      kind: 'article',
      doc: { i: article.id, t: shorten(article.title, MAX_TITLE_LENGTH), p: [], o: [outlet], c: context, v: '' },
      // Every word of the article finds it, even where the page shows only excerpts (a reader
      // follows the link to the original); only the sentences the page shows are stored as text.
      fields: { title: article.title, people: [], outlets: [outlet], context, verdict: '', evidence: [], text: all },
      sentences: visible,
    });
  }

  // People with a page (`/people/<id>/`): those at least one claim is by or about.
  const withClaims = new Set(analysis.claims.flatMap((claim) => claim.entities));
  for (const person of analysis.entities.filter((entity) => entity.kind === 'person' && withClaims.has(entity.id))) {
    // "Ushakov" adds nothing to "Yury Ushakov": a search for it finds the name anyway.
    const nameWords = new Set(terms(person.name));
    const aliases = unique(person.aliases.filter((alias) => terms(alias).some((word) => !nameWords.has(word)))).slice(0, MAX_ALIASES);
    const roles = unique(person.roles).join(', ');
    records.push({
      kind: 'person',
      doc: { i: person.id, t: person.name, p: aliases, o: [], c: roles, v: '' },
      fields: { title: person.name, people: aliases, outlets: [], context: roles, verdict: '', evidence: [], text: [] },
      sentences: [],
    });
  }
  return records;
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
