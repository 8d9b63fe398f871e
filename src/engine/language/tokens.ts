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
  /** A word's term, once annotation has asked the language for it (`wordTerm` in 03-annotate/terms.ts); undefined before. */
  term?: string | null | undefined;
}

/** 1: dotted acronym ("U.S."), 2: number, 3: word (with inner apostrophes), 4: any other mark. */
const TOKEN = /((?:\p{Lu}\.){2,})|(\d+(?:[.,]\d+)*)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*)|(''|``|\S)/gu;
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
  if (plainScannable(text)) {
    for (let start = nextPlain(text, 0); start < text.length; ) {
      const end = plainEnd(text, start);
      pendingLink = addToken(tokens, text, start, text.slice(start, end), plainKindOf(text, start, end), pendingLink, true);
      start = nextPlain(text, end);
    }
    return tokens;
  }
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const kind: TokenKind = m[1] !== undefined ? 'acronym' : m[2] !== undefined ? 'number' : m[3] !== undefined ? 'word' : 'mark';
    pendingLink = addToken(tokens, text, m.index, m[0], kind, pendingLink, false);
  }
  return tokens;
}

/** Adds the token `raw` at `start` (`plain`: see `makeToken`), or for a hyphen or slash inside a compound a link to the next; returns the link the next token takes. */
function addToken(tokens: Token[], text: string, start: number, raw: string, kind: TokenKind, pendingLink: '-' | '/' | null, plain: boolean): '-' | '/' | null {
  const spaced = start === 0 || isWhitespace(text.charCodeAt(start - 1));
  if (kind === 'mark') {
    // An index read, not `at(-1)`: without TurboFan that is a call, and this runs for every token.
    const previous = tokens[tokens.length - 1];
    const next = text[start + 1] ?? ' ';
    if (LINKERS.has(raw) && !spaced && previous && previous.type !== 'punct' && /[\p{L}\p{N}]/u.test(next)) return raw === '/' ? '/' : '-';
  }
  const token = makeToken(text, raw, start, kind, spaced, plain);
  token.link = pendingLink;
  tokens.push(token);
  return null;
}

/**
 * Characters outside ASCII that are neither letters, marks nor digits (typographic quotes, dashes,
 * the ellipsis, currency and degree signs): `TOKEN` reads each as a mark of its own, as it does
 * ASCII punctuation; the right single quote also joins the parts of a word ("don’t").
 */
const PLAIN_MARKS = new Set([0x201c, 0x201d, 0x2018, 0x2019, 0x201e, 0x201a, 0xab, 0xbb, 0x2013, 0x2014, 0x2015, 0x2010, 0x2011, 0x2012, 0x2026, 0x20ac, 0xa3, 0xb0, 0x2022, 0x2032, 0x2033]);

/**
 * True when every character of `text` is ASCII, whitespace or one of `PLAIN_MARKS`: then the
 * token classes of `TOKEN` are plain character ranges (a capital is A-Z, a letter A-Z or a-z, a
 * digit 0-9, and no mark joins a letter), which `plainEnd` reads without a regular expression.
 * Nine sentences in ten of a news story are such text.
 */
function plainScannable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 && !PLAIN_MARKS.has(code) && !isWhitespace(code)) return false;
  }
  return true;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;
/** The apostrophes `TOKEN` lets join the parts of a word: ' and ’. */
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

/** The first character at or after `i` that is not whitespace (where `TOKEN`'s next match starts), or the text's length. */
function nextPlain(text: string, i: number): number {
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The end of `TOKEN`'s match at `start` in a text `plainScannable` accepts, found with character
 * tests: the same tokens, without a match array and its captured strings per token. The first
 * alternative of `TOKEN` that matches is taken, as far as it goes: a dotted acronym (two capitals or
 * more, each with its dot), a number (digits, and more digits after each inner comma or point), a
 * word (a letter, then letters and digits, and letters after each inner apostrophe), else the
 * character alone.
 */
function plainEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  let pairs = 0;
  while (isUpper(text.charCodeAt(start + 2 * pairs)) && text.charCodeAt(start + 2 * pairs + 1) === 46) pairs++;
  if (pairs >= 2) return start + 2 * pairs;
  let i = start + 1;
  if (isDigit(code)) {
    while (isDigit(text.charCodeAt(i))) i++;
    for (;;) {
      const separator = text.charCodeAt(i);
      if ((separator !== 44 && separator !== 46) || !isDigit(text.charCodeAt(i + 1))) return i;
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
  }
  // Two apostrophes or two backticks are one double quotation mark, as some wires type it (''I …,'' he said).
  if ((code === 39 || code === 96) && text.charCodeAt(i) === code) return i + 1;
  if (!isLetter(code)) return i;
  while (isLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i))) i++;
  while (isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
    i += 2;
    while (isLetter(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The kind of the token `plainEnd` read from `start` to `end`: a letter then a dot is a dotted acronym (a word has no dot). */
function plainKindOf(text: string, start: number, end: number): TokenKind {
  const code = text.charCodeAt(start);
  if (isDigit(code)) return 'number';
  if (!isLetter(code)) return 'mark';
  return end - start > 1 && text.charCodeAt(start + 1) === 46 ? 'acronym' : 'word';
}

/** JavaScript's `\s` of one UTF-16 code unit, read without a regular expression: asked for every token. */
export function isWhitespace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

type TokenKind = 'acronym' | 'number' | 'word' | 'mark';

/** `plain`: `raw` comes from a text `plainScannable` accepts, so a word is ASCII letters and digits with apostrophes, read by character tests. */
function makeToken(text: string, raw: string, start: number, kind: TokenKind, spaced: boolean, plain: boolean): Token {
  const token: Token = {
    text: raw, key: raw, type: 'punct', start, end: start + raw.length, cap: false, acronym: false,
    possessive: false, link: null, spaced, quote: null, double: false, term: undefined,
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
    token.cap = plain ? isUpper(raw.charCodeAt(0)) : CAPITAL.test(raw);
    if (token.cap && raw.length > 2 && possessive(raw)) {
      token.text = raw.slice(0, -2);
      token.end = start + token.text.length;
      token.possessive = true;
    }
    token.key = plain ? plainWordKey(token.text) : wordKey(token.text);
    token.acronym = token.cap && (plain ? allCapitals(token.text) : ALL_CAPS.test(token.text));
  } else {
    quoteMark(text, token);
  }
  return token;
}

/** True when a word ends in a possessive "'s" or "’s" (either case of s), read with character tests: asked for every capitalised word. */
function possessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  return (last === 115 || last === 83) && isApostrophe(word.charCodeAt(word.length - 2));
}

/** `wordKey` of a word of ASCII letters, digits and apostrophes: lower case, the curly apostrophe made straight. */
function plainWordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** `ALL_CAPS` of a word of ASCII letters, digits and apostrophes: two capitals or more and nothing else. */
function allCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) if (!isUpper(word.charCodeAt(i))) return false;
  return true;
}

/** Marks a punctuation token as an opening or closing quotation mark, when it is one. */
function quoteMark(text: string, token: Token): void {
  const mark = token.text;
  const before = token.start === 0 ? ' ' : (text[token.start - 1] ?? ' ');
  let quote: 'open' | 'close' | null = null;
  let double = true;
  if (DOUBLE_OPEN.has(mark)) quote = 'open';
  else if (DOUBLE_CLOSE.has(mark)) quote = 'close';
  else if (mark === '"' || mark === "''") quote = OPENING_CONTEXT.test(before) || before === '“' ? 'open' : 'close';
  else if (mark === '``') quote = 'open';
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
