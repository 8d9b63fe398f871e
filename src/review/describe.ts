/**
 * What the claim page says about a claim's review, beside the engine's own result: "The automatic check
 * said Conflicting; the editors corrected it on 5 March 2025". Plain strings, so pages stay thin.
 */
import { formatDate } from '../lib/format.ts';
import { verdictLabel } from './text.ts';
import type { ReviewedClaim } from './types.ts';

/** The review, as sentences for the claim page. */
export interface ReviewDescription {
  /** "Reviewed by Jane Doe on 5 March 2025." */
  byline: string;
  /** The engine's verdict, as a label. */
  automaticVerdict: string;
  /** What the editors did with it: `corrected` (with the date) or `kept`, or `untouched` when no review set a verdict. */
  decision: { kind: 'corrected'; date: string | null } | { kind: 'kept' } | { kind: 'untouched' };
  /** The automatic headline, when the editors rewrote it. */
  automaticStatement: string | null;
  /** The engine's explanation, when the editors changed the evidence it described. */
  automaticExplanation: string | null;
}

/** Describes a reviewed claim; null for an automatic one. */
export function describeReview(claim: ReviewedClaim): ReviewDescription | null {
  if (!claim.reviewed) return null;
  const changed = [...claim.reviews].reverse().find((review) => review.verdictBefore !== review.verdictAfter);
  const decision: ReviewDescription['decision'] =
    claim.verdict !== claim.automatic.verdict
      ? { kind: 'corrected', date: changed ? formatDate(changed.date) : null }
      : claim.reviews.some((review) => review.actions.some((action) => action.startsWith('verdict')))
        ? { kind: 'kept' }
        : { kind: 'untouched' };
  return {
    byline: `Reviewed by ${claim.reviewed.by} on ${formatDate(claim.reviewed.date)}.`,
    automaticVerdict: verdictLabel(claim.automatic.verdict),
    decision,
    automaticStatement: claim.statement !== claim.automatic.statement ? claim.automatic.statement : null,
    automaticExplanation: claim.explanation !== claim.automatic.explanation ? claim.automatic.explanation : null,
  };
}
