/**
 * Per-clause features for matching: a TF-IDF vector over stage 3's `terms` with paraphrases folded
 * (IDF computed within the story, so words every report uses weigh little), also as typed arrays
 * for fast dot products, the entities, the quotes as word lists, the quantity keys, the speaker and
 * whether the sentence is a denial.
 */
import { MIN_TERMS, MIN_WORDS, isCheckable } from './checkable.ts';
import { clauseSpans, type ClauseSpan } from './clauses.ts';
import { canonicalTerms } from './paraphrases.ts';
import { quoteFeature, type QuoteFeature } from './quote-features.ts';
import { NAME, TermIndex, type TermVector } from './term-index.ts';
import type { StoryContext } from '../story-context.ts';
import type { AnnotatedSentence, Quantity } from '../types.ts';
import { sentenceTerms, termOf, type NamedSpan } from '../03-annotate/terms.ts';
import { tokenize, wordKey } from '../03-annotate/tokens.ts';
import { isContentWord, stem } from '../words.ts';

export type { QuoteFeature } from './quote-features.ts';

/**
 * Everything stages 4-6 compare about one clause of a sentence (the whole sentence unless it is
 * compound, see clauses.ts). The evidence is always the whole sentence.
 */
export interface Features {
  /** Position in the story's list of features (clauses in reading order). */
  i: number;
  sentence: AnnotatedSentence;
  article: string;
  /** The clause: offsets into `sentence.text`; [0, text.length) for a sentence that is one clause. */
  start: number;
  end: number;
  /** Which clause of the sentence this is (0-based), and how many the sentence has. */
  part: number;
  parts: number;
  checkable: boolean;
  /** TF-IDF weights, L2-normalised. */
  weights: Map<string, number>;
  /** The terms that are words of a mentioned entity's name or role (weighted down in `weights`). */
  names: Set<string>;
  /** The first feature that is the same clause of the same sentence text (itself unless it is a copy). */
  copyOf: number;
  /** `weights` as typed arrays over the story's term ids (see term-index.ts). */
  vector: TermVector;
  /** The story's term index (shared by all features of a story). */
  index: TermIndex;
  /** Number of distinct terms of the clause. */
  termCount: number;
  /** Entity ids mentioned (not outlets: citing an outlet says nothing about the content). */
  entities: string[];
  /** The entities that single out a fact: people, organisations and places the story rarely names. */
  specific: string[];
  /** IDF of each entity over the story's clauses (shared by all features of a story). */
  entityIdf: ReadonlyMap<string, number>;
  quotes: QuoteFeature[];
  /** The quantities inside the clause. */
  quantities: Quantity[];
  /** `measures|unit` of each quantity that says what it measures. */
  quantityKeys: string[];
  speaker: string | null;
  denial: boolean;
}

/** Inverse document frequency over the story's sentences (of matching terms: paraphrases folded). */
export interface Idf {
  get(term: string): number;
  /** Number of sentences that contain the term. */
  df(term: string): number;
  count: number;
}

/**
 * Weight of a term that is part of a mentioned entity's name or role ("Ukrainian President
 * Volodymyr Zelensky" is one entity, not four matching words). Entities are compared on their own.
 */
export const NAME_WEIGHT = 0.6;

const nameWordCache = new WeakMap<object, Set<string>>();

/** Word sets (raw and stemmed, lower case) of the names, aliases and roles of the entities a sentence mentions. */
function nameWords(sentence: AnnotatedSentence, ctx: StoryContext): Array<Set<string>> {
  const sets: Array<Set<string>> = [];
  for (const id of new Set(sentence.mentions.map((mention) => mention.entity))) {
    const entity = ctx.entities.get(id);
    if (!entity) continue;
    let cached = nameWordCache.get(entity);
    if (!cached) {
      cached = new Set<string>();
      for (const phrase of [entity.name, ...entity.aliases, ...entity.roles]) {
        for (const word of phrase.split(/[\s-]+/)) {
          const key = wordKey(word);
          cached.add(key);
          // Roles are written as ordinary words ("national security adviser"): match their terms too.
          const term = termOf(key);
          if (term) cached.add(term);
        }
      }
      nameWordCache.set(entity, cached);
    }
    sets.push(cached);
  }
  return sets;
}

