/**
 * Numbers as news articles write them: "nearly 40", "more than six hours", "a 6.5-hour meeting",
 * "$12.5 billion", "3.4 million euros", "14 percent". Also picks the values outlets report: the
 * true one (sometimes rounded with "about" or "at least") or, for contested numbers, another one.
 */
import type { QuantitySpec, Unit } from './events.ts';
import type { Rng } from './random.ts';

/** How a reported number is hedged (the engine's qualifier vocabulary). */
export type Qualifier = 'exact' | 'about' | 'more-than' | 'nearly' | 'at-least' | 'less-than';

/** One outlet's report of a quantity. */
export interface Report {
  value: number;
  qualifier: Qualifier;
}

const QUALIFIER_WORDS: Record<Qualifier, readonly string[]> = {
  exact: [''],
  about: ['about', 'around', 'roughly', 'some', 'approximately'],
  'more-than': ['more than', 'over'],
  nearly: ['nearly', 'almost', 'close to'],
  'at-least': ['at least'],
  'less-than': ['less than'],
};

const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Rounds to one decimal, which every step in events.ts is a multiple of. */
function tidyValue(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A value of the quantity, a multiple of its step within [min, max]. */
export function drawValue(spec: QuantitySpec, rng: Rng): number {
  const steps = Math.round((spec.max - spec.min) / spec.step);
  return tidyValue(spec.min + rng.int(0, steps) * spec.step);
}

/** A value clearly different from `truth` (at least 15% and one step away), for a conflicting report. */
export function conflictingValue(spec: QuantitySpec, truth: number, rng: Rng): number {
  for (let attempt = 0; attempt < 20; attempt++) {
    const factor = rng.chance(0.5) ? 0.55 + rng.next() * 0.3 : 1.18 + rng.next() * 0.45;
    const snapped = tidyValue(Math.max(spec.step, Math.round((truth * factor) / spec.step) * spec.step));
    if (Math.abs(snapped - truth) >= Math.max(spec.step, truth * 0.15)) return snapped;
  }
  return tidyValue(truth + Math.max(spec.step, Math.ceil((truth * 0.3) / spec.step) * spec.step));
}

/** A qualifier for an agreeing report (compatible with the true value). */
export function agreeingQualifier(spec: QuantitySpec, rng: Rng): Qualifier {
  if (spec.exactOnly) return 'exact';
  return rng.weighted<Qualifier>([['exact', 6], ['about', 2], ['at-least', spec.unit === 'count' ? 2 : 0]]);
}

/** A qualifier for a conflicting report, pointing the same way as the difference. */
export function conflictingQualifier(spec: QuantitySpec, truth: number, value: number, rng: Rng): Qualifier {
  if (spec.exactOnly) return 'exact';
  return value > truth
    ? rng.weighted<Qualifier>([['exact', 5], ['more-than', 3], ['at-least', 1], ['about', 1]])
    : rng.weighted<Qualifier>([['exact', 5], ['nearly', 3], ['about', 1]]);
}

/** The words for a number: "six", "6.5", "1,240", "2.3 million". */
function numberWords(value: number, rng: Rng, allowWords: boolean): string {
  if (allowWords && Number.isInteger(value) && value <= 12 && rng.chance(0.6)) return SMALL[value] ?? String(value);
  if (value >= 1_000_000 && rng.chance(0.7)) return `${tidyValue(value / 1_000_000)} million`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 1 });
}

const UNIT_WORDS: Record<Unit, readonly [singular: string, plural: string, short: string | null]> = {
  count: ['', '', null],
  hour: ['hour', 'hours', null],
  day: ['day', 'days', null],
  year: ['year', 'years', null],
  'usd-million': ['', '', null],
  'usd-billion': ['', '', null],
  'eur-million': ['', '', null],
  percent: ['percent', 'percent', '%'],
  km: ['kilometre', 'kilometres', 'km'],
  metre: ['metre', 'metres', 'm'],
  millimetre: ['millimetre', 'millimetres', 'mm'],
  magnitude: ['', '', null],
};

/**
 * The phrase for a report. `adjective` gives the compound-modifier form ("six-hour", "120-metre");
 * money, counts and percentages read the same either way.
 */
export function quantityPhrase(unit: Unit, report: Report, rng: Rng, adjective = false): string {
  const qualifier = rng.pick(QUALIFIER_WORDS[report.qualifier]);
  const prefix = qualifier ? `${qualifier} ` : '';
  const value = report.value;
  switch (unit) {
    case 'count':
      return prefix + numberWords(value, rng, true);
    case 'magnitude':
      return prefix + value.toFixed(1);
    case 'usd-million':
    case 'usd-billion':
    case 'eur-million': {
      const scale = unit === 'usd-billion' ? 'billion' : 'million';
      const amount = numberWords(value, rng, false);
      if (unit === 'eur-million') return prefix + (rng.chance(0.5) ? `€${amount} ${scale}` : `${amount} ${scale} euros`);
      return prefix + (rng.chance(0.7) ? `$${amount} ${scale}` : `${amount} ${scale} dollars`);
    }
    case 'percent': {
      const amount = numberWords(value, rng, false);
      return prefix + rng.weighted([[`${amount} percent`, 5], [`${amount}%`, 3], [`${amount} per cent`, 2]]);
    }
    default: {
      const [singular, plural, short] = UNIT_WORDS[unit];
      const amount = numberWords(value, rng, true);
      if (adjective) return `${prefix}${amount}-${singular}`;
      if (short && rng.chance(0.25)) return `${prefix}${amount} ${short}`;
      return `${prefix}${amount} ${value === 1 ? singular : plural}`;
    }
  }
}

/** A whole number below 100 in words ("thirty-one"), or null. */
function wordsBelow100(value: number): string | null {
  if (!Number.isInteger(value) || value < 0 || value >= 100) return null;
  if (value <= 12) return SMALL[value] ?? null;
  if (value < 20) return TEENS[value - 13] ?? null;
  const tens = TENS[Math.floor(value / 10)] ?? '';
  return value % 10 === 0 ? tens : `${tens}-${SMALL[value % 10]}`;
}

/**
 * News style never starts a sentence with digits: "31 workers died" becomes "Thirty-one workers
 * died", "1,240 people" becomes "A total of 1,240 people".
 */
export function noDigitStart(sentence: string): string {
  const match = /^(\d[\d,.]*)(\S*)/.exec(sentence);
  if (!match) return sentence;
  const words = match[2] === '' ? wordsBelow100(Number(match[1])) : null;
  if (words) return words[0]?.toUpperCase() + words.slice(1) + sentence.slice(match[1]?.length ?? 0);
  return `A total of ${sentence}`;
}
