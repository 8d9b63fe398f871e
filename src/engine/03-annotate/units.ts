/**
 * Units: the propositions the engine compares. A sentence that is not compound is one unit; a
 * compound sentence gives one unit per clause (clauses.ts), so one sentence may bear on several
 * claims while the evidence shown is always the whole sentence. Each unit carries everything later
 * stages compare, computed here once from the sentence's tokens and annotation: its terms (names
 * and attribution words set apart), entities, quotes, quantities, dates, speaker and polarity.
 */
import type { EngineConfig } from '../config.ts';
import type { Language } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { AnnotatedSentence, Quantity, Quote } from '../types.ts';
import { BYLINE, CAPTION_LABEL } from '../02-segment.ts';
import { exactLength } from '../lists.ts';
import { allMatches, wordsAtLeast } from '../text.ts';
import { isNumberWord } from '../language/numbers.ts';
import { clauseSpans, type ClauseSpan, type VerbWords } from './clauses.ts';
import { INTENDED } from './counter-accounts.ts';
import { MONTHS } from '../language/lexicon/function-words.ts';
import { VERDICT_WORDS } from '../language/lexicon/polarity.ts';
import { isRoleNoun, isRoleWord } from './roles.ts';
import { nameTerms, sentenceTerms, type NamedSpan } from './terms.ts';

/** One proposition of a sentence. */
export interface Unit {
  /** Position in the story's units (story order). */
  i: number;
  /** Index of the sentence in the story's sentences. */
  s: number;
  article: string;
  /** The clause: offsets into the sentence text ([0, length) when the sentence is one unit). */
  start: number;
  end: number;
  /** Which clause of the sentence this is, and how many it has. */
  part: number;
  parts: number;
  /** The sentence makes a checkable statement (not a heading, caption, credit, fragment or question). */
  checkable: boolean;
  /** The sentence ends as a sentence ends: it is not cut off mid-word by a truncated copy. */
  complete: boolean;
  /** Matching terms in reading order (names as the words of the entity's canonical name). */
  terms: string[];
  /** Offsets in the sentence of each term's word, in step with `terms`. */
  offsets: number[];
  ends: number[];
  /** The terms that are words of a named entity. */
  names: ReadonlySet<string>;
  /** Distinct terms that say what is claimed: neither names nor attribution words ("said", "officials"). */
  content: string[];
  /** The content terms the unit names only inside adjuncts of time ("since the invasion"): its background. */
  background: string[];
  /**
   * Of the background, the terms named only in adjuncts without a verb of their own ("since the
   * full-scale invasion in February 2022"): an event named in passing as a point in time. An adjunct
   * with a verb ("after bin collectors and truck drivers joined the action") states what happened.
   */
  passing: string[];
  /** Entities named in the unit (outlets excluded: citing an outlet says nothing about the content). */
  entities: string[];
  quotes: Quote[];
  quantities: Quantity[];
  /** Calendar references ("m3-d11", "w-saturday", "y2023"): a shared date says which event. */
  dates: string[];
  /** Where each date is in the sentence, in step with `dates`. */
  dateAt: number[];
  speaker: string | null;
  denial: boolean;
  /** The unit of the account just before that this unit's account answers (03-annotate/counter-accounts.ts), if any. */
  answers?: number;
  hedged: boolean;
  /** A negation outside quotation marks ("did not", "no", "never"). */
  negated: boolean;
  /** The content term each negation applies to: "found no more survivors" → survivors, "did not accept" → accept. */
  negatedTerms: string[];
  /**
   * The extent the unit's own words give what it says, outside quotations: the whole world ("at
   * airports around the world") or one country ("across the country", "nationwide"); null when it
   * names neither or both.
   */
  extent: 'world' | 'country' | null;
  /**
   * Content terms written only as proper nouns the story does not know as names: capitalised, not
   * opening the sentence, not an acronym, a day or a month ("the Juniper music festival", "the
   * Peregrine Museum"). They name something as names do.
   */
  proper: readonly string[];
  /** For a relative clause made a unit ("…, who survived with a broken arm,"): the span of what it speaks of ("Petar Vask"). */
  antecedent?: { start: number; end: number };
}

const NO_TERMS: readonly string[] = [];

/** Words for the whole world as the extent of what a clause says. */
const WORLD = /\b(?:worldwide|globally|around the (?:world|globe)|across the (?:world|globe)|all over the world|throughout the world|across continents)\b/i;
/** Words for one whole country as the extent of what a clause says. */
const COUNTRY = /\b(?:nationwide|across the country|throughout the country|all over the country|across the nation|throughout the nation)\b/i;

/** The content terms of tokens [from, to) written only as unknown proper nouns (see `Unit.proper`). */
function properTerms(lang: Language, tokens: readonly Token[], from: number, to: number, terms: readonly string[], offsets: readonly number[], content: readonly string[]): readonly string[] {
  // Where the proper nouns start, in one pass over the tokens; most units have none, and stop here.
  let starts: number[] | null = null;
  const opening = tokens.findIndex((t) => t.type === 'word');
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (!token.cap || token.acronym || i === opening) continue;
    const before = tokens[i - 1];
    // A person's name after an honorific ("Dr. Zhou") is someone who may speak, not a thing named.
    const honorific = lang.lexicon.honorifics.has(before?.key ?? '') || (before?.text === '.' && lang.lexicon.honorifics.has(tokens[i - 2]?.key ?? ''));
    if (honorific || before?.text === ':' || before?.quote !== null || lang.lexicon.weekdays.has(token.key) || lang.lexicon.months.has(token.key)) continue;
    if (citesSource(tokens, i)) continue;
    (starts ??= []).push(token.start);
  }
  if (starts === null) return NO_TERMS;
  let out: string[] | null = null;
  for (let k = 0; k < content.length; k++) {
    const term = content[k] as string;
    let all = true;
    for (let j = 0; j < terms.length && all; j++) if (terms[j] === term && !starts.includes(offsets[j] ?? -1)) all = false;
    if (all && !(out ??= []).includes(term)) out.push(term);
  }
  return out ?? NO_TERMS;
}

