/**
 * Words for search: one tokenizer for the index, the query and the highlighter, so a word that is
 * found is also the word that gets marked. Folding makes case, accents and quote styles irrelevant.
 */

/** A word of a text, with its UTF-16 offsets in the original (unfolded) text. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// A dotted abbreviation ("U.S.", "U.K.") or a run of letters, digits and combining marks.
const WORD = /(?:\p{L}\p{M}*\.){2,}|[\p{L}\p{N}\p{M}]+/gu;
const ASCII_SEPARATORS = /[^a-z0-9.]+/;
const SEPARATORS = /[^\p{L}\p{N}\p{M}.]+/u;
const NON_ASCII = /[^\x00-\x7f]/;
// Non-ASCII that only separates words (curly quotes, dashes, ellipsis, no-break space): no folding needed.
const NEEDS_FOLDING = /[^\x00-\x7f\u00a0\u2010-\u201f\u2026]/;
const MARKS = /\p{M}+/gu;
const SPECIAL: Record<string, string> = { ß: 'ss', ł: 'l', ø: 'o', đ: 'd', ı: 'i', æ: 'ae', œ: 'oe' };
const SPECIAL_RE = /[ßłøđıæœ]/g;

/** Lower case without accents, with curly quotes and dashes made plain: "Zelenskyy’s" → "zelenskyy's". */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower.replace(/\s+/g, ' ');
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(SPECIAL_RE, (char) => SPECIAL[char] ?? char)
    .replace(/[‘’ʼ′`]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ');
}

/** Folds one word: "U.S." → "us", "Ушаков" stays Cyrillic but lower case. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  const folded = NON_ASCII.test(lower) ? fold(lower) : lower;
  return folded.includes('.') ? folded.replace(/\./g, '') : folded;
}

/** Single letters are not worth indexing (the "s" of "Russia's"); single digits are ("4.5"). */
function keep(term: string): boolean {
  return term.length > 1 || (term >= '0' && term <= '9');
}

/** The words of a text with their offsets, for marking them. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    if (keep(term)) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Just the folded words of a text: the same words as `tokenize`, faster (the index has 100,000s). */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const folded = NEEDS_FOLDING.test(lower) ? fold(lower) : lower;
  const result: string[] = [];
  for (const piece of folded.split(NEEDS_FOLDING.test(folded) ? SEPARATORS : ASCII_SEPARATORS)) {
    if (!piece.includes('.')) {
      if (keep(piece)) result.push(piece);
      continue;
    }
    // "u.s." is one word, "4.5" two and "end." one: the full tokenizer decides.
    for (const token of tokenize(piece)) result.push(token.term);
  }
  return result;
}

/** Words too common to narrow a search, ignored unless the query has nothing else: the engine's one stopword set. */
export { STOPWORDS } from '../engine/language/lexicon/function-words.ts';
