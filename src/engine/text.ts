/**
 * Small text primitives shared by every stage: typographic normalization and a stable hash.
 * Kept dependency-free so the rehype plugin, the engine and the browser bundle agree byte for byte.
 */

/** Typographic variants folded to their plain ASCII form, so “ ” ‘ ’ – — and NBSP compare equal. */
const FOLD: ReadonlyArray<[RegExp, string]> = [
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2018\u2019\u201A\u201B\u2032]/g, "'"],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g, ' '],
];

const ASCII = /^[\x00-\x7F]*$/;

/**
 * Text of ASCII and typographic marks that NFKC leaves as FOLD would make them anyway (curly quotes,
 * dashes, the ellipsis, NBSP and other spaces; not the double prime, which NFKC splits in two):
 * NFKC changes nothing of it after folding, so it is skipped, as it is for most news text.
 */
export const ASCII_AND_MARKS = /^[\x00-\x7F\u201C-\u201F\u00AB\u00BB\u2018-\u201B\u2032\u2010-\u2015\u2212\u2026\u00A0\u2000-\u200B\u202F\u205F\u3000]*$/;

/** Any character FOLD replaces, and each replacement: the classes are disjoint and replaced by ASCII, so one pass does what five did. */
const FOLDABLE = new RegExp(FOLD.map(([pattern]) => pattern.source).join('|'), 'g');
const FOLD_ONE = FOLD.map(([pattern, replacement]) => [new RegExp(pattern.source), replacement] as const);
const foldOne = (mark: string): string => FOLD_ONE.find(([pattern]) => pattern.test(mark))?.[1] ?? mark;

/** NFKC, folded quotes and dashes, collapsed whitespace: the text as the engine compares it. */
export function foldTypography(text: string): string {
  // ASCII text has nothing to normalize or fold (every FOLD pattern is non-ASCII).
  if (ASCII.test(text)) return text.replace(/\s+/g, ' ').trim();
  const out = (ASCII_AND_MARKS.test(text) ? text : text.normalize('NFKC')).replace(FOLDABLE, foldOne);
  return out.replace(/\s+/g, ' ').trim();
}

/** The form a sentence id is computed from: folded typography, lower case, no edge punctuation. */
export function normalizeForHash(text: string): string {
  return foldTypography(text).toLowerCase();
}

/** Typographic marks that are never part of a word: dashes, curly quotes, the ellipsis (U+2010-U+2027), guillemets, the no-break space. */
function isWordlessMark(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2027) || code === 0xa0 || code === 0xab || code === 0xbb;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * True when `text` has at least `min` words (matches of `[\p{L}\p{N}]+`): counted in place while the
 * text is ASCII and typographic marks (where a word is a run of ASCII letters and digits), with the
 * pattern otherwise, only as far as it needs to.
 */
export function wordsAtLeast(text: string, min: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 && !isWordlessMark(code)) {
      WORD.lastIndex = 0;
      count = 0;
      while (count < min && WORD.exec(text) !== null) count++;
      return count >= min;
    }
    const letter = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
    // The words counted so far are words whatever follows: they are parted by characters that are none.
    if (letter && !inWord && ++count >= min) return true;
    inWord = letter;
  }
  return count >= min;
}

/**
 * The matches `text.matchAll(re)` gives, in order, found with `re.exec` on the pattern itself (from
 * its `lastIndex`, which is set back after): `matchAll` makes a new RegExp for every call, whose
 * source V8 looks up again, 2% of the engine's instructions at 10,000 articles. An empty match moves
 * on one character, or one code point with the `u` or `v` flag, as `matchAll` does. The matches are
 * all found before any is read, so a caller may use the same pattern again while reading them.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches: the pattern needs the "g" flag, as matchAll does (got /${re.source}/${re.flags})`);
  const out: RegExpExecArray[] = [];
  const from = re.lastIndex;
  const unicode = re.unicode || re.unicodeSets;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, unicode);
  }
  re.lastIndex = from;
  return out;
}

/** The index after `at` (ECMAScript's AdvanceStringIndex): past a surrogate pair when `unicode`. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const lead = text.charCodeAt(at);
  const trail = text.charCodeAt(at + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? at + 2 : at + 1;
}

/** 32-bit FNV-1a over UTF-16 code units, as 8 lower-case hex digits. Fast, stable, dependency-free. */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * "BALASORE, India (AP) — ", "Istanbul, May 14 (EFE).- ", "HARLOW, Norvania, Nov 4 (Northgate Wire) - ",
 * "LONDON (Reuters) - ", "Paris (AFP) - ": a dateline before a report's first sentence: a place in capitals or in one word, or a place and
 * a comma (then a country or a date), and the agency in parentheses in up to three words; or, with no
 * agency, a place in capitals, a comma and a day of a month ("PORT HALLEN, Oct 2 - "). "The
 * European Union (EU) - its members …" opens on no dateline.
 */
export const DATELINE = /^(?:(?:\p{Lu}[\p{Lu}\s.'’-]*|\p{Lu}[\p{L}'’-]+|[^.!?“",]{1,30},[^.!?“"]{0,40}?)\s*\((?:[A-Z][\w.&]{0,11}(?:\s[A-Z][\w.&]{0,11}){0,2})\)|\p{Lu}{2}[\p{Lu}\s.'’-]*,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s*[.,]?\s*[-—–]+\s*/u;

/**
 * Patterns made from words at run time (a cue, a predicate), by flags and source. A cache only:
 * each `new RegExp` of a source V8 has not kept is parsed and compiled again, twice (bytecode, then
 * native code on its second use), and the words repeat from sentence to sentence and story to story.
 * Only for patterns without the `g` or `y` flag, which keep no state between uses. Bounded, so a huge
 * corpus cannot grow it without end.
 */
const patterns = new Map<string, RegExp>();
const PATTERNS_MAX = 5_000;

/** `new RegExp(source, flags)`, shared with every earlier call of the same source and flags (never `g` or `y`). */
export function pattern(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  let known = patterns.get(key);
  if (known === undefined) {
    if (flags.includes('g') || flags.includes('y')) throw new Error(`pattern: a shared pattern keeps no state, so no "g" or "y" flag (got "${flags}")`);
    known = new RegExp(source, flags);
    if (patterns.size >= PATTERNS_MAX) patterns.clear();
    patterns.set(key, known);
  }
  return known;
}
