/**
 * What stage 4 compares about each unit, and the features of a pair of units that the pair model
 * (model.ts) weighs: TF-IDF cosines over all terms and over content terms, shared rare words and
 * word pairs, words of one derivational family ("died"/"killed"), shared entities, speakers,
 * quotes, numbers and dates, and opposition (one negates what the other asserts, or uses an
 * antonym). IDF is counted per article, so one article that repeats a word cannot make it common.
 */
import type { AnnotatedStory } from '../contracts.ts';
import { otherTime } from './dates.ts';
import type { Language } from '../language/index.ts';
import type { Unit } from '../03-annotate/units.ts';
import type { Quantity } from '../types.ts';
import { exactLength } from '../lists.ts';
import { PairSpace, type IdProfile, type TermIds } from './term-space.ts';

/** The story-level statistics features need. */
export interface StoryStats {
  /** Weight of a term: ln(1 + 1 / the mean share of each article's units that use it). */
  idf(term: string): number;
  /** Number of articles that contain the term. */
  df(term: string): number;
  /** Entity IDF over articles, and whether an entity is specific (not named by most of the story's articles). */
  entityIdf(entity: string): number;
  specific(entity: string): boolean;
  /** Share of the story's articles that name the entity. */
  share(entity: string): number;
  /** Whether a calendar reference ("m5-d28") tells which event: few articles name it, or it is far from the story's day. */
  telling(date: string): boolean;
  articles: number;
}

/**
 * How distinctive each term is within the story. A term's weight comes from the share of each
 * article's units that use it, averaged over articles: a fact every outlet states once ("embassy
 * staffing") stays distinctive, the story's topic words that fill every sentence ("pension") do not,
 * and one enormous article can move the average by one article's share at most.
 */
