/**
 * Quantities in frames. A number belongs to what it measures: the thing counted (its unit class:
 * people, flights, hours, percent), the event or state around it (the words near it, with one
 * derivational family for "died", "killed", "death toll"), whose it is (an owner: "Kılıçdaroğlu's
 * 44.88%"), and its scope in place and time ("in Paris", "in 1981", "a previous round on 31
 * January"). Only numbers in one frame are one claim, so only they can conflict: a city's count is
 * never set against the national one, nor an earlier event's toll against this one's.
 */
import { allMatches, DATELINE, pattern } from '../text.ts';
import type { EngineConfig } from '../config.ts';
import type { AnnotatedStory, Moment, QuantityFrame } from '../contracts.ts';
import type { Language, Lexicon } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { AnnotatedSentence, Entity, Quantity } from '../types.ts';
import type { StoryStats } from './features.ts';
import { inCommonUnit } from '../03-annotate/quantities.ts';
import { negationPattern } from '../03-annotate/polarity.ts';
import { mergeSorted } from './cluster.ts';
import { otherTime } from './dates.ts';
import { ownProper, placeRank, sameWords } from './referents.ts';
import { CURRENCIES, DISTANCE_UNITS, TIME_LIMITS, TIME_UNITS, WATTS_IN } from '../language/lexicon/units.ts';

/** One number in a unit, with its frame. */
export interface Mention {
  unit: Unit;
  quantity: Quantity;
  unitClass: string;
  measures: string | null;
  /** The derivational family of what is measured ("suspension" → suspend), which a verb's event may share. */
  measuredFamily: string | null;
  context: Map<string, number>;
  time: string | null;
  place: string | null;
  owner: string | null;
  /** Words for the statement. */
  label: QuantityFrame['label'];
  /** The derivational family of the word that says what happened to the count ("died" → die), if any. */
  event: string | null;
  /** The words opposite to the event's ("decrease" for "increase"): a verb with opposites says a direction. */
  opposites: readonly string[];
  /**
   * The verb right before the number when it has opposites ("rose 5%", "fell by 5%", "rose to
   * 5.2%"), as a term: which way the number moved, whatever the event word.
   */
  motion: string | null;
  /** The motion verb's opposites, as terms. */
  motionOpposites: readonly string[];
  /**
   * The whole area the number covers, if it says so: "world" ("worldwide"), "nation" ("nationwide",
   * "across the country") or a place's id ("across Gaza"). A total, of which a count the story gives
   * for a place within it is a part.
   */
  area: string | null;
  /**
   * The place the number's clause names, before placesCountedApart keeps or drops it, and its rank
   * ("town", "country"; null for a region or none): two numbers of two towns in sentences that say the
   * same words are of two places.
   */
  named: { place: string; rank: 'town' | 'country' } | null;
  /** A share or sum whose measured noun an article tells apart from another's (attributesCountedApart). */
  measuredApart: boolean;
  /** The moment a running count stood at, when its clause names one ("as of 6:00 AM"). */
  point: Moment | null;
  /** A word before the counted noun that narrows what is counted ("eligible" voters, "passenger" trains), if any. */
  restrictor: string | null;
  /** The noun of the people counted when it says more than "people" ("protesters", "the number of passengers"), normalised; else null. */
  counted: string | null;
  /**
   * For a time, what it is of a period (spanOf): a moment in it ("sent off on 71 minutes", "four
   * minutes into the flight"), a part at its edge ("played the final 19 minutes"), the time between
   * two things ("17 seconds later", "within two minutes"), or null for a whole length ("talks lasted 72 hours").
   */
  span: 'moment' | 'part' | 'offset' | null;
  /** The reporting period a figure is for, when its clause names one (PERIODS): "annual sales", "in the quarter". */
  period: string | null;
  /** The figure is a poll's or a projection's (ESTIMATE), not a count or a result. */
  estimate: boolean;
  /** The figure adds to one given before ("a further 2.1%", "another 20 people"), not a total. */
  increment: boolean;
  /**
   * No verb says what happened to the figure: no participle gives it an event and no other verb
   * stands right before it ("There were 38 workers on the night shift"; not "her movement won 16 seats").
   */
  verbless: boolean;
  /** The figure counts what is left of a set once a part is set aside ("its other seven balloons", "the remaining 40"), not the set. */
  remainder: boolean;
  /**
   * The thing a rate is per, when the figure is one ("38.50 ducats a share", "$80 per barrel", "120
   * kilometres an hour"), normalised; null for a total. A year's, a month's or a week's rate is a period.
   */
  per: string | null;
  /** The figure counts everything of its kind over a span that runs to now ("so far this year", "since June"). */
  cumulative: boolean;
  /** The figure is an average ("an average of 22 people a year", "on average"), not one count. */
  average: boolean;
  /** The figure is of what could or would have happened ("as many as 35 people could have died") or of what could be ("a deal that could be worth 15 million"), not of what is reported as the fact. */
  hypothetical: boolean;
  /**
   * The days of the week the number's own clause gives it ("412 were postponed on Monday" → "monday";
   * "nearly 1,000 over Monday and Tuesday" → "monday tuesday"), else null: two days' counts, or a
   * day's and two days', are two figures.
   */
  days: string | null;
}

/** A group of numbers in one frame. */
export interface FrameGroup {
  frame: QuantityFrame;
  quantities: Map<number, Quantity>;
  /** The weakest frame similarity that holds the group together. */
  confidence: number;
  /** Each member's moment of a running count, for those whose clause names one. */
  points: Map<number, Moment>;
}


const NO_OPPOSITES: readonly string[] = [];

/** Units whose quantity may have an owner: shares and amounts belong to someone. */
const OWNED: ReadonlySet<string> = new Set(['percent', ...CURRENCIES]);
/** Month names, as the patterns below read them. */
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
/**
 * Nouns of a span of time that "last" dates ("last year", "last summer", "last June"): "the last
 * ballots" are the final ones. A month after "last" is the one before the story's (never its own).
 */
