/**
 * The content words of a stretch of text with their offsets, read with the language's tokenizer
 * and term normalizer: what stage 6 marks on the claim page and picks slug words from.
 */
import type { Language } from '../language/index.ts';

/** A content word of a text: its surface, its term and its UTF-16 offsets. */
export interface WordSpan {
  word: string;
  term: string;
  start: number;
  end: number;
}

/** The content words (stopwords and plain speech verbs dropped) of `text`, in reading order. */
export function contentWords(lang: Language, text: string): WordSpan[] {
  const out: WordSpan[] = [];
  const tokens = lang.tokenize(text);
  // An index loop: without TurboFan each for-of step allocates an iterator result.
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as (typeof tokens)[number];
    if (token.type !== 'word' && token.type !== 'number') continue;
    const term = token.type === 'number' ? token.text : lang.term(token.key);
    if (term) out.push({ word: token.text, term, start: token.start, end: token.end });
  }
  return out;
}