export function storyStats(story: AnnotatedStory): StoryStats {
  // Every term (and `date:` key) gets a number on first sight; counts live in lists by that number,
  // so each use of a term costs one map lookup rather than four.
  const termAt = new Map<string, number>();
  const number = (term: string): number => {
    let at = termAt.get(term);
    if (at === undefined) {
      at = termAt.size;
      termAt.set(term, at);
    }
    return at;
  };
  const entityDf = new Map<string, number>();
  // Per article: how many of its units count, the numbers of the terms each unit uses (each once per
  // unit, in reading order), and the entities it names.
  const byArticle = new Map<string, { units: number; terms: number[]; entities: Set<string> }>();
  // An article with nothing checkable (a page of one-word lines) says nothing about how common a word is.
  const checked = new Set(story.units.filter((unit) => unit.checkable).map((unit) => unit.article));
  // By term number, the last unit (its index plus one) that counted the term: a unit counts a term once.
  const countedBy: number[] = [];
  // Index loops, not for-of: this runs once per story, mostly before the optimiser has compiled it.
  const { units } = story;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as Unit;
    // A relative clause made a unit repeats words its sentence's own unit counts already.
    if (!checked.has(unit.article) || unit.antecedent !== undefined) continue;
    let seen = byArticle.get(unit.article);
    if (!seen) {
      seen = { units: 0, terms: [], entities: new Set() };
      byArticle.set(unit.article, seen);
    }
    seen.units++;
    const { terms, dates, entities } = unit;
    for (let k = 0; k < terms.length; k++) {
      const at = number(terms[k] as string);
      while (countedBy.length <= at) countedBy.push(0);
      if (countedBy[at] === unit.i + 1) continue;
      countedBy[at] = unit.i + 1;
      seen.terms.push(at);
    }
    for (let k = 0; k < dates.length; k++) {
      // Each distinct date once, as a set of them would give.
      if (dates.indexOf(dates[k] as string) !== k) continue;
      seen.terms.push(number(`date:${dates[k]}`));
    }
    for (let k = 0; k < entities.length; k++) seen.entities.add(entities[k] as string);
  }
  // Each article's counts are gathered in one scratch list by term number, its terms taken in the
  // order the article first used them; each term's share is summed over the articles in their order
  // (the order and sums a map of counts per article gave, to the last bit).
  const termDf: number[] = new Array<number>(termAt.size).fill(0);
  const shares: number[] = new Array<number>(termAt.size).fill(0);
  const counts: number[] = new Array<number>(termAt.size).fill(0);
  const order: number[] = [];
  // forEach rather than for-of over maps and sets: without TurboFan each for-of step allocates.
  byArticle.forEach(({ units, terms, entities }) => {
    order.length = 0;
    for (let k = 0; k < terms.length; k++) {
      const at = terms[k] as number;
      if (counts[at] === 0) order.push(at);
      counts[at] = (counts[at] as number) + 1;
    }
    for (let k = 0; k < order.length; k++) {
      const at = order[k] as number;
      termDf[at] = (termDf[at] as number) + 1;
      shares[at] = (shares[at] as number) + (counts[at] as number) / units;
      counts[at] = 0;
    }
    entities.forEach((entity) => entityDf.set(entity, (entityDf.get(entity) ?? 0) + 1));
  });
  const articles = Math.max(1, byArticle.size);
  const floor = 1 / (20 * articles);
  // Weights are looked up for every pair of units: computed once per term here, in the same list.
  // A term no checked article uses has a share of 0, as an unseen term has.
  for (let k = 0; k < shares.length; k++) shares[k] = Math.log(1 + 1 / Math.max(floor, (shares[k] as number) / articles));
  const unseenIdf = Math.log(1 + 1 / Math.max(floor, 0 / articles));
  const entityIdf = new Map<string, number>();
  entityDf.forEach((df, entity) => entityIdf.set(entity, Math.log(1 + articles / Math.max(1, df))));
  const unseenEntityIdf = Math.log(1 + articles / Math.max(1, 1));
  const dfOf = (term: string): number => {
    const at = termAt.get(term);
    return at === undefined ? 0 : (termDf[at] as number);
  };
  return {
    articles,
    df: dfOf,
    idf: (term) => {
      const at = termAt.get(term);
      return at === undefined ? unseenIdf : (shares[at] as number);
    },
    entityIdf: (entity) => entityIdf.get(entity) ?? unseenEntityIdf,
    // An entity most articles name (the story's place, its protagonists) is what the story is
    // about, not what one claim is about.
    specific: (entity) => (entityDf.get(entity) ?? 0) <= Math.max(1, articles / 2),
    share: (entity) => (entityDf.get(entity) ?? 0) / articles,
    telling: (date) => dfOf(`date:${date}`) <= 2 || otherTime(date, story.story.date) !== null,
  };
}

/** A unit ready for comparison. */
export interface UnitVector {
  unit: Unit;
  specific: string[];
  /** Quoted words of each quote, as normal forms. */
  quoteWords: Array<Set<string>>;
  /** The same words as lists, in the sets' order: pairs count shared words by index, without a set iterator per step. */
  quoteLists: string[][];
  /** What every pair needs of the unit, computed once (see `Precomputed`). */
  pre: Precomputed;
}

/** The per-unit parts of the pair features, so no pair recomputes them. */
interface Precomputed {
  /** The story's term ids and comparison slots (shared by its units). */
  space: PairSpace;
  ids: IdProfile;
  /** IDF of each of `unit.content`, in its order, and their sum. */
  contentIdf: number[];
  contentMass: number;
  /** Ids of the families that are not themselves content terms of the unit. */
  ownFamilyIds: number[];
  /** Entity IDF of each of `specific`. */
  specificIdf: number[];
  /** Dates that tell which event (`StoryStats.telling`), and the dates with a month. */
  tellingDates: string[];
  monthDates: string[];
  /** Per term of `unit.content`: the unit names it only in its background (an adjunct of time). */
  contentInBackground: boolean[];
  /** Per content term: named only in passing, in an adjunct without a verb (see Unit.passing). */
  contentInPassing: boolean[];
  /** Content terms that have antonyms in the story, with those antonyms, as ids. */
  antonymIds: Array<readonly [number, readonly number[]]>;
}

