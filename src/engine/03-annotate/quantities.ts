/**
 * Quantities: a number, its unit (the head noun after it, singular), the qualifier, the interval
 * the words allow, and the noun it measures ("more than four-hour meeting" → 4 hour, more-than,
 * meeting).
 *
 * Calendar dates and years ("February 18", "in 2022", "since 2014"), times of day, ordinals,
 * numbers inside names ("Channel One", "COVID-19"), scores and fractions ("a 5-4 ruling", "24/7")
 * and ratios ("one in five") are not quantities: they are left out entirely.
 *
 * Intervals follow how news copy rounds (see `interval`): a number is read within a quarter of its
 * rounding step, and a qualifier moves at most one step ("more than 280" is 280-290, "more than
 * four hours" up to five). Vague amounts ("hundreds", "thousands of") are intervals of their own.
 */
import type { Lexicon } from '../language/index.ts';
import { CLOCK_HOURS, CLOCK_MINUTES, fractionOfScale, numberWordValue, parseNumber, PART_OF_DAY_AFTER, type ParsedNumber } from '../language/numbers.ts';
import type { Token } from '../language/tokens.ts';
import type { Quantity, Qualifier } from '../types.ts';
import { allMatches } from '../text.ts';
import { CURRENCY_HUNDREDTHS, TIME_UNITS, WATTS_IN } from '../language/lexicon/units.ts';

const DEFINITE = new Set(['the', 'these', 'those', 'both', 'its', 'their', 'our', 'his', 'her', 'my', 'your', 'each', 'every']);
const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
/** Adverbs of place that stand for the people there after a bare number ("23 aboard"). */
const LOCATIVE_ADVERBS = new Set(['aboard', 'onboard']);
const CLOCK = new Set(['am', 'pm', 'gmt', 'utc', 'et', 'est', 'edt', 'ist', 'bst', 'cet']);

/** A noun in singular form: "principles" → "principle", "people" → "person". */
export function singular(lex: Lexicon, word: string): string {
  const irregular = lex.irregularPlurals.get(word);
  if (irregular) return irregular;
  // Compounds of "man" ("gunmen", "policemen", "firemen"); not a singular in "-men" after a vowel
  // ("specimen", "abdomen", "stamen", "lumen").
  if (word.length >= 6 && /[^aiouy]men$/.test(word)) return `${word.slice(0, -3)}man`;
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:sses|xes|ches|shes|zes)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** True when the key is a number word ("four", "twenty", "hundred", "dozen", "million"). */
function isNumberWord(key: string): boolean {
  return key.length > 2 && numberWordValue(key) !== undefined;
}

/** The quantities of a sentence in reading order. */
export function findQuantities(lex: Lexicon, text: string, tokens: readonly Token[]): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const vague = vagueAt(lex, tokens, i);
    if (vague) {
      const read = readQuantity(lex, text, tokens, vague);
      if (read) found.push(read.quantity);
      i = (read?.end ?? vague.end) - 1;
      continue;
    }
    const article = token.key === 'a' || token.key === 'an';
    if (token.type !== 'number' && !isNumberWord(token.key) && !(article && isNumberWord(tokens[i + 1]?.key ?? '')) && !((article || token.key === 'half') && fractionOfScale(tokens, i))) continue;
    // "the 1.27 million": a scale word after digits belongs to them, never a number of its own.
    if (token.type === 'word' && tokens[i - 1]?.type === 'number' && (numberWordValue(token.key) ?? 0) >= 1000) continue;
    const number = parseNumber(tokens, i);
    if (!number) continue;
    // A number that is not a quantity takes its words with it ("the 1.27 million": not "million" alone).
    if (!isQuantity(lex, tokens, number)) {
      i = number.end - 1;
      continue;
    }
    const read = readQuantity(lex, text, tokens, number);
    if (read) {
      found.push(read.end === number.end ? withGappedNoun(lex, tokens, found, read.quantity, number.start) : read.quantity);
      // "five of the 40 workers on the night shift were taken to hospital" also says how many were on
      // the shift: the whole is a count of its own, of what its noun phrase says and nothing more.
      const whole = read.quantity.whole === undefined ? null : wholeOfPartitive(lex, text, tokens, number.end, read.quantity);
      if (whole !== null) found.push(whole);
      i = Math.max(number.end, read.end) - 1;
    } else i = number.end - 1;
  }
  return withoutTimesInWords(text, withoutConversions(lex, text, found));
}

/**
 * A time of day in words: minutes to or past an hour ("twenty to midnight", "ten minutes to ten on
 * Wednesday", "a quarter past six."), ending where a time can end (a mark, a day or a part of it,
 * "o'clock"); not a range ("from five to ten people").
 */
const TIME_IN_WORDS = new RegExp(String.raw`(?<!\b(?:from|between)\s+)\b(?:${CLOCK_MINUTES})(?:\s+minutes)?\s+(?:past|to)\s+(?:midnight|noon|midday|(?:${CLOCK_HOURS})(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|that|this|last|yesterday|today|tonight|when|as|and|local|o['’]clock|sharp|precisely)\b))`, 'giu');

/** An hour written alone with its part of the day, after "at" or "just/shortly after/before": "at about six on Sunday evening", "at two in the afternoon". */
const HOUR_OF_DAY = new RegExp(String.raw`\b(?:at\s+(?:(?:about|around|roughly|approximately)\s+)?|(?:just|shortly)\s+(?:after|before)\s+)(?:${CLOCK_HOURS})(?=\s+${PART_OF_DAY_AFTER})`, 'giu');

