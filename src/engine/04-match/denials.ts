/**
 * Attaching denials to what they deny. A denial ("Lavrov denied any knowledge of the “three-stage
 * plan”") rarely repeats the claim's wording; it names it by a quoted phrase or by the rarest words
 * of the claim. So a denial denies a unit when all words of a short quoted phrase of the denial are
 * in it, or when they share enough words that few articles use. A speaker does not deny their own
 * statement, and the target may sit in the denial's own article. A denial whose object points back
 * ("The ministry denies this.", "Aurelle rejected the claim.") names nothing: it denies the sentence
 * before it.
 */
import type { EngineConfig } from '../config.ts';
import type { AnnotatedStory, MatchGroup } from '../contracts.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { AnnotatedSentence } from '../types.ts';
import { CONTRADICTION_VERBS, DENIAL_VERBS, REJECTION_VERBS, REPORT_NOUNS, RETORT_VERBS, VERDICT_WORDS } from '../language/lexicon/polarity.ts';
import { BASE_CONTRADICTION, CONTRADICTED_NAMED, DENIAL_NOUN, HAVING_NONE, negationPattern, NOT_SO, OWN_NEGATION, PARTY_VERSION, QUOTED_UNTRUTH, REPLY_NOUN, retortForm, splitPhrasalForm, UNTRUTHFUL } from '../03-annotate/polarity.ts';
import type { StoryStats, UnitVector } from './features.ts';
import { allMatches } from '../text.ts';

/** A quoted phrase of this many content words at most names a claim ("the “three-stage plan”"). */
const NAMING_PHRASE = 6;

/** The units of an article with a term none of them holds: one empty list, only read. */
const NO_UNITS: readonly Unit[] = [];

/**
 * How strongly a denial unit denies a target unit. `restating(term)` counts the articles that use the
 * term only to restate the target's claim: more reports of a claim do not make its words common.
 */
export function denialScore(denial: UnitVector, target: UnitVector, stats: StoryStats, config: EngineConfig['denials'], restating: (term: string) => number = () => 0, denied: ReadonlySet<string> | null = null, closing = false, complement: readonly string[] = [], otherPredicate: ReadonlySet<string> | null = null): number {
  const d = denial.unit;
  const t = target.unit;
  if (t.denial || !t.checkable || t.s === d.s) return 0;
  // Not the speaker's own statement, unless another denies in a closing clause ("…, which the ministry denied").
  if (d.speaker !== null && d.speaker === t.speaker && !closing) return 0;
  let score = namesByQuote(denial, t, otherPredicate) ? 1 : 0;
  let shared = 0;
  for (let k = 0; k < d.content.length; k++) {
    const term = d.content[k] as string;
    if (!t.content.includes(term) || (denied !== null && !denied.has(term))) continue;
    shared += stats.df(term) - restating(term) <= config.rareArticles ? 0.35 : 0.1;
  }
  score += Math.min(shared, 1);
  if (statesComplement(complement, t.content)) score += COMPLEMENT_STATED;
  // What is denied is usually reported, not stated by someone on record.
  if (t.speaker === null || t.hedged) score += 0.1;
  return score;
}

/**
 * A denial's "that" clause with "any" denies every instance of what it names ("denied that any ballot
 * box had been left unsealed", "denied that the agreement contains any withdrawal clause"): a unit
 * that has all of its content words but one, and three at least, states such an instance, however
 * common those words are in the story. Worth as much as one more rare word shared. A clause about a
 * definite thing ("denied that the property had been paid for with client funds") refers to one
 * named before, often in other words ("a villa"), so shared words are not enough to find it.
 */
const COMPLEMENT_WORDS = 3;
const COMPLEMENT_STATED = 0.35;

function statesComplement(complement: readonly string[], content: readonly string[]): boolean {
  if (complement.length < COMPLEMENT_WORDS) return false;
  let missing = 0;
  for (let k = 0; k < complement.length && missing <= 1; k++) if (!content.includes(complement[k] as string)) missing++;
  return missing <= 1 && complement.length - missing >= COMPLEMENT_WORDS;
}

/** True when the clause a denial denies (DENIED_CLAUSE) is itself negated ("… claims that the fishermen were not told"). */
function deniedNegation(lang: Language, text: string): boolean {
  const clause = DENIED_CLAUSE.exec(text)?.[1];
  return clause !== undefined && negationPattern(lang).test(clause);
}

/** A denial verb that opens a "that" clause: "denied that", "denies that", "refuted that". */
const DENIED_THAT = /\b(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?)\s+that\s+/iu;
const ANY = /\bany\b/i;

/**
 * The content words of the clause a denial verb opens with "that" (DENIED_THAT) when the clause says
 * "any", up to the end of what the denial denies (`denied`, when it stops short of the unit's end);
 * empty otherwise.
 */
