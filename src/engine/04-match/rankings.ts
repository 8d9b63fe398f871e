/**
 * Rankings: superlative claims about the story's event against its past ("India's worst rail crash
 * in over two decades", "some of the biggest in decades", "one of the country's deadliest"). Such a
 * claim often rides in a sentence that states something else (a toll, a crowd), so sentences that
 * differ on their numbers still agree on the ranking: the ranking is matched on its own phrase.
 *
 * A phrase is a ranking when a determiner or possessive leads into a superlative adjective and
 * either a span of comparison follows it ("in decades", "since 1995", "this century", "ever") or
 * it is one of a set ("one of the deadliest"). An ordinal rank ("its third worst") is a different
 * claim and is left out. Two rankings are one claim when their adjectives are one (the same word
 * sense, or the generic "worst"/"best" with any adjective but its antonym), their nouns are one
 * (the same word family, both acts or events, or one left unsaid) and their spans of comparison
 * are of one kind (long, short, all time). The engine does not compare the spans' lengths further:
 * "in two decades" and "since 1995" agree, and the claim lists each report's wording. A noun left
 * unsaid is its copula's subject, or else the event's: "the worst in the region's modern history"
 * does not rank "one of the region's largest employers". A ranking inside a quotation is the
 * speaker's characterisation and stays with the quote.
 */
import type { AnnotatedStory } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { Unit } from '../03-annotate/units.ts';

/** One ranking phrase in a unit. */
export interface Ranking {
  unit: Unit;
  /** Offsets of the phrase in the sentence. */
  start: number;
  end: number;
  text: string;
  /** The superlative's base, as the first word of its sense ("deadly", "large", "bad"). */
  adjective: string;
  /** The noun ranked ("crash"), as written, or null when it is left unsaid ("the biggest in decades"). */
  head: string | null;
  /** The span of comparison, by kind, or null for "one of the …" with none. */
  span: 'long' | 'short' | 'all-time' | 'other' | null;
  /** The subject a left-unsaid noun stands for, when a copula links them ("the demonstrations were some of the biggest"). */
  subject: string | null;
  /** The name whose the ranked thing is, when it "has" it ("India has one of the world's largest rail networks"). */
  possessor: string | null;
}

/** Rankings of one claim, one per article. */
export interface RankingGroup {
  rankings: Ranking[];
  /** The weakest likeness of two of its rankings. */
  confidence: number;
}

/** Adjectives that rank on no dimension of their own ("worst", "best"): they take the dimension of the noun. */
const GENERIC_EVALUATIVES = new Set(['bad', 'good']);
/** Words that place a superlative among others: "one of the", "some of the", "among the". */
const SET_OPENERS = new Set(['one', 'some', 'among']);
/** Determiners and possessive pronouns that lead into a superlative. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'whose']);
/** Ordinal words: "its third worst" is a rank, not the top of one. */
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Words that end the phrase's span of comparison: a new clause or a list. */
const CLAUSE_BREAK = new Set(['when', 'which', 'who', 'that', 'and', 'but', 'while', 'after', 'as', 'because', 'with']);
/** A span this many years or longer is a long one ("in 40 years", "since 1995" in a 2023 report). */
const LONG_SPAN_YEARS = 10;
/** How many tokens after the superlative the noun and the span may take. */
const REACH = 12;
/** How far a phrase's trailing words (its place, its set) are shown. */
const PHRASE_WORDS = 12;

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

/**
 * Per unit, the span of its ranking phrase, if any (of every unit, usable or not): words the match
 * stage leaves out when it compares what two sentences state, since the ranking is its own claim.
 */
export function rankingSpans(lang: Language, story: AnnotatedStory, found: readonly Ranking[] = everyRanking(lang, story)): Map<number, Array<readonly [number, number]>> {
  const spans = new Map<number, Array<readonly [number, number]>>();
  for (const r of found) spans.set(r.unit.i, [...(spans.get(r.unit.i) ?? []), [r.start, r.end]]);
  return spans;
}

