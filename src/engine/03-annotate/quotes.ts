/**
 * Direct quotations: which tokens of a sentence are inside quote marks, and the quoted spans. A
 * quotation may open in one sentence and close in a later one of the same paragraph, so the
 * open/closed state is carried from sentence to sentence.
 */
import { isWhitespace, type Token } from '../language/tokens.ts';

/** A quoted span in a sentence: character offsets of the words between the marks. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** The quotations of one sentence. */
export interface SentenceQuotes {
  spans: QuoteSpan[];
  /** `inside[i]` is true when token i is quoted (quote marks themselves are not). */
  inside: boolean[];
  /** A quotation is still open at the end of the sentence. */
  openAtEnd: boolean;
  /** Every word of the sentence is inside a quotation. */
  quoteOnly: boolean;
  /** A closing mark with no opening one: the quotation began in an earlier sentence. */
  closesEarlier: boolean;
}

const TRIM_END = /[\s,;:]+$/;
const TRIM_START = /^\s+/;

/** True for a character `TRIM_END` takes off a quotation's end: whitespace, a comma, a semicolon or a colon. */
function trimmedAtEnd(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || isWhitespace(code);
}

/** A sentence wholly inside a quotation whose marks are in other sentences. */
export function wholeQuote(text: string, tokens: readonly Token[]): SentenceQuotes {
  const piece = text.replace(TRIM_END, '');
  const start = piece.length - piece.replace(TRIM_START, '').length;
  const inside = tokens.map((t) => t.type !== 'quote');
  const words = tokens.some((t) => t.type === 'word' || t.type === 'number');
  return { spans: [{ start, end: piece.length }], inside, openAtEnd: true, quoteOnly: words, closesEarlier: false };
}

/**
 * Adds the quotation between marks at `from` and `to`, without the whitespace before it and the
 * whitespace, commas, semicolons and colons after it (`TRIM_START`, `TRIM_END`), read with character
 * tests. A module function, not a closure made per sentence (which tsx, the scripts' loader, names
 * as it is made).
 */
function closeSpan(text: string, spans: QuoteSpan[], from: number, to: number): void {
  let start = from;
  while (start < to && isWhitespace(text.charCodeAt(start))) start++;
  let end = to;
  while (end > from && trimmedAtEnd(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * Finds the quotations of a sentence. `openAtStart` says a quotation opened in an earlier sentence
 * of the paragraph and is still running. Double quotes delimit quotations; single quotes count
 * only when no double quote is open (nested or British-style 'scare' quotes).
 */
export function findQuotes(text: string, tokens: readonly Token[], openAtStart: boolean): SentenceQuotes {
  const inside = new Array<boolean>(tokens.length).fill(false);
  const spans: QuoteSpan[] = [];
  // Index loops rather than `some` and `forEach` with closures: this runs for every sentence.
  let doubles = false;
  for (let i = 0; i < tokens.length && !doubles; i++) doubles = (tokens[i] as Token).type === 'quote' && (tokens[i] as Token).double;
  const useSingles = !openAtStart && !doubles;
  let open = openAtStart;
  let spanStart = 0;
  let seenDouble = false;
  let singleAt = -1;
  let closesEarlier = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type !== 'quote') {
      inside[i] = open || singleAt >= 0;
    } else if (token.double) {
      if (open) {
        closeSpan(text, spans, spanStart, token.start);
        open = false;
      } else if (token.quote === 'close' && !seenDouble) {
        // A closing mark with no opening one: the quotation began before this sentence.
        closeSpan(text, spans, 0, token.start);
        for (let j = 0; j < i; j++) inside[j] = tokens[j]?.type !== 'quote';
        closesEarlier = true;
      } else {
        open = true;
        spanStart = token.end;
      }
      seenDouble = true;
    } else if (useSingles) {
      if (token.quote === 'open' && singleAt < 0) singleAt = i;
      else if (token.quote === 'close' && singleAt >= 0) {
        closeSpan(text, spans, tokens[singleAt]?.end ?? 0, token.start);
        singleAt = -1;
      }
    }
  }
  // An unmatched single mark was an apostrophe after all.
  if (singleAt >= 0) for (let j = singleAt; j < tokens.length; j++) inside[j] = false;
  if (open) closeSpan(text, spans, spanStart, text.length);
  let words = 0;
  let quoted = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type !== 'word' && t.type !== 'number') continue;
    words++;
    if (inside[i]) quoted++;
  }
  return { spans, inside, openAtEnd: open, quoteOnly: words > 0 && quoted === words, closesEarlier };
}