/** The figures that are not the numbers of a time of day in words ("twenty" in "at twenty to midnight", "six" in "at six on Sunday evening"). */
function withoutTimesInWords(text: string, found: Quantity[]): Quantity[] {
  if (!/\b(?:past|to|morning|afternoon|evening|night)\b/i.test(text)) return found;
  const spans = [...allMatches(TIME_IN_WORDS, text), ...allMatches(HOUR_OF_DAY, text)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  return spans.length === 0 ? found : found.filter((q) => !spans.some(([start, end]) => q.start < end && start < q.end));
}

/**
 * The whole of a numeric partitive read from token `from` (after the part's number), as a count of
 * its own marked `partitiveWhole`: its noun and unit are the part's, and no verb of the clause is its.
 */
function wholeOfPartitive(lex: Lexicon, text: string, tokens: readonly Token[], from: number, part: Quantity): Quantity | null {
  for (let k = from; k < tokens.length && (tokens[k]?.start ?? Infinity) < part.end; k++) {
    const number = parseNumber(tokens, k);
    if (number === null || number.value !== part.whole) continue;
    const read = readQuantity(lex, text, tokens, number);
    if (read === null || read.quantity.unit !== part.unit || read.quantity.whole !== undefined) return null;
    return { ...read.quantity, partitiveWhole: true };
  }
  return null;
}

/**
 * Gapping: in "2,000 flights were cancelled and 20,000 delayed" the second clause leaves out its
 * verb's auxiliary and its noun, which are the first clause's. A bare number that would count people
 * only because a participle follows it ("over 1,100 injured") and that opens a clause coordinated
 * with a count of something else takes that count's noun: 20,000 flights, not 20,000 people.
 */
function withGappedNoun(lex: Lexicon, tokens: readonly Token[], found: readonly Quantity[], q: Quantity, numberStart: number): Quantity {
  const before = found.at(-1);
  if (q.unit !== 'person' || before === undefined || before.unit === 'person' || before.unit === 'count' || lex.measureUnits.has(before.unit)) return q;
  const opening = tokens[(qualifierBefore(lex, tokens, numberStart)?.start ?? numberStart) - 1];
  if (opening?.key !== 'and' && opening?.text !== ',') return q;
  // "… and 20 injured", "… and 3 dead": a word for harm done to people counts people, whatever came before.
  const state = tokens.find((t) => t.start >= q.end)?.key ?? '';
  if (HARM_VERBS.has(state) || PEOPLE_STATES.has(state)) return q;
  // The first clause has the same shape: its count, then a participle ("were cancelled", "cancelled").
  // "It hit 300 homes and 20 injured" has none: the homes are an object, and 20 people were hurt.
  let k = tokens.findIndex((t) => t.start >= before.end);
  if (k < 0) return q;
  if (COPULAS.has(tokens[k]?.key ?? '') || AUXILIARIES.has(tokens[k]?.key ?? '')) k += tokens[k + 1]?.key === 'been' ? 2 : 1;
  return PARTICIPLE.test(tokens[k]?.key ?? '') ? { ...q, unit: before.unit, measures: before.measures, modifier: before.modifier } : q;
}

/** A regular past participle. */
const PARTICIPLE = /^\p{L}{3,}ed$/u;

/** "(137 miles)", "(about $60 million)": a parenthesis that opens on a figure, with at most a word of approximation before it. */
const CONVERSION_OPENING = /^\s*\(\s*(?:about|around|roughly|some|nearly|approximately|or|c\.|ca\.)?\s*$/i;

/**
 * Leaves out a unit conversion: a figure in another unit of measure, in parentheses right after a
 * figure ("220 kilometres (137 miles)", "Rs 500 crore ($60 million)"). It restates the figure before
 * it for readers used to another unit; it is no report of its own, so it can neither confirm nor
 * contradict another outlet's figure.
 */
function withoutConversions(lex: Lexicon, text: string, found: readonly Quantity[]): Quantity[] {
  return found.filter((q, k) => {
    const before = found[k - 1];
    if (before === undefined || q.unit === before.unit || !lex.measureUnits.has(q.unit)) return true;
    return !CONVERSION_OPENING.test(text.slice(before.end, q.start));
  });
}

/** A number read from the text, or a vague amount with its interval. */
type NumberRead = ParsedNumber & { vague?: readonly [number, number] };

/** "thousands of flights", "tens of thousands of households", "hundreds of passengers". */
function vagueAt(lex: Lexicon, tokens: readonly Token[], i: number): NumberRead | null {
  const token = tokens[i];
  if (!token || token.type !== 'word') return null;
  let range = lex.vagueNumbers.get(token.key);
  let end = i + 1;
  // "tens of thousands", "hundreds of thousands": the outer word multiplies the inner one.
  if (token.key === 'tens' || range) {
    const inner = tokens[i + 1]?.key === 'of' ? lex.vagueNumbers.get(tokens[i + 2]?.key ?? '') : undefined;
    if (inner) {
      const factor = token.key === 'tens' ? 10 : (range?.[0] ?? 1) / 2;
      range = [inner[0] * factor / 2, inner[0] * factor * 10 / 2];
      end = i + 3;
    }
  }
  if (!range || tokens[end]?.key !== 'of') return null;
  const [low, high] = range;
  return { value: low, granularity: low, start: i, end, vague: [low, high] };
}

/** Digits that read as a year (1800-2099, no thousands separator). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A plural noun written in capitals ("FLOORS", "METRES", "GUNMEN"; not "NEWS", whose singular is itself, nor "NATO"). */
function shoutedPlural(lex: Lexicon, token: Token): boolean {
  return token.acronym && token.key.length >= 4 && singular(lex, token.key) !== token.key;
}

/** Marks after which a capitalised word opens a clause, as at a sentence's start. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', '–', '—', ':']);

/** Rules out dates, years, times, ordinals, list markers and numbers inside names. */
function isQuantity(lex: Lexicon, tokens: readonly Token[], n: ParsedNumber): boolean {
  const first = tokens[n.start] as Token;
  const next = tokens[n.end];
  const previous = tokens[n.start - 1];
  // A capitalised number word inside a sentence is a name ("Four Seasons"), unless a dash or a colon
  // opens a clause before it ("PORT SELWYN, June 14 (Wire) - Nine people were killed").
  // A number word all in capitals before a word in lower case or a plural in capitals is emphasis,
  // not a name ("after NINE bidders went to war", "killed FOURTEEN miners", "plunged TEN FLOORS").
  const emphasis = first.acronym && next?.type === 'word' && (!next.cap || shoutedPlural(lex, next));
  if (first.type === 'word' && first.cap && n.start > 0 && !CLAUSE_OPENERS.has(previous?.text ?? '') && !emphasis) return false;
  // "COVID-19", "a 5-4 ruling", "24/7": a number joined to the word or number before it is part of a
  // name, a score or a fraction, not a count. (A range's second number is read with its first.)
  if (first.link !== null && previous !== undefined) return false;
  if (lex.months.has(previous?.key ?? '') || lex.months.has(next?.key ?? '')) return false;
  if (next && !next.spaced && ORDINAL_SUFFIX.has(next.key)) return false;
  if (next?.text === ':' && tokens[n.end + 1]?.type === 'number') return false;
  // "06:12": the minutes of a clock time; "0612 local time", "06:12 GMT": a time of day, not a count.
  if (previous?.text === ':' && !previous.spaced && !first.spaced && tokens[n.start - 2]?.type === 'number') return false;
  if (next?.key === 'local' && tokens[n.end + 1]?.key === 'time') return false;
  if (next && CLOCK.has(next.key.replace(/\./g, ''))) return false;
  // "2 p.m.", written with its full stops as tokens of their own.
  if ((next?.key === 'a' || next?.key === 'p') && tokens[n.end + 1]?.text === '.' && tokens[n.end + 2]?.key === 'm') return false;
  if (n.start === 0 && (next?.text === '.' || next?.text === ')')) return false;
  // "one in five trains": a ratio, not a count of anything. A year after "in" says when ("$3 billion
  // in 2021", "rose to 300 in 2023"): the number before it is a quantity like any other.
  const after = tokens[n.end + 1];
  if (next?.key === 'in' && ((after?.type === 'number' && !YEAR.test(after.text)) || numberWordValue(after?.key ?? '') !== undefined)) return false;
  if (previous?.key === 'in' && (tokens[n.start - 2]?.type === 'number' || numberWordValue(tokens[n.start - 2]?.key ?? '') !== undefined)) return false;
  // "one of the deadliest", "two of them": a partitive picks members, it measures nothing; but "11 of
  // the 15 people on board" counts 11 of those people (numericPartitive).
  if ((next?.key === 'of' && numericPartitive(lex, tokens, n.start, n.end) === null) || next?.key === 'another' || next?.key === 'other') return false;
  const linked = next?.link === '-';
  if (first.type === 'number' && YEAR.test(first.text) && !linked) {
    // A year, unless a plural noun follows ("2000 troops").
    if (!next || next.type !== 'word' || !/[^s]s$/.test(next.key)) return false;
  }
  if (first.key === 'one' && !linked && qualifierBefore(lex, tokens, n.start) === null) return false;
  if (!linked && DEFINITE.has(previous?.key ?? '')) return false;
  return true;
}

/** Determiners a numeric partitive's whole may take: "11 of the 15", "two of its four engines". */
const PARTITIVE_DETERMINERS = new Set(['the', 'its', 'their', 'those', 'these']);
/** A possessive before a whole's number: "two of the building's four exits". */
const POSSESSIVE = /\p{L}['’]s?$/u;
/** Words that open a modifier after a noun: "the nine people who died", "the 186 people killed". */
const RELATIVE_WORDS = new Set(['who', 'that', 'which', 'whom', 'whose']);

/**
 * A numeric partitive: "11 of the 15 people on board", "two of its four engines", "3 of 10 voters".
 * The first number (from token `start`) counts members of a whole the second one counts, so it counts
 * the noun after the second ("11 … people") and what the clause says of them. Not when what happened
 * is said of the whole ("three of the nine people who died were from the city", "131 of the 186
 * people killed", "two of the four dead"): the part is then picked by another predicate, and its count
 * is no count of what happened. A partitive that opens its clause is its subject, so a past form
 * after its noun is the clause's verb ("Three of 10 voters backed him"), unless it names harm or a
 * state ("Three of the nine people killed were …"). Returns the whole's number and the token after
 * it (where its noun starts), or null.
 */
function numericPartitive(lex: Lexicon, tokens: readonly Token[], start: number, at: number): { whole: number; end: number } | null {
  if (tokens[at]?.key !== 'of') return null;
  let k = at + 1;
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.key ?? '')) k++;
  if (POSSESSIVE.test(tokens[k]?.key ?? '')) k++;
  const first = tokens[k];
  if (first === undefined || (first.type !== 'number' && numberWordValue(first.key) === undefined) || YEAR.test(first.text)) return null;
  const whole = parseNumber(tokens, k);
  const noun = whole === null ? undefined : tokens[whole.end];
  if (whole === null || noun?.type !== 'word') return null;
  const after = tokens[whole.end + 1];
  const opens = opensClause(lex, tokens, start);
  const described = (t: Token | undefined, verb: boolean): boolean => t !== undefined && t.type === 'word' && (HARM_VERBS.has(t.key) || PEOPLE_STATES.has(t.key) || (verb && (PARTICIPLE.test(t.key) || lex.irregularVerbForms.has(t.key))));
  if (described(noun, true) || (after !== undefined && (RELATIVE_WORDS.has(after.key) || described(after, !opens)))) return null;
  return { whole: whole.value, end: whole.end };
}

/** Words after which a clause opens ("…, and 20 of the 30 …"). */
const CLAUSE_JOINS = new Set(['and', 'but', 'while', 'as', 'after', 'when']);

/** True when the number at token `start` (with any qualifier before it) opens a clause. */
function opensClause(lex: Lexicon, tokens: readonly Token[], start: number): boolean {
  const before = tokens[(qualifierBefore(lex, tokens, start)?.start ?? start) - 1];
  return before === undefined || (before.type === 'punct' && before.text !== '%') || CLAUSE_JOINS.has(before.key);
}

/** The qualifier phrase that ends right before token i, with its first token. */
function qualifierBefore(lex: Lexicon, tokens: readonly Token[], i: number): { qualifier: Qualifier; start: number } | null {
  // An index loop: asked for every number, where without TurboFan each for-of step over the phrases allocates.
  const phrases = lex.qualifierPhrases;
  for (let k = 0; k < phrases.length; k++) {
    const entry = phrases[k] as readonly [string, Qualifier];
    const phrase = entry[0];
    const start = i - wordCount(phrase);
    if (start >= 0 && keysSpell(tokens, start, i, phrase)) return { qualifier: entry[1], start };
  }
  return null;
}

/** Words of a phrase written with single spaces. */
function wordCount(phrase: string): number {
  let count = 1;
  for (let at = phrase.indexOf(' '); at !== -1; at = phrase.indexOf(' ', at + 1)) count++;
  return count;
}

/** True when the keys of tokens [from, to) are the words of `phrase` (`phrase.split(' ')`), compared in place. */
function keysSpell(tokens: readonly Token[], from: number, to: number, phrase: string): boolean {
  let at = 0;
  for (let k = from; k < to; k++) {
    const key = tokens[k]?.key;
    if (key === undefined || !phrase.startsWith(key, at)) return false;
    at += key.length;
    // Each word ends at a space, the last at the end of the phrase.
    if (k < to - 1 ? phrase[at] !== ' ' : at !== phrase.length) return false;
    at++;
  }
  return true;
}

/** How many times its lower bound a value's upper bound must be for it to be vague ("dozens": 24-100). */
const VAGUE_RATIO = 4;

/**
 * True for an order-of-magnitude figure ("tens of millions", "hundreds", "dozens"): it is
 * consistent with a precise figure but does not confirm it.
 */
export function isVague(q: Quantity): boolean {
  return q.low > 0 && q.high >= VAGUE_RATIO * q.low;
}

/** Minutes in each unit of time, for comparing lengths written in different units (a month and a year on average). */
const MINUTES_IN: ReadonlyMap<string, number> = new Map([
  ['second', 1 / 60], ['minute', 1], ['hour', 60], ['day', 1440], ['week', 10_080], ['month', 43_830], ['year', 525_960], ['decade', 5_259_600], ['century', 52_596_000],
]);

/**
 * A length of time in minutes, so that lengths written in different units compare ("72 hours" and
 * "three days", "21 days" and "three weeks"), and a power in watts ("4,200 megawatts", "4.2 GW"); any
 * other quantity as it is. For comparing only: a
 * statement gives each figure as written.
 */
export function inCommonUnit(q: Quantity): Quantity {
  const watts = WATTS_IN.get(q.unit);
  if (watts !== undefined && q.unit !== 'watt') return { ...q, value: q.value * watts, low: q.low * watts, high: q.high * watts, granularity: q.granularity * watts, unit: 'watt' };
  const minutes = MINUTES_IN.get(q.unit);
  if (minutes === undefined || q.unit === 'minute') return q;
  return { ...q, value: q.value * minutes, low: q.low * minutes, high: q.high * minutes, granularity: q.granularity * minutes, unit: 'minute' };
}

/** The most, as a share of the figure, that "nearly" or "almost" falls short of it. */
const NEARLY_SHORT = 0.1;

/**
 * The interval a number allows, from its rounding step g. News copy rounds: a plain number is read
 * within a quarter step of its value ("four hours" is 3.75-4.25, so a "4.5-hour" report differs);
 * "about" allows half a step ("about 900" is 850-950, at least ±2 %); a bound moves at most one step, because writers pick
 * the nearest round bound ("more than 280" is 280-290, "more than four hours" 4-5, "nearly three
 * decades" 2-3, "up to three" 2-3).
 */
export function interval(value: number, granularity: number, qualifier: Qualifier): [number, number] {
  const g = granularity > 0 ? granularity : 1;
  switch (qualifier) {
    case 'about': {
      // "about 220" is rounded to the nearest ten: 215-225, so "about 250" is another figure.
      const spread = Math.max(Math.abs(value) * 0.02, g / 2);
      return [value - spread, value + spread];
    }
    case 'more-than':
    case 'at-least': return [value, value + g];
    // "Nearly", "almost" say the figure falls just short: a step below at most, and never more than a
    // tenth ("almost 300 million" is not 240 million, which is "almost 250 million"; "nearly 19.5
    // billion" is 19.4 billion).
    case 'nearly': return [Math.max(0, value - Math.min(g, Math.abs(value) * NEARLY_SHORT)), value];
    case 'less-than':
    case 'at-most': return [Math.max(0, value - g), value];
    default: return [value - g / 4, value + g / 4];
  }
}

/** "760p", "760 pence": the currency a hundredth of which follows the number (CURRENCY_HUNDREDTHS), or null. */
function hundredthsAfter(tokens: readonly Token[], n: NumberRead): string | null {
  const next = tokens[n.end];
  // A spaced "p" is no unit ("2 p.m." never gets here: isQuantity reads it as a time).
  if (n.vague || next?.type !== 'word' || (next.key === 'p' && next.spaced)) return null;
  return CURRENCY_HUNDREDTHS.get(next.key) ?? null;
}

/**
 * "Highway 14 is closed", "Flight 302 crashed", "Terminal 2 was evacuated": a whole number right
 * after a capitalised noun (not a month or a weekday: "June 14" is a date) and before a verb or a
 * function word names one thing of a series; it counts nothing.
 */
function designation(lex: Lexicon, tokens: readonly Token[], n: NumberRead): boolean {
  const before = tokens[n.start - 1];
  const number = tokens[n.start];
  if (n.vague || before?.type !== 'word' || !before.cap || before.spaced === false || number?.type !== 'number' || !/^\d+$/.test(number.text) || n.end !== n.start + 1) return false;
  if (lex.stopwords.has(before.key) || lex.months.has(before.key) || lex.weekdays.has(before.key) || lex.currencySigns.has(before.text)) return false;
  // "… the Farmers' Alliance 76 of parliament's 151 seats": a part of a whole, not a name's number.
  if (numericPartitive(lex, tokens, n.start, n.end) !== null) return false;
  // Then a verb, a function word or the clause's end ("is closed", "crashed", "of the treaty"), never a unit ("49%", "49 percent").
  const after = tokens[n.end];
  if (after === undefined) return true;
  if (after.type === 'punct') return after.text !== '%';
  return after.type === 'word' && !after.cap && (lex.stopwords.has(after.key) || lex.irregularVerbForms.has(after.key) || /ed$/.test(after.key));
}

function readQuantity(lex: Lexicon, text: string, tokens: readonly Token[], read: NumberRead): { quantity: Quantity; end: number } | null {
  if (designation(lex, tokens, read)) return null;
  // "760p" is £7.60: the figure in the currency itself, so that it compares with "£7.60".
  const hundredths = hundredthsAfter(tokens, read);
  const n = hundredths === null ? read : { ...read, value: read.value / 100, granularity: read.granularity / 100, end: read.end + 1 };
  let start = n.start;
  let unit: string | null = hundredths;
  // A sign right before the number ("$3"), or an abbreviation with its full stop ("Rs. 500").
  const dotted = tokens[start - 1]?.text === '.' && !tokens[start - 1]?.spaced ? 1 : 0;
  const sign = tokens[start - 1 - dotted];
  if (sign && lex.currencySigns.has(sign.text) && (dotted === 0 || sign.type === 'word')) {
    unit = lex.currencySigns.get(sign.text) ?? null;
    start -= 1 + dotted;
  }
  let end = n.end;
  let measures: string | null = null;
  let modifier: string | null = null;
  let proper: string | undefined;
  let low = n.value;
  let high = n.value;
  let ranged = false;
  if (n.vague) {
    // "thousands of flights": the noun after "of" is the unit.
    end++;
  } else {
    const dash = tokens[end];
    // "from 62 to 64" is a change, not a range: the two numbers are read one by one.
    const change = tokens[start - 1]?.key === 'from';
    // The second figure may repeat the first's currency sign: "$7.3 billion to $7.4 billion", "$7.3bn-$7.4bn".
    const sameSign = (at: number): number => (unit !== null && lex.currencySigns.get(tokens[at]?.text ?? '') === unit ? at + 1 : at);
    const signed = dash?.text === '-' && !dash.spaced && unit !== null ? sameSign(end + 1) : end + 1;
    const second =
      dash?.link === '-' && dash.type === 'number' ? parseNumber(tokens, end)
      : signed > end + 1 ? parseNumber(tokens, signed)
      : (tokens[end]?.key === 'to' && !change) || (tokens[end]?.key === 'and' && tokens[start - 1]?.key === 'between') ? parseNumber(tokens, sameSign(end + 1))
      : null;
    if (second && second.value > n.value && !tokens[second.start]?.cap) {
      high = second.value;
      end = second.end;
      ranged = true;
    }
  }
  // "11 of the 15 people on board": the count takes the whole's noun (numericPartitive).
  const partitive = n.vague ? null : numericPartitive(lex, tokens, n.start, end);
  const whole = partitive?.whole;
  if (partitive !== null) end = partitive.end;
  const next = tokens[end];
  if (!unit && next?.text === '%' && !next.spaced) {
    unit = 'percent';
    end++;
  } else if (!unit && next?.type === 'word') {
    const read = readUnit(lex, tokens, end);
    // "with 23 aboard", "killing 23 aboard": a locative adverb after a bare number counts the people there.
    if (read && LOCATIVE_ADVERBS.has(read.unit)) {
      unit = 'person';
      end = read.end;
    } else if (read) {
      unit = read.unit;
      modifier = read.modifier;
      proper = read.proper;
      end = read.end;
      if (read.linked) measures = nounPhraseAfter(lex, tokens, end);
    }
  } else if (unit && next?.type === 'word' && !next.link) {
    measures = nounPhraseAfter(lex, tokens, end);
  }
  // "85 kilometres an hour", "60 miles per hour", "30 km/h": a speed, not a distance.
  if (unit !== null && (unit === 'kilometre' || unit === 'mile' || unit === 'metre') && (tokens[end]?.key === 'an' || tokens[end]?.key === 'per' || tokens[end]?.key === 'a') && tokens[end + 1]?.key === 'hour') {
    unit = `${unit}-per-hour`;
    end += 2;
    measures = null;
  } else if (unit !== null && (unit === 'kilometre' || unit === 'mile') && tokens[end]?.link === '/' && /^(?:h|hr|hour)$/.test(tokens[end]?.key ?? '')) {
    unit = `${unit}-per-hour`;
    end += 1;
    measures = null;
  } else if (unit !== null && SPEED_ABBREVIATIONS.has(unit)) {
    // "50 mph", "130 kmph", "80 kph".
    unit = SPEED_ABBREVIATIONS.get(unit) as string;
    measures = null;
  }
  if (unit === 'year' && tokens[end]?.key === 'old' && tokens[end]?.link === '-') {
    unit = 'age';
    end++;
    measures = null;
  }
  if (unit !== null && measures === null && !lex.measureUnits.has(unit) && unit !== 'age') measures = unit;
  if (measures === null && unit !== 'age') {
    measures = ofPhraseAfter(lex, tokens, end) ?? measuredOnTheLeft(lex, tokens, start, unit === null || !TIME_UNITS.has(unit));
    // "34 percent of primary school teachers", "22 percent of secondary teachers": the word that
    // narrows the noun a share is of narrows the share.
    if (unit === 'percent' && modifier === null) modifier = ofPhraseModifier(lex, tokens, end);
  }
  // "killing 288", "injuring 803", "killing all 11 on board": a bare number as the object of a verb of
  // harming people counts people, and so does one of those on board with it.
  const harmAt = (qualifierBefore(lex, tokens, start)?.start ?? start) - 1;
  const harm = HARM_VERBS.has(tokens[harmAt]?.key ?? '') || (tokens[harmAt]?.key === 'all' && HARM_VERBS.has(tokens[harmAt - 1]?.key ?? ''));
  const aboard = tokens[end]?.key === 'aboard' || tokens[end]?.key === 'onboard' || (tokens[end]?.key === 'on' && tokens[end + 1]?.key === 'board');
  if (unit === null && harm && (tokens[end] === undefined || tokens[end]?.type === 'punct' || tokens[end]?.key === 'and' || tokens[end]?.key === 'others' || aboard)) {
    unit = 'person';
    measures = null;
  }
  let elided = false;
  // "Hundreds of others were trapped": "others" stands for the noun of a count before it.
  if (unit === null && tokens[end]?.key === 'others') {
    end++;
    measures = null;
    elided = true;
  }
  if (unit === null && (measures === null || lex.figureNouns.has(measures)) && !n.vague && leavesOutItsNoun(lex, tokens, qualifierBefore(lex, tokens, start)?.start ?? start, end)) {
    measures = null;
    elided = true;
  }
  if (unit === null) {
    if (measures === null && !elided) return null;
    unit = 'count';
  }
  const q = n.vague ? null : qualifierBefore(lex, tokens, start);
  const qualifier: Qualifier = ranged ? 'about' : (q?.qualifier ?? (n.vague ? 'about' : 'exact'));
  const [lo, hi] = n.vague ? n.vague : ranged ? [low, high] : interval(n.value, countStep(lex, n, unit, qualifier), qualifier);
  const from = q?.start ?? (tokens[start - 1]?.key === 'between' && ranged ? start - 1 : start);
  const value = ranged ? (low + high) / 2 : n.value;
  const surfaceStart = tokens[from]?.start ?? 0;
  const surfaceEnd = tokens[end - 1]?.end ?? surfaceStart;
  return {
    quantity: {
      value, low: lo, high: hi, granularity: n.granularity, unit, qualifier, measures, modifier,
      ...(proper !== undefined ? { proper } : {}),
      ...(elided ? { elided: true as const } : {}),
      ...(whole !== undefined ? { whole } : {}),
      surface: text.slice(surfaceStart, surfaceEnd), start: surfaceStart, end: surfaceEnd,
    },
    end,
  };
}

/** Words that place a town beside another ("three in neighbouring Rioverde"). */
const NEIGHBOURING = new Set(['neighbouring', 'neighboring', 'nearby']);

/** Abbreviations of speeds, read as the unit they abbreviate. */
const SPEED_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['mph', 'mile-per-hour'], ['kmph', 'kilometre-per-hour'], ['kph', 'kilometre-per-hour']]);

