/**
 * Numbers as written in news copy: digits ("4.5", "1,200"), words ("four", "twenty-five",
 * "a dozen", "one and a half"), scales ("2.5 million", "$3bn"). Read from tokens, so a
 * compound like "four-hour" yields the number and leaves "hour" for the unit.
 */
import { CURRENCY_SIGNS, DISTANCE_UNITS, UNIT_NAMES } from './lexicon/units.ts';
import type { Token } from './tokens.ts';

// Hand-written rather than a number-words package: it reads tokens with their offsets, stops at
// compounds ("four-hour" gives 4 and leaves "hour" for the unit) and reports the rounding step,
// which the string-to-number packages (words-to-numbers and the like) cannot.

/** A number found at some tokens: [start, end) token indices. */
export interface ParsedNumber {
  value: number;
  /**
   * The rounding step the writer used: 1 for "288" and "four", 10 for "280", 1,000 for "2,000",
   * 0.01 for "49.51", 10,000 for "1.28 million". Relate reads a number as a value near this step.
   */
  granularity: number;
  start: number;
  end: number;
}

/** The rounding step of a whole number: the power of ten of its trailing zeros ("280" → 10). */
export function wholeGranularity(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

const UNITS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, i): [string, number] => [word, i]),
);
const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i): [string, number] => [word, (i + 2) * 10]),
);
const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12], ['k', 1e3], ['m', 1e6],
  // South Asian English: a lakh is 100,000 and a crore 10 million ("Rs 10 lakh", "500 crore").
  ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
]);
/** Scale words that must be attached to the digits ("5m", "2k"), never standing alone. */
const ATTACHED_ONLY = new Set(['m', 'k']);
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Value of a single number word ("four" → 4), or undefined. */
export function numberWordValue(key: string): number | undefined {
  return UNITS.get(key) ?? TENS.get(key) ?? (key === 'dozen' ? 12 : key === 'hundred' ? 100 : SCALES.get(key));
}

/** True when the key is a number word ("four", "twenty", "hundred", "dozen"). */
export function isNumberWord(key: string): boolean {
  return UNITS.has(key) || TENS.has(key) || key === 'hundred' || key === 'dozen' || (SCALES.has(key) && !ATTACHED_ONLY.has(key) && key.length > 2);
}

/** Fractions written as words before "of a million", "a dozen": their value. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4], ['quarters', 1 / 4]]);
/** Scales a fraction can be of ("half a dozen", "a quarter of a million"). */
const FRACTION_SCALES = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

/**
 * A fraction of a scale written in words: "half a million", "a quarter of a million", "three
 * quarters of a billion", "two-thirds of a million", "half a dozen". Read whole, or the scale alone
 * would be taken for the number ("a million"). The writer rounded to a part of the scale, less
 * finely than the digits would: the step is half of one part (a quarter of a million is 250,000
 * give or take about 31,000).
 */
export function fractionOfScale(tokens: readonly Token[], i: number): ParsedNumber | null {
  let j = i;
  let times = 1;
  const first = tokens[j]?.key ?? '';
  if (first === 'a' || first === 'an' || first === 'one') j++;
  else if (UNITS.has(first) && (UNITS.get(first) ?? 0) > 1 && FRACTIONS.has(tokens[j + 1]?.key ?? '') && /s$/.test(tokens[j + 1]?.key ?? '')) {
    // "three quarters", "two-thirds": a count of the fraction (plural), never "three half".
    times = UNITS.get(first) as number;
    j++;
  }
  const part = FRACTIONS.get(tokens[j]?.key ?? '');
  if (part === undefined || (times === 1 && /s$/.test(tokens[j]?.key ?? ''))) return null;
  j++;
  if (tokens[j]?.key === 'of') j++;
  if (tokens[j]?.key !== 'a') return null;
  const scale = tokens[j + 1]?.key ?? '';
  if (!FRACTION_SCALES.has(scale)) return null;
  const one = part * (numberWordValue(scale) as number);
  return { value: Math.round(times * one), granularity: one / 2, start: i, end: j + 2 };
}

