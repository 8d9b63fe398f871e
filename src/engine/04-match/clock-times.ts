/**
 * Clock times of one event: "occurred around 7 PM on Friday", "occurred on Friday at about 7:20 pm
 * local time". A time of day is a value like a count, in minutes since midnight, with the interval
 * of its rounding step: a time on the quarter hour was rounded to it, so "around 7 PM" covers 6:52
 * to 7:08, and "about 7:20 pm", rounded to five minutes, 7:17 to 7:23; those two disagree. A time belongs to what happened at it: the verb
 * or event noun before it ("occurred", "derailed"), so the time a train derailed is never set
 * against the time polls opened. A time that says when a figure stood ("300 flights were
 * cancelled before 9:00 AM") scopes the figure and stays with it, and a time given in another zone ("(13:30 GMT)") is a conversion,
 * not a report.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { Qualifier, Quantity } from '../types.ts';
import { allMatches, DATELINE } from '../text.ts';
import { CLOCK_HOURS, CLOCK_MINUTES, numberWordValue, PART_OF_DAY_AFTER as PART_OF_DAY_TAIL } from '../language/numbers.ts';
import { TIME_LIMITS } from '../language/lexicon/units.ts';

/** One clock time in a unit, with the family of what happened at it. */
export interface ClockTime {
  unit: Unit;
  quantity: Quantity;
  /** The derivational family of the verb or noun before the time. */
  event: string;
  /**
   * What happened at the time, as families: the event's, and for a verb of onset or occurrence the
   * event noun it opens on ("The eruption began at 4.20 a.m." is when the volcano erupted).
   */
  events: readonly string[];
  /** That word as written ("occurred"). */
  word: string;
  /** What the clause opens on, when it opens on a noun phrase ("crash" in "The crash … occurred"), for a heading. */
  subject: string | null;
  /** The verb's object when the event is a verb that acted on it ("the train" in "stormed the train at 4.38pm"), for a heading. */
  object: string | null;
  /**
   * The family of the verb whose object or place the time's noun is ("taken off from the festival
   * field at 6.50", "plunged into a field at 7.45"), or of the time's own verb: when two times both
   * have one, the verbs decide whether they are one event, whatever noun stands before the times.
   */
  verb: string | null;
  /**
   * That verb as written, when the time's noun is its place ("crashed" in "crashed into a field near
   * Carro at 7.45"), or with the noun when it stands right after it ("gave way"), for a heading.
   */
  verbWord: string | null;
  /**
   * What happened at the time as its clause says it, for a heading: "the hot-air balloon crashed
   * into a field near Carro", "firefighters brought the blaze under control"; null when the clause
   * has no subject of its own, is negated, or is too long to be a heading.
   */
  happened: string | null;
}

/**
 * "The crash", "The collision of trains", "A fire", "The hot-air balloon": a clause that opens on a
 * noun phrase of up to three words, with an "of" complement; the words up to the first that is not
 * a noun's (a function word, a verb form or a mark) are checked by openingNoun.
 */
const OPENING_NOUN = /^["“]?(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:\s+of\s+(?:the\s+)?[\p{L}-]+)?)(?=[\s,;:.]|$)/iu;

/**
 * True when a word key has the form of a verb in the past or a participle ("stopped", "gave",
 * "taken"; with `ing`, "pouring" too): the spelling alone, which an adjective in "-ed" shares.
 */
export function verbForm(lang: Language, key: string, ing = true): boolean {
  return (ing ? /(?:ed|ing)$/ : /ed$/).test(key) || lang.lexicon.irregularVerbForms.has(key);
}

/** The noun phrase a clause opens on (OPENING_NOUN), cut before its first verb form or function word. */
function openingNoun(lang: Language, clause: string): string | null {
  const match = OPENING_NOUN.exec(clause);
  if (match === null) return null;
  const kept: string[] = [];
  const words = (match[1] as string).split(/\s+/u);
  let complement: string[] = [];
  for (const [k, word] of words.entries()) {
    const key = lang.key(word);
    if (key === 'of' && k > 0) {
      complement = words.slice(k);
      break;
    }
    if (lang.lexicon.stopwords.has(key) || lang.lexicon.cueWords.has(key) || verbForm(lang, key)) break;
    kept.push(word);
  }
  // A verb in the present before another word ("The move follows days …") ends the phrase at its first word.
  if (kept.slice(0, -1).some((word) => /s$/i.test(word) && lang.isVerbForm(lang.key(word)))) return kept[0] ?? null;
  return kept.length > 0 ? [...kept, ...complement].join(' ') : null;
}

/** "around 7 PM", "at about 7:20 pm", "19:00", "shortly after 7 p.m.", "6.12 a.m." (a full stop between hours and minutes, as British copy writes it). */
const TIME = /\b(?:(around|about|approximately|roughly|nearly|almost|shortly after|just after|shortly before|just before|after|before)\s+)?(?:(?<![\d.:])(\d{1,2})(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3]):([0-5]\d)\b)/gi;
/**
 * The times of day written in the text between `from` and `to`, in figures or in words, with offsets
 * into the text; not conversions into another zone ("(13:30 GMT)").
 */
