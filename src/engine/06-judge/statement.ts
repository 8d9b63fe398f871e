/**
 * The claim as a reader reads it. A quantity claim names its frame and lists the values by outlet
 * ("How long the meeting lasted: four hours (Kyiv Post); 4.5 hours (The Moscow Times)"). Any other
 * claim is its anchor sentence (or clause) made to stand alone: dateline and connective dropped,
 * an opening "he" or "she" replaced by the person's name, the speaker named for a quote or an
 * opinion ("Ushakov said: …"), anonymous sourcing said ("According to unnamed sources, …"), closed.
 */
import type { RelatedClaim, RelatedEvidence, RelatedStory } from '../contracts.ts';
import type { AnnotatedSentence, Quantity } from '../types.ts';
import type { Language } from '../language/index.ts';
import { ANONYMOUS_HEADS, CUE_WORDS, FIGURE_AT_VERBS } from '../language/lexicon/speech.ts';
import { CURRENCY_NAMES, DISTANCE_UNITS, FIGURE_NOUNS, IRREGULAR_PLURALS, TIME_UNITS, WATTS_IN } from '../language/lexicon/units.ts';
import { fixedAs, leansOnClauseBefore, REPORTED_AS } from '../03-annotate/clauses.ts';
import { namedAfterAccording, outsideQuotes } from '../03-annotate/according.ts';
import { namesUnnamedSource } from '../03-annotate/attribution.ts';
import { singularNoun } from '../04-match/rankings.ts';
import { allMatches, DATELINE, pattern } from '../text.ts';

/** Currency codes as a reader says them. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 June" from an ISO date. */
export function dayMonth(date: string): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTH_NAMES[month - 1] ?? ''}`;
}

/** Singular → plural of the nouns whose plural is irregular ("child" → "children"). */
const IRREGULAR_PLURAL_OF: ReadonlyMap<string, string> = new Map([...IRREGULAR_PLURALS].map(([many, one]) => [one, many]));

/** English plural of a unit word. */
export function plural(word: string): string {
  // "percent" takes no plural after a number ("45 percent").
  if (word === 'percent') return word;
  const irregular = IRREGULAR_PLURAL_OF.get(word);
  if (irregular !== undefined) return irregular;
  if (/(?:s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/** The value as a reader would say it: "four-hour" → "four hours", "more than 4.5-hour" → "more than 4.5 hours". */
export function valueText(q: Quantity): string {
  // A value that opened its sentence keeps no capital: "About 900 people", "Seventeen coaches".
  const surface = q.surface.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (letter) => letter.toLowerCase());
  const unit = q.unit.toLowerCase();
  const before = unitBefore(surface, unit);
  if (before !== null) return `${before} ${q.value === 1 && q.qualifier === 'exact' ? unit : plural(unit)}`;
  return surface;
}

/**
 * The words before a unit that ends `surface` after a hyphen or a space ("four" of "four-hour",
 * "more than 4.5" of "more than 4.5 hours"), or null: compared without case, the unit alone or
 * with a plural "s", and what comes before it ending on a non-space. Told with string tests, as
 * `valueText` runs for every value a statement gives.
 */
function unitBefore(surface: string, unit: string): string | null {
  const lower = surface.toLowerCase();
  for (const ending of [`${unit}s`, unit]) {
    if (!lower.endsWith(ending)) continue;
    const at = surface.length - ending.length;
    const separator = surface[at - 1] ?? '';
    const before = surface.slice(0, at - 1);
    if ((separator === '-' || /\s/.test(separator)) && /\S$/.test(before)) return before;
  }
  return null;
}

/** "of one train", "of the second train": the whole a count is part of, written right after it. */
const PARTITIVE = /^\s+of\s+(?:one|each|either|another|the\s+(?:first|second|third|other|last|same))\s+[\p{L}-]+/u;

/**
 * The value an evidence sentence gives, as a reader would say it, with the whole it counts part of
 * when the sentence says so ("ten to 12 coaches of one train"): without it the part reads as the total.
 */
export function evidenceValue(e: { quantity: Quantity | null; sentence: AnnotatedSentence }): string {
  if (!e.quantity) return '';
  const part = PARTITIVE.exec(e.sentence.text.slice(e.quantity.end))?.[0].trim().replace(/\s+/g, ' ');
  const value = part ? `${valueText(e.quantity)} ${part}` : valueText(e.quantity);
  // Only a share or an amount moves with the market; a count "in trade" is something else.
  const session = e.quantity.unit === 'percent' || CURRENCY_NAMES.has(e.quantity.unit) ? SESSION.exec(e.sentence.text.slice(e.quantity.end, e.quantity.end + 40)) : null;
  const timed = session && !/\d/.test(e.sentence.text.slice(e.quantity.end, e.quantity.end + session.index)) ? `${value} ${sessionWords(session)}` : value;
  const revision = REVISED.exec(e.sentence.text.slice(Math.max(0, e.quantity.start - 40), e.quantity.start));
  if (revision) return `${timed}, ${[revision[1], revision[2]].filter(Boolean).join(' ').toLowerCase()}`;
  const status = STATUS.exec(e.sentence.text);
  if (!status) return timed;
  // "preliminary", "provisional": the word says it; "early", "partial" need their noun ("an early projection").
  const word = (status[1] ?? '').toLowerCase();
  return `${timed}, ${/^(?:early|partial)$/.test(word) ? `${word} ${(status[2] ?? '').toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')}` : word}`;
}

/**
 * The standing of the figures a sentence gives, when it names it: "According to preliminary results,
 * X has 49.51 percent", "early projections that showed X ahead with 50.83 percent". A reader weighing
 * two outlets' figures needs to know one was preliminary or projected.
 */
const STATUS = /\b(preliminary|provisional|unofficial|partial|early|projected)\s+(?:official\s+)?(results?|counts?|tall(?:y|ies)|figures?|estimates?|projections?|returns|data)\b/iu;

/**
 * The trading session a market price moved in, right after its figure: "in pre-market trading",
 * "after-hours", "in early trade", "in trade on the NASDAQ", "at the close". A price moves through
 * the day, so a reader needs the session to weigh two outlets' figures ("20% in pre-market trading"
 * against "over 3 per cent in trade"). "Trade with" or "trade between" is commerce, not a session.
 */
const SESSION = /\b(?:(pre-?market|after-?hours|extended-hours)\b|in\s+(?:the\s+)?(?:early|late|morning|afternoon|midday|thin|heavy|volatile)?\s*(?:trade|trading|dealings)\b(?!\s+(?:with|between|of)\b)|at\s+the\s+(?:open|opening|close|closing bell)\b(?!\s+of\b))/iu;

/** A session's words as a phrase after a figure: "pre-market" alone reads "in pre-market trading". */
function sessionWords(session: RegExpExecArray): string {
  const [surface, outside] = session;
  return outside !== undefined ? `in ${outside.toLowerCase()} trading` : surface.trim().replace(/\s+/g, ' ');
}

/**
 * A figure given as a correction of an earlier one ("the toll has been revised down to 275", "corrected
 * the figure to 41"):
 * without it, a reader takes it for a report that disagrees. The verb and its direction.
 */
const REVISED = /\b(revised|lowered|raised|corrected|adjusted)(?:\s+(?:the|its|their)\s+\p{L}+|\s+it)?(?:\s+(down|downward|downwards|up|upward|upwards))?\s+to\s+$/iu;

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** When or where a frame is scoped, as words: " in Paris", " in 1981", " on 31 January", " (an earlier count)"; see also earlierEvent. */
function scopeWords(scope: string | null, place: string | null, year: number): string {
  // A place with a direction says it ("out of United States"); any other, where.
  if (place) return /^(?:out of|into) /.test(place) ? ` ${place}` : ` in ${place}`;
  if (!scope) return '';
  if (scope === 'before') return ' (before the change)';
  if (scope === 'other') return ' in another event';
  const scoped = /^y(\d{4})$/.exec(scope);
  // "killing between 800 and 1,000 in 1981": the toll of an earlier event, not of a whole year.
  if (scoped) return Number(scoped[1]) < year ? ` in an earlier event (${scoped[1]})` : ` in ${scoped[1]}`;
  const day = /^m(\d+)(?:-d(\d+))?$/.exec(scope);
  if (day) return ` on ${day[2] ? `${Number(day[2])} ` : ''}${MONTH_NAMES[Number(day[1]) - 1] ?? ''}`;
  return ' (an earlier count)';
}

/** "in 1981 when a train derailed while crossing a bridge": a year, then a clause that says what happened in it. */
const YEAR_WHEN = /\bin (\d{4}),? when ([^,;.]{10,120}?)(?=[,;.]|$)/u;

/**
 * An earlier year's frame named by the event an evidence sentence says happened in it (" in 1981,
 * when a train derailed while crossing a bridge in Bihar"), so a reader knows which event the
 * figures are of; null when the scope is not an earlier year or no sentence says what happened then.
 */
function earlierEvent(claim: RelatedClaim, scope: string | null, year: number): string | null {
  const scoped = scope ? /^y(\d{4})$/.exec(scope) : null;
  if (!scoped || Number(scoped[1]) >= year) return null;
  for (const evidence of claim.evidence) {
    const m = YEAR_WHEN.exec(evidence.sentence.text);
    if (!m || m[1] !== scoped[1]) continue;
    // "in 1981, when about 800 people were killed": a clause that gives the figure is one report's value, not the event.
    const end = m.index + m[0].length;
    if (evidence.quantity && evidence.quantity.start < end && evidence.quantity.end > m.index) continue;
    return ` in ${m[1]}, when ${m[2]}`;
  }
  return null;
}

/** The year of the story's own event. */
const storyYear = (story: RelatedStory): number => Number(story.story.date.slice(0, 4));

/** What a quantity frame measures, as a heading: "How long the meeting lasted", "Number of people injured in Paris". */
export function frameHeading(claim: RelatedClaim, year: number): string {
  const frame = claim.group.frame;
  const anchor = claim.evidence.find((e) => e.unit === claim.anchor)?.quantity ?? claim.evidence.find((e) => e.quantity)?.quantity;
  const unit = anchor?.unit ?? frame?.label.unit ?? 'count';
  const measures = frame?.label.measures ?? anchor?.measures ?? null;
  const predicate = frame?.label.predicate ?? null;
  const scoped = earlierEvent(claim, frame?.scope ?? null, year) ?? scopeWords(frame?.scope ?? null, frame?.label.scope ?? null, year);
  // The whole area the reports say the figures cover, when no place or time narrows them: "worldwide".
  const scope = scoped === '' && frame?.label.area ? ` ${frame.label.area}` : scoped;
  const owner = frame?.label.owner ?? null;
  if (unit === 'age' && owner) return `Age of ${owner}`;
  if (unit === 'clock' && frame?.label.happened !== undefined) return `Time ${frame.label.happened}${scope}`;
  if (unit === 'clock') return `Time ${measures ? `the ${measures}` : 'it'} ${predicate ?? 'happened'}${scope}`;
  if (TIME_UNITS.has(unit)) return measures ? `How long the ${measures} lasted${scope}` : `Duration in ${plural(unit)}${scope}`;
  // "The train was travelling at 85 kilometres an hour": a speed.
  if (unit.endsWith('-per-hour')) return `Speed${measures ? ` of the ${measures}` : ''}, in ${plural(unit.slice(0, -'-per-hour'.length))} an hour${scope}`;
  // "140 millimetres of rain", "a bridge 300 metres long": what the length is of, when no place is measured from.
  // "about 9,800 megawatts at peak": a power, in the unit its first report gives.
  if (WATTS_IN.has(unit)) return `Power${predicate ? ` ${predicate}` : ''}, in ${plural(unit)}${scope}`;
  if (DISTANCE_UNITS.has(unit)) return !frame?.label.scope && measures ? `${capital(measures)}, in ${plural(unit)}` : `Distance${frame?.label.scope ? ` from ${frame.label.scope}` : ''}, in ${plural(unit)}`;
  if (unit === 'percent') {
    // "CrowdStrike's shares were down 20%": a change in something of the owner's, not the owner's share.
    const possessed = frame?.label.possessed;
    if (owner && possessed) return `${possessed.direction === 'fall' ? 'Fall in ' : possessed.direction === 'rise' ? 'Rise in ' : possessed.change ? 'Change in ' : ''}${owner}'s ${possessed.noun}${scope}`;
    if (owner) return `${owner}'s share${measures ? ` of the ${measures}` : ''}${scope}`;
    return `${measures ? capital(measures) : 'Percentage'}${predicate ? ` ${predicate}` : ''}${scope}`;
  }
  const currency = CURRENCY_NAMES.get(unit);
  if (currency) return `${measures ? capital(measures) : 'Amount'}${owner ? ` of ${owner}` : ''}, in ${currency}${scope}`;
  if (frame?.unit === 'person') {
    // "11,300 civilian deaths": the event noun names the count, with the people it is of.
    if (predicate === unit && anchor?.modifier) return `Number of ${anchor.modifier} ${plural(unit)}${scope}`;
    const who = unit === 'person' || unit === 'count' ? 'people' : plural(unit);
    return `Number of ${who}${predicate ? ` ${predicate}` : measures && measures !== unit ? ` (${measures})` : ''}${scope}`;
  }
  if (unit === 'count' && measures) return `${capital(measures)}${scope}`;
  return `Number of ${plural(unit)}${predicate ? ` ${predicate}` : ''}${scope}`;
}