/** The ranking phrases of every unit of the story (denials aside), usable or not. */
export function everyRanking(lang: Language, story: AnnotatedStory): Ranking[] {
  return rankings(lang, story, story.units.map(() => true));
}

/** The ranking phrases of the story's usable units. */
export function rankings(lang: Language, story: AnnotatedStory, usable: readonly boolean[]): Ranking[] {
  const year = new Map(story.articles.map((a) => [a.id, Number(a.published.slice(0, 4))]));
  const unitsOf = new Map<number, Unit[]>();
  // An index loop, each sentence's list grown in place: without TurboFan each for-of step over the
  // story's units allocates an iterator result.
  for (let k = 0; k < story.units.length; k++) {
    const unit = story.units[k] as Unit;
    if (!usable[unit.i] || unit.denial) continue;
    const list = unitsOf.get(unit.s);
    if (list) list.push(unit);
    else unitsOf.set(unit.s, [unit]);
  }
  const out: Ranking[] = [];
  for (const [s, units] of unitsOf) {
    const text = story.sentences[s]?.text ?? '';
    if (!/(?:est|worst|best|most|least)\b/i.test(text)) continue;
    const tokens = lang.tokenize(text);
    for (let i = 1; i < tokens.length; i++) {
      const found = rankingAt(lang, text, tokens, i, year.get(units[0]?.article ?? '') ?? 0);
      if (!found) continue;
      const unit = units.find((u) => found.start >= u.start && found.start < u.end);
      // A ranking inside a quotation is the speaker's own characterisation: the quote claim carries it.
      const quoted = story.sentences[s]?.quotes.some((q) => found.start >= q.start && found.start < q.end) ?? false;
      if (unit && !quoted && !out.some((r) => r.unit === unit)) out.push({ ...found, unit, possessor: found.head !== null ? possessorOf(story, s, found.start) : null });
    }
  }
  return out;
}

