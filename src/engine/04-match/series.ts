/**
 * Where the event stands in a series of its kind: "the sixth day of action against the reform",
 * "on the sixth day of nationwide rallies", "for the sixth time since the start of this year", "the
 * third round of talks". An ordinal before a noun of a recurring occasion numbers the event among
 * its like; outlets that give it the same number state one fact, however the rest of their
 * sentences run, and each report's phrase is what it says of that fact.
 *
 * Only agreement is read here: two different numbers may count two different series ("the third
 * round of talks", "the second day of the summit"), which the words alone do not tell apart. "First"
 * is left out: "for the first time" says something new happened, not where it stands in a series.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import { DANGLING, familyWords, groupAlike } from './phrase-groups.ts';
import { allMatches } from '../text.ts';

/** One unit's ordinal phrase. */
export interface SeriesMention {
  unit: Unit;
  /** The ordinal's value (6 for "sixth", "6th"). */
  ordinal: number;
  /** The occasion noun, singular ("day", "time", "round"). */
  noun: string;
  start: number;
  /** Where the ordinal and its noun end, with "in a row" if it follows: the words that say only "which one". */
  headEnd: number;
  end: number;
  text: string;
}

/** Ordinal words from "second": "first" says something is new, not its place in a series. */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'].map((word, k) => [word, k + 2]),
);

/**
 * Nouns of an occasion that recurs: a day or week of action, a time, a round, a wave, an edition, a
 * session. Not a thing that can be counted in one event ("the second train", "the third coach").
 */
const OCCASIONS = new Set(['day', 'days', 'time', 'times', 'round', 'rounds', 'wave', 'waves', 'week', 'weeks', 'edition', 'editions', 'session', 'sessions']);

/**
 * "the sixth day", "the 6th consecutive day", "its fourth straight week": a definite determiner, the
 * ordinal, at most one word between, and an occasion noun. An indefinite one ("sending the country
 * to a second round", "after a second round of voting takes place") speaks of another occasion to
 * come, not of the event reported.
 */
const ORDINAL_PHRASE = new RegExp(`\\b(?:the|its|their|this)\\s+(${[...ORDINAL_WORDS.keys()].join('|')}|(\\d{1,2})(?:nd|rd|th))\\s+([\\p{L}-]+)(?:\\s+(\\p{L}+))?`, 'giu');

/** Words that end an ordinal phrase's trailing words: a new clause. */
const CLAUSE_BREAK = /(?:[,;:.!?()"“”]|\s(?:and|but|which|who|when|while|as|because|with|after)\s)/u;

/** The ordinal phrases of the story's usable units, outside quotations and denials. */
export function seriesMentions(story: AnnotatedStory, usable: readonly boolean[]): SeriesMention[] {
  const out: SeriesMention[] = [];
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    if (!usable[unit.i] || unit.denial) continue;
    const sentence = story.sentences[unit.s];
    if (!sentence) continue;
    const clause = sentence.text.slice(unit.start, unit.end);
    if (!/(?:nd|rd|th|second)\b/i.test(clause)) continue;
    for (const m of allMatches(ORDINAL_PHRASE, clause)) {
      const [surface, word, digits, next, after] = m;
      const ordinal = digits !== undefined ? Number(digits) : ORDINAL_WORDS.get((word ?? '').toLowerCase());
      // The occasion right after the ordinal ("the sixth day"), or after one word ("the 6th consecutive day").
      const direct = OCCASIONS.has((next ?? '').toLowerCase());
      const occasion = (direct ? next : after)?.toLowerCase() ?? '';
      if (ordinal === undefined || ordinal < 2 || !OCCASIONS.has(occasion)) continue;
      const start = unit.start + (m.index ?? 0);
      // A place in a series inside a quotation is the speaker's: the quote claim carries it.
      if (sentence.quotes.some((q) => start >= q.start && start < q.end)) continue;
      // The phrase runs from the determiner past the noun to what the occasion is of, up to a new clause.
      const nounEnd = start + surface.length - (direct && after !== undefined ? surface.length - surface.lastIndexOf(after) + 1 : 0);
      const headEnd = nounEnd + (/^\s+in\s+a\s+row\b/iu.exec(sentence.text.slice(nounEnd, unit.end))?.[0].length ?? 0);
      const tail = sentence.text.slice(nounEnd, unit.end);
      const stop = tail.search(CLAUSE_BREAK);
      // At most eight words of what the occasion is of follow the noun ("of action against the reform");
      // cut short, a phrase does not end on a word that needs one after it ("since the start of").
      const trail = (/^(?:\s+[^\s]+){0,8}/u.exec(stop < 0 ? tail : tail.slice(0, stop))?.[0] ?? '').replace(DANGLING, '');
      const end = nounEnd + trail.length;
      out.push({ unit, ordinal, noun: occasion.replace(/s$/, ''), start, headEnd, end, text: sentence.text.slice(start, end) });
      break;
    }
  }
  return out;
}

/**
 * Groups of ordinal phrases, from two or more sources, that give the event one place in its series:
 * the same ordinal ("the sixth day of action", "for the sixth time"), and every two sentences with a
 * content word in common besides their ordinal and its noun, so "prices rose for the third week in a
 * row" and "unemployment fell for the third week in a row" stay apart.
 */
export function seriesGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): SeriesMention[][] {
  return groupAlike(story, seriesMentions(story, usable), (a, b) => a.ordinal === b.ordinal, (mention) => {
    const text = story.sentences[mention.unit.s]?.text ?? '';
    return familyWords(lang, `${text.slice(mention.unit.start, mention.start)} ${text.slice(mention.headEnd, mention.unit.end)}`);
  });
}
