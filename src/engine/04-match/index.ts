/**
 * Stage 4 — match: which units state the same claim. Blocking proposes candidate pairs of units
 * from different articles; the pair model gives each a probability; clustering groups them,
 * precision first. Numbers are grouped by frame (frames.ts). Every other checkable unit is a claim
 * of its own, and each denial is attached to the claim it denies, which may sit in its own article.
 */
import type { AnnotatedStory, MatchedStory, MatchGroup, StageContext } from '../contracts.ts';
import { inCommonUnit, isVague } from '../03-annotate/quantities.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { Language } from '../language/index.ts';
import type { AnnotatedSentence, Quantity } from '../types.ts';
import { foldTypography } from '../text.ts';
import { namedAfterAccording } from '../03-annotate/according.ts';
import { CURRENCIES } from '../language/lexicon/units.ts';
import { candidatePairs, matchable } from './blocking.ts';
import { clusterUnits } from './cluster.ts';
import { attachDenials } from './denials.ts';
import { compatible, FEATURES, pairFeatures, shareContent, storyStats, unitVectors, type StoryStats, type UnitVector } from './features.ts';
import { FALL, frameGroups, perOf, RISE } from './frames.ts';
import { PairTable } from './pair-table.ts';
import { probability } from './model.ts';
import { moveWay, otherDays, otherDirections, otherReferents, otherSides, sidesOf } from './referents.ts';
import { everyRanking, rankingGroups, rankingSpans, singularNoun, type RankingGroup } from './rankings.ts';
import { dateGroups } from './date-groups.ts';
import { seriesGroups } from './series.ts';
import { mostCommon } from './phrase-groups.ts';
import { venueGroups, venueWhere } from './venues.ts';
import { ageGroups } from './ages.ts';
import { accusedBy, characterizationGroups, describedBy } from './characterizations.ts';
import { clockGroups, sharedHappening, sharedNounPhrase, statedForms, timesIn, verbForm } from './clock-times.ts';
import { partialQuotation, quoteWords } from './partial-quotes.ts';
import { deniedAllegation, followingDenials } from './allegations.ts';

/**
 * A unit's words folded (case, typography, punctuation) and the people and things its sentence
 * names inside it, pronouns resolved: two units with one key say the same words of the same referents
 * ("No Ukrainian officials were present at the meeting." in two reports; not "She declined to give
 * further details." said of two different people). A unit without words gives ''. Made only for the
 * units a pair asks about, once each: most pairs differ in their terms already.
 */
function verbatimKey(story: AnnotatedStory, unit: Unit): string {
  const sentence = story.sentences[unit.s];
  if (!sentence) return '';
  const words = foldTypography(sentence.text.slice(unit.start, unit.end)).toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return '';
  const named = sentence.mentions.filter((m) => m.start >= unit.start && m.end <= unit.end).map((m) => m.entity).sort();
  return `${words.join(' ')}|${named.join(' ')}`;
}

/**
 * Units that say the same of the same referents, wherever printed: one class per distinct sentence
 * text, clause span, speaker, polarity, quotations (with their speakers), the sentence's mentions
 * and the spans a ranking hides from the comparison. Everything a pair's features and tests read of
 * a unit follows from these within a story (terms, content, quantities, dates, entities, quotes).
 */
function unitClasses(story: AnnotatedStory, hidden: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>): { of: Int32Array; count: number } {
  const of = new Int32Array(story.units.length);
  const known = new Map<string, number>();
  // Each distinct sentence text by a number, which the keys hold in its place: a key holding the
  // text would be copied and hashed whole for every unit.
  const textIds = new Map<string, number>();
  // The part of the key that is the sentence's, made once per sentence (its units follow one another).
  let sentenceAt = -1;
  let sentenceKey = '';
  for (let u = 0; u < story.units.length; u++) {
    const unit = story.units[u] as Unit;
    if (unit.s !== sentenceAt) {
      sentenceAt = unit.s;
      const sentence = story.sentences[unit.s] as AnnotatedSentence;
      let textId = textIds.get(sentence.text);
      if (textId === undefined) {
        textId = textIds.size;
        textIds.set(sentence.text, textId);
      }
      let key = `${textId}\u0000${sentence.attribution.speaker}\u0000${sentence.polarity}\u0000`;
      for (let k = 0; k < sentence.quotes.length; k++) {
        const q = sentence.quotes[k] as AnnotatedSentence['quotes'][number];
        key += `${q.start},${q.end},${q.speaker};`;
      }
      key += '\u0000';
      for (let k = 0; k < sentence.mentions.length; k++) {
        const m = sentence.mentions[k] as AnnotatedSentence['mentions'][number];
        key += `${m.entity},${m.start},${m.end},${m.pronoun ? 1 : 0};`;
      }
      sentenceKey = key;
    }
    let key = `${sentenceKey}\u0000${unit.start},${unit.end}`;
    const spans = hidden.get(unit.i);
    if (spans !== undefined) for (let k = 0; k < spans.length; k++) key += `;${(spans[k] as readonly [number, number])[0]},${(spans[k] as readonly [number, number])[1]}`;
    let id = known.get(key);
    if (id === undefined) {
      id = known.size;
      known.set(key, id);
    }
    of[u] = id;
  }
  return { of, count: Math.max(1, known.size) };
}