/** States of people used as plural nouns after a number ("288 dead"). */
const PEOPLE_STATES = new Set(['dead', 'missing', 'wounded', 'hurt']);

/**
 * The rounding step a count is read with. A bare count under a hundred ("10 people were killed",
 * "twenty coaches") is written as counted, not rounded to tens: "10" and "8" are two figures. Shares,
 * sums and measures keep the step their digits give ("30 percent" may round 31.2), and so does any
 * qualified count ("about 40 workers" is 35 to 45).
 */
function countStep(lex: Lexicon, n: NumberRead, unit: string, qualifier: Qualifier): number {
  const counted = unit !== 'percent' && !lex.measureUnits.has(unit) && !unit.endsWith('-point');
  return counted && qualifier === 'exact' && Number.isInteger(n.value) && n.value < 100 ? Math.min(n.granularity, 1) : n.granularity;
}

/** Verbs whose object is people harmed: a bare number after them counts people ("injuring 803"). */
const HARM_VERBS = new Set(['killing', 'killed', 'injuring', 'injured', 'wounding', 'wounded', 'hurting']);

const ANAPHORIC_DETERMINERS = new Set(['the', 'that', 'this', 'its', 'their']);
const COPULAS = new Set(['were', 'was', 'are', 'is']);
const AUXILIARIES = new Set(['had', 'have', 'has', ...COPULAS]);