const PERIOD_NOUNS = `year|week|month|summer|winter|spring|autumn|season|decade|century|time|${MONTHS}`;
/** Words that put a number in an earlier time than the story's event ("a previous round", "a year ago", "last year"; not "the last ballots"). */
const EARLIER_ALL = new RegExp(String.raw`\b(?:previous|earlier|prior|former|preceding|ago|last(?=\s+(?:${PERIOD_NOUNS})\b))\b`, 'gi');
/** Words that say a number covers the whole world or the whole country: no narrower scope. */
const WORLD = /\b(?:worldwide|globally|across the world|around the world)\b/i;
const NATION = /\b(?:nationwide|across the country|throughout the country)\b/i;
/** The same words opening a clause, set off by a comma ("Nationwide, …", "Across the world, …"). */
const WORLD_OPENING = /^["“‘(]*(?:worldwide|globally|across the world|around the world)\s*,/i;
const NATION_OPENING = /^["“‘(]*(?:nationwide|nationally|across the country|throughout the country)\s*,/i;

/** Words right before a place that spread a number over all of it ("across Gaza", "throughout the region"). */
const ACROSS_BEFORE = /\b(?:across|throughout|all over)\s+(?:the\s+)?$/i;

/** A calendar reference of a sentence and where it is. */
interface DateRef {
  date: string;
  at: number;
}


/**
 * The time a number is scoped to when it is not the story's own event, else null: the nearest
 * other date of its sentence ("in 1981 ..., killing 800"), or words of an earlier time ("a previous
 * round"), or — for a sentence that opens on "The accident", "It" and names no date — the other
 * time of the sentence before it in the paragraph.
 */
function timeScope(lang: Language, q: Quantity, text: string, unitStart: number, dates: readonly DateRef[], inherited: string | null, storyDate: string, window: number): string | null {
  // The state a change started from, whatever date is near ("to 1.1% from 1.4%, and … 1.6% in 2026").
  if (stateBeforeChange(lang, text, q)) return 'before';
  let best: string | null = null;
  let distance = Infinity;
  for (const { date, at } of dates) {
    const d = at >= q.end ? at - q.end : q.start - at;
    const other = otherTime(date, storyDate);
    if (other && d <= window * 2.5 && d < distance && !(at >= q.end && startsFromBetween(text, q.end, at))) {
      best = other;
      distance = d;
    }
  }
  // "growth of 1.8% in 2026, after an estimated 1.1% this year": a year told from the story's own,
  // nearer the number than any date, is its time ("this year": the story's; "next year": the one after).
  for (const m of allMatches(RELATIVE_YEAR, text)) {
    const at = m.index ?? 0;
    const [from, to] = gapTo(q, at, at + m[0].length);
    const d = to - from;
    if (d < 0 || d >= distance || d > window || (at >= q.end && startsFromBetween(text, from, to))) continue;
    const year = Number(storyDate.slice(0, 4)) + ((m[1] as string).toLowerCase() === 'next' ? 1 : 0);
    best = otherTime(`y${year}`, storyDate) ?? '';
    distance = d;
  }
  if (best !== null) return best === '' ? null : best;
  const from = Math.max(0, q.start - window);
  const earlier = allMatches(EARLIER_ALL, text.slice(from, q.start)).map((m) => from + (m.index ?? 0))
    .concat(allMatches(EARLIER_ALL, text.slice(q.end, q.end + window)).map((m) => q.end + (m.index ?? 0)).filter((at) => !startsFromBetween(text, q.end, at)));
  if (earlier.some((at) => !nextToReportingVerb(lang, text, at))) return 'earlier';
  if (earlierSubject(text, q, unitStart) || EARLIER_SENTENCE_OPENING.test(text)) return 'earlier';
  if (anotherEvent(lang, text, q, window)) return 'other';
  return dates.length === 0 ? inherited : null;
}

/**
 * A number whose clause is about an earlier thing, however far the words of it stand: its subject
 * opens on them ("Last year's Cold Creek Fire burned 21,000 hectares and destroyed 260 homes"), or it
 * is in a relative clause whose antecedent has them ("since last year's Cold Creek Fire, which
 * burned 21,000 hectares, destroyed 260 homes and killed two people").
 */
function earlierSubject(text: string, q: Quantity, unitStart: number): boolean {
  if (EARLIER_OPENING.test(text.slice(unitStart, q.start))) return true;
  const relative = /,\s+(?:which|who)\b[^,;]*(?:,[^,;]*){0,3}$/.exec(text.slice(unitStart, q.start));
  if (relative === null) return false;
  const antecedent = text.slice(Math.max(unitStart, unitStart + relative.index - 40), unitStart + relative.index);
  return EARLIER_THING.test(antecedent);
}

/** Words of an earlier thing or time: "the previous quake", "last year's fire" ("the last ballots" is the final ones). */
const EARLIER_THING = new RegExp(String.raw`\b(?:previous|earlier|prior|preceding)\s+\p{L}+|\blast\s+(?:${PERIOD_NOUNS})\b`, 'iu');

/**
 * A sentence that opens on an earlier time set off by a comma ("Last June, pilots walked out for 24
 * hours, forcing the cancellation of 520 flights."; "Two years ago, …"): every number of it is of then.
 */
const EARLIER_SENTENCE_OPENING = new RegExp(String.raw`^["“‘(]*(?:last\s+(?:${PERIOD_NOUNS})|(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?)\s+ago|(?:the\s+)?(?:previous|preceding)\s+(?:${PERIOD_NOUNS}))\s*,`, 'iu');

/** A clause that opens on an earlier time or thing: "Last year's fire …", "The previous quake …". */
const EARLIER_OPENING = new RegExp(String.raw`^["“‘(]*(?:the\s+)?(?:${EARLIER_THING.source})`, 'iu');

/** The offsets between a number and a span on either side of it, [from, to); from > to when they overlap. */
function gapTo(q: Quantity, at: number, end: number): readonly [number, number] {
  return at >= q.end ? [q.end, at] : [end, q.start];
}

/** A year told from the story's own: "this year", "next year" ("last year" is an earlier time, EARLIER_ALL). */
const RELATIVE_YEAR = /\b(this|next)\s+year\b/gi;

/** "a similar strike", "a separate attack", "another explosion": an event other than the story's own. */
const ANOTHER = /\b(?:a|an)\s+(?:similar|separate|different|second|further)\s+(\p{L}+)|\banother\s+(\p{L}+)/giu;

/**
 * True when the number's clause puts it in another event than the story's, within `window`
 * characters: "two days after six people died in a similar strike" counts that strike's dead.
 * Only a noun of an event: "a second yellow card" is no other event.
 */
function anotherEvent(lang: Language, text: string, q: Quantity, window: number): boolean {
  const near = text.slice(Math.max(0, q.start - window), Math.min(text.length, q.end + window));
  const offset = Math.max(0, q.start - window);
  for (const m of allMatches(ANOTHER, near)) {
    const at = offset + (m.index ?? 0);
    if (at >= q.start && at < q.end) continue;
    const noun = (m[1] ?? m[2] ?? '').toLowerCase();
    if (lang.isEventNoun(noun)) return true;
  }
  return false;
}

/**
 * "to 1.1% from 1.4% in March", "$4.82 billion, down from $5.18 billion a year ago", "31.4 percent,
 * compared with 47.2 percent a year ago": a time after the number a change starts from, or the
 * number a figure is compared with, is that number's, not the time of the figure before it.
 */
function startsFromBetween(text: string, from: number, to: number): boolean {
  return /\b(?:from|compared\s+(?:with|to)|against|than)\s+(?:[\p{L}-]+\s+){0,3}?[$€£]?\d/u.test(text.slice(from, to));
}

/**
 * The words that narrow what a number counts: a modifier of its noun ("64 million eligible voters",
 * "two passenger trains"; not the noun an event noun counts, "flight" in "22,000 flight delays") and a
 * proper adjective ("312 Ukrainian prisoners" against "287 Russian prisoners").
 */
function restrictorOf(q: Quantity, nominal: boolean): string | null {
  const modifier = nominal ? null : q.modifier;
  // "5 million US dollars": the country whose currency it is (an ISO 4217 code opens on the country's
  // two letters) narrows nothing; "Canadian dollars" is another currency.
  if (q.proper === undefined || (CURRENCIES.has(q.unit) && q.unit.length === 3 && q.unit.startsWith(q.proper))) return modifier;
  return modifier === null ? q.proper : `${modifier} ${q.proper}`;
}

/**
 * "In the Harl region alone, 640 operations were postponed", "on Monday alone", "the hospital alone
 * cancelled 96": "alone" after a phrase restricts the figure to that part of the whole (a focus
 * particle), so it counts a part of what the story's totals count. The phrase: up to four words right
 * before "alone", after a preposition or at the clause's opening.
 */
const ALONE = /(?:^|[,;:]\s*|\b(?:in|on|at|for|from|across|over|during|by)\s+)((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+alone\b/giu;
/** Words before "alone" that make it a predicate ("they were alone", "left alone"), not a focus particle. */
const NOT_FOCUS = /^(?:is|are|was|were|be|been|being|not|left|stand|stood|stands|leave|let|it|them|him|her|me|us|you|we|they|he|she|i)$/i;

/**
 * The part of a whole a figure's clause says it counts, as a key: the phrase "alone" restricts it to
 * ("harl", "monday", "hospital"), when no other number stands between; "combined total" for a sum of
 * parts ("together", "combined"); "out of a total" for a number given out of a larger one; else null.
 */
function focusPart(text: string, unit: Unit, q: Quantity): string | null {
  const clause = text.slice(unit.start, unit.end);
  for (const m of allMatches(ALONE, clause)) {
    const phrase = m[1] as string;
    const words = phrase.split(/\s+/);
    if (NOT_FOCUS.test(words[words.length - 1] as string) || /^not$/i.test(words[0] as string)) continue;
    const at = unit.start + (m.index ?? 0) + m[0].length - phrase.length - ' alone'.length;
    const end = at + phrase.length + ' alone'.length;
    // Not the number's own words ("640 alone"), nor across another number or a clause of its own.
    if (at < q.end && end > q.start) continue;
    const [from, to] = gapTo(q, at, end);
    if (unit.quantities.some((o) => o !== q && o.start >= from && o.end <= to) || CLAUSE_BETWEEN.test(text.slice(from, to))) continue;
    return partKey(phrase);
  }
  // "The two companies together employ around 19,000 people", "a combined 19,000": a sum of parts
  // the story may also count one by one ("Tessaro employs 8,300 people").
  const near = text.slice(Math.max(unit.start, q.start - 30), Math.min(unit.end, q.end + 20));
  if (COMBINED.test(near) && !unit.quantities.some((o) => o !== q && o.start >= q.start - 30 && o.end <= q.end + 20)) return 'combined total';
  // "The hospital postponed 96 operations …, out of the nearly 1,000 called off across the network",
  // "20 out of 30 seats": a number given out of a larger one of its clause is a part of that total.
  for (const o of unit.quantities) {
    if (o.start < q.end) continue;
    if (OUT_OF_BEFORE.test(text.slice(q.end, o.start)) && !unit.quantities.some((x) => x !== o && x.start >= q.end && x.end <= o.start)) return 'out of a total';
  }
  return null;
}

/** A day of the week, as a word. */
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/giu;
/** Words before a day that make it when something was said, not when what is counted happened ("said on Monday"). */
const SAID_ON = /\b(?:said|says|say|told|announced|reported|added|confirmed|stated|estimated|disclosed)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/iu;

/**
 * The days of the week in a number's clause that say when what it counts happened, sorted and joined,
 * or null: not across another number or into a clause of its own ("which began on Monday"), and not
 * the day a figure was given ("the ministry said on Tuesday").
 */
function daysOf(text: string, unit: Unit, q: Quantity, window: number): string | null {
  const days = new Set<string>();
  const clause = text.slice(unit.start, unit.end);
  for (const m of allMatches(WEEKDAY, clause)) {
    const at = unit.start + (m.index ?? 0);
    const [from, to] = gapTo(q, at, at + m[0].length);
    if (to - from > window || /\d/.test(text.slice(from, to)) || CLAUSE_BETWEEN.test(text.slice(from, to))) continue;
    // Nor a day inside a clause of its own set off by commas ("The attack, which began on Monday, has forced …").
    if (SAID_ON.test(text.slice(Math.max(0, at - 30), at)) || (at < q.start && CLAUSE_BETWEEN.test(segmentAround(clause, at - unit.start)))) continue;
    days.add(m[0].toLowerCase());
  }
  return days.size === 0 ? null : [...days].sort().join(' ');
}

/** The stretch of `text` around offset `at` between commas, semicolons or colons. */
function segmentAround(text: string, at: number): string {
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const end = text.slice(at).search(/[,;:]/);
  return text.slice(start, end < 0 ? text.length : at + end);
}

/**
 * What a part is called, the same however a report words it: its capitalised words ("In the Harl
 * region" and "in Harl" → "harl"), else its last word ("the hospital" → "hospital"), lower-cased.
 */
function partKey(phrase: string): string {
  const words = phrase.split(/\s+/).filter((w, k) => !(k === 0 && /^(?:in|on|at|for|from|across|over|during|by)$/i.test(w)));
  const named = words.slice(words[0] !== undefined && /^the$/i.test(words[0]) ? 1 : 0).filter((w) => /^\p{Lu}/u.test(w));
  return (named.length > 0 ? named.join(' ') : (words.at(-1) ?? '')).toLowerCase();
}

/** Words that make a figure the sum of several things' ("together", "combined", "between them"). */
const COMBINED = /\b(?:together|combined|between them)\b/i;

/** "out of" right before a number, with an article and up to two words of approximation between ("out of the nearly 1,000"). */
const OUT_OF_BEFORE = /\bout\s+of\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * True when a word of negation stands before the figure in its clause, with no mark of another
 * clause between ("No ticket matched all six numbers"; not "None of the 21 crew", whose figure is
 * the whole a part is taken from, nor "no more than 50", a qualifier of the figure itself, nor "the
 * No vote", a side's name).
 */
function negatedBefore(lang: Language, text: string, unit: Unit, q: Quantity): boolean {
  if (q.partitiveWhole === true || q.whole !== undefined) return false;
  const before = text.slice(unit.start, q.start);
  // "the No vote reached 63 per cent", "voted No by 57 percent": a capitalised "No" inside the clause names a side.
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1).replace(/(?<=\S\s+)No\b/g, 'side');
  return negationPattern(lang).test(clause) && !/\bof\s+(?:the\s+)?$/i.test(clause);
}

/** A particle right after a verb, making one verb with it ("broke out", "set off"): not a preposition opening a phrase ("out of the zoo" keeps "out"). */
const PARTICLE_AFTER = /^\s+(out|off|up|down|away|back)\b/i;

/**
 * An adverb of how badly right before what happened to the counted ("three people are seriously
 * hurt", "two were critically injured", "four slightly wounded"): it counts those hurt that badly, a
 * part of all the hurt ("Twenty-seven people were hurt"), not another reading of their number.
 */
const SEVERITY = /\b(seriously|critically|severely|badly|gravely|slightly|lightly|mildly|moderately|fatally|mortally)\s+$/i;

/** A restrictor with the degree of harm (SEVERITY) that narrows what is counted, if any. */
function severed(restrictor: string | null, degree: string | undefined): string | null {
  if (degree === undefined) return restrictor;
  const key = `degree: ${degree}`;
  return restrictor === null ? key : `${restrictor}; ${key}`;
}

/** A restrictor and a part (focusPart) together: either narrows what is counted. */
function partOf(restrictor: string | null, part: string | null): string | null {
  if (part === null) return restrictor;
  return restrictor === null ? `part: ${part}` : `${restrictor}; part: ${part}`;
}

/** "from" with what may stand between it and the number it governs: "from the", "from a peak of". */
const FROM_BEFORE = /\bfrom\s+(?:(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+)?)?$/iu;

/**
 * The number a change starts from: "from 62 to 64", "fell to $312 million from $503 million", "1.2%
 * this year, down from 1.4%", "cut from a peak of 5%". After "from", with "to" right after the number
 * or a word of moving up or down earlier in its clause; else "from" gives a source ("votes from 2/3
 * of ballot boxes"), not an earlier state.
 */
function stateBeforeChange(lang: Language, text: string, q: Quantity): boolean {
  const before = text.slice(0, q.start);
  const from = FROM_BEFORE.exec(before);
  if (from === null) return false;
  // "to" and the number the change led to ("from 62 to 64"), not "to" of a verb ("still to be counted").
  const to = /^[\s\w%-]{0,12}?\bto\s+(?:about\s+|around\s+)?[$€£]?([\d\p{L}]+)/iu.exec(text.slice(q.end, q.end + 30));
  if (to !== null && (/^\d/.test(to[1] as string) || lang.numberWord(lang.key(to[1] as string)) !== undefined)) return true;
  const clause = before.slice(0, from.index).split(/[,;:]/).at(-1) ?? '';
  const words = clause.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (let k = 0; k < words.length; k++) {
    const term = lang.normal(lang.key(words[k] as string));
    if (FALL.has(term) || RISE.has(term)) return true;
  }
  return false;
}

/** The finite reporting verb ("said", "had told") within two words after `end`, if any. */
function subjectOfReportingVerb(lang: Language, text: string, end: number): boolean {
  for (const word of (text.slice(end, end + 40).match(/\p{L}+/gu) ?? []).slice(0, 3)) {
    const key = lang.key(word);
    if (lang.lexicon.cueWords.get(key)?.form === 'finite') return true;
    if (!lang.lexicon.cueFillers.has(key)) return false;
  }
  return false;
}

/**
 * An "earlier" that dates a report rather than the figure: right before or after a reporting verb
 * ("as the paper had earlier reported", "said earlier").
 */
function nextToReportingVerb(lang: Language, text: string, at: number): boolean {
  const near = [...(text.slice(Math.max(0, at - 20), at).match(/\p{L}+/gu) ?? []).slice(-2), ...(text.slice(at).match(/\p{L}+/gu) ?? []).slice(1, 3)];
  // Inflected forms only: a base form may be a noun ("the previous recall").
  return near.some((word) => { const cue = lang.lexicon.cueWords.get(lang.key(word)); return cue !== undefined && cue.form !== 'base'; });
}

/**
 * "as of 6:00 AM", "by Saturday evening", "before 9 a.m.": a preposition of a limit in time, then a
 * time of day, noon or midnight, or a weekday with its part of the day. Not "shortly before noon",
 * "just before 9 a.m.": a moment close to a time, when something happened.
 */
const POINT = new RegExp(String.raw`\b(?:${TIME_LIMITS}|(?<!\b(?:shortly|just|right|soon)\s+)before)\s+(?:about\s+|around\s+)?(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b|([01]?\d|2[0-3]):([0-5]\d)\b|(noon|midday|midnight)\b|(?:(?:this|last|on)\s+)?(\p{L}+)(?:\s+(morning|afternoon|evening|night))?)`, 'giu');

/**
 * The moment a running count stood at, when the number's clause names one ("1,390 flights were
 * canceled worldwide as of 6:00 AM", "the toll stood at 261 by Saturday evening"), keyed by a time
 * of day ("t360", minutes since midnight) or a weekday and its part of the day ("saturday evening"). Two
 * figures given for different moments are two readings of a count as it grew, not a disagreement.
 */
export function pointOf(lang: Language, text: string, unit: Unit): Moment | null {
  const stage = stageOf(text);
  if (stage) return stage;
  for (const m of allMatches(POINT, text.slice(unit.start, unit.end))) {
    const [surface, h12, m12, half, h24, m24, named, day, part] = m;
    // The preposition in lower case: the phrase follows a figure in a statement ("As of" → "as of").
    const moment = (key: string): Moment => ({ key, text: surface.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()) });
    if (h12 !== undefined && half !== undefined) {
      const hour = Number(h12);
      if (hour >= 1 && hour <= 12) return moment(`t${((hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0)) * 60 + Number(m12 ?? 0)}`);
    } else if (h24 !== undefined) return moment(`t${Number(h24) * 60 + Number(m24)}`);
    else if (named !== undefined) return moment(named.toLowerCase() === 'midnight' ? 't0' : 't720');
    else if (day !== undefined && lang.lexicon.weekdays.has(lang.key(day))) return moment([day.toLowerCase(), part?.toLowerCase()].filter(Boolean).join(' '));
  }
  return null;
}


/**
 * How far a count had gone: "with 99% of ballot boxes counted", "after counting votes from 2/3 of
 * ballot boxes", "with 74.47 percent of precincts reporting". A share of what is counted, with a verb
 * of counting before or after it; without one it is a result ("won with 52% of the vote").
 */
const STAGE = /\b(?:with|after)\s+(counting\s+(?:(?:the\s+)?votes?\s+(?:from|in)\s+)?)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?(\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b|\/\s*(\d+))\s+of\s+(?:the\s+|all\s+)?(?:(?!(?:counted|tallied|tabulated|opened|processed|reporting|reported)\b)[\p{L}-]+\s+){0,2}(?!(?:counted|tallied|tabulated|opened|processed|reporting|reported)\b)[\p{L}-]+(\s+(?:counted|tallied|tabulated|opened|processed|reporting|reported)\b)?/giu;

/**
 * The stage of a running count a sentence gives its figures at (STAGE), keyed by the share counted
 * ("s0.99"), or null. It covers the whole sentence: "With 99% of ballot boxes counted, X led with
 * 49.4 and Y had 44.96%".
 */
function stageOf(text: string): Moment | null {
  if (!/\b(?:with|after)\b/i.test(text)) return null;
  for (const m of allMatches(STAGE, text)) {
    const [surface, counting, number, , denominator, counted] = m;
    if (counting === undefined && counted === undefined) continue;
    const share = denominator !== undefined ? Number(number) / Number(denominator) : Number(number) / 100;
    if (share > 0 && share <= 1) return { key: `s${share.toFixed(3)}`, text: surface.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()) };
  }
  return null;
}

/** A sentence that opens on a definite description or a pronoun continues the one before. */
const ANAPHORIC_OPENING = /^["“‘(]*(?:the|this|that|these|those|it|its|they|he|she)\b|\b(?:the|that|this) (?:number|figure|total|toll|count|estimate)\b/i;

/**
 * "That quake, centred in Tirzan, killed 73 people.": a distal demonstrative points back to what the
 * sentence before named, across a paragraph break too.
 */
const DISTAL_OPENING = /^["“‘(]*(?:that|those) \p{L}/iu;

/**
 * "About 4,000 people gathered there": the locative "there" points to the place named before. Not
 * the "there" of existence ("There were 12,000", "there have been"), which names no place.
 */
const THERE = /(?<=\p{L},?\s+)there\b(?!\s*(?:['’]s|is|are|was|were|has|have|had|will|would|may|might|could|should|must|can|seems?|seemed|appears?|appeared|remains?|remained|being|been|to\s+be|exists?|existed)\b)/iu;

/** "About 2,300 operations were postponed at the time": the time named before (not "at the time of the attack", which names its own). */
const AT_THE_TIME = /\bat\s+the\s+time\b(?!\s+of\b)/i;

/**
 * An infinitive or a modal before a time: what it gives is a time allowed, not one taken ("to leave",
 * not "to its control room"; "to hospital" reads as one too, which leaves the time a length, as before).
 */
const ALLOWED = /\b(?:to\s+(?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those)\b)\p{Ll}|(?:must|will|would|should|shall|can|could|may|might)\s+\p{L})/u;

/**
 * What a time is of its period: "on 71 minutes", "at 90 minutes" name a moment in it; "the final 19
 * minutes", "the first two hours" a part at its edge; else it is a length ("lasted 72 hours", "after
 * more than 60 hours of negotiations").
 */
function spanOf(text: string, q: Quantity, from: number): Mention['span'] {
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  const after = text.slice(q.end, q.end + 12);
  if (/\b(?:the|its|their|his|her)\s+(?:final|last|first|opening|closing|remaining)\s+$/i.test(before)) return 'part';
  // "four minutes into the flight", "168 seconds after lift-off": a moment of the period, counted from its start.
  if (/\b(?:on|at)\s+$/i.test(before) || /^\s+(?:into|after)\b/i.test(after)) return 'moment';
  // "shut down 17 seconds later", "put them through within two minutes": the time between two things
  // that happened (a call and its answer), not how long one lasted; a time allowed ("ordered to leave
  // within 72 hours", "must reply within") is a length.
  if (/^\s+(?:later|earlier|afterwards)\b/i.test(after)) return 'offset';
  if (/\bwithin\s+(?:(?:about|around|roughly|some|just|only)\s+)?$/i.test(before) && !ALLOWED.test(text.slice(from, q.start))) return 'offset';
  return null;
}

/**
 * Words that name the period a figure covers, by period: a year's, a half-year's, a quarter's, a
 * month's, a week's; and rates ("2.4 million tonnes a year", "200,000 tonnes a month"), not "a year ago".
 */
const PERIODS: ReadonlyArray<readonly [string, RegExp]> = [
  ['year', /\b(?:annual|yearly|full[- ]year|for the (?:whole |full )?year|(?:a|per|each|every) year(?!\s+(?:ago|earlier|before|after|later|since|on)\b))\b/gi],
  ['half', /\b(?:half[- ]year(?:ly)?|(?:first|second)[- ]half)\b/gi],
  ['quarter', /\b(?:quarterly|(?:first|second|third|fourth)[- ]quarter|(?:in|for|during) the quarter|quarter-on-quarter|Q[1-4])\b/g],
  ['month', /\b(?:monthly|(?:in|for|during) the month|month-on-month|(?:a|per|each|every) month(?!\s+(?:ago|earlier|before|after|later|since|on)\b))\b/gi],
  ['week', /\b(?:weekly|(?:a|per|each|every) week(?!\s+(?:ago|earlier|before|after|later|since|on)\b))\b/gi],
];

/**
 * The reporting period a figure is for ("a 12 per cent fall in annual sales", "sales in North
 * America down 11% in the quarter"): the period word of the number's clause nearest to it within
 * `window` characters, or null. A year's figure and a quarter's are two figures, however alike.
 */
function periodOf(text: string, unit: Unit, q: Quantity, window: number): string | null {
  let best: string | null = null;
  let distance = window + 1;
  const clause = text.slice(unit.start, unit.end);
  for (let k = 0; k < PERIODS.length; k++) {
    const [period, pattern] = PERIODS[k] as readonly [string, RegExp];
    for (const m of allMatches(pattern, clause)) {
      const at = unit.start + (m.index ?? 0);
      const [from, to] = gapTo(q, at, at + m[0].length);
      const d = to - from;
      if (d >= 0 && d < distance) {
        best = period;
        distance = d;
      }
    }
  }
  return best;
}

/** "a share", "per barrel", "an hour", "each": the noun a rate is per, right after its figure. */
const PER = /^\s+(?:a|an|per|each)\s+(\p{L}+)/u;

/** The thing the figure is a rate per (see `Mention.per`), or null; periods are left to `periodOf`. */
export function perOf(lang: Language, text: string, q: Quantity): string | null {
  const after = text.slice(q.end, q.end + 60);
  // What each one gets: "500 crowns to each passenger", "40,000 florins apiece", "each of the seven
  // was paid 40,000 florins", "each family will receive 5,000". A share of each is no total.
  const distributed = distributedTo(after, text.slice(Math.max(0, q.start - 60), q.start));
  if (distributed !== null) return distributed === EACH ? EACH : lang.normal(distributed);
  const noun = PER.exec(after.slice(0, 24))?.[1]?.toLowerCase();
  if (noun === undefined || /^(?:year|month|week)$/.test(noun) || lang.isStopword(noun)) return null;
  return lang.normal(noun);
}

/** A figure given to each of a group not named after "each" ("40,000 florins apiece", "each of the seven"). */
const EACH = 'each';
/** "to each passenger", "for each bereaved family": the group, its noun last before a preposition or a mark. */
const TO_EACH = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:to|for)\s+each\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)(?=\s+(?:from|in|of|for|to|and|at|on|by|with|as|if|after|under|over)\b|\s*[,.;:!?)]|$)/iu;
/** "40,000 florins apiece", "500 dalers each.": each gets the figure. */
const EACH_AFTER = /^\s+(?:each|apiece)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|but|in|from|for|to|as|under)\b)/iu;
/** "each of the seven was paid", "each family will receive": a distributive subject of the figure's clause. */
const EACH_SUBJECT = /\beach\s+(?:of\s+(?:the|them|those|these)\b|(?!other\b)([\p{L}-]+)\b)[^,;:]*$/iu;

/** The group a figure goes to each of (its noun, or EACH), from the words after and before it in its clause; null when none. */
function distributedTo(after: string, before: string): string | null {
  const to = TO_EACH.exec(after);
  if (to !== null) return (to[1] ?? '').trim().split(/\s+/).at(-1)?.toLowerCase() ?? EACH;
  if (EACH_AFTER.test(after)) return EACH;
  const subject = EACH_SUBJECT.exec(before.split(/[,;:]/).at(-1) ?? '');
  if (subject === null) return null;
  return subject[1]?.toLowerCase() ?? EACH;
}

/** Words right before a figure that make it an average: "an average of", "an annual average of", "on average". */
const AVERAGE_BEFORE = /\b(?:an?\s+(?:\p{L}+\s+)?average\s+of|on\s+average,?)\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$/iu;

/**
 * A verb of what could or would have been (a modal with a perfect participle: "could have died",
 * "would have cost"; not "would have sales", a prediction): its clause's figures are of a
 * possibility, not of what happened. So is a past perfect in
 * an "if" clause or an inverted one ("If the cabin had been full", "Had Lang held on").
 */
const UNREAL = /\b(?:would|could|might)\s+(?:not\s+)?have\s+(?:been|\p{L}+(?:ed|en|wn)|cost|lost|won|had|made|gone|come|got|kept|held|left|met|paid|sold|run|hit|put|cut)\b|\bif\b[^;]{0,80}?\bhad\s+(?:been\s+|not\s+)?\p{L}+|^\W*had\s+(?:\p{L}+\s+){1,4}(?:\p{L}+ed|been|held|won|lost|gone|come|stayed|kept)\b/iu;

/**
 * A modal of possibility before the figure's verb of value or change, in its own clause ("a deal
 * that could be worth 15 million", "the toll may rise to 300"): the figure is a possible value, not
 * one reported as the fact. "May" capitalised is the month.
 */
const POSSIBLE_BEFORE = /\b(?:could|might|(?<![A-Z])may)\s+(?:well\s+|yet\s+|eventually\s+|even\s+)?(?:be|reach|rise|climb|top|exceed|hit|cost|total|grow|increase)\b[^,;:.]{0,40}$/u;

/** Words right before a figure that add it to one before: "a further", "an additional", "another", "an extra". */
const INCREMENT = /\b(?:a\s+further|an\s+additional|another|an\s+extra)\s+$/i;
/** Words right before a figure that make it the rest of a set: "its other seven", "the remaining 40", "all other 12". */
const REMAINDER = /\b(?:the|its|their|his|her|our|all)\s+(?:other|remaining)\s+$/i;
/**
 * Words after a figure, in its clause, that add it to another ("would pay 200,000 … on top of the
 * government's payment", "in addition to the 500,000 promised by the government"): the figure is
 * one part of a sum, not a report of the other's.
 */
const INCREMENT_AFTER = /^[^;]{0,80}?\b(?:on top of|in addition to|over and above)\b/i;

/** Words of a figure that predicts or samples rather than counts: polls (not "polls closed"), surveys, projections. */
const ESTIMATE = /\b(?:exit[- ]polls?|opinion polls?|polls?(?!\s+(?:closed|opened|close|open|stations?|workers?)\b)|surveys?|projections?|projected)\b/gi;

/**
 * A running total over a span that runs to now: "so far this year", "year to date", "since the start
 * of the season", or a perfect tense counted since a month ("wildfires have burned 95,000 hectares
 * since June", "the rate has been at 6.25% since September"; not "its first cut since November").
 * Such a figure counts every event of its kind in the span, not the story's one ("the blaze burned
 * 18,500 hectares").
 */
const CUMULATIVE = new RegExp(
  `\\b(?:so far this (?:year|month|season|week)|this (?:year|season|winter|summer|spring|autumn)\\b[^;]{0,80}?\\b(?:have|has)\\s+(?:been\\s+)?\\p{L}+(?:ed|en|wn)\\b|(?:have|has)\\s+(?:been\\s+)?\\p{L}+(?:ed|en|wn)\\b[^;]{0,60}?\\bthis (?:year|season|winter|summer|spring|autumn)\\b|year[- ]to[- ]date|since the (?:start|beginning) of (?:the |this )?(?:year|month|season)|(?:have|has|had)\\b[^;]{0,80}?(?<!\\b(?:first|last|only|\\w+est)(?:\\s+[\\w-]+){0,2}\\s+)\\bsince (?:(?:early|late|mid-?) ?)?(?:\\d{1,2} )?(?:${MONTHS})\\b)`,
  'iu',
);

/** True when the number's clause counts it over a span that runs to now (CUMULATIVE). */
function cumulativeIn(text: string, unit: Unit): boolean {
  return CUMULATIVE.test(text.slice(unit.start, unit.end));
}

/**
 * True when the number's clause gives it as a poll's or a projection's: "An exit poll … had put Ms
 * Ferrante on 43%" is no report of the 41.8% she won.
 */
function estimateNear(text: string, unit: Unit, q: Quantity, window: number): boolean {
  for (const m of allMatches(ESTIMATE, text.slice(unit.start, unit.end))) {
    const at = unit.start + (m.index ?? 0);
    // Before it anywhere in its clause ("An exit poll published when polls closed had put her on
    // 43%": the poll is the subject), after it only near.
    if (at + m[0].length <= q.start || (at >= q.end && at - q.end <= window)) return true;
  }
  return false;
}

/**
 * Light verbs, as terms: they say that a figure is had, given or got, not what it is of ("Health gets
 * 48.3 billion crowns", "defence gets 19.4 billion crowns"), so they tell no two figures' frames alike.
 */
const LIGHT_VERBS: ReadonlySet<string> = new Set(['get', 'give', 'have', 'take', 'make', 'receiv']);

/** A number written in words with a hyphen ("Ninety-eight passengers"): no compound modifier. */
const TENS_AND_UNITS = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)\b/giu;