/**
 * True when the two lists give figures of some unit that no figure of that unit in the other is
 * like: what they say of it differs, whatever figures of other units they share.
 */
export function someUnitOnlyDiffers(qa: readonly Quantity[], qb: readonly Quantity[]): boolean {
  for (let k = 0; k < qa.length; k++) {
    const unit = (qa[k] as Quantity).unit;
    let differs = false;
    let alike = false;
    for (const x of qa) {
      if (x.unit !== unit) continue;
      for (const y of qb) {
        if (y.unit !== unit) continue;
        if (compatible(x, y)) alike = true;
        else differs = true;
      }
    }
    if (differs && !alike) return true;
  }
  return false;
}

/** The same terms in the same order (an index loop: asked for pairs the model would not link). */
function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Where the pair features keep `opposed`. */
const OPPOSED = FEATURES.indexOf('opposed');

/** Stage 4 on one story. */
export function match(story: AnnotatedStory, ctx: StageContext): MatchedStory {
  const { lang, config, model } = ctx;
  const stats = storyStats(story);
  // A ranking of the event is a claim of its own: its words and numbers say nothing of the rest.
  // The story's ranking phrases are found once, for the words they hide and for their own claims.
  const everyRanked = everyRanking(lang, story);
  const ranked = rankingSpans(lang, story, everyRanked);
  // Units that read alike (`unitClasses`) share one vector, and a pair's probability below.
  const classes = unitClasses(story, ranked);
  const vectors = unitVectors(lang, story, stats, ranked, classes.of);
  const usable = matchable(vectors, config.match);
  const blocking = candidatePairs(vectors, usable, stats, config.match);
  const n = vectors.length;
  const features = new Float64Array(FEATURES.length);
  const quoted = quoteWords(story.units);
  const verbatim: Array<string | undefined> = [];
  const keyOf = (u: number): string => (verbatim[u] ??= verbatimKey(story, story.units[u] as Unit));
  const groupOf = (u: number): string | undefined => story.sources.group.get(story.units[u]?.article ?? '');
  // A link a rule makes is an even chance, and always enough to link and to keep a claim together.
  const ruleLink = Math.max(RULE_LINK, config.match.linkThreshold, config.match.clusterThreshold);
  // Which way each unit says a value moved, read once per unit rather than for every pair it is in.
  const ways = new Int8Array(n);
  for (let u = 0; u < n; u++) ways[u] = moveWay(vectors[u] as UnitVector, FALL, RISE);
  // A pair's probability before the rule for copied lines below depends on what each unit says and
  // of whom, not on where it is printed: reprints make units alike in all of that (a third of a
  // story's units, and half its candidate pairs join two classes already scored, in the same order).
  // It is computed once per ordered pair of classes (`unitClasses`); -1 marks a pair the tests set
  // apart before the model is asked (never linked, nor by the rule).
  const classCount = classes.count;
  const classOf = classes.of;
  const modelled = new PairTable(blocking.first.length);
  // Each sentence's sides (referents.ts sidesOf: a series' end, a route), read once, when first asked:
  // a side in another clause of the sentence is still the sentence's.
  const sides: Array<readonly string[] | undefined> = [];
  const sidesAt = (s: number): readonly string[] => (sides[s] ??= sidesOf(story.sentences[s]?.text ?? ''));
  // Two sentences of other named referents, other days, other directions of a move, or opposite
  // sides (a route the other way round, the other end of a series): never one claim.
  const otherSetting = (a: number, b: number): boolean => {
    const va = vectors[a] as UnitVector;
    const vb = vectors[b] as UnitVector;
    return otherReferents(va, vb, story.entities, lang.lexicon) || otherDays(va, vb) || otherDirections(va, vb, FALL, RISE, ways[a], ways[b]) || otherSides(sidesAt(va.unit.s), sidesAt(vb.unit.s));
  };
  const modelProbability = (a: number, b: number): number => {
    const va = vectors[a] as UnitVector;
    const vb = vectors[b] as UnitVector;
    // A few words of a remark quoted inside the same speaker's whole remark: the same remark, however
    // few other words the sentences share.
    const partial = partialQuotation(quoted[a] ?? [], quoted[b] ?? []);
    if (!partial && !shareContent(va, vb)) return -1;
    const f = pairFeatures(lang, va, vb, stats, features);
    // A sentence that says the opposite of another (one negates what the other asserts, or uses the
    // antonym of its word: "found no more survivors" / "racing to pull out survivors") never confirms it.
    if (f[OPPOSED] === 1) return -1;
    // Nor does one that says the same of another named referent of its kind (referents.ts).
    if (otherSetting(a, b)) return -1;
    return probability(model, f);
  };
  const compute = (a: number, b: number): number => {
    const key = (classOf[a] as number) * classCount + (classOf[b] as number);
    let p = modelled.get(key);
    if (p === undefined) {
      p = modelProbability(a, b);
      modelled.set(key, p);
    }
    if (p < 0) return 0;
    if (!(p < ruleLink)) return p;
    // The same words about the same people: one statement, however short (reprints, copied lines).
    // Words that name no one ("The company said it would cooperate fully.") may be said of two
    // referents in two reports, but not in two copies of one outlet's report.
    const ua = story.units[a] as Unit;
    const ub = story.units[b] as Unit;
    const partial = partialQuotation(quoted[a] ?? [], quoted[b] ?? []);
    const alike = sameTerms(ua.terms, ub.terms);
    const key2 = alike ? keyOf(a) : '';
    const same = partial || (key2 !== '' && key2 === keyOf(b) && (!key2.endsWith('|') || groupOf(a) === groupOf(b)));
    return same ? ruleLink : p;
  };
  // Candidate pairs are scored once, in their order, into an array that clustering looks up again;
  // the other pairs clustering asks for are memoised in a map.
  const candidates = new CandidateIndex(blocking.first, blocking.second, n);
  const scores = new PairTable();
  const score = (i: number, j: number): number => {
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const at = candidates.find(a, b);
    if (at >= 0) return candidates.p[at] as number;
    const key = a * n + b;
    let p = scores.get(key);
    if (p === undefined) {
      p = compute(a, b);
      scores.set(key, p);
    }
    return p;
  };
  // Clustering is given the pairs that can link (it reads no other), as objects; the best-partner
  // search reads the index's columns. `score` finds any candidate pair in the index.
  const pairs: Array<{ i: number; j: number; p: number }> = [];
  for (let k = 0; k < candidates.first.length; k++) {
    const i = candidates.first[k] as number;
    const j = candidates.second[k] as number;
    const p = compute(i, j);
    candidates.p[k] = p;
    if (p >= config.match.linkThreshold) pairs.push({ i, j, p });
  }
  const articleOf = (i: number): string => story.units[i]?.article ?? '';
  // Two sentences that give different values of the same kind of number state different facts:
  // some pair of their numbers has one unit and no overlap, and no pair could be one value; or they
  // disagree on one figure of a count whatever else they share (soleFiguresDiffer: "3,100 operations
  // were called off on Tuesday, the first day of the strike, which will last 48 hours" is no report of
  // "2,300 planned operations postponed" on "the first day of the 48-hour strike").
  // A unit of measure counts as alike in both only by a pair of its own figures: "a four-year
  // contract worth 1.45 million euros a year" and "a fee of 12.5 million euros …, who signs a
  // four-year contract" share a length and give two sums that no figure of the other matches.
  const apart = (i: number, j: number): boolean => {
    const qa = (story.units[i] as Unit).quantities;
    const qb = (story.units[j] as Unit).quantities;
    let differs = false;
    let alike = false;
    // Index loops: asked for every pair clustering weighs, where each for-of step would allocate.
    for (let k = 0; k < qa.length; k++) {
      const x = qa[k] as Quantity;
      for (let l = 0; l < qb.length; l++) {
        const y = qb[l] as Quantity;
        if (compatible(x, y)) alike = true;
        else if (x.unit === y.unit) differs = true;
      }
    }
    if (!differs) return otherClockTimes(i, j);
    if (!alike || someUnitOnlyDiffers(qa, qb)) return true;
    return figuresOfSentencesDiffer(lang, story, story.units[i] as Unit, story.units[j] as Unit) || otherClockTimes(i, j);
  };
  // Two sentences that each give times of day, none of them one time ("fell … at 8.35 a.m." and "plunged
  // … at 9.15am"), state two facts (or one in conflict, which the clock-time claim shows). Read on demand.
  const clocks: Array<readonly Quantity[] | undefined> = [];
  const clocksOf = (u: number): readonly Quantity[] => {
    let found = clocks[u];
    if (found === undefined) {
      const unit = story.units[u] as Unit;
      const text = story.sentences[unit.s]?.text ?? '';
      found = /\d|o['’]clock|past|to\s|noon|midnight|midday/i.test(text.slice(unit.start, unit.end)) ? timesIn(text, unit.start, unit.end) : [];
      clocks[u] = found;
    }
    return found;
  };
  const otherClockTimes = (i: number, j: number): boolean => {
    const ta = clocksOf(i);
    if (ta.length === 0) return false;
    const tb = clocksOf(j);
    return tb.length > 0 && !ta.some((x) => tb.some((y) => x.low <= y.high && y.low <= x.high));
  };
  // The quantities of every group that has none: one empty map (read only), not one per sentence.
  const noQuantities: ReadonlyMap<number, Quantity> = new Map();
  const groups: MatchGroup[] = clusterUnits(pairs, articleOf, score, config.match, apart).map((cluster) => ({
    origin: 'content',
    members: cluster.members,
    frame: null,
    quantities: noQuantities,
    confidence: cluster.confidence,
    bestOutside: 0,
    denials: [],
  }));
  // Sentences that date one other event alike are one claim, however their other words run. A claim
  // matched on its words grows into it when it holds only such sentences, or when it holds one of
  // them and every sentence of it dates that day too (so no sentence is shown twice for one fact),
  // as long as each article still gives one sentence; a claim that holds them all stays.
  const otherReferentsOf = (a: Unit, b: Unit): boolean => otherReferents(vectors[a.i] as UnitVector, vectors[b.i] as UnitVector, story.entities, lang.lexicon);
  for (const dated of dateGroups(lang, story, usable, otherReferentsOf)) {
    if (groups.some((g) => dated.every((u) => g.members.includes(u.i)))) continue;
    const days = (dated[0]?.dates ?? []).filter((day) => dated.every((u) => u.dates.includes(day)));
    const members = dated.map((u) => u.i);
    const articles = new Set(dated.map((u) => u.article));
    const datesTheDay = (m: number): boolean => days.some((day) => (story.units[m] as Unit).dates.includes(day));
    for (let k = groups.length - 1; k >= 0; k--) {
      const g = groups[k] as MatchGroup;
      if (g.origin !== 'content') continue;
      const outside = g.members.filter((m) => !members.includes(m));
      const whole = outside.length === 0;
      if (!whole && !(outside.length < g.members.length && g.members.every(datesTheDay) && outside.every((m) => !articles.has(articleOf(m))))) continue;
      groups.splice(k, 1);
      for (const m of outside) {
        members.push(m);
        articles.add(articleOf(m));
      }
    }
    const weakest = ruleLinkConfidence(members, score);
    groups.push({ origin: 'content', members: [...members].sort((a, b) => a - b), frame: null, quantities: noQuantities, confidence: weakest, bestOutside: 0, denials: [] });
  }
  for (const group of frameGroups(lang, story, stats, usable, config.quantities, ranked, classOf)) {
    const members = [...group.quantities.keys()].sort((a, b) => a - b);
    if (group.frame.scope === null && oneReportDisagrees(story, group.quantities)) continue;
    // Reports that agree on the number: the sentences matched by their words stay the claim (their
    // headline says more than "Number of ...: value"), and the number's other reports join it. A claim
    // so keeps its kind and headline as more outlets report the same figure.
    const values = [...group.quantities.values()].map(inCommonUnit);
    // A vague figure beside a precise one ("hundreds of people", "about 900 people") is consistent
    // with it but does not confirm it: the quantity claim says so, where a claim matched on the
    // sentences' other words would count both as reports of one fact.
    const vagueBesidePrecise = values.some(isVague) && values.some((q) => !isVague(q));
    if (!vagueBesidePrecise && values.every((q) => values.every((r) => overlaps(q, r)))) {
      const home = groups
        .filter((g) => g.origin === 'content' && g.members.some((m) => group.quantities.has(m)))
        .sort((a, b) => b.members.filter((m) => group.quantities.has(m)).length - a.members.filter((m) => group.quantities.has(m)).length)[0];
      if (home) {
        const articles = new Set(home.members.map(articleOf));
        for (const m of members) {
          // Looked up in the groups rather than in a set of all their members made per number group.
          if (inSomeGroup(groups, m) || articles.has(articleOf(m))) continue;
          // Nor does a report that gives another figure of a count the claim's sentences give
          // ("Fourteen people have died and 71 have been injured" beside "… killed and 63 injured").
          if (home.members.some((h) => apart(m, h))) continue;
          // Nor one that dates the figure another day, or gives it of another referent ("freed ELEVEN
          // residents … on TUESDAY" beside "11 people … on Monday").
          if (home.members.some((h) => otherSetting(m, h))) continue;
          // Nor one that has no word of the claim's reports that do not give the figure ("Five people
          // were injured." beside "Twelve tourists were on board a hot-air balloon that came down
          // hard"): they state the claim, and this one only a figure some of its others add.
          const others = home.members.filter((h) => !group.quantities.has(h));
          const figure = String(group.quantities.get(m)?.value);
          if (others.length > 0 && !others.some((h) => sharesAWord(story.units[m] as Unit, story.units[h] as Unit, figure))) continue;
          home.members.push(m);
          articles.add(articleOf(m));
        }
        home.members.sort((a, b) => a - b);
        continue;
      }
    }
    // A content claim that only restates the number is the quantity claim itself.
    for (let k = groups.length - 1; k >= 0; k--) {
      const content = groups[k] as MatchGroup;
      if (content.origin === 'content' && content.members.every((m) => group.quantities.has(m))) groups.splice(k, 1);
    }
    groups.push({ origin: 'quantity', members, frame: group.frame, quantities: group.quantities, ...(group.points.size > 0 ? { points: group.points } : {}), confidence: group.confidence, bestOutside: 0, denials: [] });
  }
  // A ranking whose every report is already one claim matched on its words adds nothing to that claim.
  for (const group of rankingGroups(lang, story, usable, everyRanked)) {
    const members = group.rankings.map((r) => r.unit.i);
    if (!groups.some((g) => g.origin === 'content' && members.every((m) => g.members.includes(m)))) groups.push(rankingGroup(group));
  }
  // The event's place in its series ("the sixth day of action"), reported alike, is a claim of its own.
  for (const series of seriesGroups(lang, story, usable)) {
    const group = phraseGroup(series, { noun: series[0]?.noun ?? null, of: 'series' });
    if (!groups.some((g) => g.origin === 'content' && group.members.every((m) => g.members.includes(m)))) groups.push(group);
  }
  // Where a speaker spoke ("on X", "told NBC News"), reported alike, is a claim of its own.
  for (const venue of venueGroups(lang, story, usable)) groups.push(phraseGroup(venue, { noun: null, of: 'venue', speaker: venue[0]?.speaker as string, where: venueWhere(venue) }));
  // A word in quotation marks that two or more sources use of one thing ("historic") is a claim of its phrases.
  for (const called of characterizationGroups(lang, story, usable)) {
    const speakers = new Set(called.map((m) => m.speaker));
    const speaker = speakers.size === 1 ? called[0]?.speaker ?? null : null;
    const described = describedBy(called);
    const accused = accusedBy(called);
    groups.push(phraseGroup(called, { noun: null, of: 'characterization', word: called[0]?.word ?? '', ...(speaker ? { speaker } : {}), ...(described ? { described } : {}), ...(accused ? { accused } : {}) }));
  }
  // A named person's age, given by two or more sources, is a claim of its own; only the number is its phrase.
  for (const ages of ageGroups(lang, story, usable)) {
    const first = ages[0] as (typeof ages)[number];
    const name = story.entities.get(first.person)?.name ?? null;
    groups.push({
      origin: 'quantity',
      members: ages.map((a) => a.unit.i).sort((a, b) => a - b),
      frame: { key: `age|${first.person}`, unit: 'age', measures: null, predicate: null, owner: first.person, scope: null, label: { unit: 'age', measures: null, predicate: null, scope: null, owner: name } },
      quantities: new Map(ages.map((a) => [a.unit.i, a.quantity])),
      confidence: RULE_LINK,
      bestOutside: 0,
      denials: [],
      phrase: true,
    });
  }
  // Clock times of one event are a frame of their own: what happened, at what time of day.
  for (const times of clockGroups(lang, story, usable)) {
    const members = times.map((t) => t.unit.i).sort((a, b) => a - b);
    const values = times.map((t) => t.quantity);
    if (values.every((q) => values.every((r) => compatible(q, r))) && groups.some((g) => members.every((m) => g.members.includes(m)))) continue;
    const weakest = ruleLinkConfidence(members, score);
    // The heading is read off a report whose time follows its verb and that verb's object ("closed its
    // runway at a quarter to seven"), before one whose time follows a place ("at Lerrin Airport at 6.45").
    const first = times.find((t) => t.object !== null) ?? times.find((t) => t.verb !== null && t.event === t.verb) ?? (times[0] as (typeof times)[number]);
    // The heading names what happened by the first report that opens on it: "Time the crash occurred",
    // "Time the gunmen stopped the train"; with no one named, a verb's object in the passive: "Time the train was stormed".
    const named = times.find((t) => t.subject !== null)?.subject ?? null;
    const stated = statedForms(lang, story, times);
    const subject = named === null ? null : sharedNounPhrase(lang, named, stated);
    const word = first.word.toLowerCase();
    const passive = subject === null && first.object !== null && /ed$/.test(word);
    // A clause every report states names it best ("Time the rocket lifted off").
    const happened = sharedHappening(lang, times, stated);
    const label = {
      ...(happened === undefined ? {} : { happened }),
      unit: 'clock',
      measures: passive ? (first.object as string).replace(/^(?:the|a|an|its|their|his|her|this|that|these|those)\s+/i, '') : subject,
      // "crashed into a field near Carro": the verb says what happened, not the place (a finite verb
      // after a subject: "began pouring into the tunnel" has none of its own).
      // With no one named and no verb before the time ("They were allowed to go home at 9.30"), the
      // word before it says nothing a heading could ("Time it home"): none, and the claim is named
      // by its anchor sentence (06-judge/statement.ts vagueFrame).
      // A word before the time that is no verb ("the walkers' stranding at 6 p.m.", "a rupture at 5.40")
      // makes no heading either ("Time the walker stranding").
      predicate: passive ? `was ${word}` : first.object !== null ? `${word} ${first.object}` : subject !== null && first.verbWord !== null && !/ing$/i.test(first.verbWord) ? first.verbWord.toLowerCase() : (subject === null && first.verb === null) || !verbForm(lang, lang.key(word)) ? null : word,
      scope: null,
      owner: null,
    };
    groups.push({
      origin: 'quantity',
      members,
      frame: { key: `clock|${first.event}`, unit: 'clock', measures: null, predicate: first.event, owner: null, scope: null, label },
      quantities: new Map(times.map((t) => [t.unit.i, t.quantity])),
      confidence: weakest,
      bestOutside: 0,
      denials: [],
    });
  }
  // A relative clause made a unit ("…, who survived with a broken arm, …") is a claim only when another
  // source states it too: alone, or with copies of its own report, the claim of its sentence shows it.
  const sourceOf = (m: number): string => story.sources.key[story.units[m]?.s ?? -1] ?? story.units[m]?.article ?? '';
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as MatchGroup;
    if (g.members.every((m) => story.units[m]?.antecedent !== undefined) && new Set(g.members.map(sourceOf)).size < 2) groups.splice(k, 1);
  }
  // A place in a series, a venue or an age is one phrase of its sentence: the rest of the sentence is still a claim.
  const grouped = new Set(groups.filter((group) => !group.phrase).flatMap((group) => group.members));
  for (const unit of story.units) {
    if (!usable[unit.i] || grouped.has(unit.i) || unit.antecedent !== undefined) continue;
    groups.push({ origin: 'single', members: [unit.i], frame: null, quantities: noQuantities, confidence: 1, bestOutside: 0, denials: [] });
  }
  const unattached = attachDenials(lang, story, vectors, stats, groups, config.denials);
  // A denial that reports what it denies ("refuted X's allegation that …") makes that allegation a
  // claim: the sentence reports it, and the denials right after it in the same report (or, with
  // none, the sentence itself) deny it.
  const used = new Set<number>();
  for (const unit of unattached) {
    const allegation = used.has(unit.i) ? null : deniedAllegation(story, unit);
    if (!allegation) continue;
    const after = followingDenials(unit, allegation, story.units.filter((u) => u !== unit && !used.has(u.i) && (u.denial || u.negated)));
    for (const u of [unit, ...after]) used.add(u.i);
    groups.push({ origin: 'content', members: [unit.i], frame: null, quantities: noQuantities, confidence: 1, bestOutside: 0, denials: after.length > 0 ? after.map((u) => u.i) : [unit.i], statement: allegation.statement });
  }
  for (const unit of unattached) if (!used.has(unit.i)) groups.push({ origin: 'single', members: [unit.i], frame: null, quantities: noQuantities, confidence: 1, bestOutside: 0, denials: [] });
  // A denial taken into an allegation's claim is no claim of its own as well.
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as MatchGroup;
    if (g.origin === 'single' && used.has(g.members[0] as number)) groups.splice(k, 1);
  }
  const partners = topPartners(candidates, story.units.length);
  for (const group of groups) group.bestOutside = bestOutside(group, partners, story);
  groups.sort((a, b) => (a.members[0] ?? 0) - (b.members[0] ?? 0) || a.origin.localeCompare(b.origin));
  return {
    ...story,
    groups,
    stats: { sentences: story.sentences.length, units: story.units.length, candidatePairs: blocking.first.length, skippedBlocks: blocking.skippedBlocks },
  };
}

