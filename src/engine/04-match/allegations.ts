/**
 * Allegations denied in the sentence that reports them: "The minister refuted Mamata Banerjee's
 * allegation that the accident could have been averted with a Kavach device". The sentence states
 * two things on the record: someone alleges P, and someone denies it. When no other sentence of the
 * story states P (the denial has nothing to attach to), P is a claim of its own, stated as its
 * holder's ("According to Mamata Banerjee, the accident could have been averted …"), reported by this
 * sentence and denied by it and by the denials that follow it in the same report ("It has nothing to
 * do with Kavach"). The statement asserts P, which is what the denial denies, not that it was alleged,
 * which no one denies.
 *
 * The nouns are those of assertion that take a "that" clause (allegation, claim, report, ...), and the
 * holder must be named: "rejected claims that P" puts P in no one's mouth, so it stays a denial.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Unit } from '../03-annotate/units.ts';

/** Nouns of assertion that take a "that" clause. */
const ASSERTION_NOUNS: ReadonlySet<string> = new Set(['allegation', 'claim', 'report', 'suggestion', 'assertion', 'charge', 'rumour', 'rumor', 'speculation']);

/** "… refuted [Y's] allegation(s) that P" : the denial verb, an optional holder, the noun and the clause. */
const DENIED_ASSERTION = /\b(?:denied|denies|deny|refuted|refutes|refute|rejected|rejects|reject|dismissed|dismisses|dismiss|rebutted|rebuts)\s+(?:the\s+|a\s+)?(?:(?<holder>(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}[\p{Lu}][\p{L}'’-]*)['’]s\s+)?(?<noun>allegations?|claims?|reports?|suggestions?|assertions?|charges?|rumou?rs?|speculation)\s+that\s+(?<clause>[^.;!?]+)/u;

/** An allegation a denial sentence reports: the claim's statement and where its clause is. */
export interface DeniedAllegation {
  statement: string;
  start: number;
  end: number;
}

/** The allegation a denial unit reports and denies, if its sentence names one with a "that" clause. */
export function deniedAllegation(story: AnnotatedStory, unit: Unit): DeniedAllegation | null {
  const text = story.sentences[unit.s]?.text ?? '';
  const match = DENIED_ASSERTION.exec(text);
  const groups = match?.groups;
  if (!match || !groups?.noun || !groups.clause) return null;
  const singular = groups.noun.toLowerCase().replace(/s$/, '');
  if (!ASSERTION_NOUNS.has(singular)) return null;
  // "rejected claims that the health system was under strain": with no holder named, no one in the
  // story asserts P on the record, and the report only says that it was denied; the denial stays
  // the claim, stated as the report states it.
  const holder = groups.holder?.trim();
  if (holder === undefined) return null;
  const clause = groups.clause.trim().replace(/[,\s]+$/, '');
  const start = text.indexOf(clause, match.index);
  const statement = `According to ${holder}, ${clause}.`;
  return { statement, start, end: start + clause.length };
}

/**
 * The denials and negations after the allegation's sentence in the same report, next to it, that
 * share a content word with the allegation: the denier's own words ("It has nothing to do with Kavach").
 */
export function followingDenials(unit: Unit, allegation: DeniedAllegation, candidates: readonly Unit[], reach = 3): Unit[] {
  const terms = new Set(unit.terms.filter((term, k) => (unit.offsets[k] ?? -1) >= allegation.start && (unit.offsets[k] ?? -1) < allegation.end && unit.content.includes(term)));
  return candidates.filter((other) => other.article === unit.article && other.s > unit.s && other.s <= unit.s + reach && other.content.some((term) => terms.has(term)));
}
