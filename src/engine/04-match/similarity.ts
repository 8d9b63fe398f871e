/**
 * How strongly two sentences state the same thing: TF-IDF cosine over their terms, or the overlap
 * of their quotes when the same person is quoted, plus small bonuses for shared entities and for
 * the same quantity attribute. One number in [0, ~1.2]; MATCH_THRESHOLD decides.
 */
import type { Features, QuoteFeature } from './features.ts';
import { NAME, NOT_CONTENT, ROLE } from './term-index.ts';

/** Score at or above which two sentences are taken to state the same claim. */
export const MATCH_THRESHOLD = 0.2;
/** Weight of the quote overlap relative to the cosine (a shared quote is strong evidence). */
const QUOTE_WEIGHT = 0.9;
/** Bonus for the entity Jaccard and for the same number of the same thing. */
const ENTITY_BONUS = 0.1;
const QUANTITY_BONUS = 0.1;

/** Factor on the cosine when the two sentences have different known speakers. */
const DIFFERENT_SPEAKERS = 0.7;
/** Quote overlap from which two quotes are the same words whoever they are attributed to. */
const VERBATIM = 0.9;
/**
 * Quote overlap below which two quotes are not one remark: they share a few of the story's words
 * ("the end of the conflict"), not the remark. Stage 5 uses the same bar for "the same quote".
 */
export const SAME_REMARK = 0.5;

/**
 * A text match needs at least this many shared terms that are not names: one shared word
 * ("Ukrainian") is a coincidence, and shared names alone ("Governor Marta Ilves said ...") say who,
 * not what.
 */
export const MIN_SHARED_TERMS = 2;

/** Cosine of two L2-normalised sparse vectors; 0 when they share fewer than `minShared` terms. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>, minShared = 1): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  let shared = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) {
      dot += weight * other;
      shared++;
    }
  }
  return shared >= minShared ? dot : 0;
}

/** Two speakers are compatible when they are equal or one of them is unknown. */
function sameSpeaker(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Overlap of two quotes: the IDF weight of the shared content words over the weight of the shorter
 * quote's words, counted only when at least two words are shared (one shared word, such as
 * "useful", is a coincidence). Weighting by IDF keeps two quotes that only share the story's
 * topic words ("the end of the conflict in Ukraine") from looking like one remark.
 */
export function quoteOverlap(a: QuoteFeature, b: QuoteFeature, anySpeaker = false): number {
  if (!anySpeaker && !sameSpeaker(a.speaker, b.speaker)) return 0;
  const [small, large] = a.set.size <= b.set.size ? [a, b] : [b, a];
  let shared = 0;
  let sharedMass = 0;
  for (const [word, weight] of small.weight) {
    if (!large.set.has(word)) continue;
    shared++;
    sharedMass += weight;
  }
  if (shared < 2 || small.mass === 0) return 0;
  return sharedMass / small.mass;
}

/** Best quote overlap between two sentences (0 when either has no quote). */
export function bestQuoteOverlap(a: Features, b: Features, anySpeaker = false): number {
  let best = 0;
  for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, quoteOverlap(qa, qb, anySpeaker));
  return best;
}

/** Jaccard overlap of two entity lists, each entity weighted by its IDF (the story's everywhere-named places count little). */
function weightedJaccard(a: readonly string[], b: readonly string[], idf: ReadonlyMap<string, number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let union = 0;
  for (const x of a) {
    const w = idf.get(x) ?? 1;
    union += w;
    if (b.includes(x)) shared += w;
  }
  for (const x of b) if (!a.includes(x)) union += idf.get(x) ?? 1;
  return union === 0 ? 0 : shared / union;
}

/** True when both sentences give the same value for the same measured thing (different values are stage 5's business). */
function sameNumber(a: Features, b: Features): boolean {
  return a.quantities.some((x) =>
    b.quantities.some((y) => x.value === y.value && x.unit === y.unit && x.measures !== null && x.measures === y.measures),
  );
}

/**
 * Cosine of two sentences' term vectors; 0 unless they share MIN_SHARED_TERMS terms that are
 * neither names nor attribution words ("said", "reported", "officials") and that make at least
 * MIN_SHARED_TERMS things in common (a shared two-word phrase such as "a day of mourning", "the
 * American side" or "a construction firm" is one thing). When they name two or more of the same
 * specific entities in a role frame, that frame word is enough: "the union side was led by A and
 * B" and "representing the dockworkers were A and B" share who, and "led" ~ "representing" says
 * what (see ROLE_TERMS).
 */