/**
 * True when the token at `i` is in the few words after "according to", "citing", "quoted by",
 * "reported by" or "data from": the source of what is said ("According to Cirium data"), not a thing
 * it is said of.
 */
function citesSource(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const key = tokens[k]?.key ?? '';
    const next = tokens[k + 1]?.key ?? '';
    if ((key === 'according' && next === 'to') || key === 'citing' || ((key === 'quoted' || key === 'reported' || key === 'cited') && next === 'by') || (key === 'data' && next === 'from')) return true;
    if (tokens[k]?.type === 'punct') return false;
  }
  return false;
}

/** The extent a unit's text, quotations blanked, gives what it says (see `Unit.extent`). */
function extentOf(text: string): Unit['extent'] {
  const world = WORLD.test(text);
  const country = COUNTRY.test(text);
  return world === country ? null : world ? 'world' : 'country';
}

/** The text of `span` with the quotations in it blanked: the unit's own words, not a speaker's. */
function narrationOf(text: string, span: { start: number; end: number }, quotes: ReadonlyArray<{ start: number; end: number }>): string {
  let out = '';
  let at = span.start;
  for (const q of quotes) {
    if (q.end <= span.start || q.start >= span.end) continue;
    out += `${text.slice(at, Math.max(at, q.start))} `;
    at = Math.max(at, q.end);
  }
  return out + text.slice(at, span.end);
}

/** How many words after a negator its scope may reach for the word it negates ("has not yet been seen"). */
const NEGATION_REACH = 4;

/**
 * The content term a negator at token `at` applies to: the first content term of the clause within
 * a few words after it, past auxiliaries and words such as "more", "any" or "longer"; null when a
 * mark or the clause's end comes first.
 */
function negationScope(lang: Language, tokens: readonly Token[], at: number, to: number, content: readonly string[]): string | null {
  for (let j = at + 1; j < to && j <= at + NEGATION_REACH; j++) {
    const token = tokens[j] as Token;
    if (token.type === 'punct' || token.type === 'quote') return null;
    const term = lang.term(token.key);
    if (term !== null && content.includes(term)) return term;
  }
  return null;
}

/** Newsroom boilerplate: credit lines, photo credits, calls to action, read-more links. */
const BOILERPLATE = [
  /\b(?:contributed|contributing)\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story|article)\b/i,
  /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled) by\b/i,
  /^(?:photo|image|video|source|credit|caption|file photo)s?\s*[:|]/i,
  // A caption's label and a byline with its date, which a scraped copy ran into the text and the
  // segmenter split off ("Pictured left: …", "by Gareth van Zyl July 19, 2024").
  new RegExp(`^${CAPTION_LABEL}`, 'iu'),
  new RegExp(`^${BYLINE}$`, 'u'),
  /\b(?:sign up|subscribe|newsletter|follow us|read more|click here|all rights reserved|cookie)\b/i,
  /^(?:related|see also|more on this|watch|listen)\s*:/i,
  // The report speaking of itself: "This story is developing and will be updated", "This report was provided by …".
  /^This (?:story|article|report|page|post|piece) (?:is|was|has been|will be)\s+(?:still\s+)?(?:developing|updated|being updated|corrected|amended|provided by|produced by|written by|compiled by|prepared by)\b/i,
  // An embedded graphic's note about itself: "The map is updated throughout the day."
  /^(?:The|This) (?:map|chart|graphic|graph|table|tracker|infographic|live blog) (?:is|are|was|will be|has been)\s+(?:\p{Ll}+ly\s+)?(?:updated|being updated)\b/iu,
];
const ENDS_SENTENCE = /[.!?]["”’)\]]*\s*$/;

/** True when a sentence reads as a heading: most of its words are capitalised and it is short. */
function isHeadingLike(text: string): boolean {
  if (ENDS_SENTENCE.test(text)) return false;
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length === 0 || words.length > 16) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.75;
}

/** True when `terms` holds at least `min` distinct terms. */
function hasDistinct(terms: readonly string[], min: number): boolean {
  if (min <= 0) return true;
  // A list, not a set: `min` is a handful, and this is asked for every sentence.
  const seen: string[] = [];
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    if (seen.includes(term)) continue;
    seen.push(term);
    if (seen.length >= min) return true;
  }
  return false;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
/** A full date with its year that dates a scene: "on June 3, 2023", "Saturday, June 3, 2023", "on 3 June 2023". */
const FULL_DATE = new RegExp(
  `\\b(?:on|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?)\\s+(?:${MONTH}\\s+\\d{1,2},?\\s+((?:19|20)\\d\\d)|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\s+((?:19|20)\\d\\d))\\b`,
  'g',
);
/**
 * A photographer's credit: "(AP Photo/Rafiq Maqbool)", "(Photo: Jan Novak)", "[Geoffroy Van Der
 * Hasselt/AFP]", or a caption's closing credit ("Microsoft global outage Photo: Getty Images").
 */
const PHOTO_CREDIT = /\([^()]*\bPhoto\b[^()]*\)|\[[^\]]*\p{Lu}[^\]]*\/\s*\p{Lu}[^\]]*\]|\b(?:Photo|Image|Picture)s?\s*:\s*\p{Lu}[^.:;!?]{0,60}\.?\s*$/u;

/**
 * A photo caption: it carries the photographer's credit, or dates its scene with day, month and
 * the article's own year ("Rescuers work at the site …, Saturday, June 3, 2023", "… in Paris on
 * March 7, 2023"), as wire captions do and news copy does not (news style leaves the current year
 * out of a date). A caption describes a picture, which may be of another day; it is not a
 * statement the report makes. Page furniture dated the same way ("Published on March 7, 2023")
 * goes with it.
 */
export function isCaption(text: string, year: string | undefined): boolean {
  if (PHOTO_CREDIT.test(text)) return true;
  if (year === undefined || !text.includes(year)) return false;
  for (const m of allMatches(FULL_DATE, text)) if ((m[1] ?? m[2]) === year) return true;
  return false;
}