/** The number that starts at token i, if any. */
export function parseNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === 'number') return withScale(tokens, i, digitsValue(token.text), digitsGranularity(token.text));
  if (token.type !== 'word') return null;
  const fraction = fractionOfScale(tokens, i);
  if (fraction) return fraction;
  const article = token.key === 'a' || token.key === 'an';
  const start = i;
  let j = article ? i + 1 : i;
  let total = 0;
  let current = 0;
  let seen = false;
  for (; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.type !== 'word') break;
    const key = t.key;
    if (seen && key === 'and' && tokens[j + 1]?.key === 'a' && tokens[j + 2]?.key === 'half') {
      current += 0.5;
      j += 2;
      continue;
    }
    const previous = tokens[j - 1]?.key ?? '';
    if (seen && key === 'and' && (previous === 'hundred' || SCALES.has(previous)) && isNumberWord(tokens[j + 1]?.key ?? '')) continue;
    if (UNITS.has(key) || TENS.has(key)) {
      if (article) break;
      current += numberWordValue(key) ?? 0;
    } else if (key === 'hundred') current = (current || 1) * 100;
    else if (key === 'dozen') current = (current || 1) * 12;
    else if (SCALES.has(key) && !ATTACHED_ONLY.has(key) && key.length > 2) {
      total += (current || 1) * (SCALES.get(key) ?? 1);
      current = 0;
    } else break;
    seen = true;
    if (article && (key === 'dozen' || key === 'hundred' || SCALES.has(key))) {
      j++;
      break;
    }
  }
  if (!seen) return null;
  const value = total + current;
  return { value, granularity: Number.isInteger(value) ? wholeGranularity(value) : 0.5, start, end: j };
}

function plainDigits(text: string): string {
  return THOUSANDS.test(text) ? text.replace(/,/g, '') : text.replace(/,/g, '.');
}

function digitsValue(text: string): number {
  return Number(plainDigits(text));
}

/** The rounding step of digits as written: "49.51" → 0.01, "280" → 10, "7" → 1. */
function digitsGranularity(text: string): number {
  const plain = plainDigits(text);
  const dot = plain.indexOf('.');
  if (dot >= 0) return 10 ** -(plain.length - dot - 1);
  return wholeGranularity(Number(plain));
}

/** Words of extent after a length ("870m below the surface", "a 300m deep shaft", "400m long"). */
const EXTENT = new Set(['below', 'beneath', 'under', 'underground', 'above', 'deep', 'high', 'long', 'tall', 'wide', 'away']);

/** A unit of length as written ("ft", "feet", "miles", "metres"), read with the lexicon's unit names. */
function lengthUnit(key: string): boolean {
  const name = UNIT_NAMES.get(key) ?? UNIT_NAMES.get(key.replace(/s$/, '')) ?? key.replace(/s$/, '');
  return DISTANCE_UNITS.has(name);
}

/**
 * "870m (2,854ft) below the surface": an attached "m" is metres, not millions, when a word of extent
 * follows it or a parenthesis gives the figure again in a unit of length; never after a currency sign
 * ("£870m below forecasts").
 */
function attachedMetres(tokens: readonly Token[], i: number): boolean {
  if (CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '')) return false;
  const after = tokens[i + 2];
  if (after?.type === 'word' && EXTENT.has(after.key)) return true;
  return after?.text === '(' && tokens[i + 3]?.type === 'number' && lengthUnit(tokens[i + 4]?.key ?? '');
}

/** "2.5 million", "3bn": applies a scale word after digits. */
function withScale(tokens: readonly Token[], i: number, value: number, granularity: number): ParsedNumber | null {
  if (!Number.isFinite(value)) return null;
  const next = tokens[i + 1];
  if (next?.key === 'm' && !next.spaced && attachedMetres(tokens, i)) return { value, granularity, start: i, end: i + 1 };
  if (next?.type === 'word' && SCALES.has(next.key) && (!next.spaced || !ATTACHED_ONLY.has(next.key))) {
    if (next.spaced && next.key.length <= 2 && next.key !== 'bn' && next.key !== 'mn' && next.key !== 'tn') return { value, granularity, start: i, end: i + 1 };
    const scale = SCALES.get(next.key) ?? 1;
    return { value: value * scale, granularity: granularity * scale, start: i, end: i + 2 };
  }
  return { value, granularity, start: i, end: i + 1 };
}

/** The hours of a clock face in words, as a regular-expression alternation ("one" … "twelve"). */
export const CLOCK_HOURS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';

/**
 * The minutes a time in words gives before "past" or "to" ("a quarter", "twenty", "12", "twelve
 * minutes"): the round ones alone, any other number word only with "minutes" after it. An alternation.
 */
export const CLOCK_MINUTES = String.raw`a\s+quarter|quarter|half|five|ten|twenty|twenty-five|\d{1,2}|(?:one|two|three|four|six|seven|eight|nine|eleven|twelve|thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|twenty-(?:one|two|three|four|six|seven|eight|nine))(?=\s+minutes)`;

/** The part of the day after an hour in words: "on Sunday evening", "in the morning", "at night". An alternation's tail, its word captured. */
export const PART_OF_DAY_AFTER = String.raw`(?:(?:on\s+)?\p{L}+day\s+|in\s+the\s+|at\s+)?(morning|afternoon|evening|night)\b`;