/**
 * A number whose noun the writer left out because the sentence before gave it (nominal ellipsis
 * and figure anaphora): "police put the number at 81,000" (a figure word with a definite
 * determiner, linked to the number), "there were 81,000." (an existential with nothing after the
 * number), "22 had been arrested" (the number as subject of an auxiliary and a participle).
 */
function leavesOutItsNoun(lex: Lexicon, tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  // "2,160 flights worldwide, including more than 1,250 within the U.S.": a part of the count before
  // it, of the same things, its noun left out.
  if (tokens[start - 1]?.key === 'including' && (!next || next.type !== 'word' || lex.stopwords.has(next.key))) return true;
  // "there were 81,000.", "According to the ministry, they were 1.8 million.": an existential, or a
  // plural pronoun that stands for the people just counted, with nothing after the number.
  if (COPULAS.has(tokens[start - 1]?.key ?? '') && (tokens[start - 2]?.key === 'there' || tokens[start - 2]?.key === 'they')) {
    return !next || next.type !== 'word' || lex.stopwords.has(next.key);
  }
  // "112 homes destroyed in Pinegate and 41 in Dunmore Springs": a count joined to one before it,
  // its noun left out, with a place of its own.
  if (tokens[start - 1]?.key === 'and' && (next?.key === 'in' || next?.key === 'at') && (tokens[end + 1]?.cap === true || (NEIGHBOURING.has(tokens[end + 1]?.key ?? '') && tokens[end + 2]?.cap === true))) return true;
  if (next && AUXILIARIES.has(next.key)) {
    const verb = tokens[end + 1]?.key === 'been' ? tokens[end + 2] : tokens[end + 1];
    if (verb?.type === 'word' && !verb.cap && /\p{L}{3,}(?:ed|en)$/u.test(verb.key)) return true;
  }
  let j = start - 1;
  for (let links = 0; links < 3 && j > 0 && lex.leftLinks.has(tokens[j]?.key ?? '') && !lex.figureNouns.has(tokens[j]?.key ?? ''); links++) j--;
  const noun = tokens[j];
  return j < start - 1 && noun !== undefined && lex.figureNouns.has(noun.key) && ANAPHORIC_DETERMINERS.has(tokens[j - 1]?.key ?? '') && tokens[j + 1]?.key !== 'of';
}

