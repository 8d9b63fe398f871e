/**
 * Stage 5 — relate: inside each claim, how every sentence stands to it. Reports of one frame whose
 * values fall outside the consensus conflict; sentences matched on their words support the claim,
 * or quote the same person in different words; attached denials deny it. The claim's anchor — the
 * sentence its statement and permalink are made from — is the clearest supporting sentence: a whole
 * sentence (not cut off), not opening on a pronoun, earliest first.
 */
import type { MatchGroup, MatchedStory, Moment, RelatedClaim, RelatedEvidence, RelatedStory, StageContext } from '../contracts.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { AnnotatedSentence, ClaimKind, Quantity, Quote } from '../types.ts';
import { ORG_HEADS } from '../language/lexicon/organizations.ts';
import { compatible } from '../04-match/features.ts';
import { inCommonUnit } from '../03-annotate/quantities.ts';
import { leansOnClauseBefore } from '../03-annotate/clauses.ts';
import { timesIn } from '../04-match/clock-times.ts';
import { asRounded, consensus, contains } from './quantities.ts';

/** Stage 5 on one story. */
export function relate(story: MatchedStory, _ctx: StageContext): RelatedStory {
  return { ...story, claims: story.groups.map((group) => relateGroup(story, group)) };
}

function evidenceOf(story: MatchedStory, unit: Unit): Omit<RelatedEvidence, 'relation' | 'stance'> {
  return { unit, sentence: story.sentences[unit.s] as AnnotatedSentence, quantity: null, quote: null, start: unit.start, end: unit.end };
}

/*
 * The two functions below return the functions a claim's relating reads, rather than each claim
 * defining them as named closures: the scripts load the engine through tsx, which names every named
 * closure as it is made (about 0.7 µs each, for every claim).
 */

/** Which source a unit's sentence counts as in the story: its upstream, else its article. */
function sourceIn(story: MatchedStory): (u: Unit) => string {
  return (u) => story.sources.key[u.s] ?? u.article;
}

/** Each quote's folded words (`plain`), read once per quote; the map is made on first use (most claims compare no wording). */
function quoteFolds(): (quote: Quote) => string {
  let texts: Map<Quote, string> | null = null;
  return (quote) => {
    texts ??= new Map();
    let text = texts.get(quote);
    if (text === undefined) {
      text = plain(quote);
      texts.set(quote, text);
    }
    return text;
  };
}