/** The frames of every number of the story's units. */
export function mentions(lang: Language, story: AnnotatedStory, stats: StoryStats, usable: readonly boolean[], window: number, rankingSpans?: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, classOf?: Int32Array): Mention[] {
  const datesOf = new Map<number, DateRef[]>();
  // Index loops over the story's units, not for-of: without TurboFan each for-of step allocates.
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    const list = datesOf.get(unit.s) ?? [];
    // A dateline's day ("PORT HALLEN, Oct 2 - ") is when the report was filed, not when what it counts happened.
    const filed = unit.dates.length === 0 ? 0 : (DATELINE.exec(story.sentences[unit.s]?.text ?? '')?.[0].length ?? 0);
    unit.dates.forEach((date, k) => {
      const at = unit.dateAt[k] ?? 0;
      if (at >= filed) list.push({ date, at });
    });
    datesOf.set(unit.s, list);
  }
  // The place a sentence's numbers are scoped to, for a sentence after it that refers back.
  const previousPlace = (s: number): string | null => {
    const sentence = story.sentences[s];
    for (const m of [...(sentence?.mentions ?? [])].reverse()) {
      const entity = story.entities.get(m.entity);
      if (entity?.kind === 'place') return entity.id;
    }
    return null;
  };
  // Each sentence's other time, for the sentence after it to inherit.
  const otherOf = (s: number): string | null => (datesOf.get(s) ?? []).map((d) => otherTime(d.date, story.story.date)).find((x) => x !== null) ?? null;
  const out: Mention[] = [];
  // The numbers' frames of the first unit of each class (`classOf`, match's unit classes) read
  // without the sentence before it and with no number left without its noun: such a unit's frames
  // follow from its sentence and clause alone, which every unit of its class shares. Its copies
  // take them, each with its own unit, number objects and label (placesCountedApart changes a
  // label's scope); the context weights are only read.
  const framed = classOf ? new Map<number, { mentions: Mention[]; at: number[] }>() : null;
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    // A sentence too short to match on its words still gives a number its antecedent frames ("there were 12,000").
    const elided = unit.quantities.some((q) => q.elided);
    if ((!usable[unit.i] && !elided) || unit.quantities.length === 0) continue;
    const sentence = story.sentences[unit.s];
    if (!sentence) continue;
    const previous = story.sentences[unit.s - 1];
    const refersBack = previous !== undefined && previous.article === sentence.article && (previous.block === sentence.block ? ANAPHORIC_OPENING.test(sentence.text) || AT_THE_TIME.test(sentence.text) : DISTAL_OPENING.test(sentence.text));
    // "there" near a number points to the place of the sentence before, in its paragraph.
    const thereBack = previous !== undefined && previous.article === sentence.article && previous.block === sentence.block && THERE.test(sentence.text.slice(unit.start, unit.end));
    const own = framed !== null && !refersBack && !thereBack && !elided ? (classOf?.[unit.i] as number) : -1;
    const first = own >= 0 ? framed?.get(own) : undefined;
    if (first !== undefined) {
      for (let k = 0; k < first.mentions.length; k++) {
        const m = first.mentions[k] as Mention;
        out.push({ ...m, unit, quantity: unit.quantities[first.at[k] as number] as Quantity, label: { ...m.label } });
      }
      continue;
    }
    const from = out.length;
    const at: number[] = [];
    const inherited = refersBack ? otherOf(unit.s - 1) : undefined;
    const point = pointOf(lang, sentence.text, unit);
    // A running total is told by its clause, once for all its numbers.
    const cumulative = cumulativeIn(sentence.text, unit);
    const hypothetical = UNREAL.test(sentence.text.slice(unit.start, unit.end));
    for (let k = 0; k < unit.quantities.length; k++) {
      const q = unit.quantities[k] as Quantity;
      if (q.unit === 'age' || (!usable[unit.i] && !q.elided)) continue;
      // "No ticket matched all six numbers", "turnout did not reach 50%": a figure under a negation is
      // not said to hold, so it is no reading of what it measures.
      if (unit.negated && negatedBefore(lang, sentence.text, unit, q)) continue;
      // "the deadliest crash in two decades": a number in a ranking is its span of comparison, not a measure.
      if (rankingSpans?.get(unit.i)?.some(([start, end]) => q.start >= start && q.end <= end)) continue;
      const antecedent = q.elided ? antecedentOf(lang, out, unit, q) : null;
      if (q.elided) {
        if (!antecedent) continue;
        // "22 had been arrested": the number counts what the one before counted, but what happened
        // to it is said here; without such a word the whole frame is the one before's.
        if (predicateWord(unit, q, sentence.text, window, lang.lexicon) === null) {
          // "112 homes destroyed in Pinegate and 41 in Dunmore Springs": a place right after the
          // number is its own, not the one before's.
          const own = placeRightAfter(lang, story, sentence, q);
          const place = own?.id ?? antecedent.place;
          const scope = own?.name ?? antecedent.label.scope;
          out.push({ ...antecedent, unit, quantity: q, owner: null, point, place, days: daysOf(sentence.text, unit, q, window) ?? antecedent.days, named: own ? rankedPlace(story, lang.lexicon, own.id) : antecedent.named, label: { ...antecedent.label, owner: null, scope } });
          continue;
        }
      }
      const unitTerm = lang.normal(q.modifier !== null && lang.isEventNoun(q.unit) && !lang.lexicon.measureUnits.has(q.unit) ? q.modifier : q.unit);
      // What is counted: the unit noun, or for "the toll rose to 14" the noun before the number.
      // "22,000 flight delays": the modifier is what is counted, the event noun what happened to it.
      const nominal = q.modifier !== null && lang.isEventNoun(q.unit) && !lang.lexicon.measureUnits.has(q.unit);
      const counted = nominal ? (q.modifier as string) : q.unit === 'count' ? (q.measures ?? '') : q.unit;
      // "the death toll rose to 288": a tally counts people by what happened to them.
      const tally = q.unit === 'count' && q.measures !== null ? lang.lexicon.tallyNouns.get(q.measures) : undefined;
      // Lengths of time are one class whatever their unit ("72 hours", "three days"): compared in minutes.
      const unitClass = antecedent ? antecedent.unitClass : TIME_UNITS.has(q.unit) ? 'duration' : WATTS_IN.has(q.unit) ? 'power' : tally || lang.isPersonNoun(counted) ? 'person' : q.unit === 'count' ? lang.normal(counted) : unitTerm;
      const context = new Map<string, number>();
      unit.terms.forEach((term, k) => {
        const at = unit.offsets[k] ?? 0;
        if (at >= q.start && at < q.end) return;
        if (at < q.start - window || at > q.end + window || !unit.content.includes(term) || /^\d/.test(term) || term === unitTerm || LIGHT_VERBS.has(term)) return;
        const family = lang.family(term);
        context.set(family, Math.max(context.get(family) ?? 0, stats.idf(term)));
      });
      normalize(context);
      const text = sentence.text;
      let place: string | null = null;
      let placeDistance = Infinity;
      let direction: string | null = null;
      let across: string | null = null;
      // A clause joined by "and" shares the setting of the clause before it ("There were clashes at
      // the Paris rally, and police said 22 people had been arrested"): its numbers may take a place
      // named there, as they did before the sentence was cut in two.
      const from = /^and\s/i.test(text.slice(unit.start, unit.start + 4)) ? 0 : unit.start;
      for (const m of sentence.mentions) {
        const entity = story.entities.get(m.entity);
        // Where an event took place does not change how long it lasted.
        // Nor is a country that names the figure's currency ("5 million US dollars") where it was paid.
        if (!entity || entity.kind !== 'place' || TIME_UNITS.has(q.unit) || m.start < from || m.end > unit.end || (m.start >= q.start && m.end <= q.end)) continue;
        const d = m.start >= q.end ? m.start - q.end : q.start - m.end;
        if (d <= window && d < placeDistance) {
          placeDistance = d;
          // "5.5 million customers in Norvania and neighbouring Lindmark": a number for two places
          // named together is for both, not for the first.
          const partner = joinedPlace(story, sentence, m.end);
          place = partner === null ? entity.id : `${entity.id}+${partner.id}`;
          direction = directionTo(text, m.start);
          across = ACROSS_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) ? entity.id : null;
        }
      }
      // "… in Pinegate and 41 in Dunmore Springs": a place right after the number is its own, before
      // any nearer one, and a name the story does not know as anything else is a place there.
      const right = TIME_UNITS.has(q.unit) ? null : placeRightAfter(lang, story, sentence, q);
      if (right !== null) {
        place = right.id;
        placeDistance = 0;
        direction = null;
        across = null;
      }
      // "3.5 million nationwide": a word for the whole area right at the number, or opening its
      // clause ("Nationwide, the interior ministry counted 385,000 demonstrators").
      const after = text.slice(q.end, q.end + 30);
      const opening = text.slice(unit.start, Math.min(q.start, unit.start + 30));
      const area = across ?? (WORLD.test(after) || WORLD_OPENING.test(opening) ? 'world' : NATION.test(after) || NATION_OPENING.test(opening) ? 'nation' : null);
      if (place && area) place = null;
      // "250 km south of Kolkata and 170 km north of Bhubaneswar": a distance is from the place its
      // "of" or "from" names, not from the nearest place.
      const reference = DISTANCE_UNITS.has(q.unit) ? referencePlace(story, sentence, q) : undefined;
      if (reference !== undefined) place = reference;
      // "780 people had been injured in the province": a part of the scene named by its kind.
      // Nearer the number than a named place: "Doctors in Tirzan said 61 people had died in the province".
      const division = area === null && reference === undefined && !TIME_UNITS.has(q.unit) ? divisionNear(text, unit, q, Math.min(window, placeDistance)) : null;
      if (division !== null) place = `${UNNAMED_PLACE}${division.toLowerCase()}`;
      // "Police put the number at 81,000.": a sentence that refers back takes the place of the one before.
      // Not a distance from somewhere: "felt in the capital, some 300km to the south" is not from the
      // place before ("The weather station there recorded 286 millimetres of rain" measures rain there).
      const there = thereBack && THERE.test(text.slice(Math.max(unit.start, q.start - window), Math.min(unit.end, q.end + window)));
      if (place === null && (inherited !== undefined || there) && !sentence.mentions.some((m) => story.entities.get(m.entity)?.kind === 'place') && !TIME_UNITS.has(q.unit) && !(DISTANCE_UNITS.has(q.unit) && q.measures === null)) {
        // "there" names a place, whether or not the story knows the one before as a place: never none.
        place = previousPlace(unit.s - 1) ?? (there ? `${UNNAMED_PLACE}there ${unit.s - 1}` : null);
      }
      // "512 flights out of the United States" counts the flights that left it, fewer than those "in" it.
      const placeName = division ?? right?.name ?? (place ? `${direction ? `${direction} ` : ''}${story.entities.get(place)?.name ?? ''}` : null);
      if (place !== null && direction !== null) place = `${place}>${direction}`;
      const owned = OWNED.has(q.unit) ? ownerOf(lang, story, sentence, unit, q) : null;
      // "9 of Dravnica's 18 seats", "Harl General's 900 nurses": a name's possessive right before
      // the figure says whose total it is, of any unit, whether or not the story knows the name.
      const possessor = owned === null ? possessorBefore(lang, text, q) : null;
      // "Veyra General Hospital had treated 11 people": a named facility that does what the number
      // counts, as its clause's subject, counts its own part.
      const agent = owned === null && possessor === null ? agentBefore(text, unit, q) : null;
      const owner = owned?.entity ?? possessor?.key ?? agent;
      // The measured noun says more than the unit only when it is another word ("four-hour meeting").
      const measures = antecedent ? antecedent.measures : q.measures && q.measures !== q.unit && q.measures !== counted ? lang.normal(q.measures) : null;
      // A tally before the number says what the count is of, whatever participle its subject holds
      // ("the death toll from the ferry sinking rose to 120"); its verb ("reached") names nothing.
      const ofTally = tally ?? tallyBefore(lang, unit, q, text, window);
      // "projections that showed Erdogan was ahead with 50.83 percent": a verb before the number's
      // owner, who is the subject of the number's own clause, belongs to another clause.
      // "the three-train crash", "a four-hour meeting": a count compounded into a modifier measures its
      // head noun; the sentence's verbs say what happened to that, not to the trains or hours.
      const compound = q.measures !== null && /\p{L}-\p{L}|\d-\p{L}/u.test(q.surface.replace(TENS_AND_UNITS, ''));
      const verb = ofTally || compound || nominal || q.partitiveWhole === true ? null : predicateWord(unit, q, text, window, lang.lexicon, owned !== null && owned.start < q.start ? owned.start : 0);
      const predicate = ofTally || compound ? null : nominal ? q.unit : (verb?.word ?? null);
      // "claimed the lives of over 750 people": the verb is taken for a verb of saying, so the idiom is read here.
      // "Three lions broke out": a particle right after the verb is part of it ("Number of lions that broke out").
      const particle = verb === null || verb.at < q.end || predicate === null || !activeAfter(text, q, predicate) ? undefined : PARTICLE_AFTER.exec(text.slice(verb.at + verb.word.length))?.[1]?.toLowerCase();
      // "Three people are seriously hurt": how badly narrows what is counted (SEVERITY).
      const degree = verb === null || antecedent ? undefined : SEVERITY.exec(text.slice(Math.max(0, verb.at - 16), verb.at))?.[1]?.toLowerCase();
      const event = LIVES_TAKEN.test(text.slice(Math.max(0, q.start - 40), q.start)) ? lang.family(lang.normal('die')) : eventOf(lang, ofTally ?? predicate, text);
      out.push({
        event, opposites: event === null ? NO_OPPOSITES : lang.antonyms(event), ...motionBefore(lang, text, q.start),
        unit, quantity: q, unitClass, measures, measuredFamily: measures === null ? null : lang.family(measures), context, point, area, measuredApart: false, named: rankedPlace(story, lang.lexicon, place),
        restrictor: antecedent ? null : partOf(severed(restrictorOf(q, nominal), degree), focusPart(text, unit, q)),
        counted: unitClass === 'person' && !antecedent && counted !== '' && counted !== 'person' && lang.isPersonNoun(counted) ? lang.normal(counted) : null,
        span: TIME_UNITS.has(q.unit) ? spanOf(text, q, unit.start) : null,
        period: periodOf(text, unit, q, window),
        estimate: estimateNear(text, unit, q, window),
        increment: INCREMENT.test(text.slice(Math.max(0, q.start - 16), q.start)) || INCREMENT_AFTER.test(text.slice(q.end, unit.end)),
        remainder: REMAINDER.test(text.slice(Math.max(0, q.start - 20), q.start)),
        verbless: event === null && !verbRightBefore(lang.lexicon, text, q),
        per: perOf(lang, text, q),
        cumulative,
        average: AVERAGE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)),
        hypothetical: hypothetical || POSSIBLE_BEFORE.test(text.slice(Math.max(unit.start, q.start - 60), q.start)),
        days: daysOf(text, unit, q, window),
        time: timeScope(lang, q, text, unit.start, datesOf.get(unit.s) ?? [], inherited ?? null, story.story.date, window),
        place, owner,
        label: {
          unit: antecedent?.label.unit ?? q.unit,
          measures: antecedent ? antecedent.label.measures : q.measures,
          // "Number of people who died": a verb with no object cannot follow its noun as "people died".
          // An infinitive ("to cancel 1,140 flights") does not follow its noun: "Number of flights cancel" is no heading.
          predicate: verb?.infinitive ? null : degree !== undefined && predicate !== null ? `${degree} ${predicate}` : particle !== undefined ? `${unitClass === 'person' ? 'who' : 'that'} ${predicate} ${particle}` : predicate && !nominal && countable(lang, q.unit) && (lang.isIntransitive(predicate) || (q.unit === 'person' && mainVerb(lang, text, q, predicate))) && activeAfter(text, q, predicate) ? withObject(text, q, `${unitClass === 'person' ? 'who' : 'that'} ${predicate}`, predicate) : predicate,
          scope: placeName || null,
          owner: owner ? (story.entities.get(owner)?.name ?? possessor?.name ?? null) : null,
          ...(owner && q.unit === 'percent' ? possessedOf(lang, sentence, owner, q) : {}),
        },
      });
      at.push(k);
    }
    if (own >= 0) framed?.set(own, { mentions: out.slice(from), at });
  }
  return out;
}

