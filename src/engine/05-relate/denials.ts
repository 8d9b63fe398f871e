/**
 * Attaching denials to what they deny. A denial ("Lavrov denied any knowledge of the “three-stage
 * plan”") rarely repeats the claim's wording; it names it by a quoted phrase or by its rarest
 * words. So a denial matches a statement when all content words of a short quoted phrase of the
 * denial occur in the statement, or else when their TF-IDF score plus a bonus per shared rare term
 * clears DENIAL_THRESHOLD.
 * The statement may sit in the same article as the denial.
 */
import type { ScoredPair } from '../04-match/cluster.ts';
import { unitText, type Features, type Idf } from '../04-match/features.ts';
import { contentStems } from '../words.ts';

/** Score at or above which a denial is taken to deny a statement. */
export const DENIAL_THRESHOLD = 0.3;
/** A quoted phrase of 2 to this many content words names a claim ("the “three-stage plan”"). */
export const MAX_NAMING_PHRASE = 6;

/** True when a short quoted phrase of the denial appears, word for word (stemmed), in the target. */
export function namesByQuotedPhrase(denial: Features, target: Features): boolean {
  const targetWords = new Set(contentStems(unitText(target)));
  return denial.quotes.some(
    (quote) =>
      quote.words.length >= 2 &&
      quote.words.length <= MAX_NAMING_PHRASE &&
      quote.words.every((word) => targetWords.has(word)),
  );
}

/** A term in at most this many sentences of the story is rare enough to name what is denied. */
export const RARE_DF = 4;
/** Added to the score for each rare term the denial shares with the target. */
const RARE_BONUS = 0.15;

/** How strongly a denial sentence denies a target sentence. */
export function denialScore(denial: Features, target: Features, pairScore: number, idf: Idf): number {
  if (target.denial || !target.checkable) return 0;
  if (namesByQuotedPhrase(denial, target)) return 1 + pairScore;
  let rare = 0;
  for (const term of denial.weights.keys()) if (target.weights.has(term) && idf.df(term) <= RARE_DF) rare++;
  return pairScore + RARE_BONUS * rare;
}

/**
 * For each denial sentence, the sentence it denies (best score at or above the threshold; ties go
 * to the earlier sentence), from the scored candidate pairs.
 */
export function denialTargets(features: readonly Features[], pairs: readonly ScoredPair[], idf: Idf): Map<number, number> {
  const best = new Map<number, { target: number; score: number }>();
  for (const pair of pairs) {
    for (const [d, t] of [
      [pair.i, pair.j],
      [pair.j, pair.i],
    ] as const) {
      const denial = features[d];
      const target = features[t];
      if (!denial?.denial || !target) continue;
      const score = denialScore(denial, target, pair.score, idf);
      const current = best.get(d);
      if (score >= DENIAL_THRESHOLD && (!current || score > current.score || (score === current.score && t < current.target))) {
        best.set(d, { target: t, score });
      }
    }
  }
  return new Map([...best].map(([d, { target }]) => [d, target]));
}
