/**
 * Quantities: a number, its unit (the head noun after it, singular), the qualifier as an interval
 * and the noun it measures ("more than four-hour meeting" → 4 hour, more-than, meeting).
 *
 * Calendar dates and years ("February 18", "in 2022", "since 2014"), times of day, ordinals and
 * numbers inside names ("Channel One", "COVID-19") are not quantities: they are left out entirely.
 * Open ends use ±Infinity; "about" is ±10 %, "nearly" is [90 %, value).
 */
import type { Quantity, Qualifier } from '../types.ts';
import { MONTHS, STOPWORDS } from './lexicon/common.ts';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, DURATION_VERBS, ING_NOUNS, IRREGULAR_PLURALS, LEFT_LINKS, MEASURE_UNITS,
  NUMBER_ADJECTIVES, QUALIFIER_PHRASES,
} from './lexicon/units.ts';
import { isNumberWord, parseNumber, type ParsedNumber } from './numbers.ts';
import type { Token } from './tokens.ts';

const DEFINITE = new Set(['the', 'these', 'those', 'both', 'all', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'each', 'every']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const CLOCK = new Set(['am', 'pm', 'gmt', 'utc']);
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century']);
const QUALIFIERS = QUALIFIER_PHRASES.map(([phrase, qualifier]) => ({ words: phrase.split(' '), qualifier }));

/** A noun in singular form: "principles" → "principle", "people" → "person". */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The quantities of a sentence in reading order. */
export function findQuantities(text: string, tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const article = token.key === 'a' || token.key === 'an';
    if (token.type !== 'number' && !isNumberWord(token.key) && !(article && isNumberWord(tokens[i + 1]?.key ?? ''))) continue;
    const number = parseNumber(tokens, i);
    if (!number || !isQuantity(tokens, number)) continue;
    const quantity = readQuantity(text, tokens, number);
    if (quantity) found.push(quantity);
    i = number.end - 1;
  }
  return found;
}

/** Rules out dates, years, times, ordinals, list markers and numbers inside names. */
function isQuantity(tokens: readonly Token[], n: ParsedNumber): boolean {
  const first = tokens[n.start] as Token;
  const next = tokens[n.end];
  const previous = tokens[n.start - 1];
  if (first.type === 'word' && first.cap && n.start > 0) return false;
  if (first.link !== null && previous?.type === 'word') return false;
  if (MONTHS.has(previous?.key ?? '') || MONTHS.has(next?.key ?? '')) return false;
  if (next && !next.spaced && ORDINAL_SUFFIX.has(next.key)) return false;
  if (next?.text === ':' && tokens[n.end + 1]?.type === 'number') return false;
  if (next && CLOCK.has(next.key.replace(/\./g, ''))) return false;
  if (n.start === 0 && (next?.text === '.' || next?.text === ')')) return false;
  if (next?.key === 'of' || next?.key === 'another' || next?.key === 'other') return false;
  const linked = next?.link === '-';
  if (first.type === 'number' && /^(?:1[89]|20)\d\d$/.test(first.text) && !linked) {
    // A year, unless a plural noun follows ("2000 troops").
    if (!next || next.type !== 'word' || !/[^s]s$/.test(next.key)) return false;
  }
  if (first.key === 'one' && !linked && qualifierBefore(tokens, n.start) === null) return false;
  if (!linked && DEFINITE.has(previous?.key ?? '')) return false;
  return true;
}

/** The qualifier phrase that ends right before token i, with its first token. */
function qualifierBefore(tokens: readonly Token[], i: number): { qualifier: Qualifier; start: number } | null {
  for (const { words, qualifier } of QUALIFIERS) {
    const start = i - words.length;
    if (start < 0) continue;
    if (words.every((word, k) => tokens[start + k]?.key === word)) return { qualifier, start };
  }
  return null;
}

function interval(value: number, qualifier: Qualifier): [number, number] {
  const floor = value >= 0 ? 0 : -Infinity;
  switch (qualifier) {
    case 'about': return [value * 0.9, value * 1.1];
    case 'nearly': return [value * 0.9, value];
    case 'more-than':
    case 'at-least': return [value, Infinity];
    case 'less-than':
    case 'at-most': return [floor, value];
    default: return [value, value];
  }
}