/**
 * The derivational family of what happened to a count: the predicate's own ("killed", "death" →
 * die), the verb of a state or tally word ("dead", "toll" → die), and for the idioms of a life
 * lost or taken ("lost their lives", "claimed the lives of", "took 750 lives") the family of dying.
 */
function eventOf(lang: Language, predicate: string | null, text: string): string | null {
  if (predicate === null) return null;
  const word = predicate.toLowerCase();
  const lives = LIFE_IDIOM_VERBS.has(word) && pattern(`\\b${word}\\s+(?:[\\p{L}\\d,]+\\s+){0,2}li(?:fe|ves)\\b`, 'iu').test(text);
  const verb = lang.lexicon.tallyNouns.get(word) ?? lang.lexicon.stateWords.get(word) ?? (lives ? 'die' : word);
  return lang.family(lang.normal(lang.key(verb)));
}

/**
 * "out of" or "into" right before a place ("512 flights out of the United States"): a count of what
 * left or entered it, not of all that happened there. Null for any other preposition, or for a list
 * of directions that together make the whole ("within, into, or out of the U.S.").
 */
function directionTo(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 40), at);
  const m = /\b(out of|into)\s+(?:the\s+)?$/i.exec(before);
  if (!m) return null;
  return /\b(?:within|into|out of|in|to|from)\s*,?\s*(?:and|or)?\s*$/i.test(before.slice(0, m.index)) ? null : (m[1] as string).toLowerCase();
}