function rankingAt(lang: Language, text: string, tokens: readonly Token[], i: number, year: number): Omit<Ranking, 'unit'> | null {
  const token = tokens[i] as Token;
  const adjective = token.type === 'word' ? lang.superlative(token.key) : null;
  if (adjective === null) return null;
  // "one of the worst-hit villages", "the best-known": a superlative compounded with a participle
  // describes its noun and ranks nothing against the past ("worst-ever" does).
  const linked = tokens[i + 1];
  if (linked?.link === '-' && linked.key !== 'ever') return null;
  const before = tokens[i - 1] as Token;
  if (ORDINALS.has(before.key)) return null;
  const possessive = isWord(before) && (before.key.endsWith("'s") || /^['’]s\b/.test(text.slice(before.end, token.start).trim()));
  if (!isWord(before) || !(DETERMINERS.has(before.key) || possessive)) return null;
  // "one of the deadliest", "one of the country's deadliest", "some of the biggest", "among the worst".
  // "the country's deadliest": the determiner of the possessive noun opens the phrase.
  const owner = tokens[i - 2];
  let start = possessive && isWord(owner) && DETERMINERS.has(owner.key) ? owner.start : before.start;
  let ofSet = false;
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const word = tokens[k] as Token;
    if (!isWord(word)) break;
    if (SET_OPENERS.has(word.key) && (word.key === 'among' || tokens[k + 1]?.key === 'of')) {
      ofSet = true;
      start = word.start;
      break;
    }
    if (!(word.key === 'of' || DETERMINERS.has(word.key) || word.key.endsWith("'s") || word.cap)) break;
  }
  // The noun ranked: the content words after the superlative, up to a function word or a mark.
  let j = i + 1;
  let head: Token | null = null;
  while (j < tokens.length && j <= i + 4 && isWord(tokens[j]) && !lang.isStopword((tokens[j] as Token).key)) head = tokens[j++] as Token;
  const { span, until } = comparisonSpan(lang, tokens, j, Math.min(tokens.length, i + REACH), year);
  if (span === null && !ofSet) return null;
  // With no span of comparison, the phrase runs on to its place or set ("one of the deadliest on the railways of India").
  const end = until ?? phraseEnd(tokens, j) ?? head?.end ?? token.end;
  return { start, end, text: text.slice(start, end), adjective, head: head?.text.toLowerCase() ?? null, span, subject: head ? null : copulaSubject(lang, tokens, text, start), possessor: null };
}

/** A form of "have" right before a phrase: its subject owns what the phrase ranks. */
const HAVE_BEFORE = /\b(?:has|have|had)\s+$/i;

/**
 * The name whose the ranked thing is, when the name "has" it: a person, organisation or place
 * mentioned right before "has" ("India has one of the world's largest rail networks": India's).
 */
function possessorOf(story: AnnotatedStory, s: number, start: number): string | null {
  const sentence = story.sentences[s];
  if (!sentence) return null;
  const lead = HAVE_BEFORE.exec(sentence.text.slice(Math.max(0, start - 8), start));
  if (!lead) return null;
  const verbAt = start - (sentence.text.slice(Math.max(0, start - 8), start).length - lead.index);
  const mention = sentence.mentions.find((m) => !m.pronoun && sentence.text.slice(m.end, verbAt).trim() === '');
  return mention ? sentence.text.slice(mention.start, mention.end) : null;
}

/** The kind of span of comparison that starts at token `from`, and where its words end. */
function comparisonSpan(lang: Language, tokens: readonly Token[], from: number, to: number, year: number): { span: Ranking['span']; until: number | null } {
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (token.type === 'punct' || CLAUSE_BREAK.has(token.key)) break;
    const next = tokens[k + 1];
    const count = countBefore(lang, tokens, k);
    if (token.key === 'ever' || token.key === 'history' || (token.key === 'record' && tokens[k - 1]?.key === 'on') || (token.key === 'time' && tokens[k - 1]?.key === 'all')) return { span: 'all-time', until: token.end };
    if (/^(?:decades?|century|centuries)$/.test(token.key)) return { span: 'long', until: token.end };
    // "this year", "last month": the current span, a short one; "in years" without a count, a long one.
    if (/^(?:this|last|next|past)$/.test(tokens[k - 1]?.key ?? '') && /^(?:years?|months?|weeks?)$/.test(token.key)) return { span: 'short', until: token.end };
    if (/^years?$/.test(token.key)) return { span: count === null || count >= LONG_SPAN_YEARS ? 'long' : 'short', until: token.end };
    if (/^(?:months?|weeks?|days?)$/.test(token.key)) return { span: 'short', until: token.end };
    if (token.key === 'since') {
      if (next?.type === 'number' && /^(?:1[89]|20)\d\d$/.test(next.text)) return { span: year - Number(next.text) >= LONG_SPAN_YEARS ? 'long' : 'short', until: next.end };
      return { span: 'other', until: phraseEnd(tokens, k + 1) };
    }
  }
  return { span: null, until: null };
}

/** Forms of "be" that link a subject to its ranking. */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
/** Auxiliaries and modals that may come before the copula ("would be", "has been"). */
const AUXILIARIES = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'can', 'has', 'have', 'had']);

/** The noun before a copula that ends just before offset `start` ("the demonstrations were …"), if any. */
function copulaSubject(lang: Language, tokens: readonly Token[], text: string, start: number): string | null {
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  if (k < 1 || !COPULAS.has(tokens[k]?.key ?? '')) return null;
  while (k > 0 && (COPULAS.has(tokens[k]?.key ?? '') || AUXILIARIES.has(tokens[k]?.key ?? ''))) k--;
  // "The deal, worth $35 billion, is the largest": the subject stands before the appositive.
  if (tokens[k]?.text === ',') {
    k--;
    while (k > 0 && tokens[k]?.text !== ',') k--;
    k--;
  }
  const noun = tokens[k];
  return isWord(noun) && !noun.cap && !lang.isStopword(noun.key) && text.slice(noun.end, tokens[k + 1]?.start).trim() === '' ? noun.text : null;
}