/** Fewer words than this in quotation marks, with no speaker, are a quoted term rather than speech. */
const SPEECH_WORDS = 5;

/**
 * The unit without the words inside the given spans of its sentence: a ranking of the event ("one of
 * the country's deadliest rail crashes in decades") is a claim of its own, so the words of that
 * phrase say nothing about whether the rest of two sentences states one fact.
 */
function withoutSpans(unit: Unit, spans: ReadonlyArray<readonly [number, number]> | undefined): Unit {
  if (spans === undefined || spans.length === 0) return unit;
  const keep = unit.offsets.map((at) => !spans.some(([start, end]) => at >= start && at < end));
  if (keep.every(Boolean)) return unit;
  const terms = unit.terms.filter((_, k) => keep[k]);
  const left = new Set(terms);
  return {
    ...unit,
    terms,
    offsets: unit.offsets.filter((_, k) => keep[k]),
    ends: unit.ends.filter((_, k) => keep[k]),
    content: unit.content.filter((t) => left.has(t)),
    background: unit.background.filter((t) => left.has(t)),
  };
}

/**
 * Builds the vector of every unit; `hidden` gives, by unit index, spans of its sentence whose words
 * are left out of the comparison (see `withoutSpans`). `classOf`, by unit index, gives units that
 * read alike one class (the matcher's `unitClasses`: the same words, spans and referents): a unit of
 * a class already built shares that vector's parts with its own `unit`, as reprints repeat a third
 * of a story's units. Its terms have their ids already, so the ids of the story's terms are the same.
 */