function complementTerms(story: AnnotatedStory, unit: Unit, denied: ReadonlySet<string> | null): string[] {
  const text = unitText(story, unit);
  const opened = DENIED_THAT.exec(text);
  if (opened === null || !ANY.test(text.slice(opened.index + opened[0].length))) return [];
  const from = unit.start + opened.index + opened[0].length;
  const terms: string[] = [];
  for (let k = 0; k < unit.terms.length; k++) {
    const term = unit.terms[k] as string;
    if ((unit.offsets[k] ?? 0) >= from && unit.content.includes(term) && (denied === null || denied.has(term)) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

const denyingPatterns = new WeakMap<Language, RegExp>();

/** A verb of denying, rejecting or contradicting, or a word that calls what was said untrue ("wrong", "not true"). */
function denyingPattern(lang: Language): RegExp {
  let pattern = denyingPatterns.get(lang);
  if (pattern === undefined) {
    const { denialVerbs, rejectionVerbs, contradictionVerbs, verdictWords } = lang.lexicon;
    const words = [...denialVerbs, ...rejectionVerbs, ...contradictionVerbs, ...verdictWords, 'denial', 'not true', 'wrong', 'lying'];
    pattern = new RegExp(`\\b(?:${words.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i');
    denyingPatterns.set(lang, pattern);
  }
  return pattern;
}

function unitText(story: AnnotatedStory, unit: Unit): string {
  return (story.sentences[unit.s]?.text ?? '').slice(unit.start, unit.end);
}

/** True when the denial quotes a short phrase ("the “three-stage plan”") all of whose words the target has. */
function namesByQuote(denial: UnitVector, target: Unit, otherPredicate: ReadonlySet<string> | null = null): boolean {
  let targetTerms: Set<string> | null = null;
  // Index loops, not for-of: run for every denial against every unit, where without TurboFan each
  // for-of step allocates an iterator result.
  for (let k = 0; k < denial.quoteWords.length; k++) {
    const words = denial.quoteWords[k] as Set<string>;
    if (words.size < 2 || words.size > NAMING_PHRASE) continue;
    // A quotation of the predicate before the denying one names nothing denied.
    if (otherPredicate !== null && [...words].every((w) => otherPredicate.has(w))) continue;
    // Made only for a denial that quotes a short phrase: most quote nothing.
    targetTerms ??= new Set(target.terms);
    const terms = targetTerms;
    if ([...words].every((w) => terms.has(w))) return true;
  }
  return false;
}

/**
 * Attaches each denial unit to the group of the unit it denies best (at or above the threshold).
 * Returns the denial units that deny nothing found in the story: they become claims of their own.
 */
export function attachDenials(
  lang: Language,
  story: AnnotatedStory,
  vectors: readonly UnitVector[],
  stats: StoryStats,
  groups: MatchGroup[],
  config: EngineConfig['denials'],
): Unit[] {
  const groupOf = new Map<number, MatchGroup>();
  for (const group of groups) {
    for (const m of group.members) {
      const known = groupOf.get(m);
      // A content or quantity claim is a better home than a single sentence.
      if (!known || (known.origin === 'single' && group.origin !== 'single')) groupOf.set(m, group);
    }
  }
  const unattached: Unit[] = [];
  // Per article, its units by each content term they hold, made when the article is first asked:
  // \`restating\` asks of one term in one article for every denial, target and shared word.
  const byArticle = new Map<string, Map<string, Unit[]>>();
  const unitsWith = (article: string, term: string): readonly Unit[] => {
    let index = byArticle.get(article);
    if (!index) {
      index = new Map();
      for (let u = 0; u < story.units.length; u++) {
        const own = story.units[u] as Unit;
        if (own.article !== article) continue;
        for (let k = 0; k < own.content.length; k++) {
          const list = index.get(own.content[k] as string);
          if (!list) index.set(own.content[k] as string, [own]);
          else if (list[list.length - 1] !== own) list.push(own);
        }
      }
      byArticle.set(article, index);
    }
    return index.get(term) ?? NO_UNITS;
  };
  // The denial, target and claim `restating` reads: one function for every pair, not one made per pair.
  let unit = vectors[0]?.unit as Unit;
  let target = vectors[0] as UnitVector;
  let home = groups[0] as MatchGroup;
  // The claim's other reports, in articles other than the denial's and the target's own.
  // Made on first use: most targets share no word with the denial and never ask.
  let others: number[] | null = null;
  // An article restates a term when it uses it only in its reports of the claim: one that also uses
  // it elsewhere ("next year's world championships" beside "world marathon champion") finds it common.
  const restating = (term: string): number => {
    others ??= home.members.filter((m) => m !== target.unit.i && vectors[m]?.unit.article !== unit.article && vectors[m]?.unit.article !== target.unit.article);
    const members = home.members;
    const articles = new Set(others.filter((m) => vectors[m]?.unit.content.includes(term)).map((m) => (vectors[m] as UnitVector).unit.article));
    let count = 0;
    articles.forEach((article) => {
      if (!unitsWith(article, term).some((u) => !members.includes(u.i))) count++;
    });
    return count;
  };
  for (let u = 0; u < vectors.length; u++) {
    const v = vectors[u] as UnitVector;
    unit = v.unit;
    if (!unit.denial) continue;
    const denied = deniedTerms(story, unit);
    const complement = complementTerms(story, unit, denied);
    const otherPredicate = predicateBeforeDenial(story, unit);
    const negation = complement.length === 0 ? null : negationPattern(lang);
    const sentenceText = story.sentences[unit.s]?.text ?? '';
    const closing = closingDenier(sentenceText) !== undefined;
    const ownText = sentenceText.slice(unit.start, unit.end);
    const onlyNegates = OWN_NEGATED.test(ownText.toLowerCase().replace(/’/g, "'")) && !denyingPattern(lang).test(ownText);
    // "pushed back against claims that the fishermen were not told": denying a negation says the
    // thing happened, as a sentence that states it does; only a sentence that negates it is denied.
    const deniesNegation = deniedNegation(lang, ownText);
    // "X accused officials of manipulating the count, a charge the commission rejected": what is
    // denied is this sentence's own accusation; another sentence is its target only by a phrase both
    // quote, never by the words of the story they share.
    const ownCharge = closing && CLOSING_CHARGE.test(sentenceText);
    const party = denyingInstitution(story, unit);
    let best: { score: number; target: number } | null = null;
    // "The ministry denies this.", "Aurelle rejected the claim.": what it denies is the sentence before.
    // An account that answers another ("The union said …, while the port authority maintains that it
    // was …"; "… says residents complained in July. According to the police chief, the first complaint
    // came on Sunday."): the unit annotate found it answers (Unit.answers).
    const answered = unit.answers === undefined ? null : (story.units[unit.answers] ?? null);
    const before = answered ?? sentenceBefore(lang, story, unit, sentenceText.slice(unit.start, unit.end)) ?? accountAnswered(story, unit, sentenceText.slice(unit.start, unit.end));
    if (before !== null && groupOf.has(before.i)) best = { score: Infinity, target: before.i };
    for (let t = 0; t < vectors.length && before === null; t++) {
      target = vectors[t] as UnitVector;
      const found = groupOf.get(target.unit.i);
      if (!found) continue;
      home = found;
      others = null;
      if (ownCharge && !namesByQuote(v, target.unit)) continue;
      if (party !== null && target.unit.article === unit.article && speaksFor(story, target.unit, party)) continue;
      // Two negations agree: "the cheese has nothing to do with it" does not answer "there was no
      // danger from the cheese". A denial that only negates (no verb of denying, no pointer to what was
      // said) disputes no sentence that negates.
      if (onlyNegates && target.unit.negated) continue;
      if (deniesNegation && !target.unit.negated) continue;
      // A negated sentence does not state what it negates: "At no point did officers open any gate"
      // agrees with "denied that officers had opened the gate".
      const stated = negation === null || negation.test(unitText(story, target.unit)) ? [] : complement;
      const score = denialScore(v, target, stats, config, restating, denied, closing, stated, otherPredicate);
      if (score >= config.threshold && (!best || score > best.score)) best = { score, target: target.unit.i };
    }
    // A denial that names what it denies in words common in the story (many reports of the claim, in
    // words too different to be matched) still follows what it answers: the claim is in the sentences
    // just before it in its paragraph's article, and shares words with it.
    if (best === null && before === null && !ownCharge) best = adjacentTarget(lang, story, unit, denied, groupOf);
    const group = best ? homeOfDenial(story, groups, groupOf, best.target, unit) : undefined;
    if (group) group.denials.push(unit.i);
    else if (unit.checkable) unattached.push(unit);
  }
  return unattached;
}

/**
 * The organisation that denies, as a pattern of its head noun ("police" in "Police have denied reports
 * of looting", "ministry" in "The interior ministry rejected …"), or null when a person, unnamed
 * sources or no one denies.
 */
function denyingInstitution(story: AnnotatedStory, denial: Unit): RegExp | null {
  const head = story.sentences[denial.s]?.attribution.institution?.match(/[\p{L}-]+$/u)?.[0];
  return head === undefined ? null : new RegExp(`(?:^|[^\\p{L}-])${head}(?![\\p{L}-])`, 'iu');
}

/**
 * True when the unit's sentence is spoken for the organisation `party` names: by the organisation
 * itself, or by a person whose title or apposition names it ("said Colonel Ida Renn, the district
 * police chief", "police spokeswoman Mara Lind said"). In the denial's own report, such a statement
 * goes on from the denial in the organisation's own words ("Police have denied reports of looting.
 * “Every village is patrolled day and night,” said the police chief"): it is not what is denied.
 */
function speaksFor(story: AnnotatedStory, unit: Unit, party: RegExp): boolean {
  const sentence = story.sentences[unit.s];
  if (!sentence) return false;
  const { speaker, institution } = sentence.attribution;
  if (institution !== null && party.test(institution)) return true;
  if (speaker === null) return false;
  return sentence.mentions.some((m) => {
    if (m.entity !== speaker || m.pronoun) return false;
    const title = sentence.text.slice(Math.max(0, m.start - 40), m.start).match(/(?:[\p{L}'’-]+\s+){1,3}$/u)?.[0] ?? '';
    const apposition = /^,\s+[^,;:"“”]{2,60}/u.exec(sentence.text.slice(m.end))?.[0] ?? '';
    return party.test(title) || party.test(apposition);
  });
}

/**
 * The claim a denial of `target` disputes: the target's claim, unless that is a figure's (a quantity
 * claim) the target gives only in a participial adjunct and the denial gives no figure of its kind.
 * "Parents say the leaders knew of a storm warning at midday, hours before lightning struck, killing a
 * leader and injuring 14 children" answered by "Moravec contradicted the parents, saying the first
 * alert came at 5.10 p.m." disputes the parents' account, not the count of the injured, which the
 * adjunct adds: the account's sentence is then a claim of its own, which the denial disputes. "Berg
 * says the driver had been at the wheel for 14 hours", called "a lie", is the figure's own claim.
 */
function homeOfDenial(story: AnnotatedStory, groups: MatchGroup[], groupOf: Map<number, MatchGroup>, target: number, denial: Unit): MatchGroup | undefined {
  const group = groupOf.get(target);
  const unit = group?.frame?.unit;
  const figure = group?.quantities.get(target);
  if (group?.origin !== 'quantity' || unit === undefined || figure === undefined || denial.quantities.some((q) => q.unit === unit)) return group;
  const text = story.sentences[story.units[target]?.s ?? -1]?.text ?? '';
  if (!PARTICIPIAL_ADJUNCT.test(text.slice(0, figure.start))) return group;
  const own: MatchGroup = { origin: 'single', members: [target], frame: null, quantities: new Map(), confidence: 1, bestOutside: 0, denials: [] };
  groups.push(own);
  groupOf.set(target, own);
  return own;
}

/** ", killing a leader and injuring …": a participial adjunct after a comma (not "including", "according"). */
const PARTICIPIAL_ADJUNCT = /,\s+(?!(?:including|according|following|during|excluding|regarding|concerning)\b)\p{Ll}+ing\b/u;

/** How many sentences back a denial may answer a claim it shares words with (ADJACENT_SHARED). */
const ADJACENT_REACH = 2;
/** Content words a denial shares with the claim just before it that it answers. */
const ADJACENT_SHARED = 2;

/**
 * True when a denial names what was said it denies by a noun ("rejected suggestions that the lifts
 * had broken down", "dismissed claims that …") and the unit before it is an account of someone's
 * that negates ("Tenants say the lifts did not work."): the noun points to that account, whose
 * negation the clause states positively in other words.
 */
function deniesWhatWasSaid(lang: Language, story: AnnotatedStory, denial: Unit, unit: Unit): boolean {
  const text = unitText(story, denial);
  const reported = REPORTED_CLAUSE.exec(text);
  // The account negates what the clause says happened ("did not work" / "had broken down"): a clause
  // in other words than the account's own, which a positive account would share.
  if (reported === null || !unit.negated || !(unit.speaker !== null || story.sentences[unit.s]?.attribution.cue != null || says(lang, unitText(story, unit)))) return false;
  // The clause's subject is what the account speaks of ("the lifts"), not the denier ("that he had tried …").
  const from = denial.start + reported.index + reported[0].length;
  const subject = CLAUSE_SUBJECT.exec(text.slice(reported.index + reported[0].length))?.[0] ?? '';
  return denial.terms.some((term, k) => (denial.offsets[k] ?? 0) >= from && (denial.offsets[k] ?? 0) < from + subject.length && denial.content.includes(term) && unit.content.includes(term));
}

/** A clause's subject: its words before the first auxiliary or verb of the past ("the lifts" in "the lifts had broken down"). */
const CLAUSE_SUBJECT = /^\s*(?:(?!(?:had|has|have|was|were|is|are|would|will|could|did|do|does|should|might|may)\b)[\p{L}'’-]+\s+){1,5}?(?=(?:had|has|have|was|were|is|are|would|will|could|did|do|does|should|might|may)\b|\p{L}+ed\b)/iu;

/**
 * True when a text has a verb of saying of the lexicon's, not a participle ("Tenants of the tower say
 * …", whose plural source attribution does not name): it is someone's account.
 */
function says(lang: Language, text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((word) => {
    const cue = lang.lexicon.cueWords.get(lang.key(word));
    return cue !== undefined && cue.form !== 'participle';
  });
}

/**
 * True when a denial of something its denier did ("denies ignoring …", SELF_DENIED) answers a unit
 * whose sentence names the denier: the denier's name, as the denial writes it, is in that unit.
 */
function deniesOwnAct(story: AnnotatedStory, denial: Unit, unit: Unit): boolean {
  const text = unitText(story, denial);
  if (!SELF_DENIED.test(text)) return false;
  const denier = /^["“]?((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+(?:has\s+|have\s+)?(?:den(?:y|ies|ied)|rejects?|rejected)\b/u.exec(text)?.[1];
  return denier !== undefined && unitText(story, unit).includes(denier);
}

/**
 * The claim a denial answers in the sentences just before it in its article (ADJACENT_REACH): the
 * nearest unit, not a denial nor the denier's own, that has ADJACENT_SHARED of the words the denial
 * denies, however common they are in the story. Null when there is none.
 */
function adjacentTarget(lang: Language, story: AnnotatedStory, denial: Unit, denied: ReadonlySet<string> | null, groupOf: ReadonlyMap<number, MatchGroup>): { score: number; target: number } | null {
  const article = story.sentences[denial.s]?.article;
  for (let back = 1; back <= ADJACENT_REACH; back++) {
    if (story.sentences[denial.s - back]?.article !== article) return null;
    let found: Unit | null = null;
    for (const unit of story.units) {
      if (unit.s !== denial.s - back || !unit.checkable || unit.denial || unit.antecedent !== undefined || !groupOf.has(unit.i) || (unit.speaker !== null && unit.speaker === denial.speaker)) continue;
      let shared = 0;
      for (const term of denial.content) if ((denied === null || denied.has(term)) && unit.content.includes(term)) shared++;
      // "… said bosses at Corran Property ignored months of warnings. Corran denies ignoring any
      // warning.": the one accused, named in the sentence before, denies the act it names there.
      if (shared >= ADJACENT_SHARED || (shared >= 1 && (deniesOwnAct(story, denial, unit) || (back === 1 && deniesWhatWasSaid(lang, story, denial, unit))))) found = unit;
    }
    if (found !== null) return { score: 0, target: found.i };
  }
  return null;
}

/**
 * "… said the budget hid a cut to hospitals, which the finance ministry denied", "… a charge the
 * transport ministry flatly rejected": a denial in a clause that closes the sentence has a subject
 * of its own, who denies; the sentence's speaker is the one who alleged.
 */
const CLOSING_DENIAL = /,\s+(?:which|a\s+(?:charge|claim|allegation|accusation|suggestion|report)(?:\s+that)?)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:has\s+|had\s+)?(?:\p{Ll}+ly\s+)?(?:denied|rejected|dismissed|refuted|disputed|denies|rejects|dismisses|refutes|disputes)\b[^,;]*[.!?"”]?$/u;

/** A closing denial that names what it denies as a charge of the sentence itself (", a charge the … rejected"). */
const CLOSING_CHARGE = /,\s+an?\s+(?:charge|claim|allegation|accusation|suggestion)\b[^,;]*$/u;

/** Who denies in a clause that closes the sentence (CLOSING_DENIAL), as written, or undefined. */
export function closingDenier(text: string): string | undefined {
  return CLOSING_DENIAL.exec(text)?.[1];
}

/** Nouns for a statement that a denial names by pointing back at it ("the claim", "his account"). */
const STATEMENT = '(claim|allegation|accusation|charge|report|account|suggestion|assertion|version|conclusion|finding|timeline)s?';
/** A possessive between a determiner and the statement noun: "the union's claim", "the mayor’s account". */
const WHOSE = String.raw`(?:[\p{L}-]+['’]s?\s+)?`;
/** Whose statement a denial names: "union" in "rejected the union's account". */
const POSSESSOR = new RegExp(String.raw`(?:^["“‘]?|\b(?:the|his|her|their|its|these|those|such|that|this)\s+)([\p{L}-]+)['’]s?\s+(?:${STATEMENT}|(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?contradicted\s+by\b)`, 'iu');

/** Every verb polarity reads as denying what it takes ("denied", "rejected", "disputes"), as one alternation. */
const DENYING = [...DENIAL_VERBS, ...REJECTION_VERBS, ...CONTRADICTION_VERBS].join('|');
/** Nouns for what was said ("claims", "suggestions", "reports"), as one alternation. */
const SAID = [...REPORT_NOUNS].join('|');

/**
 * What a denial denies, as a clause: after a verb of denying, and a noun for what was said if any,
 * "that" opens it ("denied that …", "rejected suggestions that …", "pushed back against claims that …").
 */
const DENIED_CLAUSE = new RegExp(String.raw`\b(?:${DENYING})\s+(?:(?:the|any|all)\s+)?(?:(?:${SAID}|charges?)\s+)?that\s+([^,;]+)`, 'iu');

/** A verb of denying and a noun for what was said, then "that": "rejected suggestions that", "dismissed claims that". */
const REPORTED_CLAUSE = new RegExp(String.raw`\b(?:${DENYING})\s+(?:the\s+)?(?:${SAID})\s+that\b`, 'iu');

/** Verbs of replying against what was said, as one alternation. */
const RETORTING = [...RETORT_VERBS].join('|');
/** What a denial calls a statement it points back to: the words polarity reads as calling one untrue. */
const UNTRUE = [...VERDICT_WORDS].map((word) => (word === 'lie' ? 'a\\s+lie' : word)).join('|');

/**
 * A denial whose object points back ("denies this.", "rejected the claim", "dismissed his account",
 * "denied that, saying …"; not "denied that any sale was planned", where "that" opens what is
 * denied), or that calls a statement named by a definite noun or a pointer untrue ("called the report
 * false", "said the claim was untrue", "said there was no truth in the claim", "said that was not the
 * case"): it names nothing of what it denies, which the sentence before states.
 */
const ANAPHORIC_DENIAL = new RegExp(
  [
    // "denied this.", "rejected the claim", "dismissed his account"
    `\\b(?:${DENYING})\\s+(?:(?:this|that|it|these|those|them)(?=\\s*(?:[,.;:!?]|$))|(?:the|his|her|their|its|these|those|such|that|this)\\s+${WHOSE}${STATEMENT}\\b)`,
    // "denied everything", "deny the lot", "denies it all": a denial of all that was said
    `\\b(?:${DENYING})\\s+(?:everything|the\\s+lot|it\\s+all|all\\s+of\\s+it|all\\s+(?:the|these|those|such)\\s+${STATEMENT})(?=\\s*(?:[,.;:!?"”]|$))`,
    // "called the report false", "described the account as “fiction”"
    `\\b(?:called|calls|branded|brands|labell?ed|termed|(?:described|describes|describing)(?=[^.;]*?\\bas\\b))\\s+(?:the|his|her|their|its|these|those|such|that|this)\\s+${WHOSE}${STATEMENT}\\s+(?:as\\s+)?["“]?(?:\\p{L}+\\s+)?(?:${UNTRUE})\\b`,
    // "said the claim was untrue", "said the claim was “nonsense”"
    `\\b(?:the|these|those|such|that|this)\\s+${STATEMENT}\\s+(?:was|were|is|are|had\\s+been|has\\s+been)\\s+["“]?(?:\\p{L}+\\s+)?["“]?(?:${UNTRUE})\\b`,
    // "said there was no truth in the claim"
    `\\bno\\s+truth\\s+in\\s+(?:the|these|those|such|that|this|his|her|their)\\s+${STATEMENT}\\b`,
    // "said that was not the case", "says that's rubbish"
    `\\b(?:that|this|it)(?:\\s+(?:was|is|had\\s+been)\\s+|['’]s\\s+)["“]?(?:\\p{L}+\\s+)?["“]?(?:${UNTRUE}|wrong|not\\s+true|not\\s+the\\s+case)\\b`,
    // "The clubs contest this.", "We dispute that."
    BASE_CONTRADICTION,
    // "said no such report had ever been presented", "denied giving any such order": "such" refers
    // back to a thing of that name (SUCH_NOUN)
    `\\b(?:no|any)\\s+such\\s+\\p{L}+`,
    // "the union's claim was refuted by the minister", "Dellin's account is contradicted by the club's
    // finance director": the statement denied, in the passive
    `(?:^["“‘]?(?=\\p{L}+['’]s?\\s)|\\b(?:the|these|those|such|that|this)\\s+)${WHOSE}${STATEMENT}\\s+(?:was|were|is|are|has\\s+been|had\\s+been)\\s+(?:\\p{L}+ly\\s+)?(?:denied|rejected|refuted|rebutted|disputed|dismissed|contested|contradicted)\\b`,
    // "waved the claim away", "brushed it aside": a phrasal verb of rejecting split by its object
    splitPhrasalForm(STATEMENT),
    // "retorted that …", "countered: …", '"…," she shot back.', '"Not so," says the mayor', "issued a
    // flat denial", "The firm's response: “No …”": a reply against the statement before
    retortForm(RETORTING),
    NOT_SO,
    // "Hanna Veld, the company's operations director, was having none of it."
    HAVING_NONE,
    // "Dellin's version is contradicted by the club's finance director": a named person's statement,
    // whatever noun names it, contradicted in the passive
    String.raw`^["“‘]?\p{Lu}[\p{L}-]*['’]s?\s+(?:\p{L}+\s+){0,2}?\p{L}+\s+(?:is|was|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?contradicted\s+by\b`,
    // "Untrue, says the club: …": a verdict put first, then who gives it
    `^["“‘]?(?:\\p{L}+ly\\s+)?(?:${UNTRUE})\\s*[,:;!—–-]\\s*(?:says|said|say)\\b`,
    // '"Lies from start to finish," said the chairman': a short quotation that opens on a noun for untruth
    QUOTED_UNTRUTH,
    DENIAL_NOUN,
    REPLY_NOUN,
  ].join('|'),
  'iu',
);

/**
 * Who a denial calls wrong, when it names them as the subject ("Vaz" in "said Vaz had got it wrong",
 * "parents" in "said the parents had their timing wrong"): the sentence it answers names them.
 */
const SPOKEN_OF = new RegExp(String.raw`\b(\p{L}+)\s+(?:(?:had|has|have)\s+(?:got\s+)?(?:it|(?:their|his|her|its)\s+[\p{L}-]+)\s+(?:all\s+)?wrong\b|(?:is|are|was|were)\s+(?:simply\s+|plainly\s+|just\s+|completely\s+|quite\s+)?(?:${UNTRUTHFUL}|wrong\b(?!\s+(?:with|to|for)\b)|making\s+(?:it|this|that|things)\s+up\b))`, 'iu');
/** Whom a denial contradicts by name: "parents" in "contradicted the parents, saying …". */
const CONTRADICTED = new RegExp(CONTRADICTED_NAMED, 'iu');
const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|her|him|them)$/i;

/**
 * A denial that answers someone's account without naming what it denies: the one who spoke called
 * wrong ("said Vaz had got it wrong", "the parents had their timing wrong", "Voss is making it up"),
 * contradicted ("contradicted her:"), their version challenged ("challenged that version"), another
 * version announced ("The park tells a different story"), or disagreement ("Officials disagree").
 */
const ACCOUNT_ANSWER = new RegExp(
  [
    // "said Vaz had got it wrong", "the parents had their timing wrong", "the parents are wrong", "Voss
    // is making it up": the one who spoke called wrong, or their account made up (SPOKEN_OF says whose)
    String.raw`\b(?:had|has|have)\s+(?:got\s+)?(?:it|(?:their|his|her|its)\s+[\p{L}-]+)\s+(?:all\s+)?wrong\b`,
    String.raw`\b(?:is|are|was|were)\s+(?:simply\s+|plainly\s+|just\s+|completely\s+|quite\s+)?(?:${UNTRUTHFUL}|wrong\b(?!\s+(?:with|to|for)\b))`,
    String.raw`\b(?:mak(?:e|es|ing)|made)\s+(?:it|this|that|things)\s+up\b`,
    // "contradicted her:", "challenged that version", "tells a different story", "officials disagree":
    // the one who spoke contradicted, their version challenged, another version announced
    String.raw`\b(?:${[...CONTRADICTION_VERBS].join('|')})\s+(?:her|him|them)\b(?=\s*[:;,.]|\s+(?:and|on|in)\b)`,
    String.raw`\bchalleng(?:ed|es|ing)\s+(?:that|this|his|her|their|the)\s+(?:version|account|claim|story|assertion)\b`,
    // "contradicted the parents, saying …" (CONTRADICTED says whom)
    CONTRADICTED_NAMED,
    String.raw`\b(?:tells?|told|gives?|gave|offers?|offered)\s+(?:a|an)\s+(?:(?:very|quite|rather|completely|entirely)\s+)?(?:different|another|other|contrasting|conflicting)\s+(?:story|version|account|picture)\b`,
    String.raw`\bdisagree(?:s|d)?\b(?=\s*[,.;:]|\s+and\b|\s+with\s+(?:that|this|the\s+claim|him|her|them)\b)`,
    // "The club's version is different:", "Their position … was that …": a party's own version
    PARTY_VERSION,
  ].join('|'),
  'iu',
);
/** A sentence that gives someone's account: a verb of saying or claiming. */
const ACCOUNT = /\b(?:said|says|say|told|tells|claimed|claims|claim|alleged|alleges|insisted|insists|accused|accuses)\b/iu;
/** How many sentences back an answer to an account may find it. */
const ANSWER_REACH = 5;

/**
 * The account an answer (ACCOUNT_ANSWER) denies, in its own article: the nearest of the sentences
 * before it (ANSWER_REACH) that gives someone else's account, names whom the answer calls wrong
 * (SPOKEN_OF), and shares a content word with the answer; the sentence right before when it is such
 * an account and no other shares a word. Its last checkable unit, or null.
 */
function accountAnswered(story: AnnotatedStory, denial: Unit, text: string): Unit | null {
  if (!ACCOUNT_ANSWER.test(text)) return null;
  const sentence = story.sentences[denial.s];
  if (!sentence) return null;
  const spokenOf = SPOKEN_OF.exec(text)?.[1] ?? CONTRADICTED.exec(text)?.[1];
  const whom = spokenOf !== undefined && !PRONOUN.test(spokenOf) ? new RegExp(`\\b${spokenOf}`, 'iu') : null;
  const candidate = (back: number): Unit | null => {
    const previous = story.sentences[denial.s - back];
    if (previous?.article !== sentence.article || previous.polarity === 'denies' || !ACCOUNT.test(previous.text) || (whom !== null && !whom.test(previous.text))) return null;
    let found: Unit | null = null;
    for (const unit of story.units) {
      if (unit.s !== denial.s - back || !unit.checkable || unit.denial || unit.antecedent !== undefined || (unit.speaker !== null && unit.speaker === denial.speaker)) continue;
      found = unit;
    }
    return found;
  };
  for (let back = 1; back <= ANSWER_REACH; back++) {
    if (story.sentences[denial.s - back]?.article !== sentence.article) break;
    const found = candidate(back);
    if (found !== null && denial.content.some((term) => found.content.includes(term))) return found;
  }
  return candidate(1);
}

/** A verb of replying against what was said, anywhere in a match of ANAPHORIC_DENIAL. */
const RETORT = new RegExp(`\\b(?:${RETORTING})\\b`, 'iu');

/** The noun after "no such" or "any such": the thing named before that the denial says never was. */
const SUCH_NOUN = /\b(?:no|any)\s+such\s+(\p{L}+)/iu;

/** True when the text names a reported statement ("reports of …", "the claim that …"): the language's report nouns. */
function reportNamedIn(lang: Language, text: string): boolean {
  return text.split(/[^\p{L}]+/u).some((word) => lang.lexicon.reportNouns.has(word.toLowerCase()));
}

/** A quotation closed and its speaker given after it: "…," a spokesman said. */
const CUE_AFTER_QUOTE = /["”’]\s*,?\s*[^"“”]{1,60}\b(?:said|says|told|added|insisted|stressed)\b[^"“”]{0,40}$/u;

/** Words about a source's speaking, not about what happened. */
const SOURCE_ASIDE = /\b(?:declined|refused) to (?:comment|discuss)\b|\bcondition of anonymity\b|\bnot (?:authori[sz]ed|allowed|permitted) to (?:speak|comment)\b|\b(?:would|could) not (?:comment|be reached)\b|\bdid not (?:respond|reply)\b/i;

/** Words of a plan or a promise: "said he would ask", "will examine", "plans to". */
const INTENTION = /\b(?:would|will|shall|plans? to|intends? to|promised to|vowed to)\b/i;

/** Words of asking for something: "called for an inquiry", "demanded a ransom", "urged a ban". */
const REQUEST = /\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|propos(?:e|es|ed|ing)|want(?:s|ed)?)\b/i;

/** A denial whose object is someone's: "rejected his account", "dismissed their claims". */
const SOMEONES = /\b(?:his|her|their)\s+\p{L}+\s*$/iu;

/**
 * What a sentence says when it holds what a denied noun names: "the accusation" an accusation
 * ("accused", "faces accusations") or a claim put to its source ("according to prosecutors"), "the
 * report" a report or a claim put to sources ("according to two people familiar with the matter", "a
 * senior engineer, who asked not to be named"), "the account" what someone said, claimed or accused
 * someone of ("Residents accuse the fire service of waiting two hours").
 */
const NAMED_BY: ReadonlyMap<string, RegExp> = new Map([
  ['claim', /\bclaim|\baccording to\b|\b(?:say|says|said|ruled|rules|concluded|concludes|declared|declares|insisted|insists|maintained|maintains)\b/i],
  ['allegation', /\balleg|\baccording to\b/i],
  ['accusation', /\baccus|\baccording to\b|\bsuspect|\bsuspicion\b|\bcharged with\b/i],
  ['charge', /\bcharg|\baccording to\b/i],
  ['report', /\breport|\baccording to\b|\bfamiliar with\b|\bsources?\b|\bnot to be (?:named|identified)\b|\bunnamed\b/i],
  ['account', /\baccount\b|\b(?:said|says|say|told)\b|\baccus|\bclaim|\balleg/i],
  ['suggestion', /\bsuggest/i],
  ['assertion', /\bassert/i],
]);

/**
 * The unit a denial whose object points back (ANAPHORIC_DENIAL) denies, in its own article; null for
 * any other denial. "This", "that": the sentence right before it, whichever paragraph it ends.
 * Someone's account ("his account"): the nearest of the three sentences before that a person said.
 * "The accusation", "the report": the nearest of the three that holds one (NAMED_BY), and names whose
 * it is when the denial does ("the union's account"); "the claims"
 * also what someone is said to say ("several residents say the sirens never sounded"). "No such
 * report", "any such order": the nearest of the three with a word of the noun's family ("ordered"),
 * that unit of it. Sentences about
 * a source's speaking are passed over unless they name what is denied; the denier's own are never
 * the target. The last checkable unit of the sentence found, or null.
 */
function sentenceBefore(lang: Language, story: AnnotatedStory, denial: Unit, text: string): Unit | null {
  const sentence = story.sentences[denial.s];
  if (!sentence) return null;
  const object = ANAPHORIC_DENIAL.exec(text);
  if (object === null) return null;
  // "…; Serakh denies this.": the clause before the semicolon (03-annotate/units.ts).
  if (denial.part > 0) return story.units.find((u) => u.s === denial.s && u.part === denial.part - 1 && u.checkable) ?? null;
  // "The union says the ship should not have sailed, though the operator countered that …": a reply
  // to a clause of its own sentence, which it does not point past.
  if (RETORT.test(object[0]) && /[,;]|\b(?:though|but|while|whereas)\b/i.test(text.slice(DENIER_APPOSITION.exec(text)?.[0].length ?? 0, object.index))) return null;
  const someones = SOMEONES.test(text.slice(0, object.index + object[0].length));
  const noun = (object[1] ?? object[2] ?? object[3] ?? object[4] ?? object[5] ?? object[6])?.toLowerCase();
  // "the union's account": a sentence that names the union holds it.
  const possessor = POSSESSOR.exec(object[0])?.[1]?.toLowerCase();
  // "no such order": a sentence with a word of the noun's family ("ordered") names the thing; but
  // "Asked about reports of a second exchange, he said there was no such agreement" names it itself.
  const such = SUCH_NOUN.exec(object[0])?.[1];
  if (such !== undefined && reportNamedIn(lang, text.slice(0, object.index))) return null;
  const suchFamily = such === undefined ? null : lang.family(lang.term(lang.key(such)) ?? lang.key(such));
  const holdsSuch = (unit: Unit): boolean => unit.terms.some((term) => lang.family(term) === suchFamily);
  const nounTest = noun === undefined ? null : (NAMED_BY.get(noun) ?? null);
  // Whether the sentence `k` holds what the denial's noun names; null when the denial names no noun.
  const names: ((k: number) => boolean) | null =
    suchFamily !== null ? (k) => story.units.some((u) => u.s === k && holdsSuch(u))
    : nounTest === null ? null
    : (k) => nounTest.test(story.sentences[k]?.text ?? '');
  // A denial that goes on from a quotation opened in the sentence before ("saying: “No member of staff
  // is a suspect. That is simply not true.”") is the same speaker's: their words are not what it denies.
  // So is one that is all quotation, after a sentence that gives a quotation and who spoke it (""We
  // have not paid a ransom to anyone," a spokesman said. "That is simply untrue."").
  const previousText = story.sentences[denial.s - 1]?.text ?? '';
  const continuesQuote =
    (sentence.quotes.some((q) => q.start === 0) && !/^["“‘]/.test(sentence.text)) ||
    (sentence.quotes.some((q) => q.start <= 1 && q.end >= sentence.text.trimEnd().length - 2) && sentence.attribution.speaker === null && (story.sentences[denial.s - 1]?.quotes.length ?? 0) > 0 && CUE_AFTER_QUOTE.test(previousText));
  // The last checkable unit of the sentence `back` before the denial that the denial can point to.
  const pointedIn = (back: number): Unit | null => {
    const previous = story.sentences[denial.s - back] as AnnotatedSentence;
    // A noun names a sentence that holds it, or one a person said that is no plan ("he would ask
    // the prosecutor to investigate" states no fact to deny).
    if (possessor !== undefined && !previous.text.toLowerCase().includes(possessor)) return null;
    // "Lind said Rask had guaranteed him a contract. Rask said no such conversation had taken place.":
    // what the denier is said to have done, in the sentence before, is what "such" points to, in
    // whatever words; the denier is named there (a sentence the denier speaks is never the target).
    const ofDenier = suchFamily !== null && denial.speaker !== null && previous.mentions.some((m) => m.entity === denial.speaker && !m.pronoun);
    const named = names === null || someones || ofDenier || names(denial.s - back);
    if (!named && (suchFamily !== null || INTENTION.test(previous.text))) return null;
    // "The union called for an inquiry." states no fact that "no such inquiry was needed" denies: what a
    // request or a plan names is not said to exist.
    if (suchFamily !== null && (REQUEST.test(previous.text) || INTENTION.test(previous.text))) return null;
    let found: Unit | null = null;
    for (const unit of story.units) {
      // Not a relative clause made a unit: a denial points back to what the sentence asserts.
      if (unit.s !== denial.s - back || !unit.checkable || unit.denial || unit.antecedent !== undefined || (unit.speaker !== null && unit.speaker === denial.speaker)) continue;
      if ((someones || !named) && (unit.speaker === null || story.entities.get(unit.speaker)?.kind !== 'person')) continue;
      if (suchFamily !== null && !ofDenier && !holdsSuch(unit)) continue;
      found = unit;
    }
    return found;
  };
  const inArticle = (back: number): boolean => story.sentences[denial.s - back]?.article === sentence.article;
  for (let back = 1, reach = someones || names !== null ? 3 : 1; back <= reach; back++) {
    if (!inArticle(back)) return null;
    const previous = story.sentences[denial.s - back] as AnnotatedSentence;
    // A denial right after another repeats it ("Kostrava has denied a newspaper report that … A
    // spokesman called the report fabricated."): it points to nothing past it; nor does the speaker's
    // quotation that goes on from one.
    if ((back === 1 || (back === 2 && continuesQuote)) && previous.polarity === 'denies') return null;
    if ((back === 1 && continuesQuote) || (SOURCE_ASIDE.test(previous.text) && names?.(denial.s - back) !== true)) {
      reach = Math.min(3, reach + 1);
      continue;
    }
    const found = pointedIn(back);
    if (found !== null) return found;
  }
  return null;
}

/**
 * ", saying …", ", adding …": the denier's own statement after the denial; ", after …", ", during …":
 * an adjunct that says when the denial was made ("rejected accusations that riot police fired tear
 * gas at demonstrators, after the largest protest in the capital since 2019"), not what it denies.
 */
const OWN_STATEMENT = /,\s+(?:saying|adding|insisting|arguing|explaining|stressing|after|before|during|following|amid|ahead\s+of)\b/;

/**
 * The terms of a denial that say what it denies: in "The club denied reports linking him with a move,
 * saying that no offer had been received" those before ", saying"; what follows is the club's own
 * statement, which supports a report of it rather than denying it, or the time of the denial
 * (OWN_STATEMENT). Null when the whole unit denies.
 */
function deniedTerms(story: AnnotatedStory, unit: Unit): ReadonlySet<string> | null {
  const text = unitText(story, unit);
  const own = OWN_STATEMENT.exec(text);
  const cut = unit.start + (own === null ? text.length : own.index);
  // "Viktor Hale, head of the regional roads authority, was adamant …": who denies is no part of what
  // is denied, unless it is denied of them ("Juri Tamm, the coach of …, denied that he had ever
  // supplied …"), when who they are names the claim.
  const apposition = SELF_DENIED.test(text) ? 0 : (DENIER_APPOSITION.exec(text)?.[0].length ?? 0);
  // "Varenia called the decision “a hostile act” and denied that its diplomats had done anything
  // wrong": of two predicates of one subject, only the denying one denies; the other's words and
  // quotations name nothing denied.
  const coordinated = COORDINATED_DENIAL.exec(text);
  const from = unit.start + Math.max(apposition, coordinated === null ? 0 : coordinated.index);
  // A relative clause set off by a comma describes what the denial names ("denied that the expulsions
  // would affect gas imports from Varenia, which supplies about 40% of the country's gas"): the denier
  // does not deny it.
  const asides: Array<readonly [number, number]> = [];
  for (const m of allMatches(RELATIVE_ASIDE, text)) asides.push([unit.start + (m.index ?? 0), unit.start + (m.index ?? 0) + m[0].length]);
  if (own === null && asides.length === 0 && from === unit.start) return null;
  const terms = new Set<string>();
  for (let k = 0; k < unit.terms.length; k++) {
    const at = unit.offsets[k] ?? 0;
    if (at >= from && at < cut && !asides.some(([start, end]) => at >= start && at < end)) terms.add(unit.terms[k] as string);
  }
  return terms;
}

/**
 * The words of the predicate before a denying one ("called the decision “a hostile act”" in "Varenia
 * called the decision “a hostile act” and denied that …"), or null when the denial is not the second
 * of two predicates.
 */
function predicateBeforeDenial(story: AnnotatedStory, unit: Unit): ReadonlySet<string> | null {
  const coordinated = COORDINATED_DENIAL.exec(unitText(story, unit));
  if (coordinated === null) return null;
  const end = unit.start + coordinated.index;
  const terms = new Set<string>();
  for (let k = 0; k < unit.terms.length; k++) if ((unit.offsets[k] ?? 0) < end) terms.add(unit.terms[k] as string);
  return terms;
}

/** A denying verb as the second of two predicates: " and denied that …", " but rejected …". */
const COORDINATED_DENIAL = /\s(?:and|but)\s+(?:then\s+|also\s+)?(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|rebut(?:s|ted))\b/iu;

/** A denial of something the denier did: "denied that he had …", "denies having …", "denied giving …". */
const SELF_DENIED = /\bthat\s+(?:he|she|they|i|we)\b|\b(?:den(?:y|ies|ied|ying)|rejects?|rejected)\s+(?:ever\s+)?(?:having\s+)?\p{L}+ing\b/iu;

/**
 * A denier named and described in apposition at the start of the denial: "Viktor Hale, head of the
 * regional roads authority, …", "The mayor, Sofia Brandt, …" (a name, capitalised words, on one side).
 */
const DENIER_APPOSITION = /^["“]?(?:(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+[^,;:"“”]{2,80}|[^,;:"“”]{2,60},\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+/u;

/** A denial that negates what happened in its own words ("has nothing to do with", "no such …"), as polarity reads it. */
const OWN_NEGATED = new RegExp(OWN_NEGATION);

/** A non-restrictive relative clause: ", which …", ", who …", ", whose …" up to the next comma, dash or semicolon. */
const RELATIVE_ASIDE = /,\s+(?:which|who|whose)\b[^,;—–]*/g;