/** Computes IDF over the given sentences' term sets: ln(1 + N / df). */
export function buildIdf(sentences: readonly AnnotatedSentence[]): Idf {
  const df = new Map<string, number>();
  for (const sentence of sentences) for (const term of new Set(canonicalTerms(sentence.terms))) df.set(term, (df.get(term) ?? 0) + 1);
  const count = sentences.length;
  return {
    count,
    df: (term) => df.get(term) ?? 0,
    get: (term) => Math.log(1 + count / Math.max(1, df.get(term) ?? 0)),
  };
}

/** The key that lines up quantities of the same thing: the stemmed measured noun and the unit. */
export function quantityKey(measures: string | null, unit: string): string | null {
  if (!measures || !measures.split(/\s+/).some((word) => isContentWord(word.toLowerCase()))) return null;
  const noun = measures.toLowerCase().split(/\s+/).map(stem).join(' ');
  return `${noun}|${unit.toLowerCase()}`;
}

/** Builds the features of every clause of every sentence of a story, in reading order. */
export function buildFeatures(ctx: StoryContext, idf: Idf): Features[] {
  const features: Features[] = [];
  const index = new TermIndex();
  for (const sentence of ctx.sentences) {
    const checkable = isCheckable(sentence);
    const clauses = checkable && sentence.polarity !== 'denies' ? clauseTerms(sentence, ctx) : null;
    if (!clauses) {
      features.push(unitFeatures(ctx, idf, index, features.length, sentence, checkable, { start: 0, end: sentence.text.length, terms: sentence.terms }, 0, 1));
      continue;
    }
    clauses.forEach((clause, part) => features.push(unitFeatures(ctx, idf, index, features.length, sentence, true, clause, part, clauses.length)));
  }
  weighEntities(features, ctx);
  // Copies of a sentence (near-duplicate articles) share the hash part of its id.
  const firstCopy = new Map<string, number>();
  for (const f of features) {
    const key = `${f.sentence.id.slice(0, 10)}#${f.part}`;
    const first = firstCopy.get(key);
    if (first === undefined) firstCopy.set(key, f.i);
    f.copyOf = first ?? f.i;
  }
  index.ready();
  return features;
}

/**
 * A place named in at most this share of a story's clauses (or RARE_PLACE_MIN of them) is a
 * specific referent; the story's main countries and cities are its topic, not a fact.
 */
const RARE_PLACE_SHARE = 0.05;
const RARE_PLACE_MIN = 3;

/** Entity IDF over the story's clauses, and each clause's specific entities (people, organisations, rare places). */
function weighEntities(features: Features[], ctx: StoryContext): void {
  const df = new Map<string, number>();
  for (const f of features) for (const id of f.entities) df.set(id, (df.get(id) ?? 0) + 1);
  const weights = new Map<string, number>();
  for (const [id, count] of df) weights.set(id, Math.log(1 + features.length / count));
  const rarePlace = Math.max(RARE_PLACE_MIN, RARE_PLACE_SHARE * features.length);
  for (const f of features) {
    f.entityIdf = weights;
    f.specific = f.entities.filter((id) => ctx.entities.get(id)?.kind !== 'place' || (df.get(id) ?? 0) <= rarePlace);
  }
}

/** A clause with its terms. */
interface ClauseTerms extends ClauseSpan {
  terms: readonly string[];
}

/**
 * The clauses of a compound sentence with the terms of each (stage 3's terms, by clause), or null
 * when the sentence is one clause or a clause is too short to be checked on its own.
 */
