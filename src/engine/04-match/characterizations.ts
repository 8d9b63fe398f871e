/**
 * A word someone used of something, in quotation marks: "unions have described as “historic” the
 * mobilization", "Tuesday's "historic" mobilization"; "Lavrov described the discussions as "useful"",
 * "Lavrov called the meeting “very useful”". A short quotation of lower-case words inside a sentence
 * of the report's own is the report marking a characterization as someone's; outlets that quote the
 * same word of the same thing state one fact, however the rest of their sentences run: that it was
 * called so. Each report's phrase around the word is what it says of that fact.
 *
 * Only agreement is read: another word is another characterization, not a contradiction. A quoted
 * name or title ("NBC's “Today” show") is no characterization, nor is a full quotation.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import { DANGLING, familyWords, groupAlike, mostCommon } from './phrase-groups.ts';
import { allMatches, DATELINE } from '../text.ts';

/** One report of a quoted word. */
export interface CharacterizationMention {
  unit: Unit;
  /** The quoted words as written ("historic", "very useful"). */
  word: string;
  /** The quotation's content terms, sorted: what two reports must share ("use" for "useful" and "very useful"). */
  key: string;
  /** Who the sentence says used the word, if anyone. */
  speaker: string | null;
  /** The noun the word was used of, when the sentence's grammar shows it ("mobilization", "meeting"). */
  described: string | null;
  /** Whom a verb of accusing charges with the word ("accused Anadolu Agency … of “manipulation”"), when named. */
  accused: string | null;
  start: number;
  end: number;
  text: string;
}

/** At most this many words in quotation marks make a quoted word, not a quotation. */
const MAX_WORDS = 3;
/** Words of the phrase before and after the quoted word. */
const BEFORE = 5;
const AFTER = 3;
/** The longest clause before a quoted word that the phrase takes whole. */
const CLAUSE_WORDS = 30;
/** The words right before a quoted word, up to BEFORE of them, no punctuation or dash between. */
const WORDS_BEFORE = new RegExp(`(?:[^\\s,;:—–"“”-]+\\s+){0,${BEFORE}}$`, 'u');
/** The words right after it, up to AFTER, up to a new clause ("and said", "- the"). */
const WORDS_AFTER = new RegExp(`^(?:\\s+(?!(?:and|but|or|which|who|that)\\b)[^\\s,;:—–.!?"“”-]+){0,${AFTER}}`, 'u');

/** A parenthetical between spaced dashes, from the first dash to the space after the second. */
const PARENTHETICAL = /^\s+[-–—]\s[^-–—]+?\s[-–—]\s+/u;
/** The words of a clause up to its end: a comma, semicolon, colon or the sentence's closing mark. */
const CLAUSE_END = /^[^,;:.!?]+/u;