/** The unit word after a number ("four-hour", "four principles", "12 more people", "5 percent"). */
function readUnit(lex: Lexicon, tokens: readonly Token[], i: number): { unit: string; modifier: string | null; proper?: string; end: number; linked: boolean } | null {
  let j = i;
  const linked = tokens[j]?.link === '-';
  if (!linked) while (lex.numberAdjectives.has(tokens[j]?.key ?? '') && j < i + 2) j++;
  // "23 Starlink satellites", "312 Ukrainian prisoners": a capitalised modifier before a lower-case
  // noun, which narrows what is counted as any modifier does.
  const named = j;
  // A plural shouted in capitals is the noun itself ("40 TOURISTS trapped"), not such a modifier.
  if (!linked) while (tokens[j]?.cap && !shoutedPlural(lex, tokens[j] as Token) && tokens[j + 1]?.type === 'word' && j < i + 2 && !lex.stopwords.has(tokens[j + 1]?.key ?? '')) j++;
  const token = tokens[j];
  // A unit's symbol in capitals ("4.2 GW", "400 KM") is still the unit.
  if (token?.type === 'word' && token.acronym && lex.unitNames.has(token.key)) return { unit: lex.unitNames.get(token.key) as string, modifier: null, end: j + 1, linked };
  // A plural noun in capitals after the number is shouted, not a name ("TEN FLOORS", "300 METRES").
  const shouted = token?.type === 'word' && shoutedPlural(lex, token);
  if (!token || token.type !== 'word' || (token.cap && !linked && !shouted)) return null;
  const key = token.key;
  if (key === 'percent' || key === 'pct') return { unit: 'percent', modifier: null, end: j + 1, linked };
  if (key === 'per' && tokens[j + 1]?.key === 'cent') return { unit: 'percent', modifier: null, end: j + 2, linked };
  if ((key === 'percentage' || key === 'basis') && /^points?$/.test(tokens[j + 1]?.key ?? '')) return { unit: `${key}-point`, modifier: null, end: j + 2, linked };
  if (lex.stopwords.has(key) || (!linked && /(?:ly|wide)$/.test(key))) return null;
  // "An estimated 1.28 million took to the streets": a verb after the number, which has no noun.
  if (!linked && lex.irregularVerbForms.has(key) && !/ed$/.test(key)) return null;
  if (!linked && /ed$/.test(key)) {
    // "1,175 injured people", "a dozen mangled rail cars": a participle before the plural noun it
    // describes, one noun of a compound between them at most.
    for (let k = j + 1; k <= j + 2; k++) {
      const after = tokens[k];
      if (after?.type !== 'word' || after.cap || lex.stopwords.has(after.key) || after.link === '-') break;
      if (isPlural(lex, after.key)) return { unit: singular(lex, after.key), modifier: k > j + 1 ? singular(lex, tokens[j + 1]?.key ?? '') : null, end: k + 1, linked };
    }
    // "over 1,100 injured", "288 dead": a state of people used as a plural noun (nominal ellipsis).
    return { unit: 'person', modifier: null, end: j, linked };
  }
  if (!linked && PEOPLE_STATES.has(key)) return { unit: 'person', modifier: null, end: j, linked };
  // After a number above one a count noun is plural, so a singular word there modifies the plural
  // head that follows ("two passenger trains", "260 union-organised rallies").
  let head = j;
  if (!linked) {
    // Across singular nouns of a compound too: "two snow leopard cubs" counts cubs.
    for (let k = j + 1; k <= j + 3 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.type !== 'word' || t.cap || lex.stopwords.has(t.key) || isPlural(lex, (tokens[head] as Token).key)) break;
      if (t.link === '-') continue;
      if (/(?:ed|ly|ing)$/.test(t.key) || lex.irregularVerbForms.has(t.key)) break;
      if (isPlural(lex, t.key)) {
        head = k;
        break;
      }
    }
  }
  const noun = singular(lex, (tokens[head] as Token).key);
  const modifier = head > j ? singular(lex, (tokens[head - 1] as Token).key) : null;
  return { unit: lex.currencyWords.get(noun) ?? lex.unitNames.get(noun) ?? noun, modifier, ...(j > named ? { proper: (tokens[j - 1] as Token).key } : {}), end: head + 1, linked };
}

