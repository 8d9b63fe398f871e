/**
 * What the reader typed, parsed: bare words are matched loosely (prefix and misspellings), a
 * "phrase in double quotes" only where it appears exactly. Nothing typed is ever run or rendered as
 * HTML; this only splits text.
 */
import { STOPWORDS, terms } from './tokens.ts';

/** One term or phrase of a query. */
export interface QueryPart {
  /** The text as typed, trimmed (what Fuse ranks by): `three-stage`, `security guarantees`. */
  text: string;
  /** Its folded words, stopwords dropped from bare terms: `["three", "stage"]`. */
  words: string[];
  /** True for a phrase in double quotes, which must appear exactly. */
  phrase: boolean;
  /** True when the reader may still be typing its last word (no space or closing quote after it). */
  open: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** The query, trimmed and with runs of spaces collapsed. */
  text: string;
  parts: QueryPart[];
}

/** Longest query looked at; the rest is ignored. */
export const MAX_QUERY_LENGTH = 120;
/** Most terms and phrases looked at. */
export const MAX_PARTS = 8;
/** Fewest letters a query needs before it searches. */
export const MIN_QUERY_LENGTH = 2;

const QUOTES = /["“”„«»]/;

/** Splits a query into terms and "quoted phrases"; an unclosed quote runs to the end. */
export function parseQuery(input: string): ParsedQuery {
  const raw = input.slice(0, MAX_QUERY_LENGTH);
  const pieces: Array<{ text: string; phrase: boolean; closed: boolean }> = [];
  let current = '';
  let inPhrase = false;
  const flush = (phrase: boolean, closed: boolean): void => {
    const text = current.trim().replace(/\s+/g, ' ');
    if (text) pieces.push({ text, phrase, closed });
    current = '';
  };
  for (const char of raw) {
    if (QUOTES.test(char)) {
      flush(inPhrase, true);
      inPhrase = !inPhrase;
    } else if (!inPhrase && /\s/.test(char)) {
      flush(false, true);
    } else {
      current += char;
    }
  }
  // Whatever is left was typed last: still open unless a space follows a bare term.
  flush(inPhrase, !inPhrase && /\s$/.test(raw));

  let parts: QueryPart[] = pieces.slice(0, MAX_PARTS).map((piece) => ({
    text: piece.text,
    words: terms(piece.text),
    phrase: piece.phrase,
    open: !piece.closed,
  }));
  parts = parts.filter((part) => part.words.length > 0);
  const meaningful = parts.some((part) => part.phrase || part.words.some((word) => !STOPWORDS.has(word)));
  if (meaningful) {
    parts = parts
      .map((part) => (part.phrase ? part : { ...part, words: part.words.filter((word) => !STOPWORDS.has(word)) }))
      .filter((part) => part.words.length > 0);
  }
  return { text: raw.trim().replace(/\s+/g, ' '), parts };
}

/** True when a query has enough in it to search. */
export function isSearchable(query: ParsedQuery): boolean {
  return query.parts.length > 0 && query.parts.reduce((sum, part) => sum + part.words.join('').length, 0) >= MIN_QUERY_LENGTH;
}