/**
 * Sums and shares: one of each in two sentences may still measure two things (a price per share and
 * the deal's value, revenue and profit, a rate and its change), so their values alone do not set two
 * reports apart.
 */
const SUMS_AND_SHARES: ReadonlySet<string> = new Set(['percent', 'percentage-point', 'basis-point', 'point', ...CURRENCIES]);

/**
 * True when the two lists give a count or a physical measure the same number of times, every figure
 * of it but one in each list has its like in the other (one to one), and the two left over cannot
 * be one value: two reports of one measure that disagree. One figure each is the plainest case
 * ("3,100 operations" against "2,300 operations"); "Fourteen people were killed and 63 injured"
 * against "Fourteen people have died and 71 have been injured" pairs the deaths and leaves the
 * injured apart. Left out: a unit given a different number of times (which figure the other report
 * gives is open), a bare count ("1.3 million in Lindmark", whose noun is left out and may be
 * another's), a sum or a share (SUMS_AND_SHARES), and a rate against a figure that is none.
 */
export function soleFiguresDiffer(qa: readonly Quantity[], qb: readonly Quantity[], perA: (q: Quantity) => string | null, perB: (q: Quantity) => string | null): boolean {
  const unitsA = withElidedNouns(qa);
  const unitsB = withElidedNouns(qb);
  const seen: string[] = [];
  for (let k = 0; k < qa.length; k++) {
    const unit = unitsA[k] as string;
    if (unit === 'count' || SUMS_AND_SHARES.has(unit) || seen.includes(unit)) continue;
    seen.push(unit);
    const left = leftOver(qa.filter((_, at) => unitsA[at] === unit), qb.filter((_, at) => unitsB[at] === unit));
    // A rate and a total ("38.50 ducats a share", "its 4.6bn-ducat offer") measure two things.
    if (left !== null && !overlaps(left[0], left[1]) && perA(left[0]) === perB(left[1])) return true;
  }
  return false;
}