/** True for a word that reads as a plural noun ("trains", "people", "rallies"). */
function isPlural(lex: Lexicon, word: string): boolean {
  return lex.irregularPlurals.has(word) || (word.length > 3 && /[^su]s$/.test(word));
}

/** The head of the noun phrase after a compound ("three-stage peace plan" → "plan"). */
function nounPhraseAfter(lex: Lexicon, tokens: readonly Token[], i: number): string | null {
  let head: string | null = null;
  for (let j = i; j < i + 3; j++) {
    const token = tokens[j];
    // "a four-year contract worth 1.45 million": a word of value ends the noun phrase before it.
    if (!token || token.type !== 'word' || token.cap || lex.stopwords.has(token.key) || /(?:ed|ly)$/.test(token.key) || lex.irregularVerbForms.has(token.key) || (j > i && VALUE_WORDS.has(token.key))) break;
    // "of talks ending …": a participle after the noun; "of national mourning", "of heavy shelling": a
    // word in -ing after a modifier that is no plural noun is the phrase's head, a noun.
    if (j > i && token.key.endsWith('ing') && !lex.ingNouns.has(token.key) && (head === null || /[^s]s$/.test(head))) break;
    head = token.key;
  }
  return head === null ? null : singular(lex, head);
}

/** The first word of a noun phrase of two or three words after "of" ("primary" in "of primary school teachers"), or null. */
function ofPhraseModifier(lex: Lexicon, tokens: readonly Token[], i: number): string | null {
  if (tokens[i]?.key !== 'of') return null;
  const first = ARTICLES_AND_POSSESSIVES.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1;
  const head = nounPhraseAfter(lex, tokens, first);
  const word = tokens[first];
  return head !== null && word !== undefined && singular(lex, word.key) !== head ? word.key : null;
}