function readQuantity(text: string, tokens: readonly Token[], n: ParsedNumber): Quantity | null {
  let start = n.start;
  let unit: string | null = null;
  const sign = tokens[start - 1];
  if (sign && CURRENCY_SIGNS.has(sign.text)) {
    unit = CURRENCY_SIGNS.get(sign.text) ?? null;
    start--;
  }
  let end = n.end;
  let measures: string | null = null;
  let low = n.value;
  let high = n.value;
  let ranged = false;
  const dash = tokens[end];
  const second = dash?.link === '-' && dash.type === 'number' ? parseNumber(tokens, end) : tokens[end]?.key === 'to' ? parseNumber(tokens, end + 1) : null;
  if (second && second.value > n.value && !tokens[second.start]?.cap) {
    high = second.value;
    end = second.end;
    ranged = true;
  }
  const next = tokens[end];
  if (!unit && next?.text === '%' && !next.spaced) {
    unit = 'percent';
    end++;
  } else if (!unit && next?.type === 'word') {
    const read = readUnit(tokens, end);
    if (read) {
      unit = read.unit;
      end = read.end;
      if (read.linked) measures = nounPhraseAfter(tokens, end);
    }
  } else if (unit && next?.type === 'word' && !next.link) {
    measures = nounPhraseAfter(tokens, end);
  }
  if (unit === 'year' && tokens[end]?.key === 'old' && tokens[end]?.link === '-') {
    unit = 'age';
    end++;
    measures = null;
  }
  if (unit !== null && measures === null && !MEASURE_UNITS.has(unit) && unit !== 'age') measures = unit;
  if (measures === null && unit !== 'age') measures = ofPhraseAfter(tokens, end) ?? measuredOnTheLeft(tokens, start, unit === null || !TIME_UNITS.has(unit));
  if (unit === null) {
    if (measures === null) return null;
    unit = 'count';
  }
  const q = qualifierBefore(tokens, start);
  const qualifier: Qualifier = ranged ? 'about' : (q?.qualifier ?? 'exact');
  const [lo, hi] = ranged ? [low, high] : interval(n.value, qualifier);
  const from = q?.start ?? start;
  const value = ranged ? (low + high) / 2 : n.value;
  const surfaceStart = tokens[from]?.start ?? 0;
  const surfaceEnd = tokens[end - 1]?.end ?? surfaceStart;
  return { value, low: lo, high: hi, unit, qualifier, measures, surface: text.slice(surfaceStart, surfaceEnd), start: surfaceStart, end: surfaceEnd };
}

/** The unit word after a number ("four-hour", "four principles", "12 more people", "5 percent"). */
function readUnit(tokens: readonly Token[], i: number): { unit: string; end: number; linked: boolean } | null {
  let j = i;
  const linked = tokens[j]?.link === '-';
  if (!linked) while (NUMBER_ADJECTIVES.has(tokens[j]?.key ?? '') && j < i + 2) j++;
  // "23 Starlink satellites": a capitalised modifier before a lower-case noun.
  if (!linked) while (tokens[j]?.cap && tokens[j + 1]?.type === 'word' && j < i + 2 && !STOPWORDS.has(tokens[j + 1]?.key ?? '')) j++;
  const token = tokens[j];
  if (!token || token.type !== 'word' || (token.cap && !linked)) return null;
  const key = token.key;
  if (key === 'percent' || key === 'pct') return { unit: 'percent', end: j + 1, linked };
  if (key === 'per' && tokens[j + 1]?.key === 'cent') return { unit: 'percent', end: j + 2, linked };
  if ((key === 'percentage' || key === 'basis') && /^points?$/.test(tokens[j + 1]?.key ?? '')) return { unit: `${key}-point`, end: j + 2, linked };
  if (STOPWORDS.has(key) || (!linked && /(?:ed|ly)$/.test(key))) return null;
  const noun = singular(key);
  return { unit: CURRENCY_WORDS.get(noun) ?? noun, end: j + 1, linked };
}

/** The head of the noun phrase after a compound ("three-stage peace plan" → "plan"). */
function nounPhraseAfter(tokens: readonly Token[], i: number): string | null {
  let head: string | null = null;
  for (let j = i; j < i + 3; j++) {
    const token = tokens[j];
    if (!token || token.type !== 'word' || token.cap || STOPWORDS.has(token.key) || /(?:ed|ly)$/.test(token.key)) break;
    if (j > i && token.key.endsWith('ing') && !ING_NOUNS.has(token.key)) break;
    head = token.key;
  }
  return head === null ? null : singular(head);
}

/** "four hours of talks" → "talk". */
function ofPhraseAfter(tokens: readonly Token[], i: number): string | null {
  return tokens[i]?.key === 'of' ? nounPhraseAfter(tokens, i + 1) : null;
}

/**
 * "the meeting lasted four hours" → "meeting"; with `linked` also "the toll rose to 14" → "toll",
 * which needs a linking word between the noun and the number ("invasion nearly three years ago" has none).
 */
function measuredOnTheLeft(tokens: readonly Token[], start: number, linked: boolean): string | null {
  let j = (qualifierBefore(tokens, start)?.start ?? start) - 1;
  if (tokens[j]?.key === 'for') j--;
  if (DURATION_VERBS.has(tokens[j]?.key ?? '')) {
    const noun = tokens[j - 1];
    return noun && noun.type === 'word' && !noun.cap && !STOPWORDS.has(noun.key) ? singular(noun.key) : null;
  }
  if (!linked) return null;
  let skipped = 0;
  let links = 0;
  for (; j >= 0 && skipped < 7; j--) {
    const token = tokens[j] as Token;
    skipped++;
    if (LEFT_LINKS.has(token.key)) {
      links++;
      continue;
    }
    // Across an earlier quantity: "raised its rate by 0.5 percentage points to 4.25%".
    if (links > 0 && (token.type === 'number' || MEASURE_UNITS.has(singular(token.key)) || token.key === 'percentage' || token.key === 'basis')) continue;
    if (links === 0) return null;
    if (token.type !== 'word' || (token.cap && j > 0) || STOPWORDS.has(token.key) || MEASURE_UNITS.has(singular(token.key))) return null;
    return singular(token.key);
  }
  return null;
}