/**
 * `soleFiguresDiffer` of two units' quantities, each figure's rate read in its own sentence. A
 * function of its own rather than inside match's `apart`: the rate readers close over the two
 * sentence texts, and a function whose scope has variables a closure captures allocates a context
 * for them at every call, even when it returns before making the closures (`apart` is asked for
 * every pair clustering weighs, and almost always returns first).
 */
function figuresOfSentencesDiffer(lang: Language, story: AnnotatedStory, a: Unit, b: Unit): boolean {
  const textA = story.sentences[a.s]?.text ?? '';
  const textB = story.sentences[b.s]?.text ?? '';
  return soleFiguresDiffer(a.quantities, b.quantities, (q) => perOf(lang, textA, q), (q) => perOf(lang, textB, q));
}

/**
 * Each figure's unit, a figure whose noun is left out taking the unit of the figure before it in
 * the sentence: "Fourteen people have died and 71 have been injured" counts 71 people.
 */
function withElidedNouns(list: readonly Quantity[]): string[] {
  const units: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const q = list[k] as Quantity;
    const before = units[k - 1];
    units.push(q.elided && q.unit === 'count' && before !== undefined && before !== 'count' && !SUMS_AND_SHARES.has(before) ? before : q.unit);
  }
  return units;
}

/** True when two units share a content word other than `figure`, the digits of the figure in question. */
function sharesAWord(a: Unit, b: Unit, figure: string): boolean {
  return a.content.some((term) => term !== figure && b.content.includes(term));
}