/** The words that give a noun phrase's value after it ("a deal worth 12 million euros"). */
const VALUE_WORDS = new Set(['worth']);

/** "four hours of talks" → "talk", "49.5 percent of the vote" → "vote". */
function ofPhraseAfter(lex: Lexicon, tokens: readonly Token[], i: number): string | null {
  if (tokens[i]?.key !== 'of') return null;
  return nounPhraseAfter(lex, tokens, ARTICLES_AND_POSSESSIVES.has(tokens[i + 1]?.key ?? '') ? i + 2 : i + 1);
}

/** Where the comma that opens a relative clause ending at the comma `close` stands (", which …,"), or -1. */
function relativeClauseOpening(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= Math.max(1, close - 16); k--) {
    const token = tokens[k] as Token;
    if (token.text === ',' || token.text === ';') return token.text === ',' && (tokens[k + 1]?.key === 'which' || tokens[k + 1]?.key === 'who') ? k : -1;
  }
  return -1;
}

/**
 * "the meeting lasted four hours" → "meeting"; with `linked` also "the toll rose to 14" → "toll",
 * which needs a linking word between the noun and the number ("invasion nearly three years ago" has none).
 */
function measuredOnTheLeft(lex: Lexicon, tokens: readonly Token[], start: number, linked: boolean): string | null {
  let j = (qualifierBefore(lex, tokens, start)?.start ?? start) - 1;
  // "was a very high 88.8%", "reached a record 88.9%": a link verb, an article and up to two modifiers.
  for (let k = j; k >= Math.max(1, j - 2); k--) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || token.cap) break;
    if ((token.key === 'a' || token.key === 'an' || token.key === 'the') && lex.leftLinks.has(tokens[k - 1]?.key ?? '')) {
      j = k - 1;
      break;
    }
  }
  if (tokens[j]?.key === 'for') j--;
  if (lex.durationVerbs.has(tokens[j]?.key ?? '')) {
    // "The debate, which lasted nine hours", "the meeting that lasted four hours": the relative
    // pronoun's antecedent is what lasted.
    const relative = tokens[j - 1]?.key === 'which' && tokens[j - 2]?.text === ',' ? 3 : tokens[j - 1]?.key === 'which' || tokens[j - 1]?.key === 'that' ? 2 : 1;
    j -= relative - 1;
    const noun = tokens[j - 1];
    if (noun?.cap) return headBeforeModifier(lex, tokens, j - 1);
    return noun && noun.type === 'word' && !lex.stopwords.has(noun.key) ? (headBeforeModifier(lex, tokens, j - 1) ?? singular(lex, noun.key)) : null;
  }
  if (!linked) return null;
  let skipped = 0;
  let links = 0;
  for (; j >= 0 && skipped < 7; j--) {
    const token = tokens[j] as Token;
    skipped++;
    if (lex.leftLinks.has(token.key)) {
      links++;
      continue;
    }
    // Across an earlier quantity: "raised its rate by 0.5 percentage points to 4.25%", "fell 38 per cent to $312 million".
    if (links > 0 && (token.type === 'number' || numberWordValue(token.key) !== undefined || lex.measureUnits.has(singular(lex, token.key)) || token.key === 'percentage' || token.key === 'basis' || (token.key === 'cent' && tokens[j - 1]?.key === 'per') || (token.key === 'per' && tokens[j + 1]?.key === 'cent'))) continue;
    if (links === 0) return null;
    // "a deal that could be worth 15 million euros": back over a relative pronoun to the noun it stands for.
    if ((token.key === 'that' || token.key === 'which') && tokens[j - 1]?.type === 'word' && !lex.stopwords.has(tokens[j - 1]?.key ?? '')) continue;
    // "Core inflation, which excludes food and energy prices, eased to 3.6%": back over a relative
    // clause set off by commas to the noun it describes.
    if (token.text === ',') {
      const opening = relativeClauseOpening(tokens, j);
      if (opening < 0) return null;
      j = opening;
      continue;
    }
    // "the number of flights canceled has grown to 2,160": verb forms stand between the noun and the number.
    // Strong past participles too: "has grown to", "had risen to", "was shown at"; and any irregular
    // verb form ("a figure it said compared to 2.5 million").
    if (token.type === 'word' && !token.cap && (/(?:ed|en|wn|ing)$/.test(token.key) || lex.irregularVerbForms.has(token.key))) continue;
    if (token.type !== 'word' || token.cap || lex.stopwords.has(token.key) || lex.measureUnits.has(singular(lex, token.key))) return null;
    return headBeforeModifier(lex, tokens, j) ?? singular(lex, token.key);
  }
  return null;
}