export function unitVectors(lang: Language, story: AnnotatedStory, stats: StoryStats, hidden?: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>>, classOf?: Int32Array): UnitVector[] {
  const space = new PairSpace();
  const { ids } = space;
  const ofList = (terms: readonly string[]): number[] => {
    const out: number[] = [];
    for (let k = 0; k < terms.length; k++) out.push(ids.id(terms[k] as string));
    return out;
  };
  // Each quotation's words by its text, read once per story: reprints repeat quotations.
  const quotations = new Map<string, Quotation>();
  const quotation = (text: string): Quotation => {
    let known = quotations.get(text);
    if (!known) {
      const tokens = lang.tokenize(text).filter((token) => token.type === 'word' || token.type === 'number');
      const words = new Set<string>();
      for (let k = 0; k < tokens.length; k++) {
        const term = lang.term((tokens[k] as (typeof tokens)[number]).key);
        if (term) words.add(term);
      }
      known = { tokens: tokens.length, words, list: [...words] };
      quotations.set(text, known);
    }
    return known;
  };
  // How often the unit being counted uses each term, by term id; back to zero after each unit.
  const counts: number[] = [];
  // By term id, what the vectors read of a term, found when a unit first asks (a term recurs in many
  // units): its IDF (-1 until read), and the id of its family (-1 until read).
  const idfOf: number[] = [];
  const familyOf: number[] = [];
  const idfById = (id: number, term: string): number => {
    while (idfOf.length <= id) idfOf.push(-1);
    let idf = idfOf[id] as number;
    if (idf < 0) {
      idf = stats.idf(term);
      idfOf[id] = idf;
    }
    return idf;
  };
  // The ids of the unit being read, one per term in reading order (countTerms fills it).
  const termIds: number[] = [];
  // By term id, the last unit (its index plus one) with the term among its content terms.
  const contentOf: number[] = [];
  // By class, the vector built for its first unit; and the vectors built, each with parts of its own.
  const builtFor: Array<UnitVector | undefined> = [];
  const built: UnitVector[] = [];
  const vectors = story.units.map((whole, u): UnitVector => {
    const unit = withoutSpans(whole, hidden?.get(whole.i));
    const twin = classOf === undefined ? undefined : builtFor[classOf[u] as number];
    if (twin !== undefined) return { unit, specific: twin.specific, quoteWords: twin.quoteWords, quoteLists: twin.quoteLists, pre: twin.pre };
    // Counted once: the content terms' weights are the same counts and IDF, normalised over them
    // alone (read first, before the counts are normalised in place over all terms). Counting gives
    // the unit's terms their ids in reading order.
    const counted = countTerms(unit.terms, ids, counts, termIds, idfById);
    // The content terms are terms of the unit: they have their ids already.
    const unitContentIds = ofList(unit.content);
    for (let k = 0; k < unitContentIds.length; k++) {
      const id = unitContentIds[k] as number;
      while (contentOf.length <= id) contentOf.push(0);
      contentOf[id] = unit.i + 1;
    }
    const weighedContent = normalised(counted, contentOf, unit.i + 1);
    // Weights over all terms are read only as ids and weights: no map of them is kept per unit.
    const allWeights = normaliseInPlace(counted.raw);
    // Word pairs by the ids of their terms, distinct, in reading order (names left out). Every term of
    // the unit has its id already, so the pairs take ids after them.
    const bigramIds: number[] = [];
    let before = -1;
    for (let k = 0; k < unit.terms.length; k++) {
      if (unit.names.has(unit.terms[k] as string)) continue;
      const id = termIds[k] as number;
      if (before >= 0) {
        const pair = ids.pair(before, id);
        if (!bigramIds.includes(pair)) bigramIds.push(pair);
      }
      before = id;
    }
    const quoteWords: Array<Set<string>> = [];
    const quoteLists: string[][] = [];
    for (let k = 0; k < unit.quotes.length; k++) {
      const q = unit.quotes[k] as Unit['quotes'][number];
      const read = quotation(q.text);
      // A short phrase in quotation marks that nobody is said to speak is a term in scare quotes
      // ('blue screen of death'): it names a topic, it does not report what someone said.
      if (q.speaker === null && read.tokens < SPEECH_WORDS) continue;
      quoteWords.push(read.words);
      quoteLists.push(read.list);
    }
    // The ids of the content terms' families, distinct, in the content's order (as a set of the
    // families would keep them: a family and a term spelt alike have one id), and the content terms' IDF.
    const familyIds: number[] = [];
    const contentIdf: number[] = [];
    let contentMass = 0;
    for (let k = 0; k < unitContentIds.length; k++) {
      const id = unitContentIds[k] as number;
      const term = unit.content[k] as string;
      while (familyOf.length <= id) familyOf.push(-1);
      let family = familyOf[id] as number;
      if (family < 0) {
        family = ids.id(lang.family(term));
        familyOf[id] = family;
      }
      if (!familyIds.includes(family)) familyIds.push(family);
      const idf = idfById(id, term);
      contentIdf.push(idf);
      contentMass += idf;
    }
    // Families that are not themselves content terms of the unit (`contentOf` marks those with it).
    const ownFamilyIds: number[] = [];
    for (let k = 0; k < familyIds.length; k++) if (contentOf[familyIds[k] as number] !== unit.i + 1) ownFamilyIds.push(familyIds[k] as number);
    const specific = unit.entities.filter((e) => stats.specific(e));
    // Lists built by push are kept at their exact length: they live through the whole match stage.
    const pre: Precomputed = {
      space,
      ids: {
        unit: unit.i,
        allIds: exactLength(counted.ids),
        allWeights: exactLength(allWeights),
        contentIds: exactLength(weighedContent.ids),
        contentWeights: exactLength(weighedContent.weights),
        unitContentIds: exactLength(unitContentIds),
        familyIds: exactLength(familyIds),
        bigramIds: exactLength(bigramIds),
      },
      contentIdf: exactLength(contentIdf),
      contentMass,
      ownFamilyIds: exactLength(ownFamilyIds),
      specificIdf: specific.map((entity) => stats.entityIdf(entity)),
      tellingDates: unit.dates.filter((d) => stats.telling(d)),
      monthDates: unit.dates.filter((d) => d.startsWith('m')),
      contentInBackground: unit.content.map((term) => unit.background.includes(term)),
      contentInPassing: unit.content.map((term) => unit.passing.includes(term)),
      antonymIds: [],
    };
    const vector = { unit, specific, quoteWords, quoteLists, pre };
    if (classOf !== undefined) builtFor[classOf[u] as number] = vector;
    built.push(vector);
    return vector;
  });
  // Antonyms once every term has its id: one that no unit of the story has can match nothing. Each
  // term's are read once, by its id, for every unit that has it (`NO_IDS` until read; units share
  // the list and never change it). Once per vector built: a twin shares its class's list.
  const antonymsOf: Array<readonly number[] | undefined> = [];
  for (let u = 0; u < built.length; u++) {
    const v = built[u] as UnitVector;
    const contentIds = v.pre.ids.unitContentIds;
    for (let k = 0; k < contentIds.length; k++) {
      const id = contentIds[k] as number;
      while (antonymsOf.length <= id) antonymsOf.push(undefined);
      let antonyms = antonymsOf[id];
      if (antonyms === undefined) {
        const opposites = lang.antonyms(v.unit.content[k] as string);
        // Most terms have no antonym: no array is made for them.
        antonyms = opposites.length === 0 ? NO_IDS : opposites.flatMap((y) => ids.known(y) ?? []);
        antonymsOf[id] = antonyms;
      }
      if (antonyms.length > 0) v.pre.antonymIds.push([id, antonyms]);
    }
  }
  return vectors;
}