/**
 * Whether the frame's heading would not say what is measured: no noun for it and no owner, so the
 * heading could only be a unit ("Duration in years", "Percentage reached"). Such a claim is named by
 * its anchor sentence instead, which says what the number is of.
 */
function vagueFrame(claim: RelatedClaim): boolean {
  const frame = claim.group.frame;
  const anchor = claim.evidence.find((e) => e.unit === claim.anchor)?.quantity ?? claim.evidence.find((e) => e.quantity)?.quantity;
  // A distance from a named place says what it measures: "Distance from Kolkata".
  if (anchor && DISTANCE_UNITS.has(anchor.unit) && frame?.label.scope) return false;
  // A clock time is named by what happened at it: "Time the crash occurred"; when its words name no
  // one or no verb, by its anchor sentence ("Time it broke", "Time the walker stranding" say nothing).
  if (anchor?.unit === 'clock') return frame?.label.happened === undefined && (!frame?.label.measures || !frame.label.predicate);
  if (!(frame?.label.measures ?? anchor?.measures) && !frame?.label.owner) return true;
  // A heading that is one noun alone ("Vote", "Seat", "Growth") says neither what happened to it nor
  // whose it is. (The year only words an earlier event's scope, which is never one word.)
  return !/\s/.test(frameHeading(claim, 0));
}

/**
 * What names a quantity claim, which its permalink's words come from: the frame's heading, or for a
 * vague frame the anchor sentence made to stand alone.
 */
export function quantityName(story: RelatedStory, claim: RelatedClaim): string {
  if (!vagueFrame(claim)) return frameHeading(claim, storyYear(story));
  return sentenceStatement(story, claim, claim.evidence.find((e) => e.unit === claim.anchor) as RelatedEvidence);
}

/**
 * A quantity claim's statement: the frame, then each value with the outlets that give it; for a
 * vague frame, the anchor sentence, then the figures by outlet when they differ.
 */
function quantityStatement(story: RelatedStory, claim: RelatedClaim): string {
  // One entry per value as read (its number and interval), written as it was first written:
  // "700,000 people" and "700,000 marched" are one value of the frame. Within it, the outlets are
  // grouped by who they say gives the figure, where the sentence names that ("citing police").
  const byValue = new Map<string, { base: string; extra: string; text: string; counters: Map<string, { counter: string | null; outlets: string[] }> }>();
  for (const e of claim.evidence) {
    if (!e.quantity) continue;
    // A figure for a moment of a running count says which ("512 flights as of 6:00 AM").
    const moment = claim.group.points?.get(e.unit.i);
    const value = evidenceValue(e);
    // Only what evidenceValue adds to the number ("of one train", ", revised down") tells two values apart.
    const base = `${e.quantity.value} ${e.quantity.low} ${e.quantity.high} ${moment?.key ?? ''}`;
    const extra = value.slice(valueText(e.quantity).length);
    const key = `${base}\n${extra}`;
    const outlet = story.outletOf.get(e.unit.article)?.name ?? e.unit.article;
    const entry = byValue.get(key) ?? { base, extra, text: moment ? `${value} ${moment.text}` : value, counters: new Map() };
    // A vague frame's statement is its anchor sentence, which names its own source already.
    const counter = e.unit === claim.anchor && vagueFrame(claim) ? null : counterOf(story, e);
    const counterKey = counter?.toLowerCase().replace(/^the\s+/, '') ?? '';
    const group = entry.counters.get(counterKey) ?? { counter, outlets: [] };
    if (!group.outlets.includes(outlet)) group.outlets.push(outlet);
    entry.counters.set(counterKey, group);
    byValue.set(key, entry);
  }
  // An outlet that gives one value twice, once with what sets it apart ("49.51 percent, preliminary")
  // and once bare, is listed once, with it.
  for (const [key, entry] of byValue) {
    const qualified = [...byValue.values()].filter((other) => other.base === entry.base && other.extra !== '');
    if (entry.extra !== '' || qualified.length === 0) continue;
    const named = new Set(qualified.flatMap((other) => [...other.counters.values()].flatMap((group) => group.outlets)));
    for (const [counterKey, group] of entry.counters) {
      group.outlets = group.outlets.filter((outlet) => !named.has(outlet));
      if (group.outlets.length === 0) entry.counters.delete(counterKey);
    }
    if (entry.counters.size === 0) byValue.delete(key);
  }
  const values = [...byValue.values()].map(({ text, counters }) => {
    // An outlet that names who gives the figure in one sentence and not in another is listed once, with them.
    const bare = counters.get('');
    if (bare) {
      const named = new Set([...counters.values()].filter((group) => group !== bare).flatMap((group) => group.outlets));
      bare.outlets = bare.outlets.filter((outlet) => !named.has(outlet));
      if (bare.outlets.length === 0) counters.delete('');
    }
    const groups = [...counters.values()].map(({ counter, outlets }) => `${outlets.join(', ')}${counter ? `, citing ${counter}` : ''}`);
    return `${text} (${groups.join('; ')})`;
  });
  if (vagueFrame(claim)) {
    const name = quantityName(story, claim);
    // The anchor sentence states one of several values as fact ("Turnout was a very high 88.8%"):
    // each value takes its place, with its outlets, so no one outlet's figure heads the claim.
    const surface = claim.evidence.find((e) => e.unit === claim.anchor)?.quantity?.surface.trim();
    // One value for all, or values that all agree ("over three years", "the three-year contract"):
    // the sentence says it, and the explanation says who reports it. "Or" would read as a difference.
    if (values.length === 1 || !claim.evidence.some((e) => e.stance === 'conflicts')) return name;
    if (surface && name.includes(surface)) return name.replace(surface, values.join(' or '));
    return `${name} Figures by outlet: ${values.join('; ')}.`;
  }
  return `${frameHeading(claim, storyYear(story))}: ${values.join('; ')}.`;
}