export function timesIn(text: string, from: number, to: number): Quantity[] {
  const clause = text.slice(from, to);
  const out: Quantity[] = [];
  if (/\d/.test(clause)) {
    for (const match of allMatches(TIME, clause)) {
      const at = from + (match.index ?? 0);
      const end = at + match[0].length;
      if (ZONE.test(text.slice(end)) || /\(\s*$/.test(text.slice(Math.max(0, at - 2), at))) continue;
      const quantity = clockQuantity(match, at, end);
      if (quantity) out.push(quantity);
    }
  }
  if (WORD_TIME_HINT.test(clause)) {
    for (const match of allMatches(WORD_TIME, clause)) {
      const at = from + (match.index ?? 0);
      const quantity = wordClockQuantity(match, at, at + match[0].length, text);
      if (quantity) out.push(quantity);
    }
  }
  return out;
}

/**
 * A time in words: "ten past two", "a quarter past ten", "twenty minutes before midnight", "noon",
 * "three o'clock". The hour alone is a time only with "o'clock" or minutes before or past it.
 */
const WORD_TIME = new RegExp(String.raw`\b(?:(around|about|approximately|roughly|shortly after|just after|shortly before|just before)\s+)?(?:(${CLOCK_MINUTES})(?:\s+minutes)?\s+(past|after|to|before)\s+)?(${CLOCK_HOURS}|midnight|noon|midday)(\s+o['’]clock)?\b`, 'gi');
const WORD_TIME_HINT = /\b(?:past|to|after|before|midnight|noon|midday|o['’]clock|morning|afternoon|evening|night)\b/i;
const HOUR_WORDS = CLOCK_HOURS.split('|');
const MINUTE_WORDS: ReadonlyMap<string, number> = new Map([['a quarter', 15], ['quarter', 15], ['half', 30], ['five', 5], ['ten', 10], ['twenty', 20], ['twenty-five', 25]]);
/**
 * The part of the day right after an hour written alone ("six on Sunday evening", "five in the
 * morning", "two in the afternoon"): an hour word is a time with it, after "at" ("at about six") or
 * "just" or "shortly" after or before (not "arrested about six on Sunday evening", a count).
 */
const PART_OF_DAY_AFTER = new RegExp(String.raw`^\s+${PART_OF_DAY_TAIL}`, 'iu');
const AT_BEFORE = /\bat\s+$/i;
/** The part of the day written after a time in words ("on Sunday afternoon", "in the morning"), which says a.m. or p.m. */
const PART_OF_DAY = /^[^.;]{0,30}?\b(morning|afternoon|evening|night|tonight)\b/i;

/**
 * A time in words as minutes since midnight (WORD_TIME), or null when it is not one or its half of
 * the day is not written: "ten past two on Sunday afternoon" is 14:10; "ten past two" alone says
 * neither, and "five to ten people" is no time.
 */
function wordClockQuantity(match: RegExpMatchArray, start: number, end: number, text: string): Quantity | null {
  const [surface, cue, minutesWord, direction, hourWord, oclock] = match;
  const hourKey = (hourWord ?? '').toLowerCase();
  let hour: number;
  if (hourKey === 'midnight') hour = 0;
  else if (hourKey === 'noon' || hourKey === 'midday') hour = 12;
  else {
    // An hour alone: with "o'clock", or with its part of the day right after it, after "at" or a word of nearness.
    const alone = minutesWord === undefined && oclock === undefined;
    if (alone && !((AT_BEFORE.test(text.slice(Math.max(0, start - 4), start)) || /^(?:shortly|just)\s/i.test(cue ?? '')) && PART_OF_DAY_AFTER.test(text.slice(end)))) return null;
    const part = PART_OF_DAY.exec(text.slice(end))?.[1]?.toLowerCase();
    if (part === undefined) return null;
    const h = HOUR_WORDS.indexOf(hourKey) + 1;
    hour = part === 'morning' ? h % 12 : part === 'night' && h < 5 ? h : (h % 12) + 12;
  }
  const minutesKey = minutesWord?.toLowerCase().replace(/\s+/g, ' ');
  const minutes = minutesKey === undefined ? 0 : (MINUTE_WORDS.get(minutesKey) ?? numberWordValue(minutesKey) ?? Number(minutesKey));
  if (!Number.isFinite(minutes) || minutes >= 60) return null;
  const back = direction !== undefined && /^(?:to|before)$/i.test(direction);
  const value = (hour * 60 + (back ? -minutes : minutes) + 1440) % 1440;
  // An hour alone reads with its part of the day: "two in the afternoon", "about six on Sunday evening".
  const partAfter = minutesWord === undefined && oclock === undefined ? PART_OF_DAY_AFTER.exec(text.slice(end))?.[0] : undefined;
  return partAfter === undefined ? timeOfDay(value, minutes % 15 === 0 ? 15 : 5, cue, surface, start, end) : timeOfDay(value, 15, cue, `${surface}${partAfter}`, start, end + partAfter.length);
}

/** A zone written after a time: the time is a conversion for readers elsewhere ("13:30 GMT"). */
const ZONE = /^\s*(?:GMT|UTC|[A-Z]{2,4}T|Eastern|Central|Pacific|Mountain)\b/;
/** How many words before a time the word for what happened may stand. */
const REACH = 8;

/** The clock times of the story's usable units that are not inside a figure's sentence. */
export function clockTimes(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): ClockTime[] {
  const out: ClockTime[] = [];
  for (const unit of story.units) {
    if (!usable[unit.i] || unit.denial) continue;
    const text = story.sentences[unit.s]?.text ?? '';
    const clause = text.slice(unit.start, unit.end);
    for (const quantity of timesIn(text, unit.start, unit.end)) {
      const at = quantity.start;
      const before = eventBefore(lang, unit, text, at);
      if (!before) continue;
      // A figure right before a verb did what happened at the time ("Three lions broke out at …"); one
      // before a time it is counted up to, or before a noun, stood at the time.
      const near = cutOff(quantity, text) || !verbForm(lang, lang.key(before.word));
      if (scopesFigure(unit, text, before.offset, at, near) || planned(lang, text, before.offset)) continue;
      const subject = openingNoun(lang, clause);
      const happened = happenedAt(lang, story, unit, at, before.offset);
      // "crashed near Kelmora at 9.40 p.m.", "closed the runway at Lerrin Airport at 6.45", "handed
      // over to Ardenzan soldiers shortly after 9": when the word right before the time is a place or
      // a goal, the verb of the time's clause says what happened too.
      const events = eventsAt(lang, before.event, subject);
      const clauseVerb = PLACE_BEFORE.test(text.slice(Math.max(unit.start, before.offset - 40), before.offset)) ? verbOfClause(lang, unit, text, termAt(unit, at)) : null;
      // "left the Belmark Pass road at twenty past eleven": the verb that acted on a named thing is what happened too.
      const verbEvent = clauseVerb === null ? (before.verb ?? null) : lang.family(lang.term(lang.key(clauseVerb)) ?? lang.key(clauseVerb));
      out.push({ unit, quantity, event: before.event, events: verbEvent === null || events.includes(verbEvent) ? events : [...events, verbEvent], word: before.word, subject, object: before.object ?? null, verb: before.verb ?? null, verbWord: before.verbWord ?? null, happened });
    }
  }
  return out;
}

/** A preposition of place opening the phrase of the word after it: "near Kelmora", "at Lerrin International Airport", "in the chamber". */
const PLACE_BEFORE = /\b(?:near|in|at|on|outside|inside|above|below|across|along|into|onto|to)\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:by|with|for|to|was|were|is|are|had|has|have|been|and|but|who|which|that|off|after|before|when|while)\b)[\p{L}'’-]+\s+){0,5}$/iu;

/** The index of the unit's first term at or after `at` (its term count when none is). */
function termAt(unit: Unit, at: number): number {
  let k = 0;
  while (k < unit.terms.length && (unit.offsets[k] ?? 0) < at) k++;
  return k;
}

/** Words that open a clause of their own: a subordinator or a relative pronoun. */
const OPENING_WORDS = 'that|when|as|after|because|while|until|where|which|who';
/** Where the clause a time is in opens, after a mark or a word that opens a clause: the last match before the time. */
const CLAUSE_OPENER = new RegExp(String.raw`[;:]\s*|\b(?:${OPENING_WORDS})\s+|,\s*(?:and|but|then)\s+`, 'giu');
/** A mark or a word between two words that puts them in two clauses (CLAUSE_OPENER, or a bare "and", "but"). */
const CLAUSE_BETWEEN = new RegExp(String.raw`[,;:()—–]|\b(?:${OPENING_WORDS}|and|but)\b`, 'iu');
/** Words a heading leaves out at the end of the clause, before the time: its preposition, a day, a date. */
const TRAILING = /(?:\s+(?:at|on|around|about|by|from|in|shortly|just|roughly|some|\d{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|afternoon|evening|night|January|February|March|April|May|June|July|August|September|October|November|December))+\s*$/iu;
/** Words that open a clause on a pronoun, or negate it: no heading says when "they" did something, or did not. */
const NO_HEADING = /^(?:it|they|he|she|we|i|you|this|that|these|those|there)\b|\b(?:not|n['’]t|never|no)\b/iu;
/** Words that open a noun phrase: the heading lowercases them ("the hot-air balloon"). */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our)\b/iu;

/**
 * What happened at a time as its clause says it, from its subject to the time, for a heading
 * ("The hot-air balloon, with 12 passengers on board, crashed into a field near Carro at 7.45 a.m."
 * → "the hot-air balloon crashed into a field near Carro"). An apposition or a phrase between commas
 * is left out; a day or a date before the time too. Null when the clause has no subject before its
 * verb, opens on a pronoun, is negated ("did not close the valves until 7.05"), or is longer than
 * a heading (twelve words).
 */
function happenedAt(lang: Language, story: AnnotatedStory, unit: Unit, at: number, event: number): string | null {
  const sentence = story.sentences[unit.s];
  if (sentence === undefined) return null;
  const text = sentence.text;
  let from = unit.start;
  const dateline = DATELINE.exec(text.slice(from, at));
  if (dateline) from += dateline[0].length;
  let clauseStart = from;
  for (const m of allMatches(CLAUSE_OPENER, text.slice(from, event))) clauseStart = from + (m.index ?? 0) + m[0].length;
  const piece = text.slice(clauseStart, at).replace(/,[^,]*,/gu, '').replace(TRAILING, '').trim();
  // Not a figure either: "a balloon with 12 passengers" would put a contested count in the heading.
  if (unit.quantities.some((q) => q.start >= clauseStart && q.start < at)) return null;
  if (piece === '' || /[\d,()"“”‘’\[\]—–]|\s-\s/u.test(piece) || NO_HEADING.test(piece)) return null;
  const words = piece.split(/\s+/u);
  // A report of it ("Police said the balloon crashed") says who told it, which is no part of what happened.
  if (words.some((word) => lang.lexicon.cueWords.get(lang.key(word))?.form === 'finite')) return null;
  const first = words[0] as string;
  // A verb first has no subject of its own ("…, and capsized at 11.40").
  const key = lang.key(first);
  if (words.length < 2 || words.length > 12 || /\p{Ll}/u.test(first.charAt(0)) && !DETERMINER.test(first) || verbForm(lang, key)) return null;
  // A name stays as written; an opening word of a sentence is lowercased ("Firefighters brought …").
  const named = sentence.mentions.some((m) => m.start <= clauseStart && m.end > clauseStart && story.entities.get(m.entity)?.kind !== undefined);
  return named ? piece : piece.charAt(0).toLowerCase() + piece.slice(1);
}

/**
 * The clause that names a group's event in a heading: the shortest of the reports' clauses whose
 * every word each other report states too ("Time the train was stopped" over "The gunmen stopped
 * the train"), so a heading never names one side's agent over another's ("commandos" against
 * "special forces"). Undefined when no clause is stated by all.
 */
export function sharedHappening(lang: Language, times: readonly ClockTime[], stated: readonly ReadonlySet<string>[]): string | undefined {
  const candidates = times.map((t) => t.happened).filter((h): h is string => h !== null).sort((a, b) => a.split(' ').length - b.split(' ').length);
  return candidates.find((clause) => {
    const own = forms(lang, clause).filter((form) => form !== '');
    return stated.every((other) => own.every((form) => other.has(form)));
  });
}

/**
 * A noun phrase for a heading with the words before its head that some report does not state left
 * out: "the earth-fill dam" over "The Strelna dam … gave way" is "the dam".
 */
export function sharedNounPhrase(lang: Language, phrase: string, stated: readonly ReadonlySet<string>[]): string {
  const words = phrase.split(/\s+/u);
  const head = words.findIndex((_, k) => k === words.length - 1 || words[k + 1] === 'of');
  return words.filter((word, k) => k >= head || forms(lang, word).every((form) => form === '' || stated.every((other) => other.has(form)))).join(' ');
}

/** A word's family ("stopped" is "stop"), or the word itself for a name ("Aramu"); '' for a word with no term. */
function forms(lang: Language, text: string): string[] {
  return text.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => word !== '').map((word) => {
    const term = lang.term(lang.key(word));
    return term === null ? '' : lang.family(term);
  });
}

/** The word families each time's unit states, which sharedHappening and sharedNounPhrase check a heading's words against. */
export function statedForms(lang: Language, story: AnnotatedStory, times: readonly ClockTime[]): Set<string>[] {
  return times.map((t) => new Set(forms(lang, (story.sentences[t.unit.s]?.text ?? '').slice(t.unit.start, t.unit.end))));
}

function clockQuantity(match: RegExpMatchArray, start: number, end: number): Quantity | null {
  const [surface, cue, h12, m12, half, h24, m24] = match;
  let hour = Number(h12 ?? h24);
  const minute = Number(m12 ?? m24 ?? 0);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  // The rounding step of the time as written, as for any number: a quarter hour (":00", ":15",
  // ":30", ":45"), five minutes (":20"), else one.
  return timeOfDay(hour * 60 + minute, minute % 15 === 0 ? 15 : minute % 5 === 0 ? 5 : 1, cue, surface, start, end);
}

/**
 * A time of day as a quantity: the value stands for half its rounding step either side; "just after
 * 8:40 a.m." is within the time's own step after it (8:40 to 8:45), a bare "after 7 p.m." within the
 * hour, and "before" likewise before it.
 */
function timeOfDay(value: number, step: number, cue: string | undefined, surface: string | undefined, start: number, end: number): Quantity {
  const after = cue !== undefined && /after$/i.test(cue);
  const before = cue !== undefined && /before$/i.test(cue);
  const reach = cue !== undefined && /^(?:just|shortly)\s/i.test(cue) ? step : 60;
  const low = after ? value : before ? value - reach : value - step / 2;
  const high = after ? value + reach : before ? value : value + step / 2;
  const qualifier: Qualifier = after ? 'more-than' : before ? 'less-than' : cue ? 'about' : 'exact';
  return { value, low, high, granularity: step, unit: 'clock', qualifier, measures: null, modifier: null, surface: (surface ?? '').trim(), start, end };
}

/** "by noon", "until 6 p.m.", "as of 6:00", "since 6 a.m.": a time a running figure is counted up to or from, not a moment. */
const CUT_OFF_BEFORE = new RegExp(String.raw`\b(?:${TIME_LIMITS}|since)\s+$`, 'i');

/**
 * True when a time is one a figure can be counted up to (CUT_OFF_BEFORE, or a bare "before" or
 * "after"): "Three lions broke out at quarter past ten", "shortly before noon", is when they did.
 */
function cutOff(time: Quantity, text: string): boolean {
  return /^(?:before|after)\b/i.test(time.surface) || CUT_OFF_BEFORE.test(text.slice(Math.max(0, time.start - 12), time.start));
}

/**
 * True when the time says when a figure stood rather than when something happened: a figure between
 * the word and the time, or, with `near` (a time a figure is counted up to, cutOff, or a word that is
 * no verb), one right before the word with no mark between ("300 flights were cancelled before 9 AM",
 * "The Orlen stood at 7.3 metres at the Halvern gauge at 06:00"; not "…carrying 2,000 passengers,
 * occurred at 7 PM", nor "Three lions broke out at quarter past ten", when they did).
 */
function scopesFigure(unit: Unit, text: string, word: number, at: number, near: boolean): boolean {
  return unit.quantities.some((q) => (q.start >= word && q.start < at) || (near && q.end <= word && /^[^,;:()—–-]{0,24}$/.test(text.slice(q.end, word))));
}

/** A verb in the infinitive after another word ("cleared to take off", "due to land"): what was planned or allowed, or the other word itself. */
const INFINITIVE_BEFORE = /\b([\p{L}'’-]+)\s+to\s+$/iu;

/**
 * True when the word for what happened at a time is an infinitive that says what was planned,
 * allowed or tried ("all 40 balloons were cleared to take off at 6.30", "is due to land at 9 p.m."):
 * the time is not when it happened. Not after a verb of onset ("began to fall at 9 p.m.").
 */
function planned(lang: Language, text: string, word: number): boolean {
  const before = INFINITIVE_BEFORE.exec(text.slice(Math.max(0, word - 30), word))?.[1];
  if (before === undefined) return false;
  const key = lang.key(before);
  return !onset(lang, lang.family(lang.term(key) ?? key));
}

/** The nearest content word before offset `at` in the unit (within `REACH` terms): what happened at the time. */
function eventBefore(lang: Language, unit: Unit, text: string, at: number): { event: string; word: string; offset: number; object?: string | null; verb?: string | null; verbWord?: string } | null {
  let seen = 0;
  for (let k = unit.terms.length - 1; k >= 0 && seen < REACH; k--) {
    const offset = unit.offsets[k] ?? 0;
    if (offset >= at) continue;
    seen++;
    const term = unit.terms[k] as string;
    const word = text.slice(offset, unit.ends[k] ?? offset);
    // A day or month says when, not what happened ("occurred on Friday at about 7:20 pm").
    const key = lang.key(word);
    if (!unit.content.includes(term) || /^\d/.test(term) || lang.lexicon.months.has(key) || lang.lexicon.weekdays.has(key)) continue;
    // "at Halvik airport around midday", "at Cerrano airport shortly after 9 p.m.": a noun a name
    // modifies is one named place or thing, and times at two of them are of two events (not a verb
    // after its subject: "The Lorin Star left").
    const verb = verbForm(lang, key) && text[offset - 1] !== '-';
    const named = verb ? undefined : NAME_BEFORE.exec(text.slice(Math.max(0, offset - 30), offset))?.[1];
    // "The gunmen stopped the train at 7.25 a.m.", "commandos stormed the train at 4.38pm": a plain
    // noun before the time is what the verb acted on; what happened at the time is the verb.
    // A verb of onset or occurrence ("began", "occurred") says only that its event noun happened: it decides nothing.
    if (verb) return { event: lang.family(term), word, offset, verb: onset(lang, lang.family(term)) ? null : lang.family(term) };
    const acted = lang.isEventNoun(key) ? null : verbBefore(lang, unit, text, k, REACH - seen);
    // The verb's object is what it acted on: the verb is the event. A place it happened at or moved
    // to ("into a field") stays the event's noun, and the verb is kept to tell two events there apart.
    if (acted !== null && acted.object !== null && named === undefined) return acted;
    // "gave way at 11.40", "brought under control": a verb right before the noun says with it what happened.
    const right = acted ? null : verbRightBefore(lang, unit, text, k);
    // Else the verb of its clause: "exploded" in "exploded near the village of Askelund in western Solmark".
    const verbWord = acted ? acted.word : right !== null ? `${right} ${word}` : verbOfClause(lang, unit, text, k);
    return { event: named === undefined ? lang.family(term) : `${lang.family(term)}:${lang.key(named)}`, word, offset, verb: acted?.event ?? null, ...(verbWord === null ? {} : { verbWord }) };
  }
  return null;
}

/**
 * What stands between a verb and a noun that is its: a particle, a preposition of place (captured),
 * a determiner, then up to four words of the noun's phrase ("off from the festival", "into a").
 */
const VERB_PHRASE = /^\s+(?:(?:off|out|down|up|away|back)\s+)?(?:(from|into|onto|in|on|at|to|through|across|over|near|along|towards?)\s+)?(?:the|a|an|its|their|his|her|this|that|these|those)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

/**
 * The verb whose object is the noun at term `k` ("stopped" in "stopped the train"): the nearest
 * verb form before it within `reach` terms, with nothing but its object's words between (no mark of
 * a clause or phrase boundary). Null when there is none.
 */
function verbBefore(lang: Language, unit: Unit, text: string, k: number, reach: number): { event: string; word: string; offset: number; object: string | null } | null {
  const nounAt = unit.offsets[k] ?? 0;
  for (let j = k - 1, seen = 0; j >= 0 && seen < reach; j--, seen++) {
    const offset = unit.offsets[j] ?? 0;
    // Nothing between that opens another phrase or clause.
    const between = text.slice(unit.ends[j] ?? offset, nounAt);
    if (/[,;:()—–]|\b(?:of|by|under|past|after|before|when|while|and|but|that|which|who|like|as|than)\b/i.test(between)) return null;
    const term = unit.terms[j] as string;
    const word = text.slice(offset, unit.ends[j] ?? offset);
    const key = lang.key(word);
    // The second part of a compound is no verb: "home-made spirits".
    if (!unit.content.includes(term) || text[offset - 1] === '-') continue;
    const verb = verbForm(lang, key) || /\b(?:not|n't|to|will|would|did)\s+$/i.test(text.slice(Math.max(0, offset - 8), offset));
    if (!verb || attributive(text, offset)) continue;
    // Its object, or the place of a preposition right after it, opened by a determiner ("stopped the
    // train", "taken off from the festival field", "plunged into a field"; not "stay indoors").
    const phrase = VERB_PHRASE.exec(between);
    if (phrase === null) return null;
    const object = phrase[1] === undefined ? text.slice(unit.ends[j] ?? offset, unit.ends[k] ?? nounAt).trim() : null;
    return { event: lang.family(term), word, offset, object };
  }
  return null;
}

/** The past verb form right before term `k`, with only a space between ("gave" in "gave way"), or null. */
function verbRightBefore(lang: Language, unit: Unit, text: string, k: number): string | null {
  if (k === 0) return null;
  const start = unit.offsets[k - 1] ?? 0;
  const end = unit.ends[k - 1] ?? start;
  const word = text.slice(start, end);
  const key = lang.key(word);
  if (text.slice(end, unit.offsets[k] ?? end) !== ' ' || !verbForm(lang, key, false) || attributive(text, start)) return null;
  return word;
}

/**
 * The nearest past verb form before term `k` in its clause, not one of onset or saying and not an
 * adjective ("exploded" in "A gas pipeline exploded near the village of Askelund in western
 * Solmark"); null when there is none.
 */
function verbOfClause(lang: Language, unit: Unit, text: string, k: number): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const offset = unit.offsets[j] ?? 0;
    const word = text.slice(offset, unit.ends[j] ?? offset);
    const key = lang.key(word);
    if (CLAUSE_BETWEEN.test(text.slice(unit.ends[j] ?? offset, unit.offsets[k] ?? offset))) return null;
    if (!verbForm(lang, key, false) || attributive(text, offset)) continue;
    const term = unit.terms[j] as string;
    return onset(lang, lang.family(term)) || lang.lexicon.cueWords.has(key) ? null : word;
  }
  return null;
}

/** A determiner or a preposition right before a word: a participle there is an adjective ("against unlicensed spirits", "the trapped residents"). */
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those|against|of|for|with|without|from|into|on|in|at|by|about)\s+$/i;

/** True when the word at `offset` stands where an adjective does (ATTRIBUTIVE_BEFORE), or is the second part of a compound ("home-made"). */
function attributive(text: string, offset: number): boolean {
  return text[offset - 1] === '-' || ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, offset - 10), offset));
}

/**
 * True when two events of clock times can be one: the same family, and not two names for its noun
 * ("airport:halvik" and "airport:cerrano" are two airports; "tunnel:kessing" and "tunnel", the one
 * named and then not, can be one).
 */
function sameEvent(a: string, b: string): boolean {
  if (a === b) return true;
  const [familyA, nameA] = a.split(':');
  const [familyB, nameB] = b.split(':');
  return familyA === familyB && (nameA === undefined || nameB === undefined);
}

/** A capitalised word right before a word, inside its sentence: a name that modifies it ("Halvik airport"). */
const NAME_BEFORE = /[\p{Ll},;]\s+(\p{Lu}[\p{L}'’-]+)\s+$/u;

/** Verbs that say only that something began or took place: what happened is their subject. */
const ONSET_VERBS = ['begin', 'start', 'commence', 'occur', 'happen'];

/** True when the family is one of a verb of onset or occurrence (ONSET_VERBS). */
function onset(lang: Language, family: string): boolean {
  return ONSET_VERBS.some((verb) => lang.family(lang.term(verb) ?? verb) === family);
}

/** The event's family, and the family of the event noun a verb of onset or occurrence opens on ("The eruption began"). */
function eventsAt(lang: Language, event: string, subject: string | null): readonly string[] {
  // The phrase's head: "eruption" in "volcanic eruption", "collision" in "collision of trains".
  const noun = subject?.split(/\s+of\s+/u)[0]?.split(/\s+/u).at(-1);
  if (noun === undefined || !onset(lang, event) || !lang.isEventNoun(lang.key(noun))) return [event];
  const family = lang.family(lang.term(lang.key(noun)) ?? noun);
  return family === event ? [event] : [event, family];
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAY_MS = 86_400_000;

/**
 * The calendar day ("2031-06-13") a day reference of a unit names, read from the date its report was
 * published: a weekday ("w-saturday") is the last one on or before it, as a report tells what has
 * happened; a day of a month ("m6-d13") is in the year that puts it nearest. Any other reference (a
 * year, a month) is returned as it is.
 */
export function calendarDay(date: string, published: string): string {
  const at = Date.UTC(Number(published.slice(0, 4)), Number(published.slice(5, 7)) - 1, Number(published.slice(8, 10)));
  if (Number.isNaN(at)) return date;
  const weekday = /^w-(\p{L}+)$/u.exec(date);
  if (weekday) {
    const index = WEEKDAYS.indexOf(weekday[1] as string);
    if (index < 0) return date;
    const back = (new Date(at).getUTCDay() - index + 7) % 7;
    return new Date(at - back * DAY_MS).toISOString().slice(0, 10);
  }
  const day = /^m(\d+)-d(\d+)$/.exec(date);
  if (!day) return date;
  const year = new Date(at).getUTCFullYear();
  const nearest = [year - 1, year, year + 1].map((y) => Date.UTC(y, Number(day[1]) - 1, Number(day[2]))).sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0] as number;
  return new Date(nearest).toISOString().slice(0, 10);
}

/** What may stand between a time and the day named after it: "11.50 p.m. on Sunday", "09:30 on 16 November", "7 a.m. on Monday". */
const DAY_AFTER = /^\s*,?\s*(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?$/iu;
/** …and between a day named before a time and the time: "on Sunday at 7 p.m.", "on Monday morning at 8.35". */
const DAY_BEFORE = /^\s*(?:morning|afternoon|evening|night)?\s*,?\s*(?:at|around|about|shortly\s+(?:after|before)|just\s+(?:after|before))?\s*$/iu;

/**
 * The calendar day a time's own words give it: a weekday or a date right after it or right before
 * it in its sentence, read from its report's date (calendarDay); null when none is, or when it
 * names no day ("in June").
 */
function dayOfTime(time: ClockTime, text: string, published: string | undefined): { day: string; end: number } | null {
  const { unit, quantity } = time;
  for (let k = 0; k < unit.dates.length; k++) {
    const at = unit.dateAt[k] ?? 0;
    const word = /^\p{L}+(?:\s+\d{1,2}\b)?/u.exec(text.slice(at))?.[0] ?? '';
    const after = at >= quantity.end && DAY_AFTER.test(text.slice(quantity.end, at));
    const before = at + word.length <= quantity.start && DAY_BEFORE.test(text.slice(at + word.length, quantity.start));
    // "about six on Sunday evening": a time read with its part of the day holds its day.
    const inside = at > quantity.start && at < quantity.end;
    if (!after && !before && !inside) continue;
    const day = published === undefined ? unit.dates[k] as string : calendarDay(unit.dates[k] as string, published);
    if (!/^\d{4}-\d\d-\d\d$/.test(day)) continue;
    return { day, end: after ? at + word.length : quantity.end };
  }
  return null;
}

/**
 * Groups of clock times of one event from two or more sources: all on the same day when they name
 * one. Two times whose own words each give a day ("11.50 p.m. on Sunday", "11.50 p.m. on 16
 * November") are one group whatever the days, and a day and its time are then one value: the time
 * of a group's other day is read that many days off (in minutes), so "11.50 p.m. on 16 November"
 * conflicts with "11.50 p.m. on Sunday", 15 November, and the value shows its day.
 */
export function clockGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): ClockTime[][] {
  const times = clockTimes(lang, story, usable);
  const sourceOf = (t: ClockTime): string => story.sources.key[t.unit.s] ?? t.unit.article;
  const published = new Map(story.articles.map((a) => [a.id, a.published]));
  const days = new Map<Unit, string[]>();
  const daysOf = (u: Unit): string[] => {
    let found = days.get(u);
    if (found === undefined) {
      const date = published.get(u.article);
      found = date === undefined ? u.dates : u.dates.map((d) => calendarDay(d, date));
      days.set(u, found);
    }
    return found;
  };
  // "at 11.40 p.m. on Saturday" in a report of Sunday 14 June and "at 11.40 p.m. on 13 June" are one day.
  const sameDay = (a: Unit, b: Unit): boolean => a.dates.length === 0 || b.dates.length === 0 || daysOf(a).some((d) => daysOf(b).includes(d));
  const dayOf = new Map<ClockTime, { day: string; end: number } | null>();
  for (const time of times) dayOf.set(time, dayOfTime(time, story.sentences[time.unit.s]?.text ?? '', published.get(time.unit.article)));
  const bothDated = (a: ClockTime, b: ClockTime): boolean => dayOf.get(a) != null && dayOf.get(b) != null;
  const groups: ClockTime[][] = [];
  for (const time of times) {
    const home = groups.find((g) => g.every((t) => t.events.some((e) => time.events.some((f) => sameEvent(e, f))) && (t.verb === null || time.verb === null || t.verb === time.verb) && t.unit.article !== time.unit.article && (sameDay(t.unit, time.unit) || bothDated(t, time))));
    if (home) home.push(time);
    else groups.push([time]);
  }
  return groups.filter((g) => new Set(g.map(sourceOf)).size > 1).map((g) => onItsDay(g, dayOf, story));
}

/**
 * A group's times with their days as part of their values: the day most of its dated times give is
 * the group's own (the earliest of equals), a time dated another day is that many days off, and its
 * words run to its day ("11.50 p.m. on 16 November"). A group of one day is returned as it is.
 */
function onItsDay(group: ClockTime[], dayOf: ReadonlyMap<ClockTime, { day: string; end: number } | null>, story: AnnotatedStory): ClockTime[] {
  const counts = new Map<string, number>();
  for (const t of group) {
    const day = dayOf.get(t)?.day;
    if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  if (counts.size < 2) return group;
  const own = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] as string;
  return group.map((t) => {
    const dated = dayOf.get(t);
    if (dated == null || dated.day === own) return t;
    const shift = Math.round((Date.parse(dated.day) - Date.parse(own)) / DAY_MS) * 1440;
    const q = t.quantity;
    const text = story.sentences[t.unit.s]?.text ?? '';
    const end = Math.max(q.end, dated.end);
    return { ...t, quantity: { ...q, value: q.value + shift, low: q.low + shift, high: q.high + shift, surface: text.slice(q.start, end), end } };
  });
}