/**
 * True when the sentence can be a claim (or evidence for one); `year` is the article's year of
 * publication. `known`, when given, keeps what the tests of the text alone found for each text (and
 * the year they were read with): reprints repeat a third of a story's sentences, and those tests
 * (length, heading, caption, boilerplate) are a dozen patterns.
 */
export function isCheckable(sentence: AnnotatedSentence, config: EngineConfig['segment'], year?: string, known?: Map<string, TextCheck>): boolean {
  const text = sentence.text.trim();
  // A short sentence's figure and what it counts, with what happened to it, are two words: "Two people died."
  const shortWithFigure = !wordsAtLeast(text, config.minWords) && hasDistinct(sentence.terms, FIGURE_TERMS) && shortFigure(text, config.minWords - FIGURE_WORDS_SPARED);
  // A short denial ("The club denied everything.", "Cement chiefs deny the lot.") answers what was
  // said before it, which its few words need not repeat.
  const shortDenial = sentence.polarity === 'denies' && ENDS_SENTENCE.test(text) && wordsAtLeast(text, DENIAL_WORDS) && !isHeadingLike(text);
  if (shortDenial) return true;
  if (!hasDistinct(sentence.terms, config.minTerms) && !shortWithFigure) return false;
  // A question asks rather than claims, unless it is inside a quote.
  if (/\?["”’)]*$/.test(text) && sentence.quotes.length === 0) return false;
  const kept = known?.get(sentence.text);
  if (kept !== undefined && kept.year === year) return kept.checkable;
  const checkable = (wordsAtLeast(text, config.minWords) || shortFigure(text, config.minWords - FIGURE_WORDS_SPARED)) && !isHeadingLike(text) && !isCaption(text, year) && !BOILERPLATE.some((pattern) => pattern.test(text));
  known?.set(sentence.text, { year, checkable });
  return checkable;
}

/**
 * A short sentence that states a figure ("Fourteen people are still missing.", "Police arrested 12
 * people."): at least `minWords` words, ended as a sentence, with a number in digits or words.
 * Shorter than a statement needs to be matched on its words, it still gives a figure another report
 * can confirm or contradict.
 */
function shortFigure(text: string, minWords: number): boolean {
  if (!ENDS_SENTENCE.test(text) || !wordsAtLeast(text, minWords)) return false;
  // In three words a day of a month is a dateline ("ANKARA, May 14."), not a figure; a longer sentence
  // that gives a date states when something happened ("The mayor resigned on 3 May.").
  const figures = wordsAtLeast(text, FIGURE_WORDS) ? text : text.replace(DAY_OF_MONTH, '');
  return /\d/.test(figures) || (figures.match(/\p{L}+/gu) ?? []).some((word) => isNumberWord(word.toLowerCase()));
}

/** A day of a month, either way round: "May 14", "14 May", "Sept. 3" (the lexicon's month names, longest first). */
const MONTH_NAME = `(?:${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})`;
const DAY_OF_MONTH = new RegExp(`\\b(?:${MONTH_NAME}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_NAME})\\b`, 'giu');

/** Words a short denial needs: who denies, the verb and what ("The club denied everything."). */
const DENIAL_WORDS = 4;

/** How many words fewer than a statement needs a sentence that states a figure may have: "Two people died." */
const FIGURE_WORDS_SPARED = 3;
/** Words of a short sentence from which a date reads as a figure, as before three-word figures were read. */
const FIGURE_WORDS = 4;
/** Distinct terms a short sentence that states a figure needs: what is counted and what happened to it. */
const FIGURE_TERMS = 2;

/** What `isCheckable`'s tests of a text alone found, and the year (which a caption's date is read against) they were read with. */
export interface TextCheck {
  year: string | undefined;
  checkable: boolean;
}

/**
 * Calendar references of a stretch of tokens (month-day pairs, weekdays, years), each once, pushed
 * onto `dates` with their offsets onto `at`: two lists, not a map to copy them out of, for every unit.
 */
function datesOf(lang: Language, tokens: readonly Token[], from: number, to: number, dates: string[], at: number[]): void {
  const { months, weekdays } = lang.lexicon;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    // Months and weekdays are capitalised: a lower-case word is not looked up.
    const month = token.cap ? months.get(token.key) : undefined;
    let key: string | null = null;
    if (month !== undefined) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const day = after?.type === 'number' && Number(after.text) <= 31 ? after.text : before?.type === 'number' && Number(before.text) <= 31 ? before.text : null;
      key = day ? `m${month}-d${Number(day)}` : `m${month}`;
    } else if (weekdays.has(token.key) && token.cap && token.key.length > 3) key = `w-${token.key}`;
    else if (token.type === 'number' && /^(?:19|20)\d\d$/.test(token.text)) key = `y${token.text}`;
    if (key !== null && !dates.includes(key)) {
      dates.push(key);
      at.push(token.start);
    }
  }
}

/** What units need of a sentence besides its annotation. */
export interface SentenceTokens {
  sentence: AnnotatedSentence;
  tokens: readonly Token[];
  /** Name mentions by token range, with their entity's canonical name. */
  names: readonly NamedSpan[];
  /**
   * Where the word of each of `sentence.terms` starts and ends, when the caller read them with the
   * terms (`sentenceTerms` of all the tokens and `names`): a unit of the whole sentence takes copies
   * of these and of the terms, rather than reading every token's term again.
   */
  offsets?: number[];
  ends?: number[];
  /** Entity kind by id, to leave outlets out. */
  kindOf: (entity: string) => string | undefined;
  /** The year the article was published ("2023"), which a photo caption's date gives. */
  year?: string;
  /** The words the story writes closed up (`closedWords`): a hyphenated spelling of one is that word. */
  closed?: ReadonlySet<string>;
  /** The story's `isCheckable` readings of texts so far (a cache: see `isCheckable`). */
  checks?: Map<string, TextCheck>;
  /** The story's clause spans of texts so far (a cache: see `clausesOf`). */
  clauses?: Map<string, TextClauses>;
}