/** "claimed the lives of", "took the lives of" right before a count: the people counted died. */
const LIVES_TAKEN = /\b(?:claimed|took|cost|taken)\s+the\s+lives\s+of\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|at\s+least\s+|nearly\s+|some\s+)?$/iu;

/** Verbs whose object "life" or "lives" makes them say people died: "lost their lives", "claimed the lives of", "took 750 lives", "cost … lives". */
const LIFE_IDIOM_VERBS = new Set(['lost', 'claimed', 'took', 'taken', 'cost']);

/**
 * The event verb of a tally noun in the words before a number, with no other number between
 * ("the death toll rose to more than 230 people" → die), else null.
 */
function tallyBefore(lang: Language, unit: Unit, q: Quantity, text: string, window: number): string | null {
  const from = Math.max(0, q.start - window, ...unit.quantities.filter((other) => other.end <= q.start).map((other) => other.end));
  const words = text.slice(from, q.start).toLowerCase().match(/\p{L}+/gu) ?? [];
  const noun = words.findLast((word) => lang.lexicon.tallyNouns.has(word));
  return noun === undefined ? null : (lang.lexicon.tallyNouns.get(noun) ?? null);
}

/**
 * "in the province", "of the district", "in the capital", "flights to and from the city": an
 * administrative division or a town named by its kind alone, which points back to one part of the
 * scene a report named before. A number given for it is that part's ("six people were arrested in
 * the city" against 47 nationwide).
 * A division with its name ("in Balasore district", "of the Drevna region") may be the whole scene,
 * and is a place like any other.
 */
const DIVISION = /\b(?:in|of|at|around|to and from|into|out of)\s+(the\s+(?:province|district|county|prefecture|municipality|governorate|oblast|city|town|capital))\b/giu;

/** Words that open a clause of its own: a place named after one is where that clause happened ("injured when a quake shook Haldur province"). */
const CLAUSE_BETWEEN = /\b(?:when|after|as|while|because|before|since|where|which|who|that)\b/i;

/** The division (DIVISION) named in the number's clause less than `reach` characters from it, as written ("the province"), or null. */
function divisionNear(text: string, unit: Unit, q: Quantity, reach: number): string | null {
  for (const m of allMatches(DIVISION, text.slice(unit.start, unit.end))) {
    const at = unit.start + (m.index ?? 0);
    const [from, to] = gapTo(q, at, at + m[0].length);
    // Not across another number: "410 ferries …, including 120 ferries out of the capital".
    const other = unit.quantities.some((o) => o !== q && o.start >= from && o.end <= to);
    if (to - from < reach && !other && !CLAUSE_BETWEEN.test(text.slice(from, to))) return (m[1] as string).replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * The place named right after a number ("41 in Dunmore Springs", "three in neighbouring Rioverde",
 * "700,000 in Paris"): a place the story knows, or capitalised words no entity of another kind
 * holds; its id and name, or null.
 */
function placeRightAfter(lang: Language, story: AnnotatedStory, sentence: AnnotatedSentence, q: Quantity): { id: string; name: string } | null {
  const lead = IN_PLACE.exec(sentence.text.slice(q.end, q.end + 30));
  if (lead === null) return null;
  const at = q.end + lead[0].length;
  const known = sentence.mentions.find((m) => m.start === at);
  let place: { id: string; name: string; end: number } | null = null;
  if (known !== undefined) {
    const entity = story.entities.get(known.entity);
    place = entity?.kind === 'place' ? { id: entity.id, name: entity.name, end: known.end } : null;
  } else {
    const name = NAME_AT.exec(sentence.text.slice(at))?.[0];
    const first = name === undefined ? '' : lang.key(name.split(/\s/)[0] as string);
    if (name !== undefined && !lang.lexicon.months.has(first) && !lang.lexicon.weekdays.has(first)) place = { id: `${UNKNOWN_PLACE}${name.toLowerCase()}`, name, end: at + name.length };
  }
  if (place === null) return null;
  const partner = joinedPlace(story, sentence, place.end);
  return partner === null ? { id: place.id, name: place.name } : { id: `${place.id}+${partner.id}`, name: sentence.text.slice(at, partner.end) };
}

/** A word that places a town beside another, as a pattern ("three in neighbouring Rioverde"). */
const BESIDE = String.raw`(?:(?:neighbouring|neighboring|nearby)\s+)?`;
/** What leads from a number to its own place ("41 in Dunmore Springs", "8,400 people from the Brask district"), and from one place to another joined to it. */
const IN_PLACE = new RegExp(String.raw`^\s+(?:in|from)\s+(?:the\s+)?${BESIDE}`);
const AND_PLACE = new RegExp(String.raw`^\s+(?:and|or)\s+(?:the\s+)?${BESIDE}`);

/** Capitalised words at the start of a text: a name of one to three words ("Dunmore Springs"). */
const NAME_AT = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}/u;

/** The place id of a place the story does not know by its name (placeRightAfter, joinedPlace); scoped like a known one. */
const UNKNOWN_PLACE = 'place named: ';

/** The place joined to the place that ends at `end` by "and" ("Norvania and neighbouring Lindmark"): its id and where it ends, or null. */
function joinedPlace(story: AnnotatedStory, sentence: AnnotatedSentence, end: number): { id: string; end: number } | null {
  const and = AND_PLACE.exec(sentence.text.slice(end, end + 30));
  if (and === null) return null;
  const at = end + and[0].length;
  const next = sentence.mentions.find((m) => m.start === at);
  if (next !== undefined) return story.entities.get(next.entity)?.kind === 'place' ? { id: next.entity, end: next.end } : null;
  // A name the story does not know as anything else, as after a number (placeRightAfter).
  const name = NAME_AT.exec(sentence.text.slice(at))?.[0];
  return name === undefined ? null : { id: `${UNKNOWN_PLACE}${name.toLowerCase()}`, end: at + name.length };
}

/** The place id of a distance measured from a place the story does not know ("of Bhubaneswar"). */
const UNNAMED_PLACE = 'unnamed place: ';

/**
 * The place a distance is measured from: "220 km (137 miles) southwest of Kolkata", "40 miles from
 * Leeds". Undefined when no "of" or "from" follows the distance; when one does but names no known
 * place, a place of its own, so the distance is set against no other.
 */
function referencePlace(story: AnnotatedStory, sentence: AnnotatedSentence, q: Quantity): string | undefined {
  const lead = /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:of|from)\s+(?:the\s+)?/u.exec(sentence.text.slice(q.end, q.end + 60));
  if (!lead) return undefined;
  const at = q.end + lead[0].length;
  const mention = sentence.mentions.find((m) => m.start === at && story.entities.get(m.entity)?.kind === 'place');
  if (mention !== undefined) return mention.entity;
  // "286 millimetres of rain": what is measured, not where from; only a name is a place.
  const word = sentence.text.slice(at).split(/[\s,.;]/)[0] ?? '';
  return /^\p{Lu}/u.test(word) ? `${UNNAMED_PLACE}${word}` : undefined;
}

/**
 * True when the count is the subject of its verb in the active voice: the verb comes after the
 * number ("700,000 people marched", not "left 288 dead") with no form of "be" or "get" right before
 * it ("were evacuated").
 */
function activeAfter(text: string, q: Quantity, predicate: string): boolean {
  const after = text.slice(q.end).toLowerCase();
  const at = after.search(pattern(`\\b${predicate.toLowerCase()}\\b`));
  if (at < 0) return false;
  return !/\b(?:am|is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\p{L}+ly\s+)?$/u.test(after.slice(0, at));
}

/**
 * True when the verb after the count is its clause's main verb, not a participle before the main
 * verb ("1.28 million people demonstrated on Tuesday", not "288 people killed in the crash were
 * identified"): no form of "be" or "have" follows it in the sentence. Then a heading of people puts
 * "who" before it, whatever the verb's usual transitivity ("Number of people who demonstrated").
 */
function mainVerb(lang: Language, text: string, q: Quantity, predicate: string): boolean {
  // A verb in the past, not a state ("left 12 people dead").
  const word = predicate.toLowerCase();
  if (!lang.lexicon.irregularVerbForms.has(word) && !(/ed$/.test(word) && lang.normal(word) !== word)) return false;
  // The count is the subject: no verb before it in its clause but one of saying ("left 288 people
  // dead and 1,100 people injured": the count is what was left).
  const clause = text.slice(0, q.start).split(/[,;:]/).at(-1) ?? '';
  // "with 1,042 people injured": a participle after "with" and its noun has no subject; it is passive.
  if (/\bwith\s*$/i.test(clause)) return false;
  for (const before of clause.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (lang.lexicon.cueWords.has(lang.key(before))) continue;
    if (lang.lexicon.irregularVerbForms.has(before) || (/ed$/.test(before) && lang.normal(before) !== before) || /^(?:is|are|was|were|has|have|had)$/.test(before)) return false;
  }
  const after = text.slice(q.end).toLowerCase();
  const at = after.search(pattern(`\\b${word}\\b`));
  return at >= 0 && !/\b(?:am|is|are|was|were|been|has|have|had|will|would)\b/.test(after.slice(at + word.length));
}

/** A determiner that opens a verb's object. */
const OBJECT_DETERMINER = '(?:the|a|an|its|their|his|her|our|this|these|those)';
const OBJECT_OPENS = new RegExp(String.raw`^\s+${OBJECT_DETERMINER}\b`);
/** A noun phrase right after a verb: a determiner, at most three words, then a preposition, a conjunction or punctuation. */
const OBJECT = new RegExp(String.raw`^\s+(${OBJECT_DETERMINER}\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|to|from|across|throughout|around|for|with|by|after|before|during|according|and|but|as|while|when)\b)`, 'u');

/**
 * A heading's verb with the object it takes in the sentence: "who walked the cobblestones" for
 * "3.5 million demonstrators walked the cobblestones throughout France", since "Number of
 * demonstrators who walked" would leave the verb without what it governs. A time after the verb is
 * no object ("died the next day"); an object that cannot be told apart gives no heading verb.
 */
function withObject(text: string, q: Quantity, heading: string, predicate: string): string | null {
  const after = text.slice(q.end);
  const at = after.toLowerCase().search(pattern(`\\b${predicate.toLowerCase()}\\b`));
  const rest = after.slice(at + predicate.length);
  if (at < 0 || !OBJECT_OPENS.test(rest)) return heading;
  const object = OBJECT.exec(rest)?.[1];
  if (object === undefined) return null;
  const head = (object.match(/[\p{Ll}-]+$/u)?.[0] ?? '').replace(/s$/, '');
  return TIME_UNITS.has(head) || /^(?:morning|afternoon|evening|night|weekend)$/.test(head) ? heading : `${heading} ${object}`;
}