/**
 * A ranking claim names what is ranked and lists each report's words, once per wording: "How the
 * reports rank the crash: India's worst rail crash in over two decades (Otago Daily Times); …".
 */
function rankingStatement(story: RelatedStory, claim: RelatedClaim): string {
  const byWording = new Map<string, { text: string; outlets: string[] }>();
  for (const e of claim.evidence) {
    const phrase = claim.group.ranking?.phrases.get(e.unit.i);
    if (!phrase) continue;
    // A ranking someone gives ("Trade unions said … was the largest in 40 years") is theirs, and says so.
    const source = claim.group.ranking?.of === undefined && oneSource(e.sentence.text) ? sourceOfSpan(story, e, phrase) : null;
    const outlet = `${story.outletOf.get(e.unit.article)?.name ?? e.unit.article}${source ? `, citing ${source}` : ''}`;
    const key = phrase.text.toLowerCase().replace(/[’']/g, "'");
    const entry = byWording.get(key) ?? { text: phrase.text, outlets: [] };
    if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
    byWording.set(key, entry);
  }
  const wordings = [...byWording.values()].map(({ text, outlets }) => `${text} (${outlets.join(', ')})`).join('; ');
  // A venue's heading is a sentence of its own ("George Kurtz spoke on X"); the reports' phrases follow it.
  if (claim.group.ranking?.of === 'venue') return `${rankingHeading(story, claim)}. In each report's words: ${wordings}.`;
  return `${rankingHeading(story, claim)}: ${wordings}.`;
}

/**
 * "How the reports rank the crash", "… rank India's network", or "… rank what happened" when no report
 * names it; for a place in a series or a venue, what the phrases say ("George Kurtz spoke on X").
 */
export function rankingHeading(story: RelatedStory, claim: RelatedClaim): string {
  // The story's event, by its day: a reader of this claim alone has no "it" to go by.
  if (claim.group.ranking?.of === 'series') return /^\d{4}-\d{2}-\d{2}$/.test(story.story.date) ? `Where the reports place the events of ${dayMonth(story.story.date)} in their series` : 'Where the reports place the story’s events in their series';
  // A speaker speaks in several places, and each report may quote other words said there: the
  // claim is that the speaker spoke there, as most reports name the place.
  if (claim.group.ranking?.of === 'venue') return `${story.entities.get(claim.group.ranking.speaker ?? '')?.name ?? 'The speaker'} spoke ${claim.group.ranking.where ?? 'in one place of several'}`;
  if (claim.group.ranking?.of === 'characterization') {
    const by = claim.group.ranking.speaker ? story.entities.get(claim.group.ranking.speaker)?.name : undefined;
    const described = claim.group.ranking.described;
    const accused = claim.group.ranking.accused;
    // Accused of a word, the one accused is what it was said of: "Anadolu Agency accused of “manipulation”".
    if (!described && accused) return `${accused.charAt(0).toUpperCase()}${accused.slice(1)} accused of “${claim.group.ranking.word ?? ''}”${by ? ` by ${by}` : ''}`;
    return `${described ? `The ${described} called` : 'Called'} “${claim.group.ranking.word ?? ''}”${by ? ` by ${by}` : ''}`;
  }
  const noun = claim.group.ranking?.noun;
  const possessor = claim.group.ranking?.possessor;
  return `How the reports rank ${noun ? `${possessor ? `${possessor}'s` : 'the'} ${noun}` : 'what happened'}`;
}

/**
 * Who gives a figure, as its sentence names them: the police or ministry that speaks ("police
 * said 22 people had been arrested"), or a person or organisation named in the sentence as its
 * speaker. None when the sentence gives another figure of the same kind, which may be someone
 * else's ("the union said 700,000, police 81,000"), or when the speaker was found only through a
 * pronoun or an earlier sentence: a misread source would put a figure in someone's mouth.
 */
export function counterOf(story: RelatedStory, e: RelatedEvidence): string | null {
  const { sentence, quantity } = e;
  // An age beside a name ("Kilicdaroglu, 74, ... said") is the outlet's description of the person, not what anyone said.
  if (!quantity || quantity.unit === 'age') return null;
  // Another figure of the kind may be someone else's ("the union said 700,000, police 81,000"), unless
  // one source closes the sentence and speaks for all of it ("X has 46.8% whereas Y is ahead with
  // 47.42%, the mayor said").
  const figures = sentence.quantities.filter((q) => q.unit === quantity.unit);
  if (figures.length > 1 && !oneSource(sentence.text)) return null;
  return sourceOfSpan(story, e, quantity);
}

/**
 * Who gives what a sentence says at `span` (a figure, a ranking's phrase), as the sentence names
 * them: its attribution's speaker, organisation or cited agency, when the cue gives what the span
 * says (`saysFigure`); else null.
 */
export function sourceOfSpan(story: RelatedStory, e: RelatedEvidence, span: { start: number; end: number }): string | null {
  return sourceInSentence(story, e.sentence, span);
}

/** Who gives what `sentence` says at `span`, as it names them (see sourceOfSpan). */
function sourceInSentence(story: RelatedStory, sentence: AnnotatedSentence, span: { start: number; end: number }): string | null {
  const { institution, speaker, cue } = sentence.attribution;
  // A sentence wholly inside a longer quotation ("Kilicdaroglu has 11.4 million, or 47.42% of votes."
  // within "“We have data from 91,913 ballot boxes. … I think it will be over in the first round,” he
  // said"): its figures are the quotation's speaker's, whichever sentence of it names the speaker.
  if (speaker !== null && whollyQuoted(sentence)) {
    const entity = story.entities.get(speaker);
    if (entity?.kind === 'person' || entity?.kind === 'organization') return entity.name;
  }
  if (!cue && !speaker) return namedAfterAccording(sentence.text);
  if (!cue || !saysFigure(sentence.text, cue, span)) return null;
  if (institution) return institution;
  // "according to the state-run news agency Anadolu", "TRT World and Anadolu Agency reported early
  // projections that showed …": an agency or outlet the article cites for what it reports.
  if (speaker === null && sentence.attribution.via) return sentence.attribution.via;
  const kind = speaker ? story.entities.get(speaker)?.kind : undefined;
  const mention = sentence.mentions.find((m) => m.entity === speaker && !m.pronoun);
  // "according to data from Voltrex": a name annotate did not know as a speaker (or took for a place) is read from the words.
  if (!mention || (kind !== 'person' && kind !== 'organization')) return cue === 'according to' ? namedAfterAccording(sentence.text) : null;
  // The name as this sentence writes it: the story's name for the entity may have been merged from another.
  return sentence.text.slice(mention.start, mention.end);
}

/** True when every word of a sentence is inside its quotations: one sentence of a longer quotation. */
function whollyQuoted(sentence: AnnotatedSentence): boolean {
  if (sentence.quotes.length === 0) return false;
  let outside = sentence.text;
  for (const q of sentence.quotes) outside = `${outside.slice(0, q.start)}${' '.repeat(q.end - q.start)}${outside.slice(q.end)}`;
  return !/\p{L}/u.test(outside);
}

/**
 * How many sources a text names: its verbs of saying or reporting ("said", "put … at") and its
 * "according to"s, counted up to `limit`.
 */
function sourcesNamed(text: string, limit: number): number {
  let sources = (text.match(/\baccording to\b/gi) ?? []).length;
  const words = text.match(/\p{L}+|,/gu) ?? [];
  for (let k = 0; k < words.length && sources < limit; k++) {
    const written = words[k] as string;
    // A capitalised word inside the sentence is a name ("the United States"), not a verb.
    if (k > 0 && /^\p{Lu}/u.test(written)) continue;
    const word = written.toLowerCase();
    const cue = CUE_WORDS.get(word);
    // A participle after a comma or a word of time speaks for the clause's own subject ("…, Yener
    // said … after announcing that …", "…, adding that …"): no source of its own.
    if (cue?.form === 'participle' && SAME_SUBJECT_BEFORE.has(words[k - 1]?.toLowerCase() ?? '')) continue;
    // After an article it is an adjective: "an estimated 1.28 million", "the reported figure"; after a
    // form of "be", a passive that names no one ("since the reforms were announced").
    if (ARTICLES.has(words[k - 1]?.toLowerCase() ?? '') || (cue?.form !== 'base' && BE_FORMS.has(words[k - 1]?.toLowerCase() ?? ''))) continue;
    if ((cue && cue.form !== 'base') || FIGURE_AT_VERBS.has(word)) sources++;
  }
  return Math.min(sources, limit);
}

const ARTICLES = new Set(['a', 'an', 'the']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** What may stand before a participle whose subject is its clause's: a comma, or a preposition of time. */
const SAME_SUBJECT_BEFORE = new Set([',', 'after', 'before', 'while', 'when', 'since', 'by', 'and']);

/** True when the text, outside quotation marks, names a source of its own ("…, the mayor said"). */
function namesASource(text: string): boolean {
  return sourcesNamed(outsideQuotes(text), 1) > 0;
}

/**
 * True when the sentence names one source and no other, so every figure in what it says is that
 * source's ("X has 46.8% whereas Y is ahead with 47.42%, the mayor said"; not "the union said
 * 700,000 marched, while police estimated 81,000").
 */
function oneSource(text: string): boolean {
  return sourcesNamed(outsideQuotes(text), 2) === 1;
}


/** Conjunctions and prepositions of time: a figure after them is the narrator's setting, not the speech ("told reporters after the 4.5-hour meeting"). */
const SETTING = /\b(?:as|after|before|when|while|during|following|since|until|amid|amidst)\b/i;
/** How many words may stand between the comma and a cue that closes the sentence (", the city fire service said"). */
const CLOSING_SOURCE_WORDS = 6;

/**
 * True when the cue's source gives this figure: the cue comes after it, closing the sentence after
 * a comma ("About 900 people were injured, said Pradeep Jena"), or before it with the figure in
 * what was said ("police said 22 people had been arrested", "put the number at 81,000"), not in a
 * clause that sets the scene ("Ushakov said the talks went well as the parties wrapped up the
 * four-hour meeting"). "According to" covers the whole sentence.
 */
function saysFigure(text: string, cue: string, quantity: { start: number; end: number }): boolean {
  if (cue === 'according to') return /\baccording to\b/i.test(text);
  const word = cue.split(' ')[0] ?? cue;
  const at = text.search(pattern(`\\b${word}\\b`, 'i'));
  if (at < 0) return false;
  if (at >= quantity.end) {
    const between = text.slice(quantity.end, at);
    const comma = between.lastIndexOf(',');
    // A gloss in brackets is no word of the source's name: "High Election Board (YSK) chairman Ahmet Yener".
    return comma >= 0 && !between.includes(':') && (withoutAsides(between.slice(comma + 1)).match(/\S+/g) ?? []).length <= CLOSING_SOURCE_WORDS;
  }
  // An aside between dashes or brackets is no setting of the speech: "said Tuesday's mobilization -
  // the sixth day … since the reforms were announced - was the largest".
  return !SETTING.test(withoutAsides(text.slice(at + word.length, quantity.start)));
}

/** The text without its asides: words in brackets, or set off by a pair of spaced dashes. */
function withoutAsides(text: string): string {
  return text.replace(/\([^()]*\)/g, ' ').replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/g, ' ');
}

/** A person's short name: the surname, unless another person in the story shares it. */
export function shortName(story: RelatedStory, entityId: string): string {
  const entity = story.entities.get(entityId);
  if (!entity) return entityId;
  if (entity.kind !== 'person') return entity.name;
  const surname = entity.name.split(/\s+/).at(-1) ?? entity.name;
  const clash = [...story.entities.values()].some((other) => other.id !== entity.id && other.kind === 'person' && other.name.split(/\s+/).at(-1) === surname);
  return clash ? entity.name : surname;
}

/** Discourse connectives that tie a sentence to the one before it; not one that opens a preposition ("In addition to the marches, …", "Instead of …"). */
const CONNECTIVE = /^(?:but|and|so|yet|still|however|meanwhile|separately|also|moreover|furthermore|in addition(?!\s+to\b)|nevertheless|nonetheless|instead(?!\s+of\b)|indeed|as a result(?!\s+of\b))\b,?\s+/i;
/** A clause opening on a conjunction that tied it to the clause before. */
const CLAUSE_OPENING = /^(?:and|but|while|whereas|although|though|as)\s+/i;

/** The anchor sentence (or clause) made to stand alone. */
function sentenceStatement(story: RelatedStory, claim: RelatedClaim, anchor: RelatedEvidence): string {
  const sentence = anchor.sentence;
  const { unit } = anchor;
  // A relative clause made a unit states its proposition of what it speaks of: "Petar Vask, who
  // survived with a broken arm, was questioned …" → "Petar Vask survived with a broken arm."
  if (unit.antecedent !== undefined) {
    const of = sentence.text.slice(unit.antecedent.start, unit.antecedent.end).trim();
    const said = sentence.text.slice(unit.start, unit.end).replace(/^(?:who|which)\s+/i, '').replace(/[\s,;:—–-]+$/, '');
    return close(capital(`${of} ${said}`), true);
  }
  // A clause that leans on the one before ("…, appointing a team", "adding that …") cannot stand
  // alone: the whole sentence is the statement then.
  const dependent = leansOnClauseBefore(sentence.text, unit);
  const from = dependent ? 0 : unit.start;
  const to = dependent ? sentence.text.length : unit.end;
  let start = from;
  let text = sentence.text.slice(from, to);
  const trim = (pattern: RegExp): void => {
    const m = pattern.exec(text);
    if (m) {
      text = text.slice(m[0].length);
      start += m[0].length;
    }
  };
  trim(/^\s+/);
  if (start === 0) trim(DATELINE);
  if (start > 0) trim(CLAUSE_OPENING);
  trim(CONNECTIVE);
  text = text.replace(/[\s,;:—–-]+$/, '');
  // A quantity claim named by its sentence (a vague frame) loses what the others do not state too, but
  // never its figure, which the values by outlet take the place of.
  const cut = withoutUnsharedTail(claim, anchor, start, text);
  const figure = anchor.quantity?.surface.trim();
  if (claim.kind !== 'quantity' || (figure !== undefined && cut.includes(figure))) text = cut;
  // An opening "he" or "she" that annotate resolved to a person becomes the person's name.
  const opening = sentence.mentions.find((m) => m.pronoun && m.start === start);
  if (opening) text = `${possessed(shortName(story, opening.entity), text.slice(0, opening.end - opening.start))}${text.slice(opening.end - opening.start)}`;
  // "“…,” he said" (the quotation may have opened in an earlier sentence) and "…, he said": the
  // pronoun that gives the speaker becomes the speaker's name.
  const quoted = /^["“‘]/.test(text) || sentence.quotes.some((q) => q.start <= start && q.end > start);
  const cue = sentence.attribution.cue?.split(' ')[0];
  const tags = (m: { end: number }): boolean => quoted || (cue !== undefined && pattern(`^\\s+(?:\\p{Ll}+\\s+)?${cue}\\b`, 'u').test(sentence.text.slice(m.end)));
  // A speaker the statement names anyway ("While he confirmed …, Ushakov stressed …") keeps the writer's pronoun.
  const named = sentence.mentions.some((m) => !m.pronoun && m.entity === sentence.attribution.speaker && m.start >= start && m.end - start <= text.length && !sentence.quotes.some((q) => q.start <= m.start && m.end <= q.end));
  const speaking = named ? undefined : sentence.mentions.find((m) => m.pronoun && m !== opening && m.entity === sentence.attribution.speaker && m.start >= start && m.end - start <= text.length && tags(m));
  if (speaking) text = `${text.slice(0, speaking.start - start)}${shortName(story, speaking.entity)}${text.slice(speaking.end - start)}`;
  text = balanceQuotes(text);
  // A sentence inside a quotation that opened in an earlier sentence and closes in a later one has
  // no marks of its own; its words are still the speaker's, not the site's, and are shown as such.
  if (claim.kind === 'quote' && !/["“”]/.test(text) && sentence.quotes.some((q) => q.start <= start && q.end >= start + text.replace(/[.!?]+$/, '').length)) text = `“${capital(text)}”`;
  // A quotation whose speaker the sentence does not name gets the speaker in front; so does a claim
  // of someone's words that goes on from a quotation begun in an earlier sentence ("But the cause
  // of the accident has been identified").
  // An item of a list put in front ("… named four principles: “To begin to discuss …”") names its speaker in the lead-in.
  const lead = listLead(story, unit.s, text);
  if (lead === null && (/^(?:["“‘]|''|``)/.test(text) || (claim.kind === 'quote' && !/["“”]/.test(text)))) text = withSpeaker(story, claim, sentence, start, text, sentence.attribution.speaker ?? unit.speaker);
  // A clause that names its own source ("…, the mayor said") is not the unnamed sources' of another clause.
  if (sentence.attribution.anonymous && !NAMES_UNNAMED.test(text) && !namesASource(text)) {
    const via = story.sources.via[unit.s];
    // A name keeps its capital after the lead-in ("…, Pavel Dorin ignored"), any other first word is lowered.
    const opensOnName = opening !== undefined || sentence.mentions.some((m) => !m.pronoun && m.start === start);
    text = `According to unnamed sources${via ? ` cited by ${via}` : ''}, ${opensOnName ? text : lowerFirst(text)}`;
  }
  // A lead-in that counts its items ("named four principles") is joined to one of them: "among them".
  if (lead !== null) text = `${lead}${COUNTED_ITEMS.test(lead) ? ', among them' : ''}: ${/^["“‘]/.test(text) ? text : lowerFirst(text)}`;
  text = withAntecedent(story, unit.s, start, text);
  if (unit.speaker === null && !/["“”]/.test(sentence.text)) text = withDay(story, unit.article, text);
  // A quotation's words are the speaker's, marked or not ("Kilicdaroglu said: I'm also warning …").
  return close(capital(claim.kind === 'quote' ? text : withoutAlso(outletSays(text, sentence))), unit.complete).replace(/''|``/g, '"');
}

/** A name standing for an opening pronoun, possessive where the pronoun was ("His campaign" → "Talbridge's campaign"). */
function possessed(name: string, pronoun: string): string {
  return /^(?:his|her)$/i.test(pronoun) ? `${name}'s` : name;
}

/** Words by which a sentence says itself who its unnamed source is ("officials said", "cited by experts", "according to …"). */
const NAMES_UNNAMED = new RegExp(`\\b(?:according|${[...ANONYMOUS_HEADS].join('|')})\\b`, 'i');

/** An honorific before a surname ("Mr Kurtz"): the writer's form of address, kept as written. */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+$/;
/** A word of a person's name as names are written: a capital, then lower case ("Sarangi", "Bhutto-Zardari"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * A statement stands alone, so a person it names by surname only ("…,” Sarangi said") is named in
 * full the first time, as the story names them elsewhere ("Sudhanshu Sarangi"): a reader of one
 * claim has not read the paragraph that introduced them. Only outside quotations (a speaker's own
 * words are not rewritten), not after an honorific (the writer's form of address) or another
 * capitalised word, not inside a compound ("a Putin-Trump summit"), and only for the people of
 * `fullNames`.
 */
function withFullNames(names: ReadonlyMap<string, string>, ids: ReadonlyArray<string | null>, text: string): string {
  for (const id of new Set(ids)) {
    const name = id === null ? undefined : names.get(id);
    if (name === undefined || text.includes(name)) continue;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    const at = firstWord(outsideQuotes(text, true), surname);
    if (at < 0) continue;
    const before = text.slice(0, at);
    if (HONORIFIC_BEFORE.test(before) || /\p{Lu}[\p{L}.]*\s+$/u.test(before)) continue;
    text = `${before}${name}${text.slice(at + surname.length)}`;
  }
  return text;
}

/**
 * The people a statement may name in full, by entity id: those the story hears speak (the speaker
 * of a sentence or a quotation) or refers to as "he" or "she", whose name reads as a person's
 * (`personName`). A name annotate took for a person without either ("Microsoft Windows") is left
 * as the sentence writes it.
 */
export function fullNames(story: RelatedStory, lang: Language): Map<string, string> {
  const attested = new Set<string>();
  // Index loops: without TurboFan each for-of step allocates, and this reads every sentence of the story.
  for (let s = 0; s < story.sentences.length; s++) {
    const sentence = story.sentences[s] as (typeof story.sentences)[number];
    if (sentence.attribution.speaker !== null) attested.add(sentence.attribution.speaker);
    for (let k = 0; k < sentence.quotes.length; k++) {
      const speaker = (sentence.quotes[k] as (typeof sentence.quotes)[number]).speaker;
      if (speaker !== null) attested.add(speaker);
    }
    for (let k = 0; k < sentence.mentions.length; k++) {
      const m = sentence.mentions[k] as (typeof sentence.mentions)[number];
      if (m.pronoun) attested.add(m.entity);
    }
  }
  const names = new Map<string, string>();
  for (const id of attested) {
    const entity = story.entities.get(id);
    if (entity?.kind === 'person' && personName(lang, entity.name)) names.set(id, entity.name);
  }
  return names;
}

/**
 * Two or three words written as a person's name, none of them a word of the language's lexicons (a
 * function word, a role or title, a plural noun, a demonym, a month or day, an organisation's head),
 * and not opening on a noun for people that is no given name: "Sudhanshu Sarangi" or "George Kurtz",
 * not "Republican People", "Mayors Ekrem Imamoğlu" or "for Erdogan".
 */
function personName(lang: Language, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || words.length > 3) return false;
  const { lexicon } = lang;
  return words.every((word, k) => {
    if (!NAME_WORD.test(word)) return false;
    const key = lang.key(word);
    const lexical = [lexicon.stopwords, lexicon.roleNouns, lexicon.roleModifiers, lexicon.honorifics, lexicon.orgHeads, lexicon.weekdays].some((set) => set.has(key) || set.has(singularNoun(key)));
    if (lexical || lexicon.months.has(key) || lexicon.irregularPlurals.has(key) || lexicon.demonyms.includes(key)) return false;
    return k > 0 || !lang.isPersonNoun(key) || lang.isGivenName(key);
  });
}

/** Where `word` first stands as a whole word in `text`, or -1. */
function firstWord(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[\p{L}\p{N}-]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}-]/u.test(text.charAt(at + word.length))) return at;
  }
  return -1;
}

/**
 * "CNN said Rubio named four principles …": the outlet the article cites is where the report comes
 * from, not what it states, so the statement says "According to CNN, Rubio named …" (how a statement
 * names any other source), and the claim reads as the proposition other outlets can confirm.
 */
function outletSays(text: string, sentence: AnnotatedSentence): string {
  const via = sentence.attribution.via;
  if (!via || !text.startsWith(via)) return text;
  const m = OUTLET_SAYS.exec(text.slice(via.length));
  return m ? `According to ${via}, ${text.slice(via.length + m[0].length)}` : text;
}

/** A verb of reporting right after the outlet's name, with its "that" ("said that", "reported"), then a capitalised subject. */
const OUTLET_SAYS = /^\s+(?:said|says|reported|reports|wrote|writes)(?:\s+(?:on\s+\p{Lu}\p{L}*|that))*\s+(?=\p{Lu})/u;

/**
 * "Rubio also named four principles": "also" adds to something said before, in a sentence the reader
 * of one claim does not see, so the statement drops it, outside quotations (the caller leaves a
 * quote claim's words as they are); "not only … but also" and "also known as" keep it.
 */
function withoutAlso(text: string): string {
  if (!/\balso\b/i.test(text)) return text;
  return text
    .split(/(["“][^"”]*["”])/)
    .map((part, k) => (k % 2 === 1 ? part : part.replace(/(?<!\bbut)\s+also\b(?!\s+known\b)/g, '')))
    .join('');
}

/** A day counted from the report's own. */
const DEICTIC_DAY = /\b(yesterday|today|tomorrow)\b/giu;
const DAY_OFFSET: Readonly<Record<string, number>> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * "Truck drivers and rubbish collectors joined the strike yesterday": a day counted from the day of
 * the report, which the claim page shows beside other outlets' reports of other days. The date
 * follows in brackets, as an editor clarifies a quotation ("yesterday [7 March]"). Only in the
 * report's own narration (the caller's test: no quotation marks, no speaker): a speaker's day is
 * counted from when they spoke, which the report may not say.
 */
function withDay(story: RelatedStory, article: string, text: string): string {
  // The report's date is looked up only for a day or span a text counts from it (few texts have
  // one): a text with no match comes back from both replacements as it went in.
  const days = text.replace(DEICTIC_DAY, (word: string, _day: string, at: number) => {
    const published = publishedOf(story, article);
    if (published === null || text.slice(at + word.length).startsWith(' [')) return word;
    const day = new Date(`${published}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() + (DAY_OFFSET[word.toLowerCase()] ?? 0));
    return `${word} [${dayMonth(day.toISOString().slice(0, 10))}]`;
  });
  // "next week", "by the end of the month": a week or month counted from the report's, named the same way.
  return days.replace(DEICTIC_SPAN, (words: string, which: string | undefined, span: string | undefined, at: number, all: string) => {
    const published = publishedOf(story, article);
    if (published === null || all.slice(at + words.length).startsWith(' [')) return words;
    const day = new Date(`${published}T00:00:00Z`);
    const offset = SPAN_OFFSET[(which ?? 'this').toLowerCase()] ?? 0;
    // "the end of the month" has no span word of its own: it is this month.
    if ((span ?? 'month').toLowerCase() === 'month') {
      day.setUTCDate(1);
      day.setUTCMonth(day.getUTCMonth() + offset);
      return `${words} [${MONTH_NAMES[day.getUTCMonth()] ?? ''}]`;
    }
    // Weeks run Monday to Sunday.
    day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7) + 7 * offset);
    return `${words} [the week of ${dayMonth(day.toISOString().slice(0, 10))}]`;
  });
}

/** The article's date of publication, when it is a full date (YYYY-MM-DD). */
function publishedOf(story: RelatedStory, article: string): string | null {
  const date = story.articles.find((a) => a.id === article)?.published;
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** A week or month named from the report's own: "next week", "last month", "the end of the month". */
const DEICTIC_SPAN = /\b(?:(this|next|last) (week|month)|the end of the month)\b/giu;
const SPAN_OFFSET: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };

/**
 * A trailing clause of time, cause or circumstance: after a comma, "as", "while", "after", "amid",
 * "following", "due to", "owing to" or an absolute "with" (", with …"); "because" (of), comma or not;
 * without one, "as", "while" or "amid" before what reads as a subject
 * (" as unions stepped up …"), but not the "as" of a fixed phrase ("such as", "used as", "as well as");
 * a clause after a dash (or a spaced hyphen) and "and" or "but" (" – and ordered it to pay …"); a clause after ", and" with a
 * subject and a verb of its own, or a predicate of the first's (", and about 30 trains were cancelled",
 * ", and destroyed 400 homes"); a second predicate of the same subject (" and had agreed to …", " and
 * charged with fraud", " but described the talks as …"); or a second infinitive of the same
 * "to" ("agreed to restore embassy staffing and create a high-level team …"). The last alternative
 * looks ahead for its " and " before it looks back for the "to": the same matches, without reading up
 * to 80 characters back from every position of the text.
 */
export const TAIL = /,\s+(?:as|while|after|amid|with|following|due\s+to|owing\s+to|including|among\s+them)\s+|,?\s+because\s+|\s+[–—-]\s+(?=(?:and|but)\s)|,\s+and\s+(?=(?:(?:the|a|an|its|their|his|her|some|about|around|more\s+than|at\s+least)\s+)?(?:[\p{L}\d,.'’-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|could|can|must|\p{Ll}{2,}ed)\s)|\s+and\s+(?=\p{Ll}{3,}ed\s+(?!and\b))|\s+and\s+(?=(?:also\s+)?\p{Ll}{3,}[^s\s]s\s+(?:to|that|the|a|an|its|their|his|her)\s)|\s+(?:as|while|amid)\s+(?=(?:the|his|her|its|their|they|he|she|we|it|\p{Ll}+s)\b)|\s+and\s+(?=(?:had|has|have|was|were|will|would)\s+\p{Ll})|\s+but\s+(?=(?:also\s+)?(?:(?:had|has|have|was|were|will|would)\s+\p{Ll}|\p{Ll}{3,}ed\b))|(?=\s+and\s)(?<=\bto\s+\p{Ll}+\b.{3,80}?)\s+and\s+(?!(?:at|in|on|of|for|to|from|with|by|into|over|after|before|then|also|not)\b)(?=\p{Ll}+\s+(?:a|an|the|their|its|his|her)\s)/gu;
/** "and" before a subject of its own: an article, "some", or a name (not a bare number, which may point back: "and 46 are still in hospital"). */
const OWN_SUBJECT_AND = /^and\s+(?:the|a|an|some|\p{Lu})/u;
/** A speech tag that closes a sentence: ", the rail operator said", ", police told reporters", ", according to the ministry". */
const CLOSING_TAG = /,\s+((?:[^,;“”"]{2,60}?\s+(?:said|says|say|told\s+[^,;“”"]{2,30}|reported|added|announced|confirmed))|according\s+to\s+[^,;“”"]{2,60})\s*$/u;
/** How far into the statement a tail must start: an opening adjunct is not a tail. */
const TAIL_FROM = 0.4;

/**
 * The statement without a trailing clause or second predicate that no other outlet's evidence states ("… will spill into
 * Wednesday as unions stepped up their campaign to force a U-turn", where the second outlet says only
 * that the strike will go on): fewer than half of the clause's content words are in any other
 * outlet's sentence. The claim is the fact the outlets share; the evidence still shows each whole sentence.
 * When it is the trailing clause the others state and the rest no one else does, the claim is that clause.
 */
function withoutUnsharedTail(claim: RelatedClaim, anchor: RelatedEvidence, start: number, text: string): string {
  // Not the anchor's sentence printed again (one article published twice, the same sentence id): it states all the anchor states.
  const others = claim.evidence.filter((e) => e.stance === 'supports' && e.unit.article !== anchor.unit.article && e.sentence.id !== anchor.sentence.id);
  if (others.length === 0) return text;
  const denials = claim.evidence.filter((e) => e.stance === 'denies');
  // Never inside a quotation: an even number of quotation marks before it.
  const unquotedAt = (at: number): boolean => (text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 0;
  const unshared = (from: number, to: number, answered = false): boolean => {
    const { unit } = anchor;
    const words = new Set<string>();
    unit.terms.forEach((term, k) => {
      const at = unit.offsets[k] ?? 0;
      if (at >= start + from && at < start + to && unit.content.includes(term)) words.add(term);
    });
    if (words.size < 2) return false;
    // A trailing clause a denial answers stays: "… smelled ammonia and called the fire brigade" keeps
    // its call when the brigade denies any call was made.
    if (answered && denials.some((e) => e.unit.terms.some((term) => words.has(term)))) return false;
    // Unshared when some other outlet's article states fewer than half of its words: the statement is
    // what every source says, so a clause one of them lacks is one source's, however many others give it.
    const byArticle = new Map<string, Set<string>>();
    for (const e of others) {
      let stated = byArticle.get(e.unit.article);
      if (!stated) byArticle.set(e.unit.article, (stated = new Set()));
      for (const term of e.unit.terms) if (words.has(term)) stated.add(term);
    }
    for (const stated of byArticle.values()) if (stated.size * 2 < words.size) return true;
    return false;
  };
  // A participle phrase set off by commas after the subject ("The meeting, organized after the
  // leaders' phone call, marks …") that no one else states is left out as well.
  const aside = ASIDE.exec(text);
  if (aside && unquotedAt(aside.index) && unshared(aside.index, aside.index + aside[0].length)) {
    text = `${text.slice(0, aside.index)}${text.slice(aside.index + aside[0].length - 1).replace(/^,/, '')}`;
  }
  // So is a noun phrase in apposition to a named subject ("Carrow & Finch, Norvania's largest
  // department store chain, said …"): it says a second thing of the subject.
  const apposition = APPOSITION.exec(text);
  if (apposition && unquotedAt(apposition.index) && unshared(apposition.index, apposition.index + apposition[0].length)) {
    text = `${text.slice(0, apposition.index)}${text.slice(apposition.index + apposition[0].length)}`;
  }
  // So is a non-restrictive relative clause, set off by a comma, that no one else states ("Prime
  // Minister Anton Rell, who is due to visit the injured on Monday, declared …"; "…, said taxi driver
  // Omar Selin, who escaped through his sunroof"): it adds a second proposition about a noun of the
  // first. One that says who a source is ("who asked not to be named") stays.
  const relative = RELATIVE_ASIDE.exec(text);
  if (relative && unquotedAt(relative.index) && !namesUnnamedSource(relative[0]) && unshared(relative.index, relative.index + relative[0].length)) {
    const before = text.slice(0, relative.index);
    const after = text.slice(relative.index + relative[0].length);
    // Its closing comma also closed an apposition ("Russia's chief adviser, Yury Ushakov, who was …,
    // added"), which keeps it; a subject that opened the sentence needs none ("Brek, who flew …, said").
    text = `${before}${relative[0].endsWith(',') && opensApposition(before) ? ',' : ''}${after}`;
  }
  let cut = -1;
  for (const m of allMatches(TAIL, text)) {
    const as = m[0].search(/\bas\b/);
    if (m.index < TAIL_FROM * text.length || !unquotedAt(m.index) || (as >= 0 && fixedAs(text, m.index + as))) continue;
    cut = m.index;
  }
  if (cut < 0) return text;
  // The tail takes the mark before it with it ("… in the 1970s, and said …" → "… in the 1970s").
  // A speech tag that closes the sentence ("…, and about 30 trains were cancelled, the rail operator
  // said") gives the source of the clause kept too, and stays.
  if (unshared(cut, text.length, true)) {
    const kept = text.slice(0, cut).replace(/[\s,;:—–-]+$/, '');
    const tag = CLOSING_TAG.exec(text.replace(/[.!?]+$/, ''));
    return tag !== null && tag.index > cut ? `${kept}, ${tag[1]}` : kept;
  }
  // The other way round: what the others state is the trailing clause alone ("An estimated 1.28
  // million took to the streets … while strikes disrupted transport and schools", where the other
  // outlet's clause says only that strikes disrupted transport and schools): the claim is that clause.
  const tail = text.slice(cut).replace(/^[\s,]+/, '');
  // Not "as Bloomberg had earlier reported", which credits a report and states nothing.
  // A clause after ", and" stands alone when it has a subject of its own ("…, and about 30 trains were cancelled").
  if (unshared(0, cut) && (/^(?:as|while|amid)\s/i.test(tail) || OWN_SUBJECT_AND.test(tail)) && !REPORTED_AS.test(tail)) return capital(tail.replace(CLAUSE_OPENING, ''));
  return text;
}

/** ", organized after …,": a participle phrase between commas right after a short subject. */
const ASIDE = /(?<=^[^,]{2,40}),\s+\p{Ll}+(?:ed|en)\s[^,;“”"]{3,80},/u;

/**
 * ", Norvania's largest department store chain,", ", the head of the roads authority,": a noun phrase
 * opened by an article or a possessive, set off by commas right after a subject that opens on a
 * capital, with the subject's verb after it (not "and" or "or" of a list).
 */
const APPOSITION = /(?<=^\p{Lu}[^,]{1,40}),\s+(?:(?:the|a|an)\s+|\p{Lu}[\p{L}'’-]*['’]s\s+)[^,;“”"]{3,80},(?=\s+(?!(?:and|or|but|nor)\b)\p{Ll})/u;

/**
 * ", who is due to visit …,": a relative clause after a comma, between commas or running to the
 * end of the statement (its closing full stop kept), past the comma of a number ("40,000") and over a
 * quotation it holds whole (", who called it “a terrible morning”,"). Not ", when …" or ", as …", which
 * are adverbial.
 */
const RELATIVE_ASIDE = /,\s+(?:who|whom|whose|which|where)\s(?:[^,;“”"]|(?<=\d),(?=\d)|“[^“”]{1,80}”|"[^"]{1,80}"){3,120}(?:,|(?=[.!?]?$))/u;

/**
 * Whether the text ends inside an apposition: it has one comma (two when the last sets off a name's
 * age), and what comes before it is no opening adjunct ("In a statement, the company" has none open;
 * "The minister, Jonas Brek", "Jonas Brek, the minister" and "The finder, Mikkel Sand, 52" have).
 */
function opensApposition(text: string): boolean {
  const commas = text.split(',').length - 1;
  // "The finder, Mikkel Sand, 52": an age set off after a name is one more apposition left open.
  return (commas === 1 || (commas === 2 && AGE_AFTER_NAME.test(text))) && !OPENING_ADJUNCT.test(text);
}

/** A name, then its age after a comma, at the end: "Mikkel Sand, 52". */
const AGE_AFTER_NAME = /\p{Lu}[\p{L}'’-]+,\s*\d{1,3}$/u;

/** A sentence's opening adjunct, which a comma closes: a preposition, a subordinator or a time word first. */
const OPENING_ADJUNCT = /^(?:in|on|at|after|before|when|while|since|during|according|as|with|for|by|from|under|despite|following|amid|once|if|although|though|yesterday|today|tonight|earlier|later|meanwhile|however)\b/i;

/** How many items of a list a lead-in may stand before ("four principles: 1. … 2. … 3. …"). */
const LIST_REACH = 6;

/**
 * The lead-in of the list a sentence is an item of, without its colon, or null: a list item
 * ("Appointing a high-level team …") cannot stand alone, so its lead-in ("Rubio named four
 * principles agreed upon by both parties:"), which says who said what the item belongs to, goes in
 * front of it. The sentence
 * reads as an item (an infinitive, an -ing form or a lower-case start, in quotation marks or not)
 * and the sentence before it, or before the items of one list in their own paragraphs, ends in a colon.
 */
function listLead(story: RelatedStory, s: number, text: string): string | null {
  const sentence = story.sentences[s];
  if (!sentence || !/^["“‘]?(?:\p{Ll}|\p{Lu}\p{Ll}+ing\b|To\b)/u.test(text)) return null;
  for (let k = s - 1; k >= 0 && s - k <= LIST_REACH; k--) {
    const previous = story.sentences[k];
    if (!previous || previous.article !== sentence.article) return null;
    // The lead-in is the narration's, whatever the item: no "also", and an outlet's report said as such.
    if (/:\s*$/.test(previous.text)) return withoutAlso(outletSays(capital(previous.text.trim().replace(/:\s*$/, '').replace(CONNECTIVE, '')), previous));
    // Only over earlier items: a paragraph on the way must open as an item does.
    const opensParagraph = story.sentences[k - 1]?.block !== previous.block || story.sentences[k - 1]?.article !== previous.article;
    if (opensParagraph && !LIST_ITEM.test(previous.text.trim())) return null;
  }
  return null;
}

/** A count of two or more, or "several", before a plural noun: a lead-in that says how many items follow. */
const COUNTED_ITEMS = /\b(?:[2-9]|[1-9]\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a number of)\s+(?:[\p{L}-]+\s+)?\p{L}+s\b/iu;

/** How an item of a list opens: a quotation mark, an infinitive, an -ing form or a lower-case word. */
const LIST_ITEM = /^["“‘]|^(?:\p{Ll}|\p{Lu}\p{Ll}+ing\b|To\b)/u;

/**
 * A demonstrative or "they" as the subject, right before its verb: an auxiliary or modal ("They
 * were …"), a past tense ("This created …"), or a verb that lists what the pronoun stands for
 * ("These include …", "These comprise …", "They consist of …"); or a demonstrative before the noun
 * of the subject, which names a kind of thing but not which one ("This incident led to …"), unless
 * the noun is the report itself ("This story is developing").
 */
const PRONOUN_SUBJECT = /^(?:These|Those|They|This|That)\s+(?:(?!(?:story|article|report|page|post|piece)\b)\p{Ll}+\s+(?=(?:are|were|is|was|have|has|had|will|would|can|could|\p{Ll}+ed)\b))?(?:are|were|is|was|have|has|had|will|would|can|could|\p{Ll}+ed|(?:include|comprise|consist|involve|contain|cover)s?)\b/u;

/**
 * "It" that stands for something named before: before a noun phrase ("It is basically a safety
 * measure …") or a past tense ("It abolished the role of the prime minister"); not the "it" of
 * "It is unclear whether …" or "It was not immediately clear …", which points at nothing, nor one a
 * superlative or an ordinal after it names ("It was the deadliest avalanche at Kalmberg since 1999",
 * "It is the third such strike this year"): the reader knows what it is.
 */
const IT_SUBJECT = /^It\s+(?:(?:is|was)\s+(?!the\s+(?:\p{Ll}+est|most\s+\p{Ll}+|first|second|third|fourth|fifth|last|latest|only)\b)(?:\p{Ll}+ly\s+)?(?:a|an|the|one)\b|(?!was\b)\p{Ll}+ed\b)/u;

/**
 * A statement whose subject is a pronoun pointing back ("These comprise fully restoring …") says
 * nothing to a reader who came for this claim alone: the sentence before it in the article, which
 * it points back to, is put in front (when that one is short enough to read as a lead-in).
 */
function withAntecedent(story: RelatedStory, s: number, start: number, text: string): string {
  const sentence = story.sentences[s];
  const previous = story.sentences[s - 1];
  if (start > 0 || !sentence || !previous || previous.article !== sentence.article) return text;
  // "This is the sixth day …" points at the day itself, not back; a lead-in that points back too, or
  // a long one, would not help.
  const figure = figureBack(story, text, previous) ?? nameBack(text, previous);
  if (figure) return figure;
  const pronoun = (PRONOUN_SUBJECT.test(text) && !/^(?:This|That) (?:is|was)\b/.test(text)) || IT_SUBJECT.test(text);
  // The lead-in's own opening "he" or "she", which annotate resolved, is the person's name.
  const opening = previous.mentions.find((m) => m.pronoun && m.start === previous.text.length - previous.text.trimStart().length);
  const lead = (opening ? `${shortName(story, opening.entity)}${previous.text.slice(opening.end)}` : previous.text).trim();
  if (!(pronoun || THEN.test(text)) || PRONOUN_SUBJECT.test(lead) || IT_SUBJECT.test(lead) || lead.length > 300) return text;
  // A quotation the sentence before opened goes on here: one quotation, not two ("“By 10 p.m. we were
  // able to rescue the survivors. After that it was about picking up dead bodies,” Sarangi told AP.").
  const continued = (lead.match(/“/g) ?? []).length > (lead.match(/”/g) ?? []).length ? text.replace(/^“/, '') : text;
  // The lead-in ties to nothing before it here: "Yet, the agency reported …" loses its "Yet".
  return `${capital(lead.replace(CONNECTIVE, ''))} ${continued}`;
}

/** A statement that opens on a time told from the sentence before ("After that …", "Since then …"). */
const THEN = /^["“‘]?(?:after that|since then|before that|by then|until then|after this)\b/i;

/** Units of a number that says when or how old, not how many or how much: no figure a later sentence points back to. */
const NOT_A_FIGURE = new Set(['age', 'year']);

/**
 * A figure noun after a determiner, as the subject ("The figure suggests …", "These numbers
 * were …"), stands for the number the sentence before gave: it is named in brackets, as an editor
 * clarifies a quotation ("The figure [1.28 million people, according to the interior ministry]
 * suggests …", with the source the sentence before names for it), so the statement stays the
 * one proposition its evidence states. Null when the statement does not open so, or the sentence
 * before gives no figure. "The number of people injured …" names its own count and stands alone.
 */
function figureBack(story: RelatedStory, text: string, previous: AnnotatedSentence): string | null {
  const m = /^(?:The|This|That|These|Those)\s+(\p{Ll}+)(?=\s+(\p{L}+))/u.exec(text);
  if (!m || m[2] === 'of') return null;
  const word = m[1] ?? '';
  const plural = word.endsWith('s');
  if (!FIGURE_NOUNS.has(plural ? word.slice(0, -1) : word)) return null;
  const figures = previous.quantities.filter((q) => !NOT_A_FIGURE.has(q.unit));
  const first = figures[0];
  if (!first) return null;
  // "The figure" is the first number given; "the numbers", every number of that kind.
  const named = plural ? figures.filter((q) => q.unit === first.unit).map(valueText) : [valueText(first)];
  // Whose figure it is, when the sentence before names one source for it ("…, the interior ministry said").
  const source = oneSource(previous.text) ? sourceInSentence(story, previous, first) : null;
  return `${m[0]} [${named.join(' and ')}${source ? `, according to ${source}` : ''}]${text.slice(m[0].length)}`;
}

/**
 * A noun after a demonstrative, as the subject ("That party backs …", "This agency said …"), that is
 * the last word of a name the sentence before gives ("… concessions to the Peoples' Democratic Party
 * (HDP)."): the name is given in brackets, as an editor clarifies a quotation ("That party [Peoples'
 * Democratic Party (HDP)] backs …"). Null when the statement does not open so, or no such name is there.
 */
function nameBack(text: string, previous: AnnotatedSentence): string | null {
  const m = /^(?:This|That|These|Those)\s+(\p{Ll}+)(?=\s+\p{Ll})/u.exec(text);
  if (!m) return null;
  const noun = m[1] as string;
  // "This week", "That morning": a time, not a thing named before.
  if (TIME_UNITS.has(noun) || PARTS_OF_TIME.test(noun)) return null;
  const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  let named: string | null = null;
  for (const found of allMatches(NAME_WITH_HEAD, previous.text)) if (found[1]?.split(/\s+/).at(-1) === head) named = found[0];
  return named === null ? null : `${m[0]} [${named}]${text.slice(m[0].length)}`;
}

/** Nouns of a stretch of time that a demonstrative points at in time, not back to a name. */
const PARTS_OF_TIME = /^(?:time|times|morning|afternoon|evening|night|weekend|season|summer|winter|spring|autumn|term|session|round|stage|point)$/;

/** A name of two or more capitalised words (a plural possessive inside, as in "Peoples' Democratic Party"), and its acronym in brackets if one follows. */
const NAME_WITH_HEAD = /(\p{Lu}[\p{L}-]*['’]?(?:\s+\p{Lu}[\p{L}-]*['’]?)+)(?:\s+\(\p{Lu}{2,}\))?/gu;

/** "Ushakov said: “…”" when the statement quotes or reports a person who is not named in it. */
function withSpeaker(story: RelatedStory, claim: RelatedClaim, sentence: AnnotatedSentence, start: number, text: string, speaker: string | null): string {
  // Only a person or an organisation speaks: a place named as the speaker is a misreading.
  const kind = speaker ? story.entities.get(speaker)?.kind : undefined;
  if (!speaker || (kind !== 'person' && kind !== 'organization')) return text;
  const end = start + text.length;
  const named = sentence.mentions.some((m) => m.entity === speaker && m.start >= start && m.end <= end);
  // "…,” the Russian foreign minister said": the sentence gives its speaker in words of its own.
  const outside = outsideQuotes(text);
  const cue = sentence.attribution.cue?.split(' ')[0];
  if (named || (cue && pattern(`\\b${cue}\\b`, 'i').test(outside))) return text;
  const name = shortName(story, speaker);
  if (/^["“‘]/.test(text) || claim.kind === 'quote') return `${name} said: ${capital(text)}`;
  return `${name} said ${lowerFirst(text)}`;
}

function lowerFirst(text: string): string {
  // "The …", "A fire …" (a one-letter article too), but not "I", "US" or "U.S.".
  return /^(?:\p{Lu}\p{Ll}|A\b)/u.test(text) && !/^I\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Adds the quotation mark a clause cut from a longer quotation lacks. */
function balanceQuotes(text: string): string {
  const opens = (text.match(/“/g) ?? []).length;
  const closes = (text.match(/”/g) ?? []).length;
  // A curly opening mark closed by a straight one (“… their reform," Berger said) is one quotation.
  if (opens > closes && opens === closes + (text.match(/"/g) ?? []).length) return text;
  if (opens > closes) return `${text}”`;
  if (closes > opens) return `“${text}`;
  // Two apostrophes or backticks are a straight double mark as some wires type it (''I …,'' he said).
  const marks = [...allMatches(/"|''|``/g, text)];
  if (marks.length % 2 === 0) return text;
  // The mark left open opens a quotation (at the start, or after a space, a colon or a bracket, before
  // a word: 'Renn insisted: "There has been no looting.') and is closed at the end; else it closes one
  // opened before the statement, and is opened at its start.
  const last = marks.at(-1) as RegExpExecArray;
  const opening = /(?:^|[\s:(\[—–-])$/.test(text.slice(0, last.index)) && /^\S/.test(text.slice(last.index + last[0].length));
  return opening ? `${text}"` : `"${text}`;
}

/** Ends the statement as a sentence, or with an ellipsis when the source text was cut off. */
function close(text: string, complete: boolean): string {
  if (!complete) return `${text.replace(/\s*\S*$/, '')} …`;
  return /[.!?]["”’)]*$/.test(text) ? text : `${text}.`;
}

/**
 * "Fox News correspondent Jacqui Heinrich wrote on X that, according to her diplomatic sources, the
 * US and Russia were proposing a three-stage peace plan": a disputed claim's report of what someone
 * said. What the denial denies is the reported proposition, not that it was reported, so the
 * statement asserts the proposition and names where it comes from: "According to diplomatic sources
 * cited by Fox News correspondent Jacqui Heinrich, the US and Russia were proposing …". A sentence of
 * another shape is returned as it is.
 */
export function asReported(statement: string): string {
  const m = REPORTED_THAT.exec(statement);
  if (!m?.groups) return statement;
  const { holder = '', rest = '' } = m.groups;
  // "… said that he had warned the agency": what the holder says of their own act stays their account.
  if (/^(?:he|she|they|we|i)\b/iu.test(rest)) return statement;
  // "that according to her foreign diplomatic sources …, P": the holder's sources, cited by the holder.
  const inner = /^according to (?:her|his|their|its)\s+([^,]{3,120}),\s*(.+)$/iu.exec(rest);
  const [source, said] = inner ? [`${inner[1]} cited by ${holder}`, inner[2] ?? ''] : [holder, rest];
  return `According to ${source.replace(/^(?:A|An|The)\b/u, (article) => article.toLowerCase())}, ${said}`;
}

/** "<a name, with its title: first and last words capitalised> wrote|said|reported|claimed|alleged [on X] that <P>". */
const REPORTED_THAT = /^(?<holder>\p{Lu}[\p{L}.'’-]*(?:(?:\s+[\p{L}.'’-]+){0,8}?\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:wrote|said|reported|claimed|alleged|posted)(?:\s+(?:on|in a post on)\s+\p{Lu}[\p{L}]*)?\s+that\s+(?<rest>\p{L}.+)$/u;

/** The reader-facing statement of a claim. */
export function statementOf(story: RelatedStory, claim: RelatedClaim, names: ReadonlyMap<string, string>): string {
  if (claim.kind === 'quantity' && claim.group.origin === 'quantity') return quantityStatement(story, claim);
  if (claim.group.origin === 'ranking') return rankingStatement(story, claim);
  if (claim.group.statement) return claim.group.statement;
  const anchor = claim.evidence.find((e) => e.unit === claim.anchor) as RelatedEvidence;
  const named = anchor.sentence.mentions.flatMap((m) => (m.pronoun ? [] : [m.entity]));
  return withFullNames(names, [anchor.sentence.attribution.speaker, anchor.unit.speaker, anchor.quote?.speaker ?? null, ...named], sentenceStatement(story, claim, anchor));
}
