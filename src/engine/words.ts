/**
 * Word-level helpers for stages 4-6: content words with offsets, a light stemmer and a stopword
 * list. Used where the engine needs words of a *part* of a sentence (a quote, a slug, a mark),
 * which the per-sentence `terms` of stage 3 cannot give.
 */
import { foldTypography } from './text.ts';

/** Function words that carry no claim: never block keys, never slug words, never marked. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are aren\'t as at be because been before being ' +
    'below between both but by can could did do does doing down during each either else ever every few for ' +
    'from further had has have having he her here hers herself him himself his how however i if in into is it ' +
    'its itself just let me more most much must my myself neither no nor not now of off on once one only or ' +
    'other ought our ours ourselves out over own per same shall she should so some such than that the their ' +
    'theirs them themselves then there these they this those through to too under until up upon us very was ' +
    'we were what when where whether which while who whom whose why will with within without would yet you ' +
    'your yours yourself said says say saying told tells tell added adding according also mr mrs ms dr ' +
    'it\'s we\'re we\'ve i\'m that\'s there\'s they\'re don\'t didn\'t won\'t can\'t isn\'t wasn\'t ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week'
  ).split(' '),
);

/**
 * Words of the attribution frame ("a reporter wrote that, according to sources, ..."): they say who
 * said something, not what was said, so they make poor slug words.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  (
    'wrote write writes reported report reports reporter reporters correspondent source sources official ' +
    'officials spokesperson spokesman spokeswoman statement stressed noted claimed announced described ' +
    'asked added told briefing press conference interview quoted knowledge familiar matter people'
  ).split(' '),
);

/** A word of a text with its UTF-16 offsets. */
export interface WordSpan {
  /** Lower-case, typography-folded surface form. */
  word: string;
  /** Stemmed form used for comparison. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/**
 * Length-preserving fold for comparison: curly apostrophes and dashes to ASCII, lower case.
 * (Full NFKC folding can change lengths, which would break offsets; words rarely need it.)
 */
function foldSameLength(text: string): string {
  const folded = text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-').toLowerCase();
  return folded.length === text.length ? folded : '';
}

/** Every word of `text` with offsets (stopwords included), so callers can mark or slice them. */
export function wordSpans(text: string): WordSpan[] {
  const folded = foldSameLength(text);
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(/\.+$/, '');
    const start = match.index;
    const word = folded ? folded.slice(start, start + raw.length) : foldTypography(raw).toLowerCase();
    spans.push({ word, stem: stem(word), start, end: start + raw.length });
  }
  return spans;
}

const stemCache = new Map<string, string[]>();
/** Texts cached at most; the cache is cleared when full (the same sentences recur across stages). */
const STEM_CACHE_SIZE = 50_000;

const contentSpansOf = new WeakMap<object, WordSpan[]>();

/**
 * The content words of `text` with offsets (stopwords dropped), computed once per `owner`: stage 6
 * marks and names every evidence sentence, often for more than one claim. The owner should live
 * no longer than a story (a clause's features), so the cache goes with it.
 */
export function contentSpans(owner: object, text: string): WordSpan[] {
  let spans = contentSpansOf.get(owner);
  if (!spans) {
    spans = wordSpans(text).filter((span) => isContentWord(span.word));
    contentSpansOf.set(owner, spans);
  }
  return spans;
}

/** Content words (stopwords dropped), stemmed, in reading order. */
export function contentStems(text: string): string[] {
  const cached = stemCache.get(text);
  if (cached) return cached;
  const stems = wordSpans(text)
    .filter((span) => isContentWord(span.word))
    .map((span) => span.stem);
  if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
  stemCache.set(text, stems);
  return stems;
}

/** True for a word that can carry meaning: not a stopword, not a bare one-letter token. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}

/**
 * A light suffix-stripping stemmer (plural, -ing, -ed, -ion kept): enough to make
 * "discussions"/"discussion", "restoring"/"restored"/"restore" and "staffing"/"staff" meet.
 */
export function stem(word: string): string {
  let cached = stems.get(word);
  if (cached === undefined) {
    cached = computeStem(word);
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(word, cached);
  }
  return cached;
}

/** Stems already computed (a cache only: a stem is a pure function of the word). */
const stems = new Map<string, string>();

function computeStem(word: string): string {
  let w = word.replace(/['’]s$/, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) {
    // "press", "status", "crisis" are not plurals.
  } else if (/(?:sses|xes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}