/** Prepositions that open a modifier after a noun ("inflation in the eurozone", "turnout for the vote"). */
const NOUN_MODIFIERS = new Set(['in', 'for', 'at', 'on', 'among', 'across', 'from']);

/**
 * The head of a subject whose last noun (at `j`) is the object of a modifying preposition:
 * "Inflation in the eurozone rose to 5.2%" measures inflation, not the eurozone; "Turnout in the
 * election was 88%" turnout. Null when the noun is no such object, or the head is a figure noun
 * ("the number of flights", "the share in the vote"), whose object is what is counted.
 */
function headBeforeModifier(lex: Lexicon, tokens: readonly Token[], j: number): string | null {
  // Back over the object: a name of up to four words, or a noun with up to two modifiers ("the Saudi capital").
  const named = tokens[j]?.cap === true;
  let k = j - 1;
  while (k >= 0 && tokens[k]?.type === 'word' && (named ? tokens[k]?.cap === true && k > j - 4 : !lex.stopwords.has(tokens[k]?.key ?? '') && k > j - 3)) k--;
  if (ARTICLES_AND_POSSESSIVES.has(tokens[k]?.key ?? '')) k--;
  if (!NOUN_MODIFIERS.has(tokens[k]?.key ?? '')) return null;
  const head = tokens[k - 1];
  // The head is a common noun (capitalised only to open the sentence), not a verb or an adverb.
  if (head?.type !== 'word' || (head.cap && k > 1) || lex.stopwords.has(head.key) || lex.irregularVerbForms.has(head.key)) return null;
  // Nor the word of another number ("earned $503 million on sales of $5.18 billion" measures sales).
  if (tokens[k - 2]?.type === 'number') return null;
  if (/(?:ed|ly)$/.test(head.key) || (head.key.endsWith('ing') && !lex.ingNouns.has(head.key))) return null;
  const noun = singular(lex, head.key);
  return lex.figureNouns.has(noun) || lex.measureUnits.has(noun) ? null : noun;
}

/** Words that open a noun phrase before its noun. */
const ARTICLES_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