/** The clause spans of a text, and the quotation spans they were read with. */
export interface TextClauses {
  quotes: readonly Quote[];
  spans: readonly ClauseSpan[];
}

/**
 * `clauseSpans` of a sentence, kept per text in `known` with the quotation spans it was read with:
 * reprints repeat a third of a story's sentences, and a copy whose quotations run the same way has
 * the same clauses. The spans are only read, never changed, so copies share them.
 */
function clausesOf(sentence: AnnotatedSentence, minWords: number, verbs: VerbWords, known: Map<string, TextClauses> | undefined): readonly ClauseSpan[] {
  const kept = known?.get(sentence.text);
  if (kept !== undefined && sameSpans(kept.quotes, sentence.quotes)) return kept.spans;
  const spans = clauseSpans(sentence.text, sentence.quotes, minWords, verbs);
  known?.set(sentence.text, { quotes: sentence.quotes, spans });
  return spans;
}

/** True when two lists of quotations have the same offsets. */
function sameSpans(a: readonly Quote[], b: readonly Quote[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if ((a[k] as Quote).start !== (b[k] as Quote).start || (a[k] as Quote).end !== (b[k] as Quote).end) return false;
  return true;
}

/** True when a word of the tokens is joined to the one before by a hyphen ("cyber-attack"). */
function hasHyphenLink(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length; i++) if ((tokens[i] as Token).link === '-') return true;
  return false;
}

/**
 * "The military says the hostages were held in Serakh; Serakh denies this.": a claim and a denial
 * that points back to it, after a semicolon, are two units, the claim's and the denial's (the
 * denial's attaches to the clause before it: 04-match/denials.ts).
 */
const DENIAL_AFTER_SEMICOLON = /;\s+[^;]{1,80}?\s(?:denies|denied|rejects|rejected|disputes|disputed|dismisses|dismissed|refutes|refuted)\s+(?:this|that|it|the\s+(?:claim|report|account|allegation|accusation))\s*[.!?]?\s*$/iu;

/** The two spans of a sentence that ends on a denial of its own first clause (DENIAL_AFTER_SEMICOLON), or null. */
function denialAfterSemicolon(text: string): ClauseSpan[] | null {
  const found = DENIAL_AFTER_SEMICOLON.exec(text);
  if (found === null) return null;
  const after = found.index + 1 + (/^\s*/.exec(text.slice(found.index + 1))?.[0].length ?? 0);
  return [{ start: 0, end: found.index }, { start: after, end: text.length }];
}

/**
 * "The union said the crane had not been inspected for two years, while the port authority maintains
 * that it was checked in March.", "Residents said the alarm never sounded, but the council says it
 * rang at 6 a.m.", "The union says the pumps failed; the company says they worked.", "Villagers say
 * they rang Nordgas on Sunday (Nordgas says the only call that week was about a bill).": an account
 * set against the clause before it, by a contrast ("while", "whereas", "but", a semicolon) or in a
 * closing parenthesis, given by another source. Newswriting puts two sides' accounts of one thing so;
 * the second answers the first, as a denial does. After a contrast it must speak of what the first
 * spoke of (a pronoun, or a noun of it with "the"), unless its verb holds a position ("maintains",
 * "insists"): not "…, while hospital officials said 30 were injured", which speaks of something else.
 * After a concession ("though", "although") only a verb that holds a position answers: "…, though the
 * club insists he trained as normal", not "…, though the regulator said it was too early to name a cause".
 */
const SOURCE = String.raw`((?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)`;
const SAYING_VERB = 'says|say|said|told|tells';
const POSITION_VERB = 'maintains|maintain|maintained|insists|insist|insisted|contends|contend|contended|argues|argue|argued';
const COUNTER_ACCOUNT = new RegExp(String.raw`(?:(?:,\s*|\s)(?:while|whereas|but)|;)\s+${SOURCE}(?:,[^,;()]{3,60},)?\s+(?:also\s+)?(?:(${POSITION_VERB})|${SAYING_VERB})\s+(?:(?=(?:that|this|these|those)\s+(?:account|version|claim|story)s?\b)|that\s+|)(it|they|he|she|(?:that|this|these|those)\s+(?:account|version|claim|story)s?\b|this|these|the\s+[\p{L}-]+|[\p{L}'’-]+(?=\s+(?:is|was|has|had|got|made|lied|invented)\b))?|(?:,\s*|\s)(?:though|although)\s+${SOURCE}\s+(?:also\s+)?(${POSITION_VERB})\s+(?:that\s+)?`, 'iu');
const COUNTER_PARENTHESIS = new RegExp(String.raw`\s*\(\s*${SOURCE}\s+(?:also\s+)?(?:${POSITION_VERB}|${SAYING_VERB})\s+[^()]{8,}\)\s*[.!]?\s*$`, 'iu');
/** The pronouns a counter-account may speak of the first clause's matter by. */
const PRONOUN_ABOUT = /^(?:it|they|he|she|this|these|(?:that|this|these|those)\s+(?:account|version|claim|story)s?)$/i;
/** A verb of saying in the first clause: the clause is an account of its own. */
const FIRST_ACCOUNT = /\b(?:said|says|say|told|tells|claimed|alleged|alleges|accused|accuses|reported)\b/iu;

/** A sentence's account and another source's account against it (COUNTER_ACCOUNT, COUNTER_PARENTHESIS). */
interface CounterAccount {
  spans: ClauseSpan[];
  /** Who gives the second account, as written ("the port authority"). */
  source: string;
}

/**
 * "The union says the crew reported a faulty altimeter, a claim the ministry denies.": a noun for
 * what the clause before says, in apposition at the sentence's end (after a comma or a dash), with
 * who denies it, or who calls it untrue (", a claim the navy's spokeswoman, Captain Ilka Moss,
 * described as “fantasy”", " – an account the club calls “nonsense”"); or a relative clause that
 * does (", which the club strongly denies"). The clause is the claim, and the apposition its denial.
 */