const NO_IDS: readonly number[] = [];

/** A quotation's words (numbers and the terms of words) as `unitVectors` reads them: how many, and the distinct terms as a set and a list. Shared by every unit that quotes it, never changed. */
interface Quotation {
  tokens: number;
  words: Set<string>;
  list: string[];
}

/**
 * L2-normalised TF-IDF weights of some terms: their ids and weights, in the order the unit first uses
 * them. No map of them is kept per unit: pairs read them by id (term-space.ts), and whether a unit
 * has a content term is `unit.content.includes(term)`, the same terms.
 */
interface Weighed {
  ids: number[];
  weights: number[];
}

/** A unit's distinct terms in reading order, as ids, each with its count times its IDF. */
interface Counted {
  ids: number[];
  raw: number[];
}

/**
 * Counts a unit's terms by their ids in `counts` (a story's scratch list, left all zero again), not in
 * a map per unit; `ids` gives each new term its id, in reading order, and `termIds` (emptied first)
 * receives each term's id in step with `terms`. `idf` gives a term's IDF by its id.
 */
function countTerms(terms: readonly string[], ids: TermIds, counts: number[], termIds: number[], idf: (id: number, term: string) => number): Counted {
  const distinctIds: number[] = [];
  // Each distinct term's IDF, read on first sight and multiplied by its count once all are counted.
  const raw: number[] = [];
  termIds.length = 0;
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] as string;
    const id = ids.id(term);
    termIds.push(id);
    while (counts.length <= id) counts.push(0);
    if (counts[id] === 0) {
      distinctIds.push(id);
      raw.push(idf(id, term));
    }
    counts[id] = (counts[id] as number) + 1;
  }
  for (let k = 0; k < distinctIds.length; k++) {
    const id = distinctIds[k] as number;
    raw[k] = (counts[id] as number) * (raw[k] as number);
    counts[id] = 0;
  }
  return { ids: distinctIds, raw };
}