/** True when two figures' intervals overlap (the caller has read them as one unit, or checks it). */
function overlaps(a: Quantity, b: Quantity): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/**
 * Of two lists of one unit's figures, as long as each other, the one figure of each that no figure
 * of the other is like once every like pair is taken (first come, one to one); null when the lists
 * differ in length or more or less than one figure of each is left.
 */
function leftOver(a: readonly Quantity[], b: readonly Quantity[]): readonly [Quantity, Quantity] | null {
  if (a.length === 0 || a.length !== b.length) return null;
  const taken = new Array<boolean>(b.length).fill(false);
  const unpaired: Quantity[] = [];
  for (const x of a) {
    const k = b.findIndex((y, at) => !taken[at] && overlaps(x, y));
    if (k >= 0) taken[k] = true;
    else unpaired.push(x);
  }
  if (unpaired.length !== 1) return null;
  return [unpaired[0] as Quantity, b[taken.indexOf(false)] as Quantity];
}

/**
 * True when every figure of a frame comes from one article, the figures disagree, and the article
 * does not credit them to different sources. A report does not contradict itself: two figures it
 * gives of what was read as one frame measure two things ("The Vostrians released by Marenia
 * included 11 civilians" and "about 1,400 Marenians remain in Vostrian custody, including around 300
 * civilians"), unless it says who gives each ("3.5 million, according to the CGT"; "According to the
 * Ministry of the Interior, they were 1.8 million"). The caller asks only of a frame that no named
 * place or time pins down: a standfirst and a body that give two counts of one place's cancellations
 * by one hour ("More than 2,000 flights were canceled in the U.S. before 9:00 AM"; "including more
 * than 1,250 within … the U.S.") do disagree.
 */