/** Where the words from token `from` run to: the next mark or new clause, within `PHRASE_WORDS` tokens. */
function phraseEnd(tokens: readonly Token[], from: number): number | null {
  let end: number | null = null;
  for (let k = from; k < Math.min(tokens.length, from + PHRASE_WORDS); k++) {
    const token = tokens[k] as Token;
    if (token.type === 'punct' || CLAUSE_BREAK.has(token.key)) break;
    end = token.end;
  }
  return end;
}

/** The number just before token `k` ("40 years", "two decades"), if any; a word like "over" may sit between. */
function countBefore(lang: Language, tokens: readonly Token[], k: number): number | null {
  const previous = tokens[k - 1];
  if (!previous) return null;
  if (previous.type === 'number') return Number(previous.text.replace(/,/g, ''));
  return lang.numberWord(previous.key) ?? null;
}

/**
 * How alike two rankings are: 0 when they rank different things or in different ways; 1 when the
 * adjective and the noun are the same; 0.75 when one of the two is matched by a rule (the generic
 * "worst", a noun left unsaid beside a noun of an act or event, two such nouns), 0.5 when both are.
 */
export function rankingLikeness(lang: Language, a: Ranking, b: Ranking): number {
  if (!(a.span === null || b.span === null || a.span === b.span)) return 0;
  const sameAdjective = a.adjective === b.adjective;
  const generic = (GENERIC_EVALUATIVES.has(a.adjective) || GENERIC_EVALUATIVES.has(b.adjective)) && !(GENERIC_EVALUATIVES.has(a.adjective) && GENERIC_EVALUATIVES.has(b.adjective)) && !lang.areAntonyms(a.adjective, b.adjective);
  if (!sameAdjective && !generic) return 0;
  const family = (noun: string): string => lang.family(lang.normal(noun));
  const event = (noun: string): boolean => lang.isEventNoun(singularNoun(noun));
  const sameHead = (a.head === null && b.head === null) || (a.head !== null && b.head !== null && family(a.head) === family(b.head));
  // Beside a noun, a noun left unsaid stands for its copula's subject when it has one ("the outbreak
  // is the worst since 2017"); with none, the phrase ranks the story's event ("the biggest in
  // decades"), so it meets only a noun of an act or event, not an employer, a level or a result.
  const unsaid = a.head === null ? a : b.head === null ? b : null;
  const said = unsaid === a ? b.head : a.head;
  let headByRule = false;
  if (!sameHead && said !== null) {
    if (unsaid === null) headByRule = event(a.head as string) && event(b.head as string);
    else if (unsaid.subject !== null) headByRule = family(unsaid.subject) === family(said) || (event(unsaid.subject) && event(said));
    else headByRule = event(said);
  }
  if (!sameHead && !headByRule) return 0;
  return 1 - (sameAdjective ? 0 : 0.25) - (sameHead ? 0 : 0.25);
}

/** A plural noun's singular by the regular endings ("crashes" → "crash", "accidents" → "accident"). */
export function singularNoun(word: string): string {
  if (/(?:ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Groups the story's rankings (complete linkage: every pair is alike), one per article; groups
 * from one independent source only are dropped.
 */
export function rankingGroups(lang: Language, story: AnnotatedStory, usable: readonly boolean[], every?: readonly Ranking[]): RankingGroup[] {
  // Those of every unit that fall in a usable unit are the usable units' own: a phrase belongs to the
  // one clause it starts in, whichever units are asked about, and they come in the same order.
  const all = every ? every.filter((r) => usable[r.unit.i]) : rankings(lang, story, usable);
  const sourceOf = (r: Ranking): string => story.sources.key[r.unit.s] ?? r.unit.article;
  const groups: RankingGroup[] = [];
  for (const ranking of all) {
    const likeness = (g: RankingGroup): number => Math.min(...g.rankings.map((r) => (r.unit.article === ranking.unit.article ? 0 : rankingLikeness(lang, r, ranking))));
    const home = groups.find((g) => likeness(g) > 0);
    if (home) {
      home.confidence = Math.min(home.confidence, likeness(home));
      home.rankings.push(ranking);
    } else groups.push({ rankings: [ranking], confidence: 1 });
  }
  return groups.filter((g) => new Set(g.rankings.map(sourceOf)).size > 1);
}
