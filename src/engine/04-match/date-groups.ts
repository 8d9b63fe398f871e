/**
 * Sentences that date the same other event: "The runoff will take place on 28 May", "a May 28
 * run-off will be held", "in a runoff vote on May 28". A calendar day away from the story's own
 * (an election's second round, a hearing, an earlier crisis) is rare enough in one story that two
 * sources naming it, with a content word in common, speak of one event on that day, however
 * differently the rest of their sentences run. Sentences with numbers are left to frames: there
 * the date scopes a figure ("2.5 million on January 31"), and figures decide what is one claim.
 *
 * Only agreement is read here: two different days for one event would need the event named
 * alike, which the words of two sentences do not prove.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { Unit } from '../03-annotate/units.ts';
import { otherTime } from './dates.ts';

/** One unit's mention of a day other than the story's, with the unit's content words. */
interface DayMention {
  unit: Unit;
  day: string;
  words: ReadonlySet<string>;
}

/**
 * Groups of units, from two or more sources, that date one other event on one day; `apart` says of
 * two units that they are about different referents (referents.ts), so never of one event.
 */
export function dateGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[], apart: (a: Unit, b: Unit) => boolean = () => false): Unit[][] {
  const mentions: DayMention[] = [];
  for (const unit of story.units) {
    if (!usable[unit.i] || unit.denial || unit.quantities.length > 0) continue;
    for (const day of unit.dates) {
      if (!/^m\d+-d\d+$/.test(day) || otherTime(day, story.story.date) === null) continue;
      const text = story.sentences[unit.s]?.text ?? '';
      mentions.push({ unit, day, words: contentTerms(lang, unit, text) });
    }
  }
  const sourceOf = (u: Unit): string => story.sources.key[u.s] ?? u.article;
  const groups: DayMention[][] = [];
  for (const mention of mentions) {
    const alike = (other: DayMention): boolean => other.day === mention.day && other.unit.article !== mention.unit.article && [...other.words].some((t) => mention.words.has(t)) && !apart(other.unit, mention.unit);
    const home = groups.find((g) => g.every(alike));
    if (home) home.push(mention);
    else groups.push([mention]);
  }
  return groups.filter((g) => new Set(g.map((m) => sourceOf(m.unit))).size > 1).map((g) => g.map((m) => m.unit));
}

/** The unit's content terms by family, with each hyphened compound ("run-off") also as one word. */
function contentTerms(lang: Language, unit: Unit, text: string): Set<string> {
  const out = new Set(unit.content.map((t) => lang.family(t)));
  const tokens = lang.tokenize(text.slice(unit.start, unit.end));
  for (let k = 1; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const previous = tokens[k - 1] as Token;
    if (token.link !== '-' || token.type !== 'word' || previous.type !== 'word') continue;
    const compound = lang.term(previous.key + token.key);
    if (compound !== null) out.add(lang.family(compound));
  }
  return out;
}