/** The L2-normalised weights of those of the counted terms whose id `contentOf` marks with `unit`. */
function normalised(counted: Counted, contentOf: readonly number[], unit: number): Weighed {
  const termIds: number[] = [];
  const weights: number[] = [];
  let norm = 0;
  for (let k = 0; k < counted.ids.length; k++) {
    // Marked by id rather than looked up in the content list: this runs for every term of every unit.
    if (contentOf[counted.ids[k] as number] !== unit) continue;
    const w = counted.raw[k] as number;
    termIds.push(counted.ids[k] as number);
    weights.push(w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
  return { ids: termIds, weights };
}

/** `weights` L2-normalised in place (the same sums, in the same order, as `normalised` over all of them); returns them. */
function normaliseInPlace(weights: number[]): number[] {
  let norm = 0;
  for (let k = 0; k < weights.length; k++) norm += (weights[k] as number) * (weights[k] as number);
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / norm;
  return weights;
}

/** The feature names, in the order of `pairFeatures`' vector (and of the model's weights). */
export const FEATURES = [
  'cosAll',
  'cosContent',
  'containment',
  'sharedRare',
  'sharedFamily',
  'bigrams',
  'entityJaccard',
  'entityShared',
  'speakerSame',
  'speakerDiff',
  'quote',
  'numberAgrees',
  'numberDiffers',
  'dateShared',
  'dateDiffers',
  'opposed',
  'shortest',
] as const;

/** True when two quantities could be reports of one value: same unit and overlapping intervals. */
export function compatible(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit && a.low <= b.high && b.low <= a.high;
}

/**
 * The features of a pair of units, written into `out` when given (the matcher scores every candidate
 * pair with one reused buffer rather than a new array per pair).
 */
export function pairFeatures(lang: Language, a: UnitVector, b: UnitVector, _stats: StoryStats): number[];
export function pairFeatures<T extends number[] | Float64Array>(lang: Language, a: UnitVector, b: UnitVector, _stats: StoryStats, out: T): T;
export function pairFeatures(lang: Language, a: UnitVector, b: UnitVector, _stats: StoryStats, out: number[] | Float64Array = []): number[] | Float64Array {
  const pa = a.pre;
  const pb = b.pre;
  // Index reads rather than destructuring and for-of throughout: without TurboFan (src/analysis/
  // compiler.ts) each destructuring or for-of step allocates an iterator result, per pair. Minima
  // are comparisons rather than Math.min, which Maglev calls as a builtin that boxes its result;
  // every value compared here is a finite number, so they give the same.
  const contentA = pa.ids.contentIds.length;
  const contentB = pb.ids.contentIds.length;
  const slots = pa.space.load(pa.ids, pb.ids);
  const slotA = slots[0];
  const slotB = slots[1];
  // A cosine sums over the unit with fewer terms, in its own order.
  const cosAll = pa.ids.allIds.length <= pb.ids.allIds.length ? slotB.dotAll(pa.ids.allIds, pa.ids.allWeights) : slotA.dotAll(pb.ids.allIds, pb.ids.allWeights);
  const cosContent = contentA <= contentB
    ? slotB.dotContent(pa.ids.contentIds, pa.ids.contentWeights)
    : slotA.dotContent(pb.ids.contentIds, pb.ids.contentWeights);
  // How much of the shorter unit's content the other states: a short report inside a long sentence.
  let sharedMass = 0;
  let rare = 0;
  const aContent = pa.ids.unitContentIds;
  for (let k = 0; k < aContent.length; k++) {
    if (!slotB.hasContent(aContent[k] as number)) continue;
    const w = pa.contentIdf[k] as number;
    sharedMass += w;
    rare += w < 3 ? w : 3;
  }
  const massA = pa.contentMass;
  const massB = pb.contentMass;
  const lesserMass = massA < massB ? massA : massB;
  const containment = lesserMass > 0 ? sharedMass / lesserMass : 0;
  let familyOnly = 0;
  for (let k = 0; k < pa.ownFamilyIds.length; k++) {
    const id = pa.ownFamilyIds[k] as number;
    if (slotB.hasFamily(id) && !slotB.hasContent(id)) familyOnly++;
  }
  let bigrams = 0;
  for (let k = 0; k < pa.ids.bigramIds.length; k++) if (slotB.hasBigram(pa.ids.bigramIds[k] as number)) bigrams++;
  let sharedEntities = 0;
  let sharedWeight = 0;
  let unionWeight = 0;
  for (let k = 0; k < a.specific.length; k++) {
    const w = pa.specificIdf[k] as number;
    unionWeight += w;
    if (b.specific.includes(a.specific[k] as string)) {
      sharedEntities++;
      sharedWeight += w;
    }
  }
  for (let k = 0; k < b.specific.length; k++) if (!a.specific.includes(b.specific[k] as string)) unionWeight += pb.specificIdf[k] as number;
  const sa = a.unit.speaker;
  const sb = b.unit.speaker;
  let quote = 0;
  for (let x = 0; x < a.quoteLists.length; x++) {
    const qa = a.quoteLists[x] as string[];
    for (let y = 0; y < b.quoteWords.length; y++) {
      const qb = b.quoteWords[y] as Set<string>;
      let shared = 0;
      for (let k = 0; k < qa.length; k++) if (qb.has(qa[k] as string)) shared++;
      const smaller = qa.length < qb.size ? qa.length : qb.size;
      if (shared >= 2 && smaller > 0 && shared / smaller > quote) quote = shared / smaller;
    }
  }
  let agrees = 0;
  let differs = 0;
  const quantitiesA = a.unit.quantities;
  const quantitiesB = b.unit.quantities;
  for (let x = 0; x < quantitiesA.length; x++) {
    const qa = quantitiesA[x] as Quantity;
    for (let y = 0; y < quantitiesB.length; y++) {
      const qb = quantitiesB[y] as Quantity;
      if (qa.unit !== qb.unit) continue;
      if (compatible(qa, qb)) agrees = 1;
      else differs = 1;
    }
  }
  // The story's own day is in every report; a date few articles name, or one far from the story's
  // day (a scheduled vote, an earlier crisis), says which event.
  const datesB = b.unit.dates;
  let sameDay = false;
  for (let k = 0; k < pa.monthDates.length && !sameDay; k++) sameDay = datesB.includes(pa.monthDates[k] as string);
  let dateShared = 0;
  for (let k = 0; k < pa.tellingDates.length && dateShared === 0; k++) if (datesB.includes(pa.tellingDates[k] as string)) dateShared = 1;
  // Two different days named: two events. A common day both name is not a difference.
  const dateDiffers = !sameDay && pa.monthDates.length > 0 && pb.monthDates.length > 0 ? 1 : 0;
  out[0] = cosAll;
  out[1] = cosContent;
  out[2] = containment;
  out[3] = (rare < 15 ? rare : 15) / 10;
  out[4] = (familyOnly < 2 ? familyOnly : 2) / 2;
  out[5] = (bigrams < 3 ? bigrams : 3) / 3;
  out[6] = unionWeight > 0 ? sharedWeight / unionWeight : 0;
  out[7] = (sharedEntities < 3 ? sharedEntities : 3) / 3;
  out[8] = sa !== null && sb !== null && sa === sb ? 1 : 0;
  out[9] = sa !== null && sb !== null && sa !== sb ? 1 : 0;
  out[10] = quote;
  out[11] = agrees;
  out[12] = agrees ? 0 : differs;
  out[13] = dateShared;
  out[14] = dateDiffers;
  out[15] = opposed(lang, a, b, cosContent) ? 1 : 0;
  out[16] = a.unit.content.length <= 3 || b.unit.content.length <= 3 ? 1 : 0;
  return out;
}

/** Content terms two units share for a match to be possible (see `shareContent`). */
export const MIN_SHARED_CONTENT = 2;

/**
 * True when two units share what they say, not only whom they name: at least two content terms
 * (names and attribution words do not count), most of a quotation, or a list of the same three
 * people or bodies. Sentences that share one or two names say different things about the same
 * people, so they are never one claim.
 */
export function shareContent(a: UnitVector, b: UnitVector): boolean {
  // Counted over b's content against a's slot: the matcher meets pairs grouped by their first unit,
  // so `a` stays loaded and a pair that fails here never loads `b` at all. The count is symmetric.
  const slotA = a.pre.space.loadFirst(a.pre.ids);
  let shared = 0;
  const bContent = b.pre.ids.unitContentIds;
  // An event either names in passing ("since the full-scale invasion") is not what it asserts; an
  // adjunct with a verb ("after truck drivers joined the action") states what happened, unless both
  // give it only so.
  for (let k = 0; k < bContent.length; k++) {
    const term = b.unit.content[k] as string;
    if (!slotA.hasContent(bContent[k] as number) || b.pre.contentInPassing[k] || a.unit.passing.includes(term) || (b.pre.contentInBackground[k] && a.unit.background.includes(term))) continue;
    if (++shared >= MIN_SHARED_CONTENT) return true;
  }
  // A list of the same three people or bodies ("the American side is headed by A, B and C") is a fact about them.
  let common = 0;
  for (let k = 0; k < a.specific.length; k++) if (b.specific.includes(a.specific[k] as string) && ++common >= 3) return true;
  for (let x = 0; x < a.quoteLists.length; x++) {
    const qa = a.quoteLists[x] as string[];
    for (let y = 0; y < b.quoteWords.length; y++) {
      const qb = b.quoteWords[y] as Set<string>;
      let common = 0;
      for (let k = 0; k < qa.length; k++) if (qb.has(qa[k] as string)) common++;
      if (common >= 2 && common >= 0.5 * Math.min(qa.length, qb.size)) return true;
    }
  }
  return false;
}

/** True when a term the negating unit negates is one the other unit asserts. */
function negatesWhatOtherSays(negating: Unit, other: Unit): boolean {
  for (const term of negating.negatedTerms) if (other.content.includes(term)) return true;
  return false;
}

/**
 * True when one unit says the opposite of the other: one negates a word the other asserts ("found
 * no more survivors" / "pulled out survivors"), while they share most of what they say; or one uses
 * a word whose antonym the other uses ("rose"/"fell"); or the two say it of different extents, the
 * world and one country. A negation of something the other does not mention ("… but gave no
 * details") opposes nothing.
 */
export function opposed(_lang: Language, a: UnitVector, b: UnitVector, cosContent: number): boolean {
  // "Queues at airports around the world" and "queues … across the country" say it of two extents.
  if (a.unit.extent !== null && b.unit.extent !== null && a.unit.extent !== b.unit.extent) return true;
  if (a.unit.negated !== b.unit.negated && cosContent >= 0.3 && negatesWhatOtherSays(a.unit.negated ? a.unit : b.unit, a.unit.negated ? b.unit : a.unit)) return true;
  if (a.pre.antonymIds.length === 0) return false;
  const slots = a.pre.space.load(a.pre.ids, b.pre.ids);
  const slotA = slots[0];
  const slotB = slots[1];
  // A term of one that the other lacks, whose antonym the other has and the first lacks.
  for (let t = 0; t < a.pre.antonymIds.length; t++) {
    const entry = a.pre.antonymIds[t] as readonly [number, readonly number[]];
    const x = entry[0];
    const antonyms = entry[1];
    if (slotB.hasContent(x)) continue;
    for (let k = 0; k < antonyms.length; k++) if (slotB.hasContent(antonyms[k] as number) && !slotA.hasContent(antonyms[k] as number)) return true;
  }
  return false;
}
