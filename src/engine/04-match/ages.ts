/**
 * A named person's age, as news style gives it: an appositive number after the name ("Kilicdaroglu,
 * 74, the candidate of ...", "Kurtz, aged 53,"), a number in brackets ("Kurtz (53)"), an "-year-old" before or after the
 * name ("74-year-old Kilicdaroglu", "Kurtz, a 53-year-old engineer,"), or a definite description
 * that opens a sentence ("The 74-year-old politician has transformed the party"), which speaks of the
 * person the paragraph is about: the one its first sentence opens on.
 *
 * Outlets that give one person's age state one fact, whatever else their sentences say; the age is a
 * phrase of its sentence, so the rest of each sentence stays a claim of its own. Two different ages
 * of one person conflict as the reports stand (a birthday between two reports included).
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { AnnotatedSentence, Quantity } from '../types.ts';

/** One report of a person's age. */
export interface AgeMention {
  unit: Unit;
  /** The person's entity id. */
  person: string;
  quantity: Quantity;
}

/** The oldest age a report can give. */
const MAX_AGE = 119;

/** After a name: ", 74," / ", 74." / " (74)" / ", a 74-year-old" / ", aged 74". */
const AFTER_NAME = /^(?:,\s*(?:aged\s+)?(\d{1,3})(?=\s*[,;.)]|\s+(?:and|said|told)\b)|\s*\((\d{1,3})\)|,\s*(?:a|an|the)\s+(\d{1,3})-year-old\b)/u;
/** Before a name: "74-year-old Kemal Kilicdaroglu", "the 74-year-old opposition leader Kemal Kilicdaroglu" (at most three words between). */
const BEFORE_NAME = /\b(\d{1,3})-year-old\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** A sentence that opens on a definite description by age: "The 74-year-old politician …". */
const DESCRIPTION = /^["“‘(]*the\s+(\d{1,3})-year-old\s+([\p{Ll}-]+)/iu;

/** A quantity for an age read at [start, end) of its sentence. */
function age(value: number, text: string, start: number, end: number): Quantity {
  return { value, low: value, high: value, granularity: 1, unit: 'age', qualifier: 'exact', measures: null, modifier: null, surface: text.slice(start, end), start, end };
}

/** True for a number that can be an age. */
const plausible = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= MAX_AGE;

/** The person a paragraph is about: the one its first sentence opens on, if a person; else null. */
function topicOf(story: AnnotatedStory, at: number): string | null {
  const sentence = story.sentences[at] as AnnotatedSentence;
  let first: AnnotatedSentence | undefined;
  for (let s = at - 1; s >= 0; s--) {
    const before = story.sentences[s];
    if (!before || before.article !== sentence.article || before.block !== sentence.block) break;
    first = before;
  }
  if (!first) return null;
  const opening = [...first.mentions].sort((a, b) => a.start - b.start)[0];
  if (!opening || story.entities.get(opening.entity)?.kind !== 'person') return null;
  // The name opens the sentence, as its subject: only quotation marks or brackets may stand before it.
  return /^["“‘(\s]*$/u.test(first.text.slice(0, opening.start)) ? opening.entity : null;
}

/** The ages given for named people in the story's usable units, outside quotations. */
export function ageMentions(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): AgeMention[] {
  const out: AgeMention[] = [];
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    const sentence = story.sentences[unit.s];
    if (!usable[unit.i] || !sentence || !/\d/.test(sentence.text.slice(unit.start, unit.end))) continue;
    const { text } = sentence;
    const quoted = (at: number): boolean => sentence.quotes.some((q) => at >= q.start && at < q.end);
    const found = new Set<string>();
    const add = (person: string, value: number, start: number, end: number): void => {
      if (!plausible(value) || quoted(start) || found.has(person)) return;
      found.add(person);
      out.push({ unit, person, quantity: age(value, text, start, end) });
    };
    for (const m of sentence.mentions) {
      if (m.start < unit.start || m.end > unit.end || story.entities.get(m.entity)?.kind !== 'person') continue;
      const after = AFTER_NAME.exec(text.slice(m.end, Math.min(unit.end, m.end + 24)));
      const digits = after?.[1] ?? after?.[2] ?? after?.[3];
      if (after && digits !== undefined) {
        const at = m.end + after[0].indexOf(digits);
        add(m.entity, Number(digits), at, at + digits.length);
        continue;
      }
      const before = BEFORE_NAME.exec(text.slice(Math.max(unit.start, m.start - 60), m.start));
      if (before?.[1] !== undefined) {
        const at = m.start - before[0].length;
        add(m.entity, Number(before[1]), at, at + before[1].length);
      }
    }
    // "The 74-year-old politician": a person noun, no one named before it in its sentence.
    const description = unit.start === 0 ? DESCRIPTION.exec(text) : null;
    if (description?.[1] !== undefined && lang.isPersonNoun(lang.key(description[2] ?? ''))) {
      const at = description[0].indexOf(description[1]);
      const topic = sentence.mentions.some((m) => m.start < description[0].length) ? null : topicOf(story, unit.s);
      if (topic !== null) add(topic, Number(description[1]), at, at + description[1].length);
    }
  }
  return out;
}

/** Ages of one person given by two or more sources: one group per person, in the story's order. */
export function ageGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): AgeMention[][] {
  const sourceOf = (u: Unit): string => story.sources.key[u.s] ?? u.article;
  const byPerson = new Map<string, AgeMention[]>();
  for (const mention of ageMentions(lang, story, usable)) {
    const list = byPerson.get(mention.person);
    // One report per article: an article that repeats an age says it once.
    if (list?.some((m) => m.unit.article === mention.unit.article)) continue;
    if (list) list.push(mention);
    else byPerson.set(mention.person, [mention]);
  }
  return [...byPerson.values()].filter((list) => new Set(list.map((m) => sourceOf(m.unit))).size > 1);
}