export function textSimilarity(a: Features, b: Features): number {
  const aSmall = a.weights.size <= b.weights.size;
  const small = aSmall ? a : b;
  const large = aSmall ? b : a;
  const index = small.index;
  const stamp = index.scatter(large.vector);
  const { ids, weights, positions, flags } = small.vector;
  let dot = 0;
  let role = false;
  let content = 0;
  // Shared content terms, in the small clause's order, grouped into runs that stand side by side in both.
  let runs = 0;
  let run = 0;
  let prevSmall = -2;
  let prevLarge = -2;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] as number;
    if (index.stamp[id] !== stamp) continue;
    dot += (weights[k] as number) * (index.weight[id] as number);
    const flag = (flags[k] as number) | (index.flag[id] as number);
    if ((flag & (NAME | NOT_CONTENT)) !== 0) continue;
    content++;
    if ((flag & ROLE) !== 0) role = true;
    const ps = positions[k] as number;
    const pl = index.position[id] as number;
    if (ps === prevSmall + 1 && pl === prevLarge + 1) run++;
    else {
      if (run > 0) runs += run === 2 ? 1 : run;
      run = 1;
    }
    prevSmall = ps;
    prevLarge = pl;
  }
  if (run > 0) runs += run === 2 ? 1 : run;
  if (content >= MIN_SHARED_TERMS && sharedConcepts(content, runs, a, b) >= MIN_SHARED_TERMS) return dot;
  return role && sharedCount(a.specific, b.specific) >= 2 ? dot : 0;
}

/** A shared two-word phrase is one thing only between sentences that each say at least this much more. */
const MIN_OTHER_TERMS = 2;

/**
 * How many things two sentences have in common, from their `shared` content terms and the count
 * they make as runs (`concepts`): a pair of terms that stands side by side in both ("a day of
 * mourning", "the American side", "a construction firm") is one noun phrase, so one thing, and
 * longer shared runs are shared wording that count in full. Sentences that say little besides the
 * shared words ("X was founded in 1978") share all they say.
 */
function sharedConcepts(shared: number, concepts: number, a: Features, b: Features): number {
  if (shared < 2) return shared;
  if (a.weights.size - a.names.size - shared < MIN_OTHER_TERMS || b.weights.size - b.names.size - shared < MIN_OTHER_TERMS) return shared;
  return concepts;
}

function sharedCount(a: readonly string[], b: readonly string[]): number {
  let shared = 0;
  for (const x of a) if (b.includes(x)) shared++;
  return shared;
}

/** The match score of two sentences. */
export function similarity(a: Features, b: Features): number {
  const speakersDiffer = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  // Two different people: shared words mean less, and only a near-verbatim quote still counts
  // (then the attribution of one report is more likely wrong than the quote).
  const text = textSimilarity(a, b) * (speakersDiffer ? DIFFERENT_SPEAKERS : 1);
  const overlap = bestQuoteOverlap(a, b, speakersDiffer);
  const quote = QUOTE_WEIGHT * (overlap < SAME_REMARK || (speakersDiffer && overlap < VERBATIM) ? 0 : overlap);
  const sharedQuantity = sameNumber(a, b) ? QUANTITY_BONUS : 0;
  // One speaker is evidence of one remark, unless both remarks are quoted and the quotes differ.
  const differentRemarks = a.quotes.length > 0 && b.quotes.length > 0 && overlap < SAME_REMARK && !quotedWithin(a, b);
  const entities = differentRemarks
    ? weightedJaccard(a.specific.filter((id) => id !== a.speaker), b.specific.filter((id) => id !== b.speaker), a.entityIdf)
    : weightedJaccard(a.specific, b.specific, a.entityIdf);
  return Math.max(text, quote) + ENTITY_BONUS * entities + sharedQuantity;
}

/** True when a quote of one sentence is, word for word, part of a quote of the other ("useful" in "very useful"). */
function quotedWithin(a: Features, b: Features): boolean {
  for (const qa of a.quotes) {
    for (const qb of b.quotes) {
      const x = ` ${qa.plain} `;
      const y = ` ${qb.plain} `;
      if (x.includes(y) || y.includes(x)) return true;
    }
  }
  return false;
}