export function oneReportDisagrees(story: AnnotatedStory, quantities: ReadonlyMap<number, Quantity>): boolean {
  const units = [...quantities.keys()].map((m) => story.units[m] as Unit);
  if (units.some((u) => u.article !== units[0]?.article)) return false;
  const values = [...quantities.values()].map(inCommonUnit);
  if (values.every((q) => values.every((r) => overlaps(q, r)))) return false;
  const credits = units.map((u) => {
    const sentence = story.sentences[u.s] as AnnotatedSentence;
    const { speaker, institution, via, anonymous, cue } = sentence.attribution;
    return speaker ?? institution ?? via ?? namedAfterAccording(sentence.text) ?? (anonymous && cue !== null ? `unnamed: ${cue}` : null);
  });
  return credits.some((c) => c === null) || new Set(credits).size < 2;
}

/** True when a group holds unit `m`. */
function inSomeGroup(groups: readonly MatchGroup[], m: number): boolean {
  for (let k = 0; k < groups.length; k++) if ((groups[k] as MatchGroup).members.includes(m)) return true;
  return false;
}

/**
 * How sure the engine is of a group a rule made (one other day, one clock time): the weakest pair
 * probability of its members, but never below an even chance, since the rule itself links them.
 */
function ruleLinkConfidence(members: readonly number[], score: (i: number, j: number) => number): number {
  let weakest = 1;
  for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) weakest = Math.min(weakest, score(members[x] as number, members[y] as number));
  return Math.max(RULE_LINK, weakest);
}

