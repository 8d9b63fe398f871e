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
  const termDf = new Map<string, number>();
  const termShare = new Map<string, number>();
  const entityDf = new Map<string, number>();
  const byArticle = new Map<string, { units: number; terms: Map<string, number>; entities: Set<string> }>();
  // An article with nothing checkable (a page of one-word lines) says nothing about how common a word is.
  const checked = new Set(story.units.filter((unit) => unit.checkable).map((unit) => unit.article));
  for (const unit of story.units) {
    if (!checked.has(unit.article)) continue;
    let seen = byArticle.get(unit.article);
    if (!seen) {
      seen = { units: 0, terms: new Map(), entities: new Set() };
      byArticle.set(unit.article, seen);
    }
    seen.units++;
    for (const term of new Set(unit.terms)) seen.terms.set(term, (seen.terms.get(term) ?? 0) + 1);
    for (const date of new Set(unit.dates)) seen.terms.set(`date:${date}`, (seen.terms.get(`date:${date}`) ?? 0) + 1);
    for (const entity of unit.entities) seen.entities.add(entity);
  }
  for (const { units, terms, entities } of byArticle.values()) {
    for (const [term, count] of terms) {
      termDf.set(term, (termDf.get(term) ?? 0) + 1);
      termShare.set(term, (termShare.get(term) ?? 0) + count / units);
    }
    for (const entity of entities) entityDf.set(entity, (entityDf.get(entity) ?? 0) + 1);
  }
  const articles = Math.max(1, byArticle.size);
  const floor = 1 / (20 * articles);
  return {
    articles,
    df: (term) => termDf.get(term) ?? 0,
    idf: (term) => Math.log(1 + 1 / Math.max(floor, (termShare.get(term) ?? 0) / articles)),
    entityIdf: (entity) => Math.log(1 + articles / Math.max(1, entityDf.get(entity) ?? 1)),
    // An entity most articles name (the story's place, its protagonists) is what the story is
    // about, not what one claim is about.
    specific: (entity) => (entityDf.get(entity) ?? 0) <= Math.max(1, articles / 2),
    share: (entity) => (entityDf.get(entity) ?? 0) / articles,
    telling: (date) => (termDf.get(`date:${date}`) ?? 0) <= 2 || otherTime(date, story.story.date) !== null,
  };
}

/** A unit ready for comparison. */
export interface UnitVector {
  unit: Unit;
  /** L2-normalised TF-IDF weights over all terms, and over content terms only. */
  all: Map<string, number>;
  content: Map<string, number>;
  /** Derivational families of the content terms. */
  families: Set<string>;
  /** Adjacent content-term pairs ("retirement age", "fuel deliveries"). */
  bigrams: Set<string>;
  specific: string[];
  /** Quoted words of each quote, as normal forms. */
  quoteWords: Array<Set<string>>;
}

/** Fewer words than this in quotation marks, with no speaker, are a quoted term rather than speech. */
const SPEECH_WORDS = 5;

/** Builds the vector of every unit. */
export function unitVectors(lang: Language, story: AnnotatedStory, stats: StoryStats): UnitVector[] {
  return story.units.map((unit) => {
    const all = weigh(unit.terms, stats);
    const content = weigh(unit.terms.filter((t) => unit.content.includes(t)), stats);
    const seq = unit.terms.filter((t) => !unit.names.has(t));
    const bigrams = new Set<string>();
    for (let k = 0; k + 1 < seq.length; k++) bigrams.add(`${seq[k]} ${seq[k + 1]}`);
    const quoteWords = unit.quotes.flatMap((q) => {
      const tokens = lang.tokenize(q.text).filter((token) => token.type === 'word' || token.type === 'number');
      // A short phrase in quotation marks that nobody is said to speak is a term in scare quotes
      // ('blue screen of death'): it names a topic, it does not report what someone said.
      if (q.speaker === null && tokens.length < SPEECH_WORDS) return [];
      const words = new Set<string>();
      for (const token of tokens) {
        const term = lang.term(token.key);
        if (term) words.add(term);
      }
      return [words];
    });
    return {
      unit,
      all,
      content,
      families: new Set(unit.content.map((t) => lang.family(t))),
      bigrams,
      specific: unit.entities.filter((e) => stats.specific(e)),
      quoteWords,
    };
  });
}

function weigh(terms: readonly string[], stats: StoryStats): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const weights = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = count * stats.idf(term);
    weights.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of weights) weights.set(term, w / norm);
  return weights;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot;
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

