/**
 * Finds the sentence a review names: the quote is looked up in the named article's sentences (quote
 * marks, apostrophes, dashes, spaces and letter case folded, so a hand-typed quote still matches), and
 * a given sentence id must be that very sentence. Every miss says what no longer matches and which
 * current sentence is closest, so an editor can mend the review in one go.
 */
import type { AnnotatedSentence, ArticleAnalysis } from '../engine/types.ts';
import type { SentenceRef } from '../schemas/review.ts';
import { closestSentence } from './similarity.ts';

/** A sentence found for a review, with where the quote sits in it. */
export interface Located {
  article: ArticleAnalysis;
  sentence: AnnotatedSentence;
  /** UTF-16 offsets of the quote inside `sentence.text`. */
  span: [number, number];
}

/** Why a sentence could not be found: what no longer matches, and a suggestion. */
export interface LocateFailure {
  /** `stale-review` when the review no longer matches, `ambiguous-review` when it matches several. */
  rule: 'stale-review' | 'ambiguous-review';
  message: string;
  hint: string;
}

const FOLDS: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

/** One character folded for comparison; always one UTF-16 unit in, one out, so offsets carry over. */
function foldChar(char: string): string {
  const folded = FOLDS[char];
  if (folded) return folded;
  if (/\s/.test(char)) return ' ';
  const lower = char.toLowerCase();
  return lower.length === 1 ? lower : char;
}

/** Text folded character by character (same length as the input). */
export function foldForMatch(text: string): string {
  let out = '';
  for (const char of text.split('')) out += foldChar(char);
  return out;
}

/** A quote as written in YAML: trimmed, inner whitespace (line folds) collapsed, then folded. */
function foldQuote(quote: string): string {
  return foldForMatch(quote.trim().replace(/\s+/g, ' '));
}

/** Every sentence of `article` that contains the quote, with the quote's span. */
function sentencesWith(article: ArticleAnalysis, quote: string): Located[] {
  const needle = foldQuote(quote);
  if (needle === '') return [];
  const found: Located[] = [];
  for (const sentence of article.sentences) {
    const at = foldForMatch(sentence.text).indexOf(needle);
    if (at !== -1) found.push({ article, sentence, span: [at, at + needle.length] });
  }
  return found;
}

const shorten = (text: string, max = 140): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** "did you mean" text for the sentence closest to `quote` among `sentences`. */
export function suggestion(quote: string, sentences: readonly AnnotatedSentence[]): string {
  const best = closestSentence(quote, sentences);
  return best ? `did you mean sentence ${best.id}: "${shorten(best.text)}"?` : 'the article has no sentences';
}

/** Finds the one sentence a reference names, or says precisely why not. */
export function locate(ref: SentenceRef, articles: ReadonlyMap<string, ArticleAnalysis>): Located | LocateFailure {
  const article = articles.get(ref.article);
  if (!article) {
    return { rule: 'stale-review', message: `article "${ref.article}" was not analysed`, hint: 'check the article id; the content check should have caught this' };
  }
  const found = sentencesWith(article, ref.quote);
  if (ref.sentence !== undefined) {
    const pinned = found.find((candidate) => candidate.sentence.id === ref.sentence);
    if (pinned) return pinned;
    const still = article.sentences.find((sentence) => sentence.id === ref.sentence);
    if (still) {
      return {
        rule: 'stale-review',
        message: `sentence ${ref.sentence} of ${ref.article} does not contain the quote${found.length > 0 ? ` (it is in ${found.map((f) => f.sentence.id).join(', ')})` : ''}`,
        hint: `fix the quote or the sentence id; sentence ${ref.sentence} reads "${shorten(still.text)}"`,
      };
    }
    if (found.length === 1 && found[0]) {
      return {
        rule: 'stale-review',
        message: `sentence ${ref.sentence} is no longer in ${ref.article}: the sentence was edited, and the quote is now in ${found[0].sentence.id}`,
        hint: `check that the review still holds for the edited sentence "${shorten(found[0].sentence.text)}", then change sentence to ${found[0].sentence.id}`,
      };
    }
    return {
      rule: 'stale-review',
      message: `sentence ${ref.sentence} is no longer in ${ref.article} (the sentence was edited or removed)${found.length > 1 ? ', and the quote is now in several sentences' : ', and the quote is not found'}`,
      hint: `${suggestion(ref.quote, found.length > 1 ? found.map((f) => f.sentence) : article.sentences)} Update the quote and the sentence id after checking the review still holds`,
    };
  }
  if (found.length === 1 && found[0]) return found[0];
  if (found.length > 1) {
    return {
      rule: 'ambiguous-review',
      message: `the quote is in ${found.length} sentences of ${ref.article} (${found.map((f) => f.sentence.id).join(', ')})`,
      hint: `quote more words, or add "sentence: ${found[0]?.sentence.id}" for the one you mean`,
    };
  }
  return {
    rule: 'stale-review',
    message: `the quote is not in any sentence of ${ref.article} (the article was edited, or the quote spans two sentences)`,
    hint: `${suggestion(ref.quote, article.sentences)} Copy the words from that sentence after checking the review still holds`,
  };
}

/** True when `locate` failed. */
export function isFailure(result: Located | LocateFailure): result is LocateFailure {
  return 'rule' in result;
}
