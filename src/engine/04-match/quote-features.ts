/**
 * A quote reduced to what matching compares: its content words (light stems), each weighted by the
 * IDF of its stage-3 term so that two quotes sharing only the story's topic words ("the end of the
 * conflict") overlap little, and its plain wording for "same words" checks.
 */
import { termOf } from '../03-annotate/terms.ts';
import { wordKey } from '../03-annotate/tokens.ts';
import type { Quote } from '../types.ts';
import { isContentWord, wordSpans } from '../words.ts';
import type { Idf } from './features.ts';
import { canonicalTerm } from './paraphrases.ts';

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
  /** IDF weight of each distinct word (the IDF of its stage-3 term): rare words count more in overlaps. */
  weight: Map<string, number>;
  /** Sum of `weight` over the distinct words. */
  mass: number;
  /** Who is quoted (quote speaker, else the sentence's speaker). */
  speaker: string | null;
  /** All words of the quote (stopwords too), folded and space-joined, for "same wording" checks. */
  plain: string;
}

/** A quote's words, their IDF weights and its plain wording. */
export function quoteFeature(quote: Quote, speaker: string | null, idf: Idf): QuoteFeature {
  const spans = wordSpans(quote.text);
  const words: string[] = [];
  for (const span of spans) if (isContentWord(span.word)) words.push(span.stem);
  const weight = new Map<string, number>();
  let mass = 0;
  for (const span of spans) {
    if (!isContentWord(span.word) || weight.has(span.stem)) continue;
    // Entity names are terms as written ("ukraine"); other words as stems.
    const key = wordKey(span.word);
    const stemmed = termOf(key);
    const term = idf.df(key) > 0 ? key : stemmed === null ? null : canonicalTerm(stemmed);
    const w = term === null ? MIN_QUOTE_WEIGHT : Math.max(MIN_QUOTE_WEIGHT, idf.get(term));
    weight.set(span.stem, w);
    mass += w;
  }
  const plain = spans.map((span) => span.word).join(' ');
  return { text: quote.text, start: quote.start, end: quote.end, words, set: new Set(words), weight, mass, speaker: quote.speaker ?? speaker, plain };
}

/** Weight of a quote word that stage 3 treats as a stopword (it still counts, a little). */
const MIN_QUOTE_WEIGHT = 0.5;

