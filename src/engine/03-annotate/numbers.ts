/**
 * Numbers as written in news copy: digits ("4.5", "1,200"), words ("four", "twenty-five",
 * "a dozen", "one and a half"), scales ("2.5 million", "$3bn"). Read from tokens, so a
 * compound like "four-hour" yields the number and leaves "hour" for the unit.
 */
import type { Token } from './tokens.ts';

/** A number found at some tokens: [start, end) token indices. */
export interface ParsedNumber {
  value: number;
  start: number;
  end: number;
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
  ['bn', 1e9], ['mln', 1e6], ['tn', 1e12], ['k', 1e3], ['m', 1e6],
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

/** The number that starts at token i, if any. */
export function parseNumber(tokens: readonly Token[], i: number): ParsedNumber | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === 'number') return withScale(tokens, i, digitsValue(token.text));
  if (token.type !== 'word') return null;
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
  return { value: total + current, start, end: j };
}

function digitsValue(text: string): number {
  if (THOUSANDS.test(text)) return Number(text.replace(/,/g, ''));
  return Number(text.replace(/,/g, '.'));
}

/** "2.5 million", "3bn": applies a scale word after digits. */
function withScale(tokens: readonly Token[], i: number, value: number): ParsedNumber | null {
  if (!Number.isFinite(value)) return null;
  const next = tokens[i + 1];
  if (next?.type === 'word' && SCALES.has(next.key) && (!next.spaced || !ATTACHED_ONLY.has(next.key))) {
    if (next.spaced && next.key.length <= 2 && next.key !== 'bn' && next.key !== 'tn') return { value, start: i, end: i + 1 };
    return { value: value * (SCALES.get(next.key) ?? 1), start: i, end: i + 2 };
  }
  return { value, start: i, end: i + 1 };
}
