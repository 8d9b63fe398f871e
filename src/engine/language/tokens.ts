/**
 * Tokens with offsets into the sentence as written. Every later step of annotation (names, cues,
 * numbers, quotes) reads these instead of re-scanning the text, so each sentence is scanned once.
 */

/** What a token is. `quote` tokens are quotation marks (not apostrophes inside words). */
export type TokenType = 'word' | 'number' | 'punct' | 'quote';

/** One token of a sentence. */
export interface Token {
  /** The surface, possessive "'s" removed from capitalised words. */
  text: string;
  /** Comparison key: lower case, no diacritics, no dots, straight apostrophes. */
  key: string;
  type: TokenType;
  start: number;
  end: number;
  /** Starts with a capital letter (or is a dotted acronym such as "U.S."). */
  cap: boolean;
  /** All capitals, at least two letters ("NATO", "US", "U.S."). */
  acronym: boolean;
  /** The word was followed by a possessive "'s" (stripped from `text`). */
  possessive: boolean;
  /** Joined to the previous token by a hyphen ("four-hour") or slash ("RFE/RL") with no spaces. */
  link: '-' | '/' | null;
  /** Whitespace (or the sentence start) precedes the token. */
  spaced: boolean;
  /** For quote marks: whether it opens or closes a quotation. */
  quote: 'open' | 'close' | null;
  /** For quote marks: double (“ ” ") or single (‘ ’ '). */
  double: boolean;
}

/** 1: dotted acronym ("U.S."), 2: number, 3: word (with inner apostrophes), 4: any other mark. */
const TOKEN = /((?:\p{Lu}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;
const POSSESSIVE = /['’][sS]$/;
const LINKERS = new Set(['-', '\u2010', '\u2011', '/']);
const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const OPENING_CONTEXT = /[\s([{\u2014\u2013-]/;
const DIACRITICS = /\p{M}/gu;
const CAPITAL = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}{2,}$/u;

const PLAIN = /^[a-z0-9]*$/;

/**
 * Latin letters that carry their mark inside the letter, so Unicode decomposition leaves them as
 * they are: transliterations write them plain ("Kılıçdaroğlu" / "Kilicdaroglu", "Łódź" / "Lodz").
 */
const LETTER_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ı/g, 'i'], [/[øǿ]/g, 'o'], [/ł/g, 'l'], [/[đð]/g, 'd'], [/ħ/g, 'h'], [/ß/g, 'ss'], [/æ/g, 'ae'], [/œ/g, 'oe'], [/þ/g, 'th'],
];

/** Comparison key of a word: lower case, no diacritics or dots, curly apostrophes made straight. */
export function wordKey(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  let key = lower.normalize('NFD').replace(DIACRITICS, '').replace(/’/g, "'").replace(/\./g, '');
  if (!PLAIN.test(key)) for (const [letter, plain] of LETTER_FOLDS) key = key.replace(letter, plain);
  return key;
}

/** Splits a sentence into tokens. Hyphens and slashes inside compounds become `link` flags. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pendingLink: '-' | '/' | null = null;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const raw = m[0];
    const previous = tokens.at(-1);
    const spaced = start === 0 || isWhitespace(text.charCodeAt(start - 1));
    const kind: TokenKind = m[1] !== undefined ? 'acronym' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'word' : 'mark';
    if (kind === 'mark') {
      const next = text[start + 1] ?? ' ';
      if (LINKERS.has(raw) && !spaced && previous && previous.type !== 'punct' && /[\p{L}\p{N}]/u.test(next)) {
        pendingLink = raw === '/' ? '/' : '-';
        continue;
      }
    }
    const token = makeToken(text, raw, start, kind, spaced);
    token.link = pendingLink;
    pendingLink = null;
    tokens.push(token);
  }
  return tokens;
}

/** JavaScript's `\s` of one UTF-16 code unit, read without a regular expression: asked for every token. */
function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

type TokenKind = 'acronym' | 'number' | 'word' | 'mark';

function makeToken(text: string, raw: string, start: number, kind: TokenKind, spaced: boolean): Token {
  const token: Token = {
    text: raw, key: raw, type: 'punct', start, end: start + raw.length, cap: false, acronym: false,
    possessive: false, link: null, spaced, quote: null, double: false,
  };
  if (kind === 'acronym') {
    token.type = 'word';
    token.key = wordKey(raw);
    token.cap = true;
    token.acronym = true;
  } else if (kind === 'number') {
    token.type = 'number';
  } else if (kind === 'word') {
    token.type = 'word';
    token.cap = CAPITAL.test(raw);
    if (token.cap && raw.length > 2 && POSSESSIVE.test(raw)) {
      token.text = raw.slice(0, -2);
      token.end = start + token.text.length;
      token.possessive = true;
    }
    token.key = wordKey(token.text);
    token.acronym = token.cap && ALL_CAPS.test(token.text);
  } else {
    quoteMark(text, token);
  }
  return token;
}

/** Marks a punctuation token as an opening or closing quotation mark, when it is one. */
function quoteMark(text: string, token: Token): void {
  const mark = token.text;
  const before = token.start === 0 ? ' ' : (text[token.start - 1] ?? ' ');
  let quote: 'open' | 'close' | null = null;
  let double = true;
  if (DOUBLE_OPEN.has(mark)) quote = 'open';
  else if (DOUBLE_CLOSE.has(mark)) quote = 'close';
  else if (mark === '"') quote = OPENING_CONTEXT.test(before) || before === '“' ? 'open' : 'close';
  else if (mark === '‘' || mark === '’' || mark === "'") {
    double = false;
    quote = mark === '‘' || OPENING_CONTEXT.test(before) ? 'open' : 'close';
  }
  if (quote === null) return;
  token.type = 'quote';
  token.quote = quote;
  token.double = double;
}

/** True for a word token that could be part of a name: capitalised or an acronym. */
export function isCapWord(token: Token | undefined): boolean {
  return token !== undefined && token.type === 'word' && (token.cap || token.acronym);
}