function relateGroup(story: MatchedStory, group: MatchGroup): RelatedClaim {
  const units = group.members.map((m) => story.units[m] as Unit);
  const sourceOf = sourceIn(story);
  // Each quote folded once for all the comparisons of its wording below.
  const folded = quoteFolds();
  const evidence: RelatedEvidence[] = [];
  if (group.origin === 'quantity') {
    const shown = units.map((unit) => group.quantities.get(unit.i) as Quantity);
    // Lengths of time compare in one unit ("72 hours" and "three days" agree); each is shown as written.
    const compared = asRounded(shown.map(inCommonUnit));
    const reports = units.map((unit, k) => ({ unit, quantity: compared[k] as Quantity, source: sourceOf(unit), outlet: story.outletOf.get(unit.article)?.id ?? unit.article }));
    const point = consensus(reports);
    // Figures of a running count given for two different moments ("as of 6 AM", "before 9 AM") can
    // both be true: a figure conflicts only with one for its own moment or for none.
    const moments = group.points ?? new Map<number, Moment>();
    const comparable = (a: Unit, b: Unit): boolean => !moments.has(a.i) || !moments.has(b.i) || moments.get(a.i)?.key === moments.get(b.i)?.key;
    for (let k = 0; k < reports.length; k++) {
      const { unit, quantity: read } = reports[k] as (typeof reports)[number];
      const quantity = shown[k] as Quantity;
      const agrees = point === null || contains(read, point);
      const otherMoment = !agrees && point !== null && !reports.some((r) => contains(r.quantity, point) && comparable(r.unit, unit));
      const supports = agrees || otherMoment;
      evidence.push({ ...evidenceOf(story, unit), quantity, relation: supports ? 'corroborates' : 'conflicts', stance: supports ? 'supports' : 'conflicts', start: quantity.start, end: quantity.end, ...(otherMoment ? { otherMoment } : {}) });
    }
  } else if (group.origin === 'ranking') {
    // Each report ranks the event in its own words; the phrase is what it says of this claim.
    for (const unit of units) {
      const phrase = group.ranking?.phrases.get(unit.i);
      evidence.push({ ...evidenceOf(story, unit), relation: 'corroborates', stance: 'supports', start: phrase?.start ?? unit.start, end: phrase?.end ?? unit.end });
    }
  } else {
    // Numbers inside a claim matched on its words are shown, never set against each other: only
    // numbers grouped by frame (stage 4) can conflict, because only they are known to measure one thing.
    // A claim of one sentence (most) has no number two sources give and no quote another unit shares.
    const numbers = units.length > 1 ? sharedNumbers(units, sourceOf) : null;
    const quotes = units.length > 1 ? matchingQuotes(units) : null;
    const reference = quotes?.get(units[0]?.i ?? -1) ?? null;
    for (const unit of units) {
      const number = numbers?.get(unit.i) ?? null;
      const quote = quotes?.get(unit.i) ?? null;
      const conflicts = false;
      const differs = !conflicts && quote !== null && reference !== null && quote !== reference && !sameWording(quote, reference, folded);
      evidence.push({
        ...evidenceOf(story, unit),
        quantity: number?.agrees ? number.quantity : null,
        quote,
        relation: conflicts ? 'conflicts' : differs ? 'wordingDiffers' : 'corroborates',
        stance: conflicts ? 'conflicts' : 'supports',
      });
    }
  }
  for (const d of group.denials) {
    const unit = story.units[d] as Unit;
    evidence.push({ ...evidenceOf(story, unit), relation: 'denies', stance: 'denies', start: 0, end: (story.sentences[unit.s] as AnnotatedSentence).text.length });
  }
  evidence.sort((a, b) => a.unit.i - b.unit.i);
  const anchor = chooseAnchor(evidence, group.origin === 'quantity' ? null : sourceOf);
  // Wording is compared with the anchor's quotation, the claim's reference, whichever report came first.
  const reference = anchor.quote;
  if (reference) for (const e of evidence) if (e.quote && e.stance === 'supports') e.relation = e.quote === reference || sameWording(e.quote, reference, folded) ? 'corroborates' : 'wordingDiffers';
  anchor.relation = 'anchor';
  return { kind: kindOf(group, anchor.unit), group, anchor: anchor.unit, evidence };
}