/** The confidence of a link a rule makes, whatever the words say: an even chance, worth an editor's look. */
const RULE_LINK = 0.5;

/** A claim of one phrase per report (a place in a series, a venue), joined by a rule: each report's phrase is what it says. */
function phraseGroup(mentions: ReadonlyArray<{ unit: Unit; start: number; end: number; text: string }>, ranking: Omit<NonNullable<MatchGroup['ranking']>, 'phrases'>): MatchGroup {
  return {
    origin: 'ranking',
    members: mentions.map((m) => m.unit.i).sort((a, b) => a - b),
    frame: null,
    quantities: new Map(),
    confidence: RULE_LINK,
    bestOutside: 0,
    denials: [],
    ranking: { ...ranking, phrases: new Map(mentions.map((m) => [m.unit.i, { start: m.start, end: m.end, text: m.text }])) },
    ...(ranking.of !== undefined ? { phrase: true as const } : {}),
  };
}

/** A group of rankings as a claim's group: its members, each one's phrase, and the noun most of them rank. */
function rankingGroup(group: RankingGroup): MatchGroup {
  const rankings = [...group.rankings].sort((a, b) => a.unit.i - b.unit.i);
  const noun = mostCommon(rankings.map((r) => (r.head !== null ? singularNoun(r.head) : r.subject)));
  // Whose the ranked thing is, when every report that says so names the same owner.
  const possessors = new Set(rankings.flatMap((r) => (r.possessor === null ? [] : [r.possessor])));
  const possessor = possessors.size === 1 ? [...possessors][0] : undefined;
  return {
    origin: 'ranking',
    members: rankings.map((r) => r.unit.i),
    frame: null,
    quantities: new Map(),
    confidence: group.confidence,
    bestOutside: 0,
    denials: [],
    ranking: { noun, ...(possessor !== undefined ? { possessor } : {}), phrases: new Map(rankings.map((r) => [r.unit.i, { start: r.start, end: r.end, text: r.text }])) },
  };
}