/** An "of" phrase right after the words that follow a quoted word, up to six words and no punctuation. */
const OF_PHRASE = /^\s+of(?:\s+[^\s,;:—–.!?"“”-]+){1,6}/u;

/** Conjunctions that open a subordinate clause with its own subject. */
const SUBORDINATE = /\b(?:after|before|because|since|once|until|when|whereas|although)\s+/giu;

/** The last subordinate clause of a stretch of text, when one opens in it and runs on for four words or more; else the whole. */
function innermost(clause: string): string {
  let start = 0;
  for (const m of allMatches(SUBORDINATE, clause)) start = m.index + m[0].length;
  return start > 0 && (clause.slice(start).match(/\S+/g) ?? []).length >= 4 ? clause.slice(start) : clause;
}

/** The quoted words of the story's usable units: lower-case, at most three words, inside a sentence. */
export function characterizationMentions(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): CharacterizationMention[] {
  const out: CharacterizationMention[] = [];
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    const sentence = story.sentences[unit.s];
    if (!usable[unit.i] || unit.denial || !sentence || sentence.quotes.length === 0) continue;
    const { text } = sentence;
    for (const quote of sentence.quotes) {
      if (quote.start < unit.start || quote.end > unit.end) continue;
      const word = quote.text.trim().replace(/^["“‘]+|["”’.,;:!?]+$/gu, '').trim();
      const words = word.split(/\s+/);
      // Lower-case words only: a capital is a name or a title ("Today"), or a quotation's own sentence.
      if (words.length > MAX_WORDS || !/^[\p{Ll}\s-]+$/u.test(word)) continue;
      const terms = words.map((w) => lang.term(lang.key(w))).filter((t): t is string => t !== null);
      if (terms.length === 0) continue;
      // The phrase: a few words before the quotation and after it, within the clause.
      // The quotation marks are the phrase's too, whether the quotation's span holds them or not.
      const opening = /["“‘]$/u.test(text.slice(unit.start, quote.start)) ? 1 : 0;
      const closing = /^["”’]/u.test(text.slice(quote.end, unit.end)) ? 1 : 0;
      const head = text.slice(unit.start, quote.start - opening);
      const tail = text.slice(quote.end + closing, unit.end);
      // The clause up to the word, which names who used it ("CHP spokesperson Faik Öztrak accused Anadolu
      // Agency … of “manipulation”"), when it is short enough to read; else the words right before it
      // (words only, no dash: "the occasion- have described as" starts at "have").
      // A clause inside it that opens on "after", "because", … is the one the word belongs to: "Çelik's
      // remarks came after Deputy Chair Faik Öztrak … accused Anadolu Agency … of" starts at "Deputy".
      const clause = innermost(head.replace(DATELINE, ''));
      const lead = (clause.match(/\S+/g) ?? []).length <= CLAUSE_WORDS && !/["“”]/u.test(clause) ? clause.replace(/^\s+/, '') : (WORDS_BEFORE.exec(head)?.[0] ?? '');
      // Not ending on a word that waits for its noun.
      // A noun the phrase ends on keeps what it is of: "in the release" goes on "of the presidential … results".
      const after = WORDS_AFTER.exec(tail)?.[0] ?? '';
      const trail = `${after}${OF_PHRASE.exec(tail.slice(after.length))?.[0] ?? ''}`.replace(DANGLING, '');
      const start = quote.start - opening - lead.length;
      const end = quote.end + closing + trail.length;
      // A parenthetical between dashes right after the phrase ("Tuesday's "historic" mobilization - the
      // sixth day of strikes … - was the largest in 40 years") is left out, and the phrase runs on to
      // the end of its clause: cut at the dash, it would stop before its verb.
      const rest = text.slice(end, unit.end);
      const aside = PARENTHETICAL.exec(rest);
      const predicate = aside ? (CLAUSE_END.exec(rest.slice(aside[0].length))?.[0] ?? '').trim() : '';
      const phrase = text.slice(start, end).trim();
      const whole = predicate !== '' && (predicate.match(/\S+/g) ?? []).length <= CLAUSE_WORDS ? `${phrase} … ${predicate}` : phrase;
      out.push({ unit, word, key: [...new Set(terms)].sort().join(' '), speaker: quote.speaker ?? sentence.attribution.speaker, described: describedNoun(head, tail), accused: accusedOf(head), start, end, text: whole });
    }
  }
  return out;
}

/** A determiner or possessive before a noun. */
const DETERMINER = String.raw`(?:the|a|an|its|his|her|their|this|that|these|those)`;
/** Verbs that call something a word: "described … as", "called", "termed". */
const CALLING = String.raw`(?:described|describing|called|calling|termed|labell?ed|branded|hailed|deemed)`;
const NOUN = String.raw`(\p{Ll}[\p{L}-]*)`;
/** "described the discussions as", "called the meeting": the object before the word. */
const OBJECT_BEFORE = new RegExp(String.raw`\b${CALLING}\s+${DETERMINER}\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?${NOUN}\s+(?:as\s+)?$`, 'u');
/** "the talks were": the subject of a copula before the word. */
const SUBJECT_BEFORE = new RegExp(String.raw`\b${DETERMINER}\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?${NOUN}\s+(?:was|were|is|are)\s+$`, 'u');
/** "described as": the object comes after the word. */
const CALLING_AS = new RegExp(String.raw`\b${CALLING}\s+as\s+$`, 'u');
const OBJECT_AFTER = new RegExp(String.raw`^\s+${DETERMINER}\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?${NOUN}(?=[\s,.;:!?—–-]|$)`, 'u');
/** A determiner or possessive right before the word: the word modifies the noun after it ("Tuesday's “historic” mobilization"). */
const MODIFIER_BEFORE = new RegExp(String.raw`(?:\b${DETERMINER}|\p{L}['’]s?)\s*$`, 'u');
const NOUN_AFTER = new RegExp(String.raw`^\s+${NOUN}(?=[\s,.;:!?—–-]|$)`, 'u');

/**
 * The noun a quoted word was used of, as the grammar around it shows: the object of a verb of
 * calling ("described the discussions as “useful”", "described as “historic” the mobilization"),
 * the subject of a copula ("the talks were “useful”"), or the noun the word modifies ("Tuesday's
 * “historic” mobilization"); null when none of these holds ("accused Anadolu … of “manipulation”").
 */
export function describedNoun(head: string, tail: string): string | null {
  const found = OBJECT_BEFORE.exec(head) ?? SUBJECT_BEFORE.exec(head) ?? (CALLING_AS.test(head) ? OBJECT_AFTER.exec(tail) : null) ?? (MODIFIER_BEFORE.test(head) ? NOUN_AFTER.exec(tail) : null);
  return found?.[1] ?? null;
}

/**
 * "accused Anadolu Agency (AA), which is publishing the vote statistics, of": the name or noun
 * phrase a verb of accusing charges with the word after "of", without its parenthesis or relative
 * clause; null for a pronoun (it names no one here) or when the words before the word are no accusation.
 */
export function accusedOf(head: string): string | null {
  const found = ACCUSING.exec(head)?.[1]?.trim();
  return found === undefined || PRONOUN.test(found) ? null : found;
}

/** A verb of accusing, its object (up to a parenthesis or comma), an aside, and "of" right before the word. */
const ACCUSING = /\baccus(?:ed|es|e|ing)\s+([^,;:()“”"]+?)(?:\s*\([^)]*\))?(?:\s*,[^,;“”"]*,)?\s+of\s*$/u;
const PRONOUN = /^(?:him|her|them|it|us|me|you|himself|herself|themselves|itself|each other|one another)$/iu;

/** Whom most of a group's reports accuse with the word (the earliest report's on a tie), or null when none says. */
export function accusedBy(group: readonly CharacterizationMention[]): string | null {
  return mostCommon(group.map((m) => m.accused));
}

/** The noun most of a group's reports use the word of (the earliest report's on a tie), or null when none says. */
export function describedBy(group: readonly CharacterizationMention[]): string | null {
  return mostCommon(group.map((m) => m.described));
}

/**
 * Groups of quoted words, from two or more sources, that say one thing was called one word: the same
 * content terms in the quotation, and every two sentences with a content word in common outside it
 * (what was so called, or who called it), so "a "historic" mobilization" and "a "historic" defeat"
 * stay apart.
 */
export function characterizationGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): CharacterizationMention[][] {
  // Not the verb of calling or saying ("called", "described"): both reports have one.
  const said = (word: string): boolean => lang.lexicon.cueWords.has(lang.key(word));
  return groupAlike(story, characterizationMentions(lang, story, usable), (a, b) => a.key === b.key, (mention) => {
    const text = story.sentences[mention.unit.s]?.text ?? '';
    const quoted = new Set(mention.key.split(' '));
    return familyWords(lang, text.slice(mention.unit.start, mention.unit.end), (word, term) => said(word) || quoted.has(term));
  });
}
