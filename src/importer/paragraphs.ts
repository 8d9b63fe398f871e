/**
 * Splits a wall of text (a scrape that lost its paragraph breaks) into readable paragraphs of about
 * two or three sentences. Breaks only fall between sentences found by the project's segmenter, so
 * no sentence is ever cut. News style guides the breaks: a new attributed quote ("“Not bad,” Ushakov
 * said.") usually opens a paragraph, while a bare quote sentence ("“It was serious.”") continues the
 * speaker of the sentence before it and stays with it.
 */
import { segmentText, type SentenceSpan } from '../engine/02-segment.ts';

/** When a line counts as a wall of text, and how long the paragraphs cut from it should be. */
export interface ParagraphOptions {
  /** A line is split only if it has more words than this... */
  splitAboveWords: number;
  /** ...and at least this many sentences. */
  splitFromSentences: number;
  /** The paragraph length aimed at, in words. */
  targetWords: number;
}

/** Defaults: natural news paragraphs stay under ~100 words; 001's 250-word lines do not. */
export const DEFAULT_PARAGRAPH_OPTIONS: ParagraphOptions = { splitAboveWords: 110, splitFromSentences: 4, targetWords: 70 };

const OPENING_QUOTE = /^["“‘'«„]/u;
/** A sentence that is nothing but a quotation: it opens and ends with quotation marks. */
const BARE_QUOTE = /^["“‘'«„].*[.!?…,]?["”’'»]$/u;
/** A sentence end a paragraph may follow: terminal punctuation, maybe closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["”’'»)\]]*$/u;
/** A paragraph may start with a capital, a digit or an opening quote/bracket. */
const PARAGRAPH_START = /^["“‘'«„(\[]?[\p{Lu}\p{N}]/u;

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Cost of one paragraph of `words` words and `sentences` sentences: 0 is ideal. */
function paragraphCost(words: number, sentences: number, target: number): number {
  const length = ((words - target) / (target / 3)) ** 2;
  const shape = sentences === 1 ? (words >= target * 0.6 ? 0.3 : 1.2) : sentences <= 3 ? 0 : (sentences - 3) * 1.5;
  return length + shape;
}

/** Extra cost of starting a paragraph with this sentence: negative for a new attributed quote. */
function breakCost(sentence: string | undefined, index: number): number {
  if (index === 0 || sentence === undefined || !OPENING_QUOTE.test(sentence)) return 0;
  return BARE_QUOTE.test(sentence) ? 1.5 : -0.8;
}

/**
 * The paragraphs of one line of text, in order; the line itself if it is not a wall of text.
 * Each paragraph is an exact slice of `text` (whitespace between paragraphs is dropped).
 */
export function splitIntoParagraphs(text: string, options: ParagraphOptions = DEFAULT_PARAGRAPH_OPTIONS): string[] {
  const line = text.trim();
  if (countWords(line) <= options.splitAboveWords) return [line];
  const sentences = segmentText(line);
  if (sentences.length < options.splitFromSentences) return [line];

  const breakable = (index: number): boolean => {
    const before = sentences[index - 1];
    const after = sentences[index];
    return before !== undefined && after !== undefined && SENTENCE_END.test(before.text) && PARAGRAPH_START.test(after.text);
  };
  const wordsOf = sentences.map((sentence) => countWords(sentence.text));

  // best[i]: lowest cost of cutting sentences [0, i) into paragraphs; from[i]: where the last one starts.
  const n = sentences.length;
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    best[end] = Number.POSITIVE_INFINITY;
    let words = 0;
    for (let start = end - 1; start >= 0; start--) {
      words += wordsOf[start] ?? 0;
      if (start > 0 && !breakable(start)) continue;
      const cost = (best[start] ?? Number.POSITIVE_INFINITY) + paragraphCost(words, end - start, options.targetWords) + breakCost(sentences[start]?.text, start);
      if (cost < (best[end] ?? Number.POSITIVE_INFINITY)) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }

  const starts: number[] = [];
  for (let end = n; end > 0; end = from[end] ?? 0) starts.unshift(from[end] ?? 0);
  return starts.map((start, index) => slice(line, sentences, start, (starts[index + 1] ?? n) - 1));
}

function slice(line: string, sentences: SentenceSpan[], first: number, last: number): string {
  const start = first === 0 ? 0 : (sentences[first]?.start ?? 0);
  const end = last === sentences.length - 1 ? line.length : (sentences[last]?.end ?? line.length);
  return line.slice(start, end).trim();
}