/** A unit of things or people counted, not of a measure (hours, percent, money, distance). */
function countable(lang: Language, unit: string): boolean {
  return !lang.lexicon.measureUnits.has(unit) && unit !== 'age';
}

/**
 * What a number without its noun counts ("police put the number at 81,000"): the nearest count of
 * people or things before it, in its own sentence or the one before in the same article. Without
 * one the number is left out: it cannot be put in a frame.
 */
function antecedentOf(lang: Language, before: readonly Mention[], unit: Unit, q: Quantity): Mention | null {
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as Mention;
    if (m.unit.article !== unit.article || m.unit.s < unit.s - 1) return null;
    if (m.unit.s === unit.s && m.quantity.start >= q.start) continue;
    if (countable(lang, m.quantity.unit)) return m;
  }
  return null;
}

/**
 * Whose share or amount a number is: "Kılıçdaroğlu's 44.88%", "43.36 percent for Kilicdaroglu",
 * "Erdogan gained 49.51 percent" — the person or organisation written right before the number
 * with no other number between, else one written right after it ("for X").
 */
function ownerOf(lang: Language, story: AnnotatedStory, sentence: AnnotatedSentence, unit: Unit, q: Quantity): { entity: string; start: number } | null {
  // The subject of a reporting verb ("Marsh said the recall would cost ...") is the figure's source, not its owner.
  const actors = sentence.mentions.filter((m) => {
    const kind = story.entities.get(m.entity)?.kind;
    return (kind === 'person' || kind === 'organization') && m.start >= unit.start && m.end <= unit.end && !subjectOfReportingVerb(lang, sentence.text, m.end);
  });
  const numbersBetween = (from: number, to: number): boolean => unit.quantities.some((other) => other !== q && other.start >= from && other.end <= to);
  const before = actors.filter((m) => m.end <= q.start && q.start - m.end <= 60 && !numbersBetween(m.end, q.start)).at(-1);
  if (before) return { entity: before.entity, start: before.start };
  const after = actors.find((m) => m.start >= q.end && m.start - q.end <= 12 && /^\W*(?:for|by)\b/i.test(sentence.text.slice(q.end, m.start)));
  return after ? { entity: after.entity, start: after.start } : null;
}

/**
 * What of its owner's a percentage measures, when the owner's possessive names it ("CrowdStrike's
 * shares were down 20%", "CrowdStrike's share price fell 3%"), and whether the words before the
 * number say it moved: a word with an opposite direction (fell/rose, down/up) makes it a change.
 */
function possessedOf(lang: Language, sentence: AnnotatedSentence, owner: string, q: Quantity): { possessed: { noun: string; change: boolean } } | Record<string, never> {
  const mention = sentence.mentions.filter((m) => m.entity === owner && m.end <= q.start).at(-1);
  if (!mention) return {};
  const between = sentence.text.slice(mention.end, q.start);
  const words = /^['’]s?\s+([a-z]+(?:\s+[a-z]+)?)/.exec(between)?.[1]?.split(/\s+/) ?? [];
  // The noun ends at a function word or a verb ("CrowdStrike's shares fell 20%": the shares).
  const verbForm = (w: string): boolean => lang.lexicon.irregularVerbForms.has(w) || (/ed$/.test(w) && lang.normal(w) !== w);
  const stop = words.findIndex((w) => lang.isStopword(w) || verbForm(w));
  const noun = (stop < 0 ? words : words.slice(0, stop)).join(' ');
  if (noun === '') return {};
  const rest = between.slice(between.indexOf(noun) + noun.length).toLowerCase().match(/\p{L}+/gu) ?? [];
  // A word with an opposite ("fell", "down") or a verb in the past ("dropped", "slumped") says it moved.
  const change = rest.some((w) => lang.antonyms(lang.normal(w)).length > 0 || verbForm(w));
  const falls = rest.some((w) => FALL.has(lang.normal(w)));
  const rises = rest.some((w) => RISE.has(lang.normal(w)));
  return { possessed: { noun, change, ...(change && falls !== rises ? { direction: falls ? 'fall' : 'rise' } : {}) } };
}

/**
 * Words of a value moving down and up, as normal forms: the direction of a price or a share ("fell
 * 20%", "were up 3%"), of a rate's pace ("inflation eased", "slowed", "accelerated"), of a gap
 * ("narrowed", "widened"), and verbs of making it move ("cut its rate by", "raised its rate to").
 */
export const FALL: ReadonlySet<string> = new Set(['down', 'lower', 'fall', 'drop', 'declin', 'slump', 'plung', 'tumbl', 'sink', 'slide', 'lose', 'dip', 'shed', 'plummet', 'decreas', 'cut', 'reduc', 'slash', 'trim', 'eas', 'slow', 'narrow', 'shrink']);
export const RISE: ReadonlySet<string> = new Set(['up', 'higher', 'rise', 'gain', 'climb', 'jump', 'surg', 'soar', 'ralli', 'advanc', 'increas', 'rais', 'hike', 'lift', 'boost', 'acceler', 'quicken', 'widen', 'grow']);

/** Words that say what happened to a count, as a reader expects them after "Number of people". */
const PARTICIPLE = /^(?:\p{L}{2,}(?:ed|ing)|dead|hurt|missing|held|taken|lost|left)$/u;
/** Prepositions with the form of a participle ("including 512 flights"): they say nothing happened. */
const DEVERBAL_PREPOSITIONS = new Set(['including', 'excluding', 'according', 'following', 'regarding', 'concerning', 'considering', 'compared', 'given', 'pending', 'barring']);

/** A capitalised name and its possessive "'s" right before a figure: "Dravnica's ", "Harl General's ". */
const POSSESSOR_BEFORE = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+$/u;

/**
 * The name whose total a figure is, from a possessive right before it (see `mentions`), or null. A
 * day's or a month's ("Tuesday's four-hour meeting") dates the figure; it owns nothing.
 */
function possessorBefore(lang: Language, text: string, q: Quantity): { key: string; name: string } | null {
  const name = POSSESSOR_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start))?.[1];
  if (name === undefined) return null;
  const last = lang.key(name.split(/\s+/).at(-1) as string);
  if (lang.lexicon.weekdays.has(last) || lang.lexicon.months.has(last)) return null;
  return { key: `possessor: ${name.toLowerCase()}`, name };
}

/**
 * A facility named as the subject of the number's clause, right before its verb ("Veyra General
 * Hospital had treated 11 people", "Hestra airport was granted 29 million dalers"): a hospital,
 * airport or school counts what happened at it, or is given its share, a part of the story's total. Its name, lower-cased, as an owner key; else null. Only a verb with its
 * auxiliaries and words of approximation stand between: "X said 46 flights were scrapped" reports a
 * count, it does not do it. A ministry or a government acts for the whole and is no part.
 */
function agentBefore(text: string, unit: Unit, q: Quantity): string | null {
  const name = FACILITY_OPENING.exec(text.slice(unit.start, q.start));
  if (name === null || !FACILITY_HEADS.has((name[2] as string).toLowerCase())) return null;
  const verb = AGENT_VERB.exec(text.slice(unit.start + name[0].length, q.start));
  if (verb === null || SAYING.test(verb[1] as string)) return null;
  return `facility: ${(name[1] as string).toLowerCase()}`;
}

/** Nouns that end the name of a place that is also an institution, where a part of an event's count happens. */
const FACILITY_HEADS: ReadonlySet<string> = new Set(['hospital', 'clinic', 'infirmary', 'school', 'university', 'college', 'airport', 'station', 'prison', 'port', 'plant', 'factory', 'mine', 'hotel', 'museum', 'stadium', 'terminal', 'camp']);

/**
 * A clause that opens on the name of a facility: one to four capitalised words (an optional "The"
 * before them), then a facility noun (FACILITY_HEADS), capitalised or not, captured ("Veyra General
 * Hospital", "Hestra airport"; not "The mine").
 */
const FACILITY_OPENING = new RegExp(String.raw`^["“‘(]*(?:[Tt]he\s+)?((?:(?![Tt]he\s)\p{Lu}[\p{L}'’-]*\s+){1,4}(${[...FACILITY_HEADS].map((head) => `[${head[0]?.toUpperCase()}${head[0]}]${head.slice(1)}`).join('|')}))\b`, 'u');

/** What stands between a subject and its number: auxiliaries, one verb, words of approximation ("had treated", "has been granted", "has cancelled about"). */
const AGENT_VERB = /^\s+(?:(?:has|have|had|was|were|is|are|will|would|be|been|being|also|already|now|so far)\s+)*(\p{Ll}[\p{L}-]*)\s+(?:(?:about|around|some|more than|over|nearly|almost|at least|only|just|another|a further|roughly|approximately)\s+)*$/u;

/** Verbs of saying or counting on record: their subject gives the figure, it is not what the figure counts. */
const SAYING = /^(?:said|says|say|told|reported|reports|announced|estimated|estimates|put|puts|counted|counts|recorded|records|confirmed|confirms|gave|gives|stated|added|claimed|claims)$/i;

/** "to " right before a word: the word is an infinitive. */
const INFINITIVE_MARK = /\bto\s+$/i;

/**
 * The word that says what happened to the counted thing, as written ("died", "injured"), if near the
 * number and not before `from` (the start of the number's own clause, where known), and whether it is
 * the infinitive right before the number ("to save roughly $350 million").
 */
function predicateWord(unit: Unit, q: Quantity, text: string, window: number, lex: Lexicon, from = 0): { word: string; infinitive: boolean; at: number } | null {
  const ingNouns = lex.ingNouns;
  const ownClause = OWN_VERB_GROUP.test(text.slice(q.end));
  // "suspended the surgeon for eight months on Tuesday for operating …": a length of time after "for"
  // is how long what the verb before it says lasted; a verb after it is another clause's.
  const lastedFor = TIME_UNITS.has(q.unit) && FOR_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start));
  let best: { word: string; infinitive: boolean; at: number } | null = null;
  let distance = Infinity;
  unit.terms.forEach((term, k) => {
    const at = unit.offsets[k] ?? 0;
    if (!unit.content.includes(term) || (at >= q.start && at < q.end) || at < from) return;
    const end = unit.ends[k] ?? at;
    const word = text.slice(at, end).toLowerCase();
    // The second part of a compound is no verb: "the hard-left union", "a well-known figure".
    if (text[at - 1] === '-') return;
    // Nor is a word of a name: a capital inside the sentence, or before another ("Sporting Alvarra paid a fee of …").
    if (/^\p{Lu}/u.test(text.slice(at, at + 1)) && (at > unit.start || NAME_AFTER.test(text.slice(end, end + 3)))) return;
    // A word before the number is as near as its end: "killed 288" is nearer than "288 … and injured".
    // At equal distance the word after it wins: "left 288 people dead", "288 people died".
    const after = at >= q.end;
    if (after && lastedFor) return;
    // "Twenty-two people were missing and 41 had been taken to hospital": a word before a
    // conjunction is another clause's when the number has a verb of its own; in "112 homes destroyed
    // in Pinegate and 41 in Dunmore Springs" the two numbers share it.
    if (!after && ownClause && CLAUSE_JOIN.test(text.slice(end, q.start))) return;
    const d = after ? at - q.end : q.start - end;
    // An irregular past right after the count is its verb too: "385,000 people took part", "300 fled".
    // An infinitive right before the number is its verb: "expects the restructuring to save roughly $350 million".
    const infinitive = !after && d <= 1 && INFINITIVE_MARK.test(text.slice(Math.max(0, at - 4), at));
    // "a whopping 12 million dollars", "an eye-watering £3bn": an -ing word after an article is an
    // adjective of the figure's noun phrase, not its verb. "put the trapped residents through … within
    // two minutes": a past participle after a determiner is an adjective of another noun phrase than
    // the figure's (not "a certified capacity of 200 passengers", whose figure it still says what of).
    const attributive = !after && ATTRIBUTIVE.test(text.slice(Math.max(0, at - 7), at));
    const adjective = attributive && (/ing$/.test(word) || (!FOLLOWED_BY_VERB.test(text.slice(end, end + 12)) && !OWN_NOUN_PHRASE.test(text.slice(end, q.start))));
    // "Sporting will pay a fee of …", "Flooding has cut 300 roads": a word in -ing before a finite verb is its subject.
    const subject = /ing$/.test(word) && FINITE_AFTER.test(text.slice(end, end + 8));
    // "will strike for five days", "to stay for two weeks": a plain verb after a modal or "to", right
    // before the "for" of the length, is what lasted.
    const lasting = lastedFor && !after && FOR_ONLY.test(text.slice(end, q.start)) && MODAL_BEFORE.test(text.slice(Math.max(0, at - 8), at));
    const verb = (PARTICIPLE.test(word) && !adjective && !subject) || (after && d <= 1 && lex.irregularVerbForms.has(word)) || infinitive || lasting;
    if (d <= window && (d < distance || (d === distance && after)) && verb && !ingNouns.has(word) && !DEVERBAL_PREPOSITIONS.has(word) && !(after && (modifiesNounBefore(text, q, at) || sourceTag(text, at, end) || adjunctClause(text, at) || anotherSubjectBetween(unit, q, text, at)))) {
      best = { word, infinitive, at };
      distance = d;
    }
  });
  return best;
}