/**
 * The candidate pairs (first < second) in the order blocking gives them, with room for their
 * scores, and a binary search for a pair's position among its first unit's pairs. Blocking gives
 * them by first unit, partners ascending; were they ever out of that order, `find` would miss and
 * the caller's map would serve.
 */
class CandidateIndex {
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly p: Float64Array;
  readonly #sorted: boolean;
  /** Where the pairs of each first unit start (those of unit u end where those of u + 1 start). */
  readonly #from: Int32Array;

  /** `units`: how many units the story has (every pair's units are below it). */
  constructor(first: Int32Array, second: Int32Array, units: number) {
    this.first = first;
    this.second = second;
    this.p = new Float64Array(first.length);
    let sorted = true;
    for (let k = 1; k < first.length; k++) {
      const a = first[k] as number;
      const b = second[k] as number;
      if ((first[k - 1] as number) > a) sorted = false;
      if (first[k - 1] === a && (second[k - 1] as number) >= b) sorted = false;
    }
    this.#sorted = sorted;
    this.#from = new Int32Array(units + 1);
    for (let k = 0; k < first.length; k++) {
      const at = (first[k] as number) + 1;
      this.#from[at] = (this.#from[at] as number) + 1;
    }
    for (let u = 0; u < units; u++) this.#from[u + 1] = (this.#from[u + 1] as number) + (this.#from[u] as number);
  }

  /** The position of pair (a, b), a < b, or -1. */
  find(a: number, b: number): number {
    if (!this.#sorted) return -1;
    // A few dozen pairs of one unit to search, rather than all the story's.
    let low = this.#from[a] as number;
    let high = (this.#from[a + 1] as number) - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const fb = this.second[mid] as number;
      if (fb === b) return mid;
      if (fb < b) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

/** How many of a unit's best-scored partners are kept for `bestOutside`. */
const PARTNERS = 6;

/**
 * Each unit's best-scored partners, best first (higher probability, then lower index), at most
 * PARTNERS: unit u's are `index`/`probability` at `u * PARTNERS` onwards, `count[u]` of them. Kept
 * in flat typed arrays rather than a list of pairs per unit, so keeping them sorted allocates
 * nothing per pair.
 */
interface Partners {
  index: Int32Array;
  probability: Float64Array;
  count: Uint8Array;
}

/**
 * Each unit's best partners. Pairs with no shared content (probability 0, four in ten) are passed
 * over: they rank below every other partner, and `bestOutside` takes only a probability above the
 * best so far, which starts at 0.
 */
function topPartners(candidates: CandidateIndex, units: number): Partners {
  const index = new Int32Array(units * PARTNERS);
  const probability = new Float64Array(units * PARTNERS);
  const count = new Uint8Array(units);
  // Kept sorted as they come: no sort per pair.
  const add = (a: number, b: number, p: number): void => {
    const base = a * PARTNERS;
    const held = count[a] as number;
    let at = held;
    // Past the partners that rank above (b, p): a higher probability, or the same and a lower index.
    while (at > 0) {
      const q = probability[base + at - 1] as number;
      if (!(q < p || (q === p && (index[base + at - 1] as number) > b))) break;
      at--;
    }
    if (at >= PARTNERS) return;
    for (let k = Math.min(held, PARTNERS - 1); k > at; k--) {
      index[base + k] = index[base + k - 1] as number;
      probability[base + k] = probability[base + k - 1] as number;
    }
    index[base + at] = b;
    probability[base + at] = p;
    if (held < PARTNERS) count[a] = held + 1;
  };
  for (let k = 0; k < candidates.p.length; k++) {
    const p = candidates.p[k] as number;
    if (!(p > 0)) continue;
    const i = candidates.first[k] as number;
    const j = candidates.second[k] as number;
    add(i, j, p);
    add(j, i, p);
  }
  return { index, probability, count };
}

/** The best probability of a pair linking a member to a unit outside the group from another source. */
function bestOutside(group: MatchGroup, partners: Partners, story: AnnotatedStory): number {
  const sourceOf = (u: Unit): string => story.sources.key[u.s] ?? u.article;
  // Most groups are one sentence: its partners are read without making a set of one.
  if (group.members.length === 1) {
    const only = group.members[0] as number;
    const source = sourceOf(story.units[only] as Unit);
    let best = 0;
    for (let l = 0; l < (partners.count[only] as number); l++) {
      const other = partners.index[only * PARTNERS + l] as number;
      const p = partners.probability[only * PARTNERS + l] as number;
      if (p <= best || other === only) continue;
      if (sourceOf(story.units[other] as Unit) !== source) best = p;
    }
    return best;
  }
  const members = new Set(group.members);
  const sources = new Set(group.members.map((m) => sourceOf(story.units[m] as Unit)));
  let best = 0;
  for (let k = 0; k < group.members.length; k++) {
    const m = group.members[k] as number;
    for (let l = 0; l < (partners.count[m] as number); l++) {
      const other = partners.index[m * PARTNERS + l] as number;
      const p = partners.probability[m * PARTNERS + l] as number;
      if (p <= best || members.has(other)) continue;
      if (!sources.has(sourceOf(story.units[other] as Unit))) best = p;
    }
  }
  return best;
}

export type { StoryStats };
