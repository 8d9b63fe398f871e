/**
 * Per-sentence features for matching: a TF-IDF vector over stage 3's `terms` (IDF computed within
 * the story, so words every report uses weigh little), the entities, the quotes as word lists, the
 * quantity keys, the speaker and whether the sentence is a denial.
 */
import { isCheckable } from './checkable.ts';
import type { StoryContext } from '../story-context.ts';
import type { AnnotatedSentence } from '../types.ts';
import { termOf } from '../03-annotate/terms.ts';
import { wordKey } from '../03-annotate/tokens.ts';
import { contentStems, isContentWord, stem, wordSpans } from '../words.ts';

/** A quote reduced to what matching compares. */
export interface QuoteFeature {
  /** The quote as written, and its offsets in the sentence. */
  text: string;
  start: number;
  end: number;
  /** Stemmed content words in reading order. */
  words: string[];
  /** The same words as a set. */
  set: Set<string>;
  /** Who is quoted (quote speaker, else the sentence's speaker). */
  speaker: string | null;
  /** All words of the quote (stopwords too), folded and space-joined, for "same wording" checks. */
  plain: string;
}

/** Everything stages 4-6 compare about one sentence. */
export interface Features {
  /** Position in `StoryContext.sentences`. */
  i: number;
  sentence: AnnotatedSentence;
  article: string;
  checkable: boolean;
  /** TF-IDF weights, L2-normalised. */
  weights: Map<string, number>;
  /** The terms that are words of a mentioned entity's name or role (weighted down in `weights`). */
  names: Set<string>;
  /** Entity ids mentioned (not outlets: citing an outlet says nothing about the content). */
  entities: string[];
  quotes: QuoteFeature[];
  /** `measures|unit` of each quantity that says what it measures. */
  quantityKeys: string[];
  speaker: string | null;
  denial: boolean;
}

/** Inverse document frequency over the story's sentences. */
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
  for (const sentence of sentences) for (const term of new Set(sentence.terms)) df.set(term, (df.get(term) ?? 0) + 1);
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

/** Builds the features of every sentence of a story. */
export function buildFeatures(ctx: StoryContext, idf: Idf): Features[] {
  return ctx.sentences.map((sentence, i) => {
    const counts = new Map<string, number>();
    for (const term of sentence.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
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
    for (const [term, weight] of weights) weights.set(term, weight / norm);
    const speaker = sentence.attribution.speaker ?? sentence.quotes.find((quote) => quote.speaker)?.speaker ?? null;
    const entities = [
      ...new Set(
        sentence.mentions
          .map((mention) => mention.entity)
          .filter((id) => ctx.entities.get(id)?.kind !== 'outlet' && id !== sentence.attribution.viaEntity),
      ),
    ].sort();
    const quotes = sentence.quotes.map((quote): QuoteFeature => {
      const words = contentStems(quote.text);
      const plain = wordSpans(quote.text).map((span) => span.word).join(' ');
      return { text: quote.text, start: quote.start, end: quote.end, words, set: new Set(words), speaker: quote.speaker ?? speaker, plain };
    });
    const quantityKeys = [
      ...new Set(sentence.quantities.map((q) => quantityKey(q.measures, q.unit)).filter((key) => key !== null)),
    ];
    return {
      i,
      sentence,
      article: sentence.article,
      checkable: isCheckable(sentence),
      weights,
      names: nameTerms,
      entities,
      quotes,
      quantityKeys,
      speaker,
      denial: sentence.polarity === 'denies',
    };
  });
}