/** The features of a pair of units. */
export function pairFeatures(lang: Language, a: UnitVector, b: UnitVector, stats: StoryStats): number[] {
  const cosAll = cosine(a.all, b.all);
  const cosContent = cosine(a.content, b.content);
  // How much of the shorter unit's content the other states: a short report inside a long sentence.
  let sharedMass = 0;
  let massA = 0;
  let massB = 0;
  for (const term of a.unit.content) {
    const w = stats.idf(term);
    massA += w;
    if (b.content.has(term)) sharedMass += w;
  }
  for (const term of b.unit.content) massB += stats.idf(term);
  const containment = Math.min(massA, massB) > 0 ? sharedMass / Math.min(massA, massB) : 0;
  let rare = 0;
  for (const term of a.unit.content) if (b.content.has(term)) rare += Math.min(stats.idf(term), 3);
  let familyOnly = 0;
  for (const family of a.families) if (b.families.has(family) && !b.unit.content.includes(family) && !a.unit.content.includes(family)) familyOnly++;
  let bigrams = 0;
  for (const pair of a.bigrams) if (b.bigrams.has(pair)) bigrams++;
  let sharedEntities = 0;
  let sharedWeight = 0;
  let unionWeight = 0;
  for (const e of a.specific) {
    const w = stats.entityIdf(e);
    unionWeight += w;
    if (b.specific.includes(e)) {
      sharedEntities++;
      sharedWeight += w;
    }
  }
  for (const e of b.specific) if (!a.specific.includes(e)) unionWeight += stats.entityIdf(e);
  const sa = a.unit.speaker;
  const sb = b.unit.speaker;
  let quote = 0;
  for (const qa of a.quoteWords) {
    for (const qb of b.quoteWords) {
      let shared = 0;
      for (const w of qa) if (qb.has(w)) shared++;
      const smaller = Math.min(qa.size, qb.size);
      if (shared >= 2 && smaller > 0) quote = Math.max(quote, shared / smaller);
    }
  }
  let agrees = 0;
  let differs = 0;
  for (const qa of a.unit.quantities) {
    for (const qb of b.unit.quantities) {
      if (qa.unit !== qb.unit) continue;
      if (compatible(qa, qb)) agrees = 1;
      else differs = 1;
    }
  }
  // The story's own day is in every report; a date few articles name, or one far from the story's
  // day (a scheduled vote, an earlier crisis), says which event.
  const sameDay = a.unit.dates.some((d) => d.startsWith('m') && b.unit.dates.includes(d));
  const dateShared = a.unit.dates.some((d) => b.unit.dates.includes(d) && stats.telling(d)) ? 1 : 0;
  // Two different days named: two events. A common day both name is not a difference.
  const dateDiffers = !sameDay && a.unit.dates.some((d) => d.startsWith('m')) && b.unit.dates.some((d) => d.startsWith('m')) ? 1 : 0;
  return [
    cosAll,
    cosContent,
    containment,
    Math.min(rare, 15) / 10,
    Math.min(familyOnly, 2) / 2,
    Math.min(bigrams, 3) / 3,
    unionWeight > 0 ? sharedWeight / unionWeight : 0,
    Math.min(sharedEntities, 3) / 3,
    sa !== null && sb !== null && sa === sb ? 1 : 0,
    sa !== null && sb !== null && sa !== sb ? 1 : 0,
    quote,
    agrees,
    agrees ? 0 : differs,
    dateShared,
    dateDiffers,
    opposed(lang, a, b, cosContent) ? 1 : 0,
    Math.min(a.unit.content.length, b.unit.content.length) <= 3 ? 1 : 0,
  ];
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
  let shared = 0;
  // Background both name in passing ("since the full-scale invasion") is not what either asserts.
  for (const term of a.unit.content) {
    if (b.content.has(term) && !a.unit.background.includes(term) && !b.unit.background.includes(term) && ++shared >= MIN_SHARED_CONTENT) return true;
  }
  // A list of the same three people or bodies ("the American side is headed by A, B and C") is a fact about them.
  let common = 0;
  for (const entity of a.specific) if (b.specific.includes(entity) && ++common >= 3) return true;
  for (const qa of a.quoteWords) {
    for (const qb of b.quoteWords) {
      let common = 0;
      for (const w of qa) if (qb.has(w)) common++;
      if (common >= 2 && common >= 0.5 * Math.min(qa.size, qb.size)) return true;
    }
  }
  return false;
}

/**
 * True when one unit says the opposite of the other: one negates and the other does not, while they
 * share most of what they say; or one uses a word whose antonym the other uses ("rose"/"fell").
 */
export function opposed(lang: Language, a: UnitVector, b: UnitVector, cosContent: number): boolean {
  if (a.unit.negated !== b.unit.negated && cosContent >= 0.3) return true;
  for (const x of a.unit.content) {
    if (b.content.has(x)) continue;
    for (const y of b.unit.content) if (!a.content.has(y) && lang.areAntonyms(x, y)) return true;
  }
  return false;
}
