/**
 * Scoring the engine against a hand-labelled story: recall of multi-source claims, verdict
 * accuracy on matched claims, and precision of the engine's multi-source claims. Shared by the
 * quality test and the methodology page, so the published figures are the tested ones.
 */
import { foldTypography } from '../engine/text.ts';
import type { Claim, CorpusAnalysis } from '../engine/types.ts';

export interface LabelledEvidence {
  article: string;
  quote: string;
  stance: 'supports' | 'conflicts' | 'denies';
  via: string | null;
}
export interface LabelledClaim {
  id: string;
  kind: string;
  verdict: string;
  flags: string[];
  evidence: LabelledEvidence[];
}
export interface LabelledSet {
  story: string;
  claims: LabelledClaim[];
}


/** The result of scoring, with the detail needed to understand a miss. */
export interface Score {
  /** Labelled claims stated by two or more outlets (the recall denominator). */
  multiSource: number;
  recall: number;
  verdictAccuracy: number;
  precision: number;
  misses: string[];
  wrongVerdicts: string[];
  impure: string[];
}

/** Scores an analysis against the labelled set. Sentences are identified as `article sentenceId`. */
export function score(analysis: CorpusAnalysis, set: LabelledSet): Score {
  const fold = (text: string): string => foldTypography(text).toLowerCase();
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  const sentenceOf = (e: LabelledEvidence): string | null => {
    const article = analysis.articles.find((a) => a.id === e.article);
    const sentence = article?.sentences.find((s) => fold(s.text).includes(fold(e.quote)));
    return sentence ? `${e.article} ${sentence.id}` : null;
  };
  const labelSentences = set.claims.map((claim) => ({
    claim,
    all: new Set(claim.evidence.map(sentenceOf).filter((s): s is string => s !== null)),
    supports: claim.evidence.filter((e) => e.stance !== 'denies').map(sentenceOf).filter((s): s is string => s !== null),
  }));
  const unresolved = set.claims.flatMap((claim) => claim.evidence.filter((e) => sentenceOf(e) === null).map((e) => `${claim.id}: ${e.article}: ${e.quote}`));
  if (unresolved.length > 0) throw new Error(`Labelled quotes not found in any sentence:\n${unresolved.join('\n')}`);
  const engineClaims = analysis.claims.filter((claim) => claim.story === set.story);
  const keysOf = (claim: Claim): Set<string> => new Set(claim.evidence.map((e) => `${e.article} ${e.sentenceId}`));
  const outletsIn = (keys: Iterable<string>): Set<string> => new Set([...keys].map((key) => outletOf.get(key.split(' ')[0] ?? '') ?? key));

  const misses: string[] = [];
  const wrongVerdicts: string[] = [];
  let multi = 0;
  let found = 0;
  let matched = 0;
  let right = 0;
  for (const { claim, all, supports } of labelSentences) {
    const isMulti = outletsIn(supports).size >= 2;
    // The engine claim sharing most evidence sentences with the label (fewest extra sentences on a tie).
    let best: Claim | undefined;
    let bestOverlap: string[] = [];
    for (const candidate of engineClaims) {
      const keys = keysOf(candidate);
      const overlap = [...all].filter((key) => keys.has(key));
      if (overlap.length > bestOverlap.length || (overlap.length === bestOverlap.length && best && overlap.length > 0 && keys.size < keysOf(best).size)) {
        best = candidate;
        bestOverlap = overlap;
      }
    }
    const supportsInBest = bestOverlap.filter((key) => supports.includes(key));
    const isFound = isMulti ? outletsIn(supportsInBest).size >= 2 : bestOverlap.length >= Math.min(2, all.size) && supportsInBest.length > 0;
    if (isMulti) {
      multi++;
      if (isFound) found++;
      else misses.push(`${claim.id} (best: ${best?.id ?? 'none'} with ${bestOverlap.length} of ${all.size})`);
    }
    if (isFound && best) {
      matched++;
      if (best.verdict === claim.verdict) right++;
      else wrongVerdicts.push(`${claim.id}: labelled ${claim.verdict}, engine ${best.verdict} (${best.id})`);
    }
  }
  // Precision over engine claims with evidence from 2+ outlets whose sentences are all labelled.
  const labelledKeys = new Set(labelSentences.flatMap(({ all }) => [...all]));
  const impure: string[] = [];
  let judged = 0;
  let pure = 0;
  for (const candidate of engineClaims) {
    const keys = keysOf(candidate);
    if (outletsIn(keys).size < 2 || ![...keys].every((key) => labelledKeys.has(key))) continue;
    judged++;
    if (labelSentences.some(({ all }) => [...keys].every((key) => all.has(key)))) pure++;
    else impure.push(`${candidate.id}: ${candidate.evidence.map((e) => e.text.slice(0, 50)).join(' | ')}`);
  }
  return {
    multiSource: multi,
    recall: multi === 0 ? 1 : found / multi,
    verdictAccuracy: matched === 0 ? 1 : right / matched,
    precision: judged === 0 ? 1 : pure / judged,
    misses,
    wrongVerdicts,
    impure,
  };
}