const APPOSITIVE_DENIAL = new RegExp(String.raw`(?:,|\s+[-–—])\s+(?:(?:a|an)\s+(?:claim|charge|allegation|accusation|suggestion|account|version|assertion)\s+(?:that\s+|which\s+)?|which\s+|something\s+(?:that\s+)?)${SOURCE}(?:\s+\p{Ll}+ly)?(?:,[^,;()]{3,60},)?\s+(?:(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?)?(?:denies|denied|deny|rejects|rejected|reject|disputes|disputed|dispute|(?:described|dismissed|branded|labell?ed|called|calls|describes|dismisses)\s+(?:it\s+)?(?:as\s+)?["“]?(?:\p{L}+\s+){0,2}(?:${[...VERDICT_WORDS].join('|')})\b["”]?)\s*[.!]?\s*$`, 'iu');

/** The first clause and another source's account against it, or null (see COUNTER_ACCOUNT). */
function counterAccountOf(text: string): CounterAccount | null {
  // The clause is someone's account ("The union says …", "has accused …"): in "He was sentenced for
  // espionage, a charge his newspaper rejects" the charge is the crime named, not the clause.
  const appositive = APPOSITIVE_DENIAL.exec(text);
  if (appositive !== null && appositive.index >= 10 && FIRST_ACCOUNT.test(text.slice(0, appositive.index))) {
    const after = appositive.index + (/^(?:,|\s+[-–—])\s*/u.exec(text.slice(appositive.index))?.[0].length ?? 0);
    return { spans: [{ start: 0, end: appositive.index }, { start: after, end: text.length }], source: appositive[1] ?? '' };
  }
  const parenthesis = COUNTER_PARENTHESIS.exec(text);
  const found = parenthesis ?? COUNTER_ACCOUNT.exec(text);
  if (found === null || found.index < 10) return null;
  const first = text.slice(0, found.index);
  const source = found[1] ?? found[4] ?? '';
  // The first clause is someone's account, and not this source's: its name is not the subject before
  // the first clause's verb of saying ("the party" after "The National Party's claim …").
  // A position held after a concession ("Arvedi refused to train, though the club insists he trained")
  // answers what the clause says, whoever's account it is.
  const conceded = found[5] !== undefined;
  const saying = FIRST_ACCOUNT.exec(first);
  if (saying === null && !conceded) return null;
  // Nor an intention or a plan ("Rotta says it will ballot its members; Fenna said …"): what one
  // means to do is no account another can answer.
  if (saying !== null && INTENDED.test(first.slice(saying.index + saying[0].length))) return null;
  const head = (source.split(/\s+/).at(-1) ?? source).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`\\b${head}`, 'iu').test(first.slice(0, saying?.index ?? first.length))) return null;
  if (parenthesis !== null) {
    const open = text.indexOf('(', found.index);
    return { spans: [{ start: 0, end: found.index }, { start: open + 1, end: text.lastIndexOf(')') }], source };
  }
  // About what the first spoke of, and no intention ("says it will appeal").
  const position = found[2] !== undefined || found[5] !== undefined;
  const about = (found[3] ?? '').toLowerCase();
  if (INTENDED.test(text.slice(found.index + found[0].length))) return null;
  // "…, but the spokesman says Voss is making it up": the first account's speaker, named as the subject, is spoken of.
  const named = about !== '' && !about.startsWith('the ') && !PRONOUN_ABOUT.test(about);
  if (!position && (about === '' || (about.startsWith('the ') && !new RegExp(`\\b${about.slice(4)}\\b`, 'iu').test(first)) || (named && !new RegExp(`\\b${about.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').test(first.slice(0, saying?.index ?? 0))))) return null;
  const after = found.index + (/^[,;\s]*(?:(?:while|whereas|but|though|although)\s+)?/iu.exec(text.slice(found.index))?.[0].length ?? 0);
  return { spans: [{ start: 0, end: found.index }, { start: after, end: text.length }], source };
}

/** The two spans of a sentence whose second clause is another source's account against its first, or null. */
export function counterAccount(text: string): ClauseSpan[] | null {
  return counterAccountOf(text)?.spans ?? null;
}

/** Who gives a counter-account, as written ("the port authority"), or undefined. */
export function counterAccountSource(text: string): string | undefined {
  return counterAccountOf(text)?.source;
}

/** Words of denying or negating: a clause with one is no plain account for another to answer. */
const DENYING_CLAUSE = /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|not|never|no|nothing)\b|n['’]t\b/iu;

/**
 * The counter-account of a sentence that asserts, or of one read as a denial only for its second
 * clause ("X says the minister knew, but the spokesman says X is making it up"; "…, a claim the
 * ministry denies"): its first clause denies nothing.
 */
function counterOfAssertion(sentence: AnnotatedSentence): ClauseSpan[] | null {
  if (sentence.polarity !== 'denies' || APPOSITIVE_DENIAL.test(sentence.text)) return counterAccount(sentence.text);
  const spans = counterAccount(sentence.text);
  return spans !== null && !DENYING_CLAUSE.test(sentence.text.slice(spans[0]?.start ?? 0, spans[0]?.end ?? 0)) ? spans : null;
}

/** The sentence's speaker when they are named within the span; else no one. */
function speakerWithin(sentence: AnnotatedSentence, span: ClauseSpan): string | null {
  const speaker = sentence.attribution.speaker;
  return speaker !== null && sentence.mentions.some((m) => m.entity === speaker && m.start >= span.start && m.end <= span.end) ? speaker : null;
}

/** The units of one sentence, numbered from `first`. */
export function sentenceUnits(lang: Language, config: EngineConfig['segment'], frame: ReadonlySet<string>, verbs: VerbWords, s: number, input: SentenceTokens, first: number, last: boolean): Unit[] {
  const { sentence, tokens, names } = input;
  const checkable = isCheckable(sentence, config, input.year, input.checks);
  const countered = checkable ? counterOfAssertion(sentence) : null;
  const reply = countered ?? (checkable && sentence.polarity === 'denies' ? denialAfterSemicolon(sentence.text) : null);
  const spans: readonly ClauseSpan[] =
    reply !== null ? reply : checkable && sentence.polarity !== 'denies' ? clausesOf(sentence, config.minClauseWords, verbs, input.clauses) : [{ start: 0, end: sentence.text.length }];
  // Cut off: the last sentence of a truncated copy, or a piece of spliced text that stops on a word
  // no sentence ends on ("… with the education ministry reporting that").
  const finalWord = tokens.findLast((token) => token.type === 'word');
  const complete = ENDS_SENTENCE.test(sentence.text) || (!last && !(finalWord !== undefined && lang.isStopword(finalWord.key) && finalWord.end === sentence.text.trimEnd().length));
  const inside = insideQuotes(tokens, sentence.quotes);
  const units: Unit[] = [];
  let from = 0;
  // The sentence's relative clauses, made units of their own after its clauses.
  const relatives: Array<{ span: ClauseSpan; antecedent: ClauseSpan }> = [];
  const build = (span: ClauseSpan, part: number, parts: number, from: number, to: number): Unit => {
    // A unit that is its whole sentence takes the terms annotation read, unless a hyphenated compound
    // may be one the story also writes closed up (sentenceTerms' `closed`), which annotation does not ask.
    const whole = part === 0 && from === 0 && to === tokens.length && input.offsets !== undefined && input.ends !== undefined && !hasHyphenLink(tokens);
    const offsets: number[] = whole ? (input.offsets as number[]) : [];
    const ends: number[] = whole ? (input.ends as number[]) : [];
    const terms = whole ? sentence.terms : sentenceTerms(lang, tokens, names, from, to, offsets, ends, input.closed);
    const dates: string[] = [];
    const dateAt: number[] = [];
    datesOf(lang, tokens, from, to, dates, dateAt);
    // Index loops, no set for the content's distinct terms (a unit has a few dozen at most): without
    // TurboFan each for-of step allocates an iterator result, and this runs for every sentence.
    const nameWords = new Set<string>();
    for (let k = 0; k < names.length; k++) {
      const n = names[k] as NamedSpan;
      if (n.t0 < from || n.t1 > to) continue;
      const words = n.terms ?? nameTerms(lang, n.name);
      for (let w = 0; w < words.length; w++) nameWords.add(words[w] as string);
    }
    const titles = titleStarts(lang, tokens, names, from, to);
    const content: string[] = [];
    for (let k = 0; k < terms.length; k++) {
      const t = terms[k] as string;
      if (!nameWords.has(t) && !frame.has(t) && !content.includes(t) && !onlyInTitles(t, terms, offsets, titles)) content.push(t);
    }
    const adjuncts = backgroundSpans(lang, tokens, from, to, inside);
    // Without adjuncts nothing is background (every content term is one of `terms`).
    const background = adjuncts.length === 0 ? [] : content.filter((t) => terms.every((term, k) => term !== t || inAdjunct(adjuncts, offsets[k] ?? 0, false)));
    const passing = background.filter((t) => terms.every((term, k) => term !== t || inAdjunct(adjuncts, offsets[k] ?? 0, true)));
    // Distinct in order of mention, in a list rather than a set: a unit names a few entities.
    const entities: string[] = [];
    for (let k = 0; k < sentence.mentions.length; k++) {
      const m = sentence.mentions[k] as AnnotatedSentence['mentions'][number];
      if (within(m, span) && input.kindOf(m.entity) !== 'outlet' && !entities.includes(m.entity)) entities.push(m.entity);
    }
    let negated = false;
    const negatedTerms: string[] = [];
    for (let i = from; i < to; i++) {
      if (inside[i] || !lang.lexicon.negators.has(tokens[i]?.key ?? '')) continue;
      negated = true;
      const term = negationScope(lang, tokens, i, to, content);
      if (term !== null && !negatedTerms.includes(term)) negatedTerms.push(term);
    }
    // Lists built by push are kept at their exact length: a unit lives as long as its story's analysis.
    return {
      i: first + units.length,
      s,
      article: sentence.article,
      start: span.start,
      end: span.end,
      part,
      parts,
      checkable,
      // A clause before the sentence's last is whole wherever the sentence was cut.
      complete: complete || part < spans.length - 1,
      terms: exactLength(terms),
      offsets: exactLength(offsets),
      ends: exactLength(ends),
      names: nameWords,
      content: exactLength(content),
      background,
      passing,
      entities: exactLength(entities),
      quotes: sentence.quotes.filter((q) => within(q, span)),
      quantities: sentence.quantities.filter((q) => within(q, span)),
      dates: exactLength(dates),
      dateAt: exactLength(dateAt),
      speaker: reply === null ? sentence.attribution.speaker : speakerWithin(sentence, span),
      denial: reply === null ? sentence.polarity === 'denies' : part === 1,
      // A counter-account answers its sentence's first clause, the sentence's first unit.
      ...(countered && part === 1 ? { answers: first } : {}),
      hedged: reply === null && sentence.polarity === 'hedges',
      negated,
      negatedTerms: exactLength(negatedTerms),
      extent: extentOf(narrationOf(sentence.text, span, sentence.quotes)),
      proper: properTerms(lang, tokens, from, to, terms, offsets, content),
    };
  };
  spans.forEach((span, part) => {
    while (from < tokens.length && (tokens[from]?.start ?? 0) < span.start) from++;
    let to = from;
    while (to < tokens.length && (tokens[to]?.end ?? 0) <= span.end) to++;
    // A relative clause set off by commas states a second proposition, of a noun of the first: a unit of
    // its own as well (only in a sentence that asserts: a denial is read whole). The clause's unit keeps
    // its words, which may say who speaks ("Mira Dansk, who leads the federation, accused …").
    const relative = reply === null && checkable && sentence.polarity !== 'denies' ? relativeClause(lang, sentence, span) : null;
    units.push(build(span, part, spans.length, from, to));
    if (relative) relatives.push(relative);
    from = to;
  });
  if (relatives.length > 0) {
    const count = spans.length + relatives.length;
    relatives.forEach((r, k) => {
      let rf = 0;
      while (rf < tokens.length && (tokens[rf]?.start ?? 0) < r.span.start) rf++;
      let rt = rf;
      while (rt < tokens.length && (tokens[rt]?.end ?? 0) <= r.span.end) rt++;
      const unit = build(r.span, spans.length + k, count, rf, rt);
      units.push({ ...unit, antecedent: r.antecedent, entities: withAntecedent(sentence, r.antecedent, unit.entities, input.kindOf), quantities: [] });
    });
  }
  return units;
}

/**
 * The units a story made of each text so far, with the sentence they were made of (`copiedUnits`).
 * Reprints repeat a third of a story's sentences, most of them read alike to the last mention.
 */
export type UnitsMade = Map<string, Array<{ sentence: AnnotatedSentence; year: string | undefined; last: boolean; units: readonly Unit[] }>>;

/**
 * The units of a sentence made as copies of an earlier sentence's of the story, or null when none
 * read alike. `sentenceUnits` reads a sentence's text, terms, speaker, polarity, quotations and
 * mentions (names come from the mentions), its year and whether it ends its article, and the story's
 * entities and words: two sentences alike in all of those have the same units but for their places
 * (`i`, `s`, the article) and their own quotation and number objects, which each copy takes from its
 * sentence. The lists a unit holds are only read once made, so copies share them.
 */
export function copiedUnits(made: UnitsMade, sentence: AnnotatedSentence, year: string | undefined, last: boolean, s: number, first: number): Unit[] | null {
  const earlier = made.get(sentence.text);
  if (earlier === undefined) return null;
  for (let e = 0; e < earlier.length; e++) {
    const before = earlier[e] as (typeof earlier)[number];
    if (before.year !== year || before.last !== last || !readAlike(before.sentence, sentence)) continue;
    const units: Unit[] = [];
    for (let k = 0; k < before.units.length; k++) {
      const unit = before.units[k] as Unit;
      units.push({
        ...unit,
        i: first + k,
        ...(unit.answers === undefined ? {} : { answers: first + unit.answers - (before.units[0] as Unit).i }),
        s,
        article: sentence.article,
        quotes: sentence.quotes.filter((q) => within(q, unit)),
        quantities: unit.antecedent !== undefined ? [] : sentence.quantities.filter((q) => within(q, unit)),
      });
    }
    return units;
  }
  return null;
}

/** Keeps the units just made of a sentence for its copies (`copiedUnits`). */
export function keepUnits(made: UnitsMade, sentence: AnnotatedSentence, year: string | undefined, last: boolean, units: readonly Unit[]): void {
  const entry = { sentence, year, last, units };
  const earlier = made.get(sentence.text);
  if (earlier === undefined) made.set(sentence.text, [entry]);
  else earlier.push(entry);
}

/** True when two sentences of one text are annotated alike in all that `sentenceUnits` reads. */
function readAlike(a: AnnotatedSentence, b: AnnotatedSentence): boolean {
  if (a.attribution.speaker !== b.attribution.speaker || a.polarity !== b.polarity) return false;
  if (a.terms.length !== b.terms.length || a.quotes.length !== b.quotes.length || a.mentions.length !== b.mentions.length || a.quantities.length !== b.quantities.length) return false;
  for (let k = 0; k < a.terms.length; k++) if (a.terms[k] !== b.terms[k]) return false;
  for (let k = 0; k < a.quotes.length; k++) {
    const x = a.quotes[k] as Quote;
    const y = b.quotes[k] as Quote;
    if (x.start !== y.start || x.end !== y.end || x.speaker !== y.speaker) return false;
  }
  for (let k = 0; k < a.mentions.length; k++) {
    const x = a.mentions[k] as AnnotatedSentence['mentions'][number];
    const y = b.mentions[k] as AnnotatedSentence['mentions'][number];
    if (x.entity !== y.entity || x.start !== y.start || x.end !== y.end || x.pronoun !== y.pronoun) return false;
  }
  return true;
}

/**
 * ", who is due to visit the injured on Monday,", ", which takes some 40,000 vehicles a day": a
 * relative clause after a comma whose pronoun is its subject (a verb follows it, not a subject of its
 * own as in ", which shareholders voted down"), up to the next comma or the end of the clause, with
 * its antecedent: a name that ends at the comma, or the few words that open the clause. Outside
 * quotations; null when the clause has none.
 */
function relativeClause(lang: Language, sentence: AnnotatedSentence, span: ClauseSpan): { span: ClauseSpan; antecedent: ClauseSpan } | null {
  const text = sentence.text.slice(span.start, span.end);
  const found = RELATIVE_CLAUSE.exec(text);
  if (found === null) return null;
  const comma = span.start + found.index;
  const start = comma + found[0].indexOf(found[1] as string);
  const body = (found[2] ?? '').replace(/[,\s]+$/, '');
  const end = start + (found[1] ?? '').length + 1 + body.length;
  if (sentence.quotes.some((q) => q.start < end && comma < q.end) || !subjectRelative(lang, body)) return null;
  if (body.split(/\s+/).length < RELATIVE_WORDS) return null;
  const named = sentence.mentions.find((m) => !m.pronoun && m.end === comma && m.start >= span.start);
  const opening = sentence.text.slice(span.start, comma);
  const antecedent = named !== undefined ? { start: named.start, end: named.end } : /^[^,;]+$/.test(opening) && opening.trim().split(/\s+/).length <= ANTECEDENT_WORDS ? { start: span.start + (opening.length - opening.trimStart().length), end: comma } : null;
  return antecedent === null ? null : { span: { start, end }, antecedent };
}

/** ", who …", ", which …": the pronoun and the clause's words up to the next comma (not one inside a number: "40,000") or the end. */
const RELATIVE_CLAUSE = /,\s+(who|which)\s((?:[^,;“”"]|(?<=\d),(?=\d)){3,160}?)(?:(?<!\d),|,(?!\d)|[.!?]?\s*$)/u;
/** Words a relative clause needs to state something of its own ("who survived with a broken arm"). */
const RELATIVE_WORDS = 3;
/** Words at most of an antecedent that opens the clause ("The tunnel", "The Tahmir Front"). */
const ANTECEDENT_WORDS = 6;

/** True when the clause after "who" or "which" opens on its verb: the pronoun is the subject. */
function subjectRelative(lang: Language, body: string): boolean {
  const words = body.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  const second = (words[1] ?? '').toLowerCase();
  if (finiteWord(lang, first) || /ly$/.test(first)) return true;
  // "takes some", "leads the": a verb in -s; not "shareholders voted", a subject before its verb.
  return /^\p{Ll}+s$/u.test(words[0] ?? '') && !finiteWord(lang, second);
}

/** The unit's entities with the antecedent's, first: a relative clause speaks of it. */
function withAntecedent(sentence: AnnotatedSentence, antecedent: ClauseSpan, entities: readonly string[], kindOf: (entity: string) => string | undefined): string[] {
  const out: string[] = [];
  for (const m of sentence.mentions) if (within(m, antecedent) && kindOf(m.entity) !== 'outlet' && !out.includes(m.entity)) out.push(m.entity);
  for (const e of entities) if (!out.includes(e)) out.push(e);
  return out;
}

/*
 * The tests below are module functions rather than closures made for every unit: the scripts run
 * the engine through tsx, which names each closure as it is made (a property definition, about
 * 0.7 µs, hundreds of thousands of times per thousand articles).
 */

/** A term every use of which is in a title before a name (see titleStarts). */
function onlyInTitles(t: string, terms: readonly string[], offsets: readonly number[], titles: ReadonlySet<number>): boolean {
  return titles.size > 0 && terms.every((term, j) => term !== t || titles.has(offsets[j] ?? -1));
}

/** True when offset `at` is inside one of the adjuncts (`nominal`: one without a verb of its own). */
function inAdjunct(adjuncts: ReadonlyArray<readonly [number, number, boolean]>, at: number, nominal: boolean): boolean {
  for (let k = 0; k < adjuncts.length; k++) {
    const adjunct = adjuncts[k] as readonly [number, number, boolean];
    if (!(nominal && adjunct[2]) && at >= adjunct[0] && at < adjunct[1]) return true;
  }
  return false;
}

/** True when `x` lies inside the clause `span`. */
function within(x: { start: number; end: number }, span: ClauseSpan): boolean {
  return x.start >= span.start && x.end <= span.end;
}

/**
 * Offsets of the adjuncts of time or circumstance among tokens [from, to), outside quotations: from an
 * opener ("since", "amid", "in the wake of") to the next punctuation mark or the end of the clause.
 */
function backgroundSpans(lang: Language, tokens: readonly Token[], from: number, to: number, inside: readonly boolean[]): Array<[number, number, boolean]> {
  const spans: Array<[number, number, boolean]> = [];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    const rest = token.type === 'word' && !inside[i] ? lang.lexicon.backgroundOpeners.get(token.key) : undefined;
    if (rest === undefined || !followedBy(tokens, i + 1, rest)) continue;
    let j = i + 1 + rest.length;
    let clausal = false;
    for (; j < to && tokens[j]?.type !== 'punct' && !inside[j]; j++) if (!clausal && finiteVerb(lang, tokens[j] as Token)) clausal = true;
    spans.push([token.start, tokens[j - 1]?.end ?? token.end, clausal]);
    i = j;
  }
  return spans;
}

/** True when the tokens from `at` on have the keys `words` (an index loop: asked at every "in"). */
function followedBy(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.key !== words[k]) return false;
  return true;
}

/** Auxiliaries and forms of "be" and "have" that make a clause finite. */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does']);

/** True for a word that is a finite verb form: an auxiliary, an irregular past ("began"), or a regular past of a known verb ("joined"). */
function finiteVerb(lang: Language, token: Token): boolean {
  return token.type === 'word' && finiteWord(lang, token.key);
}

/** The clause splitter's questions about verbs, answered from the language's lexicons (made once per analysis, in the annotation kit). */
export function verbWords(lang: Language): VerbWords {
  return { finite: (word) => finiteWord(lang, word), speech: (word) => lang.lexicon.cueWords.has(word) };
}

/** True for a lower-case word that is a finite verb form (see finiteVerb). */
function finiteWord(lang: Language, key: string): boolean {
  return FINITE_AUXILIARIES.has(key) || lang.lexicon.irregularVerbForms.has(key) || (/[^e]ed$/.test(key) && lang.normal(key) !== key);
}

/** Per token: inside a quotation. */
function insideQuotes(tokens: readonly Token[], quotes: readonly Quote[]): boolean[] {
  if (quotes.length === 0) return new Array<boolean>(tokens.length).fill(false);
  return tokens.map((token) => quotes.some((q) => token.start >= q.start && token.end <= q.end));
}

/**
 * Offsets of the words of a title right before a name in [from, to): a role phrase ending on a role
 * noun ("National Security Adviser Mike Waltz", "special envoy Steve Witkoff"). It says who the
 * person is, not what the sentence states of them, so like the name it is no content term.
 */
function titleStarts(lang: Language, tokens: readonly Token[], names: readonly NamedSpan[], from: number, to: number): ReadonlySet<number> {
  let out: Set<number> | null = null;
  const lex = lang.lexicon;
  for (let n = 0; n < names.length; n++) {
    const { t0, t1 } = names[n] as NamedSpan;
    if (t0 < from || t1 > to || !isRoleNoun(lex, tokens[t0 - 1]) || tokens[t0 - 1]?.possessive) continue;
    out ??= new Set<number>();
    for (let k = t0 - 1; k >= from && isRoleWord(lex, tokens[k]) && !tokens[k]?.possessive; k--) out.add((tokens[k] as Token).start);
  }
  // Most clauses name no one with a title: one empty set for all of them.
  return out ?? NO_TITLES;
}

const NO_TITLES: ReadonlySet<number> = new Set();
