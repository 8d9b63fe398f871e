/**
 * The engine's one language layer: tokenizer, word keys, the term normalizer (WordNet's irregular
 * forms, then the Porter stemmer of the `stemmer` package), the stopword set, number words and every
 * lexicon. Stages receive it as a value (`analyzeCorpus(corpus, { language })`), so a test can swap
 * it and no stage keeps a private copy of a word list. Every lexicon notes where its entries come
 * from; none comes from a story or a labelled set.
 */
import { stemmer } from 'stemmer';
import givenNames from './data/given-names.json' with { type: 'json' };
import wordnet from './data/wordnet.json' with { type: 'json' };
import { CITIES } from './lexicon/cities.ts';
import { DEMONYMS } from './lexicon/demonyms.ts';
import { BACKGROUND_OPENERS, MONTHS, STOPWORDS, WEEKDAYS } from './lexicon/function-words.ts';
import { KNOWN_ORGANIZATIONS, ORG_HEADS } from './lexicon/organizations.ts';
import { OUTLETS, UPSTREAM_ALIASES } from './lexicon/outlets.ts';
import { COUNTRIES } from './lexicon/places.ts';
import { CONTRADICTION_VERBS, DENIAL_VERBS, HEDGES, NEGATORS, REJECTION_VERBS, REPORT_NOUNS, RETORT_VERBS, VERDICT_WORDS } from './lexicon/polarity.ts';
import { REGIONS } from './lexicon/regions.ts';
import { ANONYMOUS_HEADS, CONDITIONAL_CUES, CUE_FILLERS, CUE_WORDS, FIGURE_AT_VERBS, PLAIN_CUES, type CueWord } from './lexicon/speech.ts';
import { FEMALE_ROLES, HONORIFICS, MALE_ROLES, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon/titles.ts';
import {
  CURRENCY_SIGNS, CURRENCY_WORDS, DURATION_VERBS, FIGURE_NOUNS, ING_NOUNS, IRREGULAR_PLURALS, LEFT_LINKS, MEASURE_UNITS,
  NUMBER_ADJECTIVES, QUALIFIER_PHRASES, STATE_WORDS, TALLY_NOUNS, UNIT_NAMES, VAGUE_NUMBERS,
} from './lexicon/units.ts';
import { numberWordValue } from './numbers.ts';
import { tokenize, wordKey, type Token } from './tokens.ts';
import type { Qualifier } from '../types.ts';

export type { Token } from './tokens.ts';
export type { CueWord } from './lexicon/speech.ts';

/** Every word list the stages consult, by topic. */
export interface Lexicon {
  /** The one stopword set (also `Language.stopwords`). */
  stopwords: ReadonlySet<string>;
  /** Speech and reporting verbs by spelling, with lemma and form. */
  cueWords: ReadonlyMap<string, CueWord>;
  /** Cue lemmas that need more than the verb ("called" only before a quote or "for"). */
  conditionalCues: ReadonlySet<string>;
  /** Nouns that denote people, singular, as words ("protester", "organiser", "witness"; WordNet). */
  personNouns: ReadonlySet<string>;
  /** Verbs that report a figure only as "V the number at N" ("put", "placed"), spelling to lemma. */
  figureAtVerbs: ReadonlyMap<string, string>;
  /** Words that may stand between a subject and its cue ("also", "had"). */
  cueFillers: ReadonlySet<string>;
  /** Speech verbs so plain they say nothing about the claim ("said", "told"). */
  plainCues: ReadonlySet<string>;
  /** Heads of unnamed-source phrases ("officials", "sources"). */
  anonymousHeads: ReadonlySet<string>;
  roleNouns: ReadonlySet<string>;
  roleModifiers: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  femaleRoles: ReadonlySet<string>;
  maleRoles: ReadonlySet<string>;
  /** `Canonical|alias` lines: countries, regions, cities, organisations, outlets. */
  countries: string;
  regions: string;
  cities: string;
  organizations: string;
  outlets: string;
  demonyms: readonly string[];
  /** Last words of organisation names ("Ministry", "Council"). */
  orgHeads: ReadonlySet<string>;
  /** Wire and broadcaster names folded to one upstream key ("the Associated Press" → ap). */
  upstreamAliases: ReadonlyArray<readonly [RegExp, string]>;
  months: ReadonlyMap<string, number>;
  weekdays: ReadonlySet<string>;
  currencySigns: ReadonlyMap<string, string>;
  currencyWords: ReadonlyMap<string, string>;
  measureUnits: ReadonlySet<string>;
  /** Spellings and symbols of a unit of measure folded to one name ("km" → kilometre). */
  unitNames: ReadonlyMap<string, string>;
  irregularPlurals: ReadonlyMap<string, string>;
  /**
   * Irregular forms of verbs ("took", "said", "grown"; WordNet's exception lists): a verb, never the
   * noun a number counts. Forms ending in "s" are left out: those are nouns' plurals ("axes").
   */
  irregularVerbForms: ReadonlySet<string>;
  qualifierPhrases: ReadonlyArray<readonly [string, Qualifier]>;
  numberAdjectives: ReadonlySet<string>;
  durationVerbs: ReadonlySet<string>;
  leftLinks: ReadonlySet<string>;
  /** Adjectives for the state an event leaves people in, with its verb ("dead" → die). */
  stateWords: ReadonlyMap<string, string>;
  /** Nouns for the tally of an event, with its verb ("toll" → die). */
  tallyNouns: ReadonlyMap<string, string>;
  /** Nouns that stand for a figure already given ("the number", "the estimate"). */
  figureNouns: ReadonlySet<string>;
  ingNouns: ReadonlySet<string>;
  /** Vague amounts ("hundreds", "thousands", "dozens") as intervals. */
  vagueNumbers: ReadonlyMap<string, readonly [number, number]>;
  denialVerbs: ReadonlySet<string>;
  /** Verbs of rejecting and of contradiction: a denial when what they take is a statement. */
  rejectionVerbs: ReadonlySet<string>;
  contradictionVerbs: ReadonlySet<string>;
  /** Verbs of replying against what was said ("retorted that", "countered:"). */
  retortVerbs: ReadonlySet<string>;
  reportNouns: ReadonlySet<string>;
  verdictWords: ReadonlySet<string>;
  hedges: readonly string[];
  negators: ReadonlySet<string>;
  /** First words of adjuncts of time or circumstance, with the words that must follow ("ahead" → "of"). */
  backgroundOpeners: ReadonlyMap<string, readonly string[]>;
}

/** What the stages know of a language. */
export interface Language {
  readonly id: string;
  readonly lexicon: Lexicon;
  readonly stopwords: ReadonlySet<string>;
  /** Splits a sentence into tokens with offsets. */
  tokenize(text: string): Token[];
  /** Comparison key of a word: lower case, no diacritics or dots, straight apostrophes. */
  key(word: string): string;
  /** A word key's normal form: its lemma ("fell" → "fall", "died" → "die"), then Porter-stemmed. */
  normal(key: string): string;
  /** The matching term of a word key: `normal`, or null for a stopword or a plain speech verb. */
  term(key: string): string | null;
  isStopword(key: string): boolean;
  /** Value of a single number word ("four" → 4), or undefined. */
  numberWord(key: string): number | undefined;
  /** The derivational family of a term ("death", "died", "killed" share one), or the term itself. */
  family(term: string): string;
  /** True for a singular noun that names a kind of person ("protester", "passenger", "official"). */
  isPersonNoun(word: string): boolean;
  /** True for a singular noun whose usual sense is an act or event ("delay", "cancellation", "death"). */
  isEventNoun(word: string): boolean;
  /** True for an inflected form of a verb, as WordNet's morphy reads it ("follows", "died"; not "gas", "news"). */
  isVerbForm(key: string): boolean;
  /** True for a verb that takes no object in its frequent senses ("died", "fled"): "people who died", not "people died". */
  isIntransitive(word: string): boolean;
  /** True when two terms are antonyms ("rise"/"fall", "win"/"lose"). */
  areAntonyms(a: string, b: string): boolean;
  /** Every term `areAntonyms` pairs with this one (empty for most): lets a caller look antonyms up once per term, not per pair. */
  antonyms(term: string): readonly string[];
  /** The gender a given name suggests, when the public name lists agree on one. */
  nameGender(key: string): 'female' | 'male' | null;
  /** True when a public given-name list has the name, whatever its gender ("george", "tammy"). */
  isGivenName(key: string): boolean;
  /** For a superlative adjective ("deadliest", "biggest"), its base as the first word of its sense ("deadly", "large"); else null. */
  superlative(key: string): string | null;
}

interface WordNetData {
  irregular: Record<string, string>;
  verbs: string[];
  intransitive: string[];
  families: Record<string, string>;
  people: string[];
  events: string[];
  antonyms: string[];
  superlatives: Record<string, string>;
}

/** Regular verb inflections and the base endings to try, after WordNet's morphy ("-" drops a doubled consonant). */
const MORPHY: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ies', ['y']],
  ['es', ['e', '']],
  ['s', ['']],
  ['ed', ['e', '', '-']],
  ['ing', ['e', '', '-']],
];