/** Pronouns that cannot open a statement: the reader would not know who is meant. */
const PRONOUN_OPENING = /^["“‘(]*(?:he|she|it|they|this|that|these|those|his|her|its|their|we|i)\b/i;
/** "The company …", "the ministry …": an organisation named only by its kind points back as a pronoun does. */
const KIND_OPENING = /^["“‘(]*the\s+(\p{L}+)\b/iu;

/** "“We …", "“I …": a speaker's own first person, which names whoever is quoted. */
const QUOTED_FIRST_PERSON = /^["“‘]\s*(?:we|i)\b/i;

/**
 * True when the text opens on a pronoun, or on an organisation named only by its kind. A quotation
 * that opens in the first person is not: the statement names its speaker ("Rubio said: “We're
 * going to appoint …”").
 */
export function opensOnReference(text: string, speaker: string | null): boolean {
  if (speaker !== null && QUOTED_FIRST_PERSON.test(text)) return false;
  if (PRONOUN_OPENING.test(text)) return true;
  const kind = KIND_OPENING.exec(text)?.[1]?.toLowerCase();
  return kind !== undefined && ORG_HEADS.has(kind);
}

/**
 * A sentence that opens on a condition ("Should neither candidate win half the votes, a runoff will
 * be held on May 28", "If the talks fail, …", "Were the strike to go on, …"): what it states holds
 * only if the condition does, so a report that states the same plainly leads the claim.
 */
const CONDITIONAL_OPENING = /^["“‘]?(?:if|unless|should\s+(?!not\b)\p{L}+(?:\s+\p{L}+){0,4}?\s+\p{Ll}+,?|were\s+\p{L}+(?:\s+\p{L}+){0,4}?\s+to|had\s+\p{L}+(?:\s+\p{L}+){0,4}?\s+\p{Ll}+ed)\b[^.?!]*,/iu;

/**
 * True when a quotation opens in the text and does not close: the sentence is one of several the
 * quotation runs over ('Veselko said: "The people have spoken clearly.'), not a statement by itself.
 */
export function openQuotation(text: string): boolean {
  let curly = 0;
  let straight = 0;
  // By code unit, not for-of over characters (an iterator result per step without TurboFan): the
  // three marks are single code units, never half of a pair.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x201c) curly++;
    else if (code === 0x201d) curly--;
    else if (code === 0x22) straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

/** A quotation's first three words where it opens a sentence: "“Appoint respective high-level teams". */
const QUOTE_OPENING = /^["“‘]\s*(\p{L}+\s+\p{L}+\s+\p{L}+)/u;
/** A quotation's first three words inside a sentence, after a lower-case word: "agreed to “appoint respective high-level". */
const QUOTE_INSIDE = /\p{Ll}\s+["“‘]\s*(\p{Ll}+\s+\p{L}+\s+\p{L}+)/u;

/** The first words of a quotation a sentence embeds in its own clause, lower-cased, or null. */
function embeddedQuoteStart(text: string): string | null {
  return QUOTE_INSIDE.exec(text)?.[1]?.toLowerCase() ?? null;
}

/**
 * Figures of a unit that no report of another source in the pool gives alike (same unit, an
 * overlapping value): what the unit says beyond what the others confirm ("Some 600 workers were
 * inside when the fire started on the third floor" beside "The fire started on the third floor").
 */
function unconfirmedFigures(e: RelatedEvidence, pool: readonly RelatedEvidence[], sourceOf: (u: Unit) => string): number {
  let count = 0;
  const own = sourceOf(e.unit);
  for (const q of e.unit.quantities) if (!pool.some((o) => sourceOf(o.unit) !== own && o.unit.quantities.some((r) => compatible(q, r)))) count++;
  return count;
}

/** The times of day of each report's own words (timesIn), read once per report. */
function timesReader(): (e: RelatedEvidence) => readonly Quantity[] {
  const read = new Map<RelatedEvidence, readonly Quantity[]>();
  return (e) => {
    let times = read.get(e);
    if (times === undefined) read.set(e, (times = timesIn(e.sentence.text, e.unit.start, e.unit.end)));
    return times;
  };
}

/**
 * Times of day a report gives that no report of another source in the pool gives alike (their
 * intervals meet): like a figure, what the report says beyond what the others confirm ("About 30 tonnes
 * … leaked … at around 4 a.m. on Tuesday" beside "About 30 tonnes … leaked … early on Tuesday", whose
 * next sentence puts the leak at 2.30 a.m.).
 */
function unconfirmedTimes(e: RelatedEvidence, pool: readonly RelatedEvidence[], sourceOf: (u: Unit) => string, timesOf: (e: RelatedEvidence) => readonly Quantity[]): number {
  const own = timesOf(e);
  if (own.length === 0) return 0;
  const source = sourceOf(e.unit);
  let count = 0;
  for (const t of own) if (!pool.some((o) => sourceOf(o.unit) !== source && timesOf(o).some((u) => t.low <= u.high && u.low <= t.high))) count++;
  return count;
}

/**
 * The figures a clause that cannot stand alone brings into its statement from the other clauses of its
 * sentence, which is shown whole ("…, handing the seat to Koren by 212 votes and giving the coalition a
 * majority of one", for the majority another report states alone): none for a clause shown as itself.
 */
function figuresOfOtherClausesShown(e: RelatedEvidence): number {
  const others = e.sentence.quantities.length - e.unit.quantities.length;
  return others > 0 && e.unit.antecedent === undefined && leansOnClauseBefore(e.sentence.text, e.unit) ? others : 0;
}

/**
 * The clearest supporting evidence: it states nothing the other sources do not confirm (a claim
 * matched on its words is what they all say, and its statement is the anchor's), then a whole
 * sentence, no opening pronoun, earliest in story order. `sourceOf` is null for a quantity claim,
 * whose reports give one figure by construction.
 */
function chooseAnchor(evidence: RelatedEvidence[], sourceOf: ((u: Unit) => string) | null): RelatedEvidence {
  const candidates = evidence.filter((e) => e.stance === 'supports');
  const pool = candidates.length > 0 ? candidates : evidence;
  // One report to choose from (most claims) is chosen without ranking it.
  if (pool.length === 1) return pool[0] as RelatedEvidence;
  // A report that gives what the others state only in an adjunct ("Rubbish piled up after bin
  // collectors and truck drivers joined the action") asserts something else: one that asserts it leads.
  const inBackground = (e: RelatedEvidence): boolean => {
    // Most reports have no background: then none of what they share is in it.
    if (e.unit.background.length === 0) return false;
    const shared = e.unit.content.filter((t) => pool.some((o) => o.unit.article !== e.unit.article && o.unit.content.includes(t)));
    return shared.length > 0 && shared.filter((t) => e.unit.background.includes(t)).length * 2 > shared.length;
  };
  // A quotation that opens the sentence, capitalised, may be a fragment of a clause another report
  // gives whole: "“Appoint respective high-level teams …,” Bruce said" is what "Lavrov and Rubio
  // agreed to “appoint respective high-level teams …”" says with its subject, and that report leads.
  // Read only once some report opens on a quotation: most claims have none.
  let embedded: Array<string | null> | null = null;
  const cutFromClause = (e: RelatedEvidence): boolean => {
    const opening = QUOTE_OPENING.exec(e.sentence.text.slice(e.unit.start, e.unit.end).trim())?.[1]?.toLowerCase();
    if (opening === undefined) return false;
    embedded ??= pool.map((o) => embeddedQuoteStart(o.sentence.text.slice(o.unit.start, o.unit.end)));
    return embedded.some((words, k) => words !== null && words === opening && pool[k]?.unit.article !== e.unit.article);
  };
  // Times of day, read for a report only once some report of the pool has one (most have none).
  const timesOf = timesReader();
  const rank = (e: RelatedEvidence): number => {
    const text = textOf(e).trim();
    const beyond = sourceOf === null ? 0 : (e.unit.quantities.length === 0 ? 0 : unconfirmedFigures(e, pool, sourceOf)) + figuresOfOtherClausesShown(e);
    // A time of day only this report gives weighs as an opening reference does, less than a figure:
    // "It struck at a shallow depth …" does not lead for want of the other's "at 4:17 a.m.".
    const times = sourceOf === null ? 0 : unconfirmedTimes(e, pool, sourceOf, timesOf);
    return beyond * 8 + times * 2 + (e.unit.complete && !openQuotation(text) ? 0 : 4) + ((opensOnReference(text, e.unit.speaker) && namedOpening(e, pool) === null) || inBackground(e) || CONDITIONAL_OPENING.test(text) ? 2 : 0) + (e.unit.parts > 1 || cutFromClause(e) ? 1 : 0);
  };
  // Of reports ranked alike and readable as they stand (no cut, no opening reference), the one whose
  // words the other sources state most fully leads: the statement is what they all say, not one
  // report's extra clause ("The government has offered 4.5%." before "The government has offered
  // 4.5%, which the union rejected last week as …"). Only for claims matched on their words.
  let sources: SourcesOfWords | null = null;
  const unsaid = (e: RelatedEvidence, r: number): number => (sourceOf === null || r % 8 > 1 ? 0 : wordsUnsaid(e, (sources ??= sourcesOfWords(pool, sourceOf))));
  // Each rank once (it reads the text with patterns and compares the unit with the whole pool), then
  // the first of the lowest: what a stable sort by rank, then words unsaid, then unit, puts first.
  let best = pool[0] as RelatedEvidence;
  let bestRank = rank(best);
  let bestUnsaid = -1;
  for (let k = 1; k < pool.length; k++) {
    const e = pool[k] as RelatedEvidence;
    const r = rank(e);
    if (r > bestRank) continue;
    if (r === bestRank) {
      if (bestUnsaid < 0) bestUnsaid = unsaid(best, r);
      const u = unsaid(e, r);
      // The pool is in story order, so `e` is the later report. It leads when the others leave fewer
      // of its words unsaid than the earlier's, so the statement states as little beyond what every
      // source gives as a report can ("The government declared three days of national mourning."
      // before "Prime Minister Anton Rell, who is due to visit the injured on Monday, declared …"),
      // and when it names what it speaks of: "On Wednesday evening it was only 5 percent contained"
      // says less, but not of what. A word in capitals that shouts ("FOURTEEN THOUSAND containers")
      // counts as one more unsaid. (The statement can still be cut down to the part the others
      // share; see 06-judge/statement.ts.)
      if (u > UNSAID_LEADS || u + shouted(e) >= bestUnsaid + shouted(best) || POINTS_BACK.test(withoutPronounsOf(e, namedOpening(e, pool)))) continue;
      best = e;
      bestUnsaid = u;
      continue;
    }
    best = e;
    bestRank = r;
    bestUnsaid = -1;
  }
  return best;
}

/** How many words the other sources may leave unsaid of a later report that leads. */
const UNSAID_LEADS = 2;

/** A word of three letters or more in capitals, as tabloids shout ("BANNED", "FOURTEEN"); acronyms match too, which only a tie-break reads. */
const SHOUTED = /\b\p{Lu}{3,}\b/u;

/** 1 when the report's words shout (SHOUTED), else 0: a tie-break between reports that say as much. */
function shouted(e: RelatedEvidence): number {
  return SHOUTED.test(textOf(e)) ? 1 : 0;
}

/**
 * The person a report's opening "he" or "she" stands for, when annotate resolved it to someone another
 * report of the claim names; else null. The statement names them in its place ("She has 21 days to
 * appeal." reads "Kessel has 21 days to appeal.", as "Amara Kessel has 21 days to appeal …" says).
 */
function namedOpening(e: RelatedEvidence, pool: readonly RelatedEvidence[]): string | null {
  const text = textOf(e);
  const start = e.unit.start + (text.length - text.trimStart().length);
  const opening = e.sentence.mentions.find((m) => m.pronoun && m.start === start && /^(?:he|she)$/i.test(e.sentence.text.slice(m.start, m.end)));
  return opening !== undefined && pool.some((o) => o !== e && o.sentence.mentions.some((m) => !m.pronoun && m.entity === opening.entity)) ? opening.entity : null;
}

/** The report's words without the pronouns that stand for `person` (none to take out when null). */
function withoutPronounsOf(e: RelatedEvidence, person: string | null): string {
  if (person === null) return textOf(e);
  let out = '';
  let at = e.unit.start;
  for (const m of e.sentence.mentions) {
    if (!m.pronoun || m.entity !== person || m.start < at || m.end > e.unit.end) continue;
    out += e.sentence.text.slice(at, m.start);
    at = m.end;
  }
  return out + e.sentence.text.slice(at, e.unit.end);
}

/** A word that stands for something named elsewhere: a third-person pronoun, or "there". */
const POINTS_BACK = /\b(?:he|she|it|they|him|them|his|its|their|there)\b/i;

/** The unit's own words in its sentence. */
function textOf(e: RelatedEvidence): string {
  return e.sentence.text.slice(e.unit.start, e.unit.end);
}

/**
 * How many of a report's content words the other sources' reports in the pool do not have: for each
 * other source, the words none of its reports gives, summed. Zero when every other source says all
 * the report says. `sources` is the pool's `sourcesOfWords`, and the report is one of the pool's.
 */
function wordsUnsaid(e: RelatedEvidence, sources: SourcesOfWords): number {
  // The report's own source gives each of its words, so each word goes unsaid by the sources of
  // the pool that do not give it: all of them less those that do. The names a report gives are what
  // it says too ("… to appeal to the Court of Sport Arbitration").
  let count = 0;
  const { content } = e.unit;
  for (let k = 0; k < content.length; k++) count += sources.count - (sources.giving.get(content[k] as string) ?? 0);
  const named = namedIn(e);
  for (let k = 0; k < named.length; k++) count += sources.count - (sources.giving.get(`entity:${named[k] as string}`) ?? 0);
  return count;
}

/** How many sources a pool of reports has, and for each content word (and each entity, as "entity:" and its id) how many of them give it. */
interface SourcesOfWords {
  count: number;
  giving: Map<string, number>;
}

/**
 * The pool's sources and how many of them give each word: read once per pool, where each report's
 * words unsaid were counted against every other report (a claim of thirty reports compared each
 * with all the others).
 */
function sourcesOfWords(pool: readonly RelatedEvidence[], sourceOf: (u: Unit) => string): SourcesOfWords {
  const wordsOf = new Map<string, Set<string>>();
  for (let k = 0; k < pool.length; k++) {
    const report = pool[k] as RelatedEvidence;
    const { unit } = report;
    const source = sourceOf(unit);
    let words = wordsOf.get(source);
    if (!words) wordsOf.set(source, (words = new Set()));
    for (let t = 0; t < unit.content.length; t++) words.add(unit.content[t] as string);
    // Whom or what it names, by name or by a pronoun that stands for them.
    const named = namedIn(report);
    for (let t = 0; t < named.length; t++) words.add(`entity:${named[t] as string}`);
  }
  const giving = new Map<string, number>();
  wordsOf.forEach((words) => words.forEach((t) => giving.set(t, (giving.get(t) ?? 0) + 1)));
  return { count: wordsOf.size, giving };
}

/** The entities a report's own words mention (its unit's span of the sentence), each once. */
function namedIn(e: RelatedEvidence): string[] {
  const out: string[] = [];
  for (const m of e.sentence.mentions) if (m.start >= e.unit.start && m.end <= e.unit.end && !out.includes(m.entity)) out.push(m.entity);
  return out;
}

/**
 * Numbers inside a claim matched on its words: units that give one number of the same unit report
 * the same figure, so values outside the consensus conflict. Only units that at least two
 * independent sources give (one value per unit) count.
 */
function sharedNumbers(units: readonly Unit[], sourceOf: (u: Unit) => string): Map<number, { quantity: Quantity; agrees: boolean }> {
  const byUnit = new Map<string, Array<{ unit: Unit; quantity: Quantity }>>();
  for (const unit of units) {
    // Most sentences give no number: no map for them.
    if (unit.quantities.length === 0) continue;
    const counts = new Map<string, Quantity[]>();
    for (const q of unit.quantities) counts.set(q.unit, [...(counts.get(q.unit) ?? []), q]);
    for (const [name, list] of counts) if (list.length === 1) byUnit.set(name, [...(byUnit.get(name) ?? []), { unit, quantity: list[0] as Quantity }]);
  }
  const chosen = [...byUnit]
    .filter(([, reports]) => new Set(reports.map((r) => sourceOf(r.unit))).size >= 2)
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]?.[1];
  const result = new Map<number, { quantity: Quantity; agrees: boolean }>();
  if (!chosen) return result;
  const point = consensus(chosen.map((r) => ({ quantity: r.quantity, source: sourceOf(r.unit) })));
  for (const { unit, quantity } of chosen) result.set(unit.i, { quantity, agrees: point === null || contains(quantity, point) });
  return result;
}

/** Folded quote words for comparison. */
function plain(quote: Quote): string {
  // A compound is one word with or without its hyphen ("cyber-attack", "cyberattack"): a spelling, not a wording.
  return ` ${quote.text.toLowerCase().replace(/[’‘]/g, "'").replace(/(?<=\p{L})[-‐‑](?=\p{L})/gu, '').replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** Same wording: one quote's words are a run inside the other's ("hard to say" in "it is hard to say that"). */
export function sameWording(a: Quote, b: Quote, folded: (quote: Quote) => string = plain): boolean {
  const x = folded(a);
  const y = folded(b);
  return x.includes(y) || y.includes(x);
}

/** Per unit, its quote that shares the most words with another unit's quote (two or more words). */
function matchingQuotes(units: readonly Unit[]): Map<number, Quote> {
  // Each quote's words, read once (not once per pair of quotes).
  const wordsOf = new Map<Quote, Set<string>>();
  for (const unit of units) for (const q of unit.quotes) if (!wordsOf.has(q)) wordsOf.set(q, new Set(plain(q).trim().split(' ').filter((w) => w.length > 2)));
  const words = (q: Quote): Set<string> => wordsOf.get(q) as Set<string>;
  const out = new Map<number, Quote>();
  // Index loops, not for-of: every quote against every other unit's, where without TurboFan each
  // for-of step allocates an iterator result (most units have no quote at all).
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    let best: Quote | null = null;
    let bestShared = 1;
    for (let k = 0; k < unit.quotes.length; k++) {
      const q = unit.quotes[k] as Quote;
      const mine = words(q);
      for (let o = 0; o < units.length; o++) {
        const other = units[o] as Unit;
        if (other === unit) continue;
        for (let t = 0; t < other.quotes.length; t++) {
          let shared = 0;
          words(other.quotes[t] as Quote).forEach((w) => {
            if (mine.has(w)) shared++;
          });
          if (shared > bestShared) {
            best = q;
            bestShared = shared;
          }
        }
      }
    }
    if (best) out.set(unit.i, best);
  }
  return out;
}

/**
 * `quantity` for frames; `quote` when the anchor sentence is mostly the quoted words of a named
 * person; `statement` otherwise. Read from the anchor alone, so a claim keeps its kind (and its id)
 * when more outlets report it.
 */
function kindOf(group: MatchGroup, anchor: Unit): ClaimKind {
  if (group.origin === 'quantity') return 'quantity';
  if (anchor.speaker === null || group.origin === 'ranking') return 'statement';
  const quoted = anchor.quotes.reduce((sum, q) => sum + q.text.split(/\s+/).length, 0);
  return quoted > 0 && quoted >= 0.5 * anchor.terms.length ? 'quote' : 'statement';
}
