/**
 * How strongly two sentences state the same thing: TF-IDF cosine over their terms, or the overlap
 * of their quotes when the same person is quoted, plus small bonuses for shared entities and for
 * the same quantity attribute. One number in [0, ~1.2]; MATCH_THRESHOLD decides.
 */
import type { Features, QuoteFeature } from './features.ts';

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
 * Overlap of two quotes: shared content words over the shorter quote's, counted only when at
 * least two words are shared (one shared word, such as "useful", is a coincidence).
 */
export function quoteOverlap(a: QuoteFeature, b: QuoteFeature, anySpeaker = false): number {
  if (!anySpeaker && !sameSpeaker(a.speaker, b.speaker)) return 0;
  const [small, large] = a.set.size <= b.set.size ? [a.set, b.set] : [b.set, a.set];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  if (shared < 2) return 0;
  return shared / small.size;
}

/** Best quote overlap between two sentences (0 when either has no quote). */
export function bestQuoteOverlap(a: Features, b: Features, anySpeaker = false): number {
  let best = 0;
  for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, quoteOverlap(qa, qb, anySpeaker));
  return best;
}

function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const x of b) if (set.has(x)) shared++;
  return shared / (a.length + b.length - shared);
}

/** True when both sentences give the same value for the same measured thing (different values are stage 5's business). */
function sameNumber(a: Features, b: Features): boolean {
  return a.sentence.quantities.some((x) =>
    b.sentence.quantities.some((y) => x.value === y.value && x.unit === y.unit && x.measures !== null && x.measures === y.measures),
  );
}

/** Cosine of two sentences' term vectors; 0 unless they share MIN_SHARED_TERMS terms that are not names. */
export function textSimilarity(a: Features, b: Features): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  let content = 0;
  for (const [term, weight] of small.weights) {
    const other = large.weights.get(term);
    if (other === undefined) continue;
    dot += weight * other;
    if (!small.names.has(term) && !large.names.has(term)) content++;
  }
  return content >= MIN_SHARED_TERMS ? dot : 0;
}

/** The match score of two sentences. */
export function similarity(a: Features, b: Features): number {
  const speakersDiffer = a.speaker !== null && b.speaker !== null && a.speaker !== b.speaker;
  // Two different people: shared words mean less, and only a near-verbatim quote still counts
  // (then the attribution of one report is more likely wrong than the quote).
  const text = textSimilarity(a, b) * (speakersDiffer ? DIFFERENT_SPEAKERS : 1);
  const overlap = bestQuoteOverlap(a, b, speakersDiffer);
  const quote = QUOTE_WEIGHT * (speakersDiffer && overlap < VERBATIM ? 0 : overlap);
  const sharedQuantity = sameNumber(a, b) ? QUANTITY_BONUS : 0;
  return Math.max(text, quote) + ENTITY_BONUS * jaccard(a.entities, b.entities) + sharedQuantity;
}