function clauseTerms(sentence: AnnotatedSentence, ctx: StoryContext): ClauseTerms[] | null {
  const spans = clauseSpans(sentence.text, sentence.quotes);
  if (spans.length < 2) return null;
  const tokens = tokenize(sentence.text);
  const names: NamedSpan[] = [];
  for (const mention of sentence.mentions) {
    if (mention.pronoun) continue;
    const t0 = tokens.findIndex((token) => token.start === mention.start);
    const t1 = tokens.findIndex((token) => token.end === mention.end);
    const name = ctx.entities.get(mention.entity)?.name;
    if (t0 >= 0 && t1 >= t0 && name) names.push({ t0, t1: t1 + 1, name });
  }
  const clauses: ClauseTerms[] = [];
  let from = 0;
  for (const span of spans) {
    while (from < tokens.length && (tokens[from]?.start ?? 0) < span.start) from++;
    let to = from;
    while (to < tokens.length && (tokens[to]?.end ?? 0) <= span.end) to++;
    const terms = sentenceTerms(tokens, names, from, to);
    const words = sentence.text.slice(span.start, span.end).match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words < MIN_WORDS || new Set(terms).size < MIN_TERMS) return null;
    clauses.push({ ...span, terms });
    from = to;
  }
  return clauses;
}

/** The features of one clause (or whole sentence). */
function unitFeatures(
  ctx: StoryContext,
  idf: Idf,
  index: TermIndex,
  i: number,
  sentence: AnnotatedSentence,
  checkable: boolean,
  clause: ClauseTerms,
  part: number,
  parts: number,
): Features {
  const whole = parts === 1;
  const { start: from, end: to } = clause;
  // Term counts, and the position of each term's first occurrence (in the Map's insertion order).
  const counts = new Map<string, number>();
  const firstAt: number[] = [];
  const terms = canonicalTerms(clause.terms);
  for (let n = 0; n < terms.length; n++) {
    const term = terms[n] as string;
    const count = counts.get(term);
    if (count === undefined) {
      counts.set(term, 1);
      firstAt.push(n);
    } else counts.set(term, count + 1);
  }
  const names = nameWords(sentence, ctx);
  const weights = new Map<string, number>();
  const nameTerms = new Set<string>();
  let norm = 0;
  for (const [term, count] of counts) {
    const isName = names.length > 0 && names.some((set) => set.has(term));
    if (isName) nameTerms.add(term);
    const weight = count * idf.get(term) * (isName ? NAME_WEIGHT : 1);
    weights.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  const size = weights.size;
  const vector: TermVector = { ids: new Int32Array(size), weights: new Float64Array(size), positions: new Int32Array(size), flags: new Uint8Array(size) };
  let k = 0;
  for (const [term, weight] of weights) {
    const normalised = weight / norm;
    weights.set(term, normalised);
    const id = index.id(term);
    vector.ids[k] = id;
    vector.weights[k] = normalised;
    vector.positions[k] = firstAt[k] as number;
    vector.flags[k] = index.termFlags(id) | (nameTerms.has(term) ? NAME : 0);
    k++;
  }
  const speaker = sentence.attribution.speaker ?? sentence.quotes.find((quote) => quote.speaker)?.speaker ?? null;
  const entities = [
    ...new Set(
      sentence.mentions
        .filter((mention) => whole || (mention.start >= from && mention.end <= to))
        .map((mention) => mention.entity)
        .filter((id) => ctx.entities.get(id)?.kind !== 'outlet' && id !== sentence.attribution.viaEntity),
    ),
  ].sort();
  const quotes = (whole ? sentence.quotes : sentence.quotes.filter((quote) => quote.start >= from && quote.end <= to)).map((quote) => quoteFeature(quote, speaker, idf));
  const quantities = whole ? sentence.quantities : sentence.quantities.filter((q) => q.start >= from && q.end <= to);
  const quantityKeys = [...new Set(quantities.map((q) => quantityKey(q.measures, q.unit)).filter((key) => key !== null))];
  return {
    i,
    sentence,
    article: sentence.article,
    start: clause.start,
    end: clause.end,
    part,
    parts,
    checkable,
    weights,
    names: nameTerms,
    copyOf: i,
    vector,
    index,
    termCount: weights.size,
    entities,
    specific: entities,
    entityIdf: NO_WEIGHTS,
    quotes,
    quantities,
    quantityKeys,
    speaker,
    denial: sentence.polarity === 'denies',
  };
}

const NO_WEIGHTS: ReadonlyMap<string, number> = new Map();

/** The text of the clause a feature covers. */
export function unitText(f: Features): string {
  return f.parts === 1 ? f.sentence.text : f.sentence.text.slice(f.start, f.end);
}