/** "for" right before a figure, over a hedge: "for eight months", "for about two hours". */
const FOR_BEFORE = /\bfor\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?$/i;
/** Nothing but "for" (and a hedge) between a verb and its figure. */
const FOR_ONLY = /^\s+for\s+(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?$/i;
/** A modal or "to" right before a word: it is a plain verb ("will strike", "to stay"). */
const MODAL_BEFORE = /\b(?:will|would|to|may|might|could|can|must|shall)\s+$/i;

/** A determiner right before a word: the word is in a noun phrase ("the trapped residents", "its injured"). */
const ATTRIBUTIVE = /\b(?:a|an|the|its|their|his|her)\s+$/i;
/**
 * What stands between an attributive participle and a figure of its own noun phrase: "capacity of" in
 * "a certified capacity of 200", or of a list in it ("… of 200 passengers and 14 crew").
 */
const OWN_NOUN_PHRASE = /^\s+(?:[\p{L}-]+\s+of\s+[^,;:]*)?$/u;
/** A verb or a number right after a word: "the injured were taken", "the estimated 3,000": the participle stands for a noun or is the figure's own. */
const FOLLOWED_BY_VERB = /^\s+(?:were|was|are|is|had|have|has|will|would|\d)/i;

/** A capitalised word right after a word: the two are one name. */
const NAME_AFTER = /^\s\p{Lu}/u;

/** The word before a figure, over a hedge ("won about 16 seats"). */
const WORD_BEFORE = /(\p{L}+)\s+(?:(?:about|around|some|nearly|almost|over|only|just|roughly|approximately|more than|fewer than|less than|at least|at most|up to)\s+)?$/u;

/** True when a verb other than an auxiliary stands right before the figure ("won 16 seats", "sold 2 million"). */
function verbRightBefore(lex: Lexicon, text: string, q: Quantity): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, q.start - 30), q.start))?.[1]?.toLowerCase();
  return word !== undefined && !AUXILIARIES.has(word) && (lex.irregularVerbForms.has(word) || /ed$/.test(word));
}

/** A modal or an auxiliary right after a word: the word is the subject of a finite verb. */
const FINITE_AFTER = /^\s+(?:will|would|can|could|may|might|must|shall|should|has|have|had|is|are|was|were)\b/i;

/** A join of two clauses: a comma or semicolon and a conjunction, or a conjunction of contrast. */
const CLAUSE_BREAK = /[,;]\s*(?:and|but|while|whereas)\b|;|\b(?:but|while|whereas)\b/i;

/**
 * True when another number stands between the number and the verb at `at`, after a join of two
 * clauses ("prisons hold about 14,800 inmates in space for 12,500, and 12 prisoners escaped"): the
 * verb is the other clause's, whose subject is that number, not this one's.
 */
function anotherSubjectBetween(unit: Unit, q: Quantity, text: string, at: number): boolean {
  return unit.quantities.some((other) => other.start >= q.end && other.end <= at && CLAUSE_BREAK.test(text.slice(q.end, other.start)));
}

/**
 * True when the word at `at` opens a participle clause after a comma (", citing weaker exports", ",
 * adding that …"): an adjunct of the whole clause before it, not what happened to what was counted.
 */
function adjunctClause(text: string, at: number): boolean {
  return /,\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * True when the word at [at, end) is the verb of a source tag that ends the sentence after a comma
 * (", official data showed.", ", the ministry reported."): it says who gave the number, not what
 * happened to what was counted.
 */
function sourceTag(text: string, at: number, end: number): boolean {
  return /^[\s.!?"”’]*$/.test(text.slice(end)) && /,\s*(?:[\p{L}'’-]+\s+){1,4}$/u.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * Which way a number moved, when the number is the move ("fell 5%", "cut by a quarter point", "won
 * 52 seats"), not the level reached ("rose to 288"): a word of moving down or up (FALL, RISE) among
 * the last ten of its clause before it, else a verb with opposites right before it or its "by".
 */
function motionBefore(lang: Language, text: string, at: number): { motion: string | null; motionOpposites: readonly string[] } {
  // The clause's words before the number, up to its last comma or semicolon.
  const clause = text.slice(Math.max(0, at - 60), at).split(/[,;:]/).at(-1) ?? '';
  const words = clause.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  // "rose to 288", "revised down to 275", "cut … to 4.25%": the number is where the value stands,
  // which reports moving either way may agree on; only a number that is the move ("fell 5%", "cut
  // by a quarter point") has a direction.
  if (LEVEL.has(words.at(-1) ?? '')) return NO_MOTION;
  // A word of moving down or up among the last MOTION_REACH words: "fell 5%", "slumped as much as
  // 7%", "cut the lending rate for small businesses by half a point".
  for (let k = words.length - 1; k >= 0 && k >= words.length - MOTION_REACH; k--) {
    const term = lang.normal(lang.key(words[k] as string));
    if (FALL.has(term)) return FALLS;
    if (RISE.has(term)) return RISES;
  }
  // Else a verb with opposites right before the number, or before its "by".
  let k = words.length - 1;
  if (words[k] === 'by') k--;
  const verb = words[k];
  if (verb === undefined) return NO_MOTION;
  const term = lang.normal(lang.key(verb));
  const opposites = lang.antonyms(term);
  // The opposite of a word of moving down moves up ("won", whose opposite is "lost").
  if (opposites.some((o) => FALL.has(o))) return RISES;
  if (opposites.some((o) => RISE.has(o))) return FALLS;
  return opposites.length === 0 ? NO_MOTION : { motion: term, motionOpposites: opposites };
}

/** Prepositions before a number that give the level a value stands at, not how far it moved. */
const LEVEL = new Set(['to', 'at']);

/** How many words before a number a word of moving may stand ("cut the lending rate for small businesses by half a point": eight). */
const MOTION_REACH = 10;

const NO_MOTION = { motion: null, motionOpposites: NO_OPPOSITES };
/** Any word of a value moving down, or up (FALL, RISE): one direction whatever the verb. */
const FALLS = { motion: 'fall', motionOpposites: ['rise'] };
const RISES = { motion: 'rise', motionOpposites: ['fall'] };

/** Forms of "be" and "have", and modals: a participle after them is the clause's verb. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'not']);

/** A conjunction between two clauses. */
const CLAUSE_JOIN = /\b(?:and|but|while|whereas)\b/i;

/** A form of "be" or "have", or a modal, right after a number: the number's own verb group follows ("about 64,000 students will have to sit"). */
const OWN_VERB_GROUP = /^\s+(?:had|have|has|were|was|are|is|will|would|can|could|may|might|must|should|shall)\b/i;

/** Adverbs without "-ly" that stand inside a verb group ("are still missing", "have now died", "were all rescued"). */
const VERB_GROUP_ADVERBS = new Set(['still', 'now', 'also', 'already', 'yet', 'just', 'all', 'never', 'since', 'even']);

/**
 * True when the participle at `at` modifies another noun, as a reduced relative clause, rather
 * than saying what happened to the number: the number's clause already has its verb between them,
 * and the participle follows a noun ("2,000 people are thought to have been on board the two
 * trains involved": the trains were involved). "288 people killed", "were killed" and "12 coaches
 * of one train derailed" stay the number's.
 */
function modifiesNounBefore(text: string, q: Quantity, at: number): boolean {
  const between = text.slice(q.end, at);
  const words = between.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const last = words.at(-1);
  if (last === undefined || AUXILIARIES.has(last) || VERB_GROUP_ADVERBS.has(last) || /ly$/.test(last)) return false;
  // "had been confirmed dead", "were found dead", "are feared missing": a passive verb and the state it gives the count.
  if (/(?:ed|en|wn)$/.test(last) && AUXILIARIES.has(words.at(-2) ?? '')) return false;
  return words.slice(0, -1).some((word) => AUXILIARIES.has(word) && word !== 'not');
}

function normalize(weights: Map<string, number>): void {
  let norm = 0;
  for (const w of weights.values()) norm += w * w;
  norm = Math.sqrt(norm) || 1;
  for (const [k, w] of weights) weights.set(k, w / norm);
}

/**
 * Keeps a number's place only where the story counts that place apart: one sentence gives a number
 * of the same kind for it and for the whole or another place ("3.5 million across the country and
 * 700,000 in Paris"), or any report gives a number of that kind for a whole area of which the place
 * is a part: "3.5 million nationwide" and "700,000 in Paris", "100 killed across Gaza" and "40 in
 * Gaza City", "flights cancelled worldwide" and "in the United States" (a country is part of the
 * world, not of "the country"). Elsewhere the place is where the one event happened, which narrows nothing.
 */
export function placesCountedApart(all: Mention[], entities: ReadonlyMap<string, Entity>, lex: Lexicon): Mention[] {
  const apart = new Set<string>();
  const areas = new Map<string, string[]>();
  for (const m of all) {
    if (m.area === null) continue;
    const list = areas.get(m.unitClass);
    if (list) list.push(m.area);
    else areas.set(m.unitClass, [m.area]);
  }
  for (const m of all) {
    const place = m.place?.split('>')[0];
    if (place === undefined || !areas.has(m.unitClass)) continue;
    const within = (area: string): boolean => area === 'world' || (area !== place && placeRank(entities.get(place), lex) !== 'country');
    if (areas.get(m.unitClass)?.some(within)) apart.add(`${m.unitClass} ${m.place}`);
  }
  const bySentence = new Map<number, Mention[]>();
  for (const m of all) bySentence.set(m.unit.s, [...(bySentence.get(m.unit.s) ?? []), m]);
  for (const list of bySentence.values()) {
    for (const a of list) {
      for (const b of list) {
        // Of the same kind: "288 dead in Odisha and 900 injured" counts two things, not two places;
        // nor do three candidates' shares, one beside "Turkey's election board", set places apart.
        const sameKind = a.unitClass === b.unitClass && a.owner === b.owner && (a.event === null || b.event === null || a.event === b.event);
        if (a !== b && sameKind && a.place !== null && a.place !== b.place && a.quantity.value !== b.quantity.value) apart.add(`${a.unitClass} ${a.place}`);
      }
    }
  }
  for (const m of all) {
    // A distance's place is what it is measured from: it always narrows. So does a division named by
    // its kind ("in the province"), which a report names to set one part of the scene apart.
    if (m.place !== null && !DISTANCE_UNITS.has(m.quantity.unit) && !m.place.startsWith(UNNAMED_PLACE) && !apart.has(`${m.unitClass} ${m.place}`)) {
      m.place = null;
      m.label.scope = null;
    }
  }
  return all;
}

/**
 * Marks the shares and sums whose measured noun an article tells apart from another: the same article
 * gives a percentage (or a sum in one currency) of each, with different values ("inflation rose to
 * 5.2% … unemployment stood at 6.5%"; "turnout was 88.9% … Erdogan won 49.5% of the vote"). Two
 * such nouns are two attributes in every report. Nouns no article tells apart may be one attribute
 * named two ways ("the offer is a premium of 13%", "the price is 13% above"), and are left to their
 * wording; a figure noun ("the estimate") names no attribute at all.
 */
export function attributesCountedApart(lang: Language, all: Mention[]): Mention[] {
  const named = (m: Mention): boolean => OWNED.has(m.quantity.unit) && m.measures !== null && m.label.measures !== null && !lang.lexicon.figureNouns.has(m.label.measures);
  const byArticle = new Map<string, Mention[]>();
  for (const m of all) {
    if (!named(m)) continue;
    const list = byArticle.get(m.unit.article);
    if (list) list.push(m);
    else byArticle.set(m.unit.article, [m]);
  }
  const apart = new Set<string>();
  for (const list of byArticle.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a.quantity.unit === b.quantity.unit && a.measures !== b.measures && a.quantity.value !== b.quantity.value) apart.add(`${a.quantity.unit} ${a.measures}`);
      }
    }
  }
  for (const m of all) if (named(m) && apart.has(`${m.quantity.unit} ${m.measures}`)) m.measuredApart = true;
  return all;
}

/** A place id (with a direction after ">" for distances) and its rank, when it has one. */
function rankedPlace(story: AnnotatedStory, lex: Lexicon, place: string | null): Mention['named'] {
  const id = place?.split('>')[0];
  const rank = id === undefined ? null : placeRank(story.entities.get(id), lex);
  return id === undefined || rank === null ? null : { place: id, rank };
}