const NONE: readonly string[] = [];

/** Each term's antonyms, from the "a b" pairs (a before b) that `areAntonyms` looks up. */
function antonymIndex(pairs: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (a: string, b: string): void => {
    const list = out.get(a);
    if (!list) out.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (const pair of pairs) {
    const [a, b, ...rest] = pair.split(' ');
    // Only pairs areAntonyms can find: one space, in the order it builds its key.
    if (a === undefined || b === undefined || rest.length > 0 || a > b) continue;
    add(a, b);
    add(b, a);
  }
  return out;
}

/** Builds the English language layer. Its caches live in the returned object and die with it. */
export function english(): Language {
  const data = wordnet as unknown as WordNetData;
  const irregular = new Map(Object.entries(data.irregular));
  const families = new Map(Object.entries(data.families));
  const people = new Set(data.people);
  const events = new Set(data.events);
  const intransitive = new Set(data.intransitive);
  const antonyms = new Set(data.antonyms);
  const antonymsOf = antonymIndex(antonyms);
  const superlatives = new Map(Object.entries(data.superlatives));
  const female = new Set(givenNames.female);
  const male = new Set(givenNames.male);
  const verbs = new Set(data.verbs);
  const irregularVerbForms = new Set(
    [...irregular].filter(([form, lemma]) => form !== lemma && verbs.has(lemma) && !form.endsWith('s') && !IRREGULAR_PLURALS.has(form)).map(([form]) => form),
  );
  const lexicon: Lexicon = {
    stopwords: STOPWORDS,
    cueWords: CUE_WORDS, conditionalCues: CONDITIONAL_CUES, figureAtVerbs: FIGURE_AT_VERBS, personNouns: people, cueFillers: CUE_FILLERS, plainCues: PLAIN_CUES,
    anonymousHeads: ANONYMOUS_HEADS, roleNouns: ROLE_NOUNS, roleModifiers: ROLE_MODIFIERS, honorifics: HONORIFICS,
    femaleRoles: FEMALE_ROLES, maleRoles: MALE_ROLES, countries: COUNTRIES, regions: REGIONS, cities: CITIES,
    organizations: KNOWN_ORGANIZATIONS, outlets: OUTLETS, demonyms: DEMONYMS, orgHeads: ORG_HEADS,
    upstreamAliases: UPSTREAM_ALIASES, months: MONTHS, weekdays: WEEKDAYS, currencySigns: CURRENCY_SIGNS,
    currencyWords: CURRENCY_WORDS, measureUnits: MEASURE_UNITS, unitNames: UNIT_NAMES, irregularPlurals: IRREGULAR_PLURALS, irregularVerbForms,
    qualifierPhrases: QUALIFIER_PHRASES, numberAdjectives: NUMBER_ADJECTIVES, durationVerbs: DURATION_VERBS,
    leftLinks: LEFT_LINKS, figureNouns: FIGURE_NOUNS, stateWords: STATE_WORDS, tallyNouns: TALLY_NOUNS, ingNouns: ING_NOUNS, vagueNumbers: VAGUE_NUMBERS, denialVerbs: DENIAL_VERBS, rejectionVerbs: REJECTION_VERBS, contradictionVerbs: CONTRADICTION_VERBS, retortVerbs: RETORT_VERBS,
    reportNouns: REPORT_NOUNS, verdictWords: VERDICT_WORDS, hedges: HEDGES, negators: NEGATORS, backgroundOpeners: BACKGROUND_OPENERS,
  };
  /**
   * The lemma of a word as WordNet's morphy finds it: an irregular form from the exception lists,
   * else a regular verb inflection whose base is a WordNet verb ("died" → "die", "staffing" → "staff").
   */
  const lemma = (word: string): string => {
    const irregularForm = irregular.get(word);
    if (irregularForm) return irregularForm;
    for (const [suffix, endings] of MORPHY) {
      if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
      const stem = word.slice(0, -suffix.length);
      for (const ending of endings) {
        const candidate = ending === '-' ? stem.slice(0, -1) : stem + ending;
        if (verbs.has(candidate) && (ending !== '-' || /(.)\1$/.test(stem))) return candidate;
      }
    }
    return word;
  };
  // A cache only: a normal form is a pure function of the key. Bounded so a huge corpus cannot grow it without end.
  const normals = new Map<string, string>();
  const normal = (key: string): string => {
    let value = normals.get(key);
    if (value === undefined) {
      const word = key.replace(/'s$/, '');
      // Porter undoubles a final consonant after "-ing"/"-ed" ("staffing" → "staf") but not in the bare
      // word ("staff"): undouble every stem so both meet.
      value = /\d/.test(word) ? word : stemmer(lemma(word)).replace(/([^aeiouls])\1$/, '$1');
      if (normals.size >= 100_000) normals.clear();
      normals.set(key, value);
    }
    return value;
  };
  const termOf = (key: string): string | null => {
    const word = key.replace(/'s$/, '');
    if (word.length <= 1 || STOPWORDS.has(word) || PLAIN_CUES.has(word)) return null;
    const number = numberWordValue(word);
    if (number !== undefined && !/^(?:m|k|bn|mn|tn|mln)$/.test(word)) return String(number);
    return normal(word);
  };
  // A cache only, like `normals`: every word of every sentence is looked up more than once.
  const terms = new Map<string, string | null>();
  return {
    id: 'en',
    lexicon,
    stopwords: STOPWORDS,
    tokenize,
    key: wordKey,
    normal,
    term(key) {
      let value = terms.get(key);
      if (value === undefined) {
        value = termOf(key);
        if (terms.size >= 100_000) terms.clear();
        terms.set(key, value);
      }
      return value;
    },
    isStopword: (key) => STOPWORDS.has(key),
    numberWord: numberWordValue,
    family: (term) => families.get(term) ?? term,
    isPersonNoun: (word) => word === 'person' || people.has(word),
    isEventNoun: (word) => events.has(word),
    isIntransitive: (word) => intransitive.has(normal(wordKey(word))),
    isVerbForm: (key) => {
      const base = lemma(key);
      return base !== key && verbs.has(base);
    },
    areAntonyms: (a, b) => antonyms.has(a < b ? `${a} ${b}` : `${b} ${a}`),
    antonyms: (term) => antonymsOf.get(term) ?? NONE,
    isGivenName: (key) => female.has(key) || male.has(key),
    nameGender(key) {
      const f = female.has(key);
      const m = male.has(key);
      return f === m ? null : f ? 'female' : 'male';
    },
    superlative: (key) => superlatives.get(key) ?? null,
  };
}
