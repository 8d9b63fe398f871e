/**
 * Grouping the reports of one phrase fact (a place in a series, a word in quotation marks): reports
 * alike in the fact's own value state it together when every two of their sentences, from different
 * articles, share a content word besides the phrase, so the same value said of two different things
 * stays apart. Groups that one source alone gives are no claim.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';

/** Words a phrase cannot end on: prepositions and articles that wait for their noun. */
export const DANGLING = /(?:\s+(?:of|the|a|an|to|in|on|at|for|since|from|by|with|against|its|their))+$/iu;

/** The derivational families of the content words of `text`, but those `skip` says to leave out. */
export function familyWords(lang: Language, text: string, skip: (word: string, term: string) => boolean = () => false): Set<string> {
  const out = new Set<string>();
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const term = lang.term(lang.key(word));
    if (term !== null && !skip(word, term)) out.add(lang.family(term));
  }
  return out;
}

/**
 * Each report joins the first group whose every member has its value (`same`), is of another article
 * and shares a word (`wordsOf`) with it; else it opens a group. Groups of two or more sources are kept.
 */
export function groupAlike<T extends { unit: Unit }>(story: AnnotatedStory, reports: readonly T[], same: (a: T, b: T) => boolean, wordsOf: (report: T) => Set<string>): T[][] {
  const sourceOf = (u: Unit): string => story.sources.key[u.s] ?? u.article;
  const words = new Map<T, Set<string>>();
  const groups: T[][] = [];
  for (const report of reports) {
    const own = wordsOf(report);
    words.set(report, own);
    const alike = (other: T): boolean => same(other, report) && other.unit.article !== report.unit.article && [...(words.get(other) ?? [])].some((w) => own.has(w));
    const home = groups.find((g) => g.every(alike));
    if (home) home.push(report);
    else groups.push([report]);
  }
  return groups.filter((g) => new Set(g.map((m) => sourceOf(m.unit))).size > 1);
}

/** The value most reports give, the one first given on a tie; null when none gives one. */
export function mostCommon<T>(values: ReadonlyArray<T | null>): T | null {
  const counts = new Map<T, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  let most = 0;
  // In the order values were first given: a later value wins only with more reports.
  for (const [value, n] of counts) {
    if (n > most) {
      best = value;
      most = n;
    }
  }
  return best;
}