/** How alike two numbers' frames are (0 when they cannot be one frame). */
export function frameSimilarity(a: Mention, b: Mention): number {
  if (a.unitClass !== b.unitClass || a.time !== b.time || a.place !== b.place) return 0;
  // "95,000 hectares nationwide" and "42,000 hectares across Sellen province": totals of two areas.
  if (a.area !== null && b.area !== null && a.area !== b.area) return 0;
  if ((a.owner !== null || b.owner !== null) && a.owner !== b.owner) return 0;
  // A share that fell and one that rose are two moves, not two accounts of one.
  const da = a.label.possessed?.direction;
  const db = b.label.possessed?.direction;
  if (da !== undefined && db !== undefined && da !== db) return 0;
  if (a.unit.s === b.unit.s) return 0;
  // "Sent off on 71 minutes" and "played the final 19 minutes": a moment and a part of one match.
  if (a.span !== b.span) return 0;
  // "Annual sales" and "sales in the quarter": figures for two reporting periods.
  if (a.period !== null && b.period !== null && a.period !== b.period) return 0;
  // An exit poll's 43% and the 41.8% counted: a prediction and a result.
  if (a.estimate !== b.estimate) return 0;
  // "38.50 ducats a share" and "a 4.6bn-ducat offer": a price and a total; "$80 a barrel" and "$600 a tonne": two rates.
  if (a.per !== b.per) return 0;
  // "Wildfires have burned 95,000 hectares since June" is a running total; "the blaze burned 18,500 hectares" is one event's.
  if (a.cumulative !== b.cumulative) return 0;
  // "An average of 22 people a year" is no count of one avalanche's dead; "as many as 35 could have
  // died" is no count of the dead at all.
  if (a.average !== b.average || a.hypothetical !== b.hypothetical) return 0;
  // "412 on Monday" and "nearly 1,000 over Monday and Tuesday": counts of different days.
  if (a.days !== null && b.days !== null && a.days !== b.days) return 0;
  // "18 of the 45 seats" and "the 45-seat council": a part, and the whole it was picked from.
  if (partAndWhole(a.quantity, b.quantity) || partAndWhole(b.quantity, a.quantity)) return 0;
  // "narrows to six metres in the last 200 metres" and "narrowed to six metres over the final 200 m":
  // each report gives the other's figure too, so the two figures measure two things they agree on.
  if (crossed(a, b)) return 0;
  // "five of the 40 workers … were taken to hospital" counts those it happened to; "There were 38
  // workers on the night shift" says nothing happened to its count, which may be the whole's.
  if (a.quantity.whole !== undefined && b.quantity.whole === undefined && b.verbless) return 0;
  if (b.quantity.whole !== undefined && a.quantity.whole === undefined && a.verbless) return 0;
  // "Shares fell a further 2.1%" adds to a fall before it; "fell 11%" is the fall.
  if (a.increment !== b.increment) return 0;
  // "about 40 balloons are flying" and "its other seven balloons": a set, and what is left of one.
  if (a.remainder !== b.remainder) return 0;
  // "The Osaka film festival … with 7 premieres" and "The Tunis film festival … with 16 premieres":
  // the same words of two towns (or two countries) are two places' numbers, never one frame.
  // So are two things named by proper nouns the story does not know as names (Unit.proper).
  // A known town or country against an unknown proper noun too.
  const twoPlaces = a.named !== null && b.named !== null && a.named.place !== b.named.place && a.named.rank === b.named.rank;
  const properA = ownProper(a.unit, b.unit);
  const properB = ownProper(b.unit, a.unit);
  const placeOrProper = (properA || properB) && (properA || (a.named !== null && a.named.place !== b.named?.place)) && (properB || (b.named !== null && b.named.place !== a.named?.place));
  if ((twoPlaces || placeOrProper) && sameWords(a.unit, b.unit)) return 0;
  // "Shares rose 5%" and "shares fell 5%": two moves, however alike the words around them.
  if (a.motion !== null && b.motion !== null && a.motionOpposites.includes(b.motion)) return 0;
  // "64 million eligible voters" and "tens of millions of voters", "two passenger trains" and "three
  // trains": a word that narrows what is counted makes another count.
  if (a.restrictor !== b.restrictor) return 0;
  // "200 volunteers" and "12,000 people", "11,300 civilian deaths" and "40,000 people killed": people
  // of a named kind are a part of all the people a count of people takes in, so another count (a
  // number whose noun is left out takes its kind from the number before it, and is not compared so).
  if ((a.counted === null) !== (b.counted === null) && !a.quantity.elided && !b.quantity.elided) return 0;
  // "400 prisoners" and "three guards": people of two named kinds are two groups, however alike their sentences.
  if (a.counted !== null && b.counted !== null && a.counted !== b.counted) return 0;
  // What happened to what is counted decides between numbers of one kind: killed or injured, boxes
  // opened or counted. Two different events are two frames; only how long something lasted ignores it.
  if (!TIME_UNITS.has(a.quantity.unit) && !DISTANCE_UNITS.has(a.quantity.unit) && a.event !== null && b.event !== null) {
    // An owner's own share ("X gained 49.5%", "X scored 49.5%") is one attribute whatever verb says
    // how it was had, unless a verb is one of a pair of opposites ("increased", "decreased": a change,
    // not a share had); a thing of the owner's that moved ("X's shares fell") keeps its verb.
    const ownShare = a.owner !== null && a.owner === b.owner && a.label.possessed === undefined && b.label.possessed === undefined;
    if (a.event !== b.event && !(ownShare && a.opposites.length === 0 && b.opposites.length === 0)) return 0;
    if (a.event === b.event && a.measures === null && b.measures === null) return Math.max(0.6, contextCosine(a, b));
  }
  // Two shares or sums of things a report tells apart ("inflation rose to 5.2%" and "unemployment
  // rose to 6.5%"; "turnout was 88%" and "49.5% of the vote") are two attributes, however alike the
  // sentences that give them (see attributesCountedApart).
  if (a.measuredApart && b.measuredApart && a.measures !== b.measures) return 0;
  // Naming what is measured, or whose number it is (a candidate's share, a company's loss), says
  // which attribute two numbers give, as much as their wording does.
  // So does a length of time whose verb is of the family of the other's measured noun: "suspended
  // for eight months" and "a six-month suspension" are both how long the suspension lasts.
  const named = (a.measures !== null && a.measures === b.measures) || (a.owner !== null && a.owner === b.owner) || (a.counted !== null && a.counted === b.counted) || (TIME_UNITS.has(a.quantity.unit) && (lastedAs(a, b) || lastedAs(b, a)));
  // A distance from one named place is one attribute of the story's scene, however it is worded.
  if (DISTANCE_UNITS.has(a.quantity.unit) && a.place !== null && !a.place.startsWith(UNNAMED_PLACE)) return 1;
  return Math.min(1, contextCosine(a, b) + (named ? 0.3 : 0));
}

/** A length of time told by its verb ("suspended for eight months") whose family is the other's measured noun ("a six-month suspension"). */
function lastedAs(verbal: Mention, nominal: Mention): boolean {
  return verbal.measures === null && verbal.event !== null && verbal.event === nominal.measuredFamily;
}

/** Two figures of one unit that overlap, in a common unit. */
function sameFigure(x: Quantity, y: Quantity): boolean {
  const p = inCommonUnit(x);
  const q = inCommonUnit(y);
  return p.unit === q.unit && p.low <= q.high && q.low <= p.high;
}

/**
 * True when two figures differ but each one's sentence unit gives the other's figure as well: the
 * reports agree on both, and these two are not readings of one thing.
 */
function crossed(a: Mention, b: Mention): boolean {
  if (sameFigure(a.quantity, b.quantity)) return false;
  return a.unit.quantities.some((x) => x !== a.quantity && sameFigure(x, b.quantity)) && b.unit.quantities.some((y) => y !== b.quantity && sameFigure(y, a.quantity));
}

/** True when `part` counts members of a whole ("11 of the 15 people") that `other` gives the number of. */
function partAndWhole(part: Quantity, other: Quantity): boolean {
  return part.whole !== undefined && other.low <= part.whole && part.whole <= other.high;
}

/**
 * How far apart, as a share of the larger, two figures may be and still read as one figure: a count
 * updated as it rises, a preliminary and a final result, a rounding ("88.8%" and "88.9%", "four
 * hours" and "4.5 hours"). Figures of two different things of one unit lie anywhere apart ("1.8%"
 * growth and a "2.9%" deficit, a "20%" tax rate). Measured on the labelled stories: a twentieth
 * parts two readings of one vote share (47.42% and 44.88%, 5.4% apart); a fifth sets three more
 * figures of different things against each other in the made-up probe stories.
 */
const READINGS_APART = 0.1;

/** Two figures that could be readings of one: overlapping, or apart by at most `READINGS_APART` of the larger. */
function readingsOfOneFigure(a: Quantity, b: Quantity): boolean {
  if (a.low <= b.high && b.low <= a.high) return true;
  const gap = a.low > b.high ? a.low - b.high : b.low - a.high;
  const size = Math.max(Math.abs(a.low), Math.abs(a.high), Math.abs(b.low), Math.abs(b.high));
  return gap <= READINGS_APART * size;
}

function contextCosine(a: Mention, b: Mention): number {
  let dot = 0;
  // forEach, not for-of: asked for every pair of numbers, where each for-of step would allocate an entry.
  const other = b.context;
  a.context.forEach((w, k) => {
    dot += w * (other.get(k) ?? 0);
  });
  return Math.min(1, dot);
}

/**
 * The word for what happened that a heading can put after its noun ("Number of people injured"):
 * a participle, never an "-ing" form that had the count as its object ("killing 280 people" does
 * not make "people killing"); for people every report says died ("killing", "claimed the lives of"),
 * "who died"; none rather than that.
 */
function headingPredicate(lang: Language, list: readonly Mention[]): string | null {
  const predicates = list.map((m) => m.label.predicate).filter((word): word is string => word !== null);
  // "missing" is an adjective of state, as "dead" is: "Number of people missing".
  const participle = predicates.find((word) => !/ing$/.test(word) || word === 'missing');
  if (participle !== undefined) return participle;
  const death = lang.family(lang.normal('die'));
  return list.every((m) => m.unitClass === 'person' && m.event === death) ? 'who died' : null;
}

/**
 * The whole area a group's figures cover, in words for its heading, when the reports that name one
 * all name the same ("27,000 flights were delayed worldwide" and "22,000 flight delays worldwide":
 * "Number of flights delayed worldwide"); none when no report names one, or two name different ones.
 */
function areaWords(story: AnnotatedStory, list: readonly Mention[]): { area?: string } {
  let area: string | null = null;
  for (const m of list) {
    if (m.area === null) continue;
    if (area !== null && m.area !== area) return {};
    area = m.area;
  }
  if (area === null) return {};
  if (area === 'world') return { area: 'worldwide' };
  if (area === 'nation') return { area: 'nationwide' };
  const name = story.entities.get(area)?.name;
  return name ? { area: `across ${name}` } : {};
}

/** Groups the story's numbers by frame (complete linkage: every pair in a group is alike). */
export function frameGroups(lang: Language, story: AnnotatedStory, stats: StoryStats, usable: readonly boolean[], config: EngineConfig['quantities'], rankingSpans?: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, classOf?: Int32Array): FrameGroup[] {
  const all = attributesCountedApart(lang, placesCountedApart(mentions(lang, story, stats, usable, config.window, rankingSpans, classOf), story.entities, lang.lexicon));
  const byClass = new Map<string, number[]>();
  all.forEach((m, k) => {
    // Grown in place, not copied for each number.
    const list = byClass.get(m.unitClass);
    if (list) list.push(k);
    else byClass.set(m.unitClass, [k]);
  });
  const pairs: Array<{ a: number; b: number; s: number }> = [];
  for (const list of byClass.values()) {
    // A unit class with very many numbers (a long table of figures) is compared only within its first ones.
    const members = list.slice(0, config.maxPerClass);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = all[members[x] as number] as Mention;
        const b = all[members[y] as number] as Mention;
        const s = frameSimilarity(a, b);
        if (s >= config.frameThreshold) pairs.push({ a: members[x] as number, b: members[y] as number, s });
      }
    }
  }
  pairs.sort((p, q) => q.s - p.s || p.a - q.a || p.b - q.b);
  // Every two numbers of a class (within its first ones) were compared above, the earlier one first,
  // and only those alike enough are in `pairs`: when two groups meet, such a pair's similarity is
  // read back here rather than computed again, and any other pair fails them at once.
  const n = all.length;
  const alike = new Map<number, number>();
  for (let k = 0; k < pairs.length; k++) {
    const pair = pairs[k] as (typeof pairs)[number];
    alike.set(pair.a * n + pair.b, pair.s);
  }
  const groupOf = new Map<number, number[]>();
  const weakest = new Map<number[], number>();
  // Index loops, not for-of: without TurboFan each for-of step allocates an iterator result.
  for (let k = 0; k < pairs.length; k++) {
    const { a, b, s } = pairs[k] as (typeof pairs)[number];
    const ga = groupOf.get(a) ?? [a];
    const gb = groupOf.get(b) ?? [b];
    if (ga === gb) continue;
    const units = new Set(ga.map((m) => all[m]?.unit.i));
    if (gb.some((m) => units.has(all[m]?.unit.i))) continue;
    let low = s;
    let ok = true;
    // Stops at the first pair that is not alike: the groups stay apart whatever the others give.
    for (let xa = 0; xa < ga.length && ok; xa++) {
      const x = ga[xa] as number;
      for (let yb = 0; yb < gb.length; yb++) {
        const y = gb[yb] as number;
        // A later number compared with an earlier one is computed in that order: the similarity's
        // context sum runs over its first number's words, so the other order may round otherwise.
        const sim = x < y ? alike.get(x * n + y) : frameSimilarity(all[x] as Mention, all[y] as Mention);
        if (sim === undefined || sim < config.frameThreshold || (sim < config.conflictThreshold && !readingsOfOneFigure(inCommonUnit((all[x] as Mention).quantity), inCommonUnit((all[y] as Mention).quantity)))) {
          ok = false;
          break;
        }
        low = Math.min(low, sim);
      }
    }
    if (!ok) continue;
    const merged = mergeSorted(ga, gb);
    weakest.set(merged, Math.min(weakest.get(ga) ?? 1, weakest.get(gb) ?? 1, low));
    for (let m = 0; m < merged.length; m++) groupOf.set(merged[m] as number, merged);
  }
  const groups: FrameGroup[] = [];
  for (const members of new Set(groupOf.values())) {
    const list = members.map((k) => all[k] as Mention);
    const first = list[0] as Mention;
    const quantities = new Map<number, Quantity>();
    const points = new Map<number, Moment>();
    for (const m of list) {
      if (quantities.has(m.unit.i)) continue;
      quantities.set(m.unit.i, m.quantity);
      if (m.point !== null) points.set(m.unit.i, m.point);
    }
    const predicates = new Map<string, number>();
    for (const m of list) for (const [k, w] of m.context) predicates.set(k, (predicates.get(k) ?? 0) + w);
    const predicate = [...predicates.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    // A length of time is named in the unit its first report gives it in ("hour"), whatever the others use.
    const unit = first.unitClass === 'duration' || first.unitClass === 'power' ? first.quantity.unit : first.unitClass;
    groups.push({
      frame: {
        key: [unit, first.measures ?? '', predicate ?? '', first.owner ?? '', first.place ?? first.time ?? ''].join('|'),
        unit,
        measures: first.measures,
        predicate,
        owner: first.owner,
        scope: first.place ?? first.time,
        label: { ...first.label, predicate: headingPredicate(lang, list), ...areaWords(story, list) },
      },
      quantities,
      confidence: weakest.get(members) ?? 1,
      points,
    });
  }
  return groups.sort((x, y) => Math.min(...x.quantities.keys()) - Math.min(...y.quantities.keys()));
}
