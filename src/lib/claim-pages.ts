/**
 * Which claims get a page of their own. A claim only one article states, that no editor has touched,
 * has nothing to show beyond its sentence: its URL stays valid as a small page that sends the reader
 * to that sentence in the article (claim-stub.ts), and links lead straight there. Every other claim
 * (two or more articles, conflicting or disputed, reviewed, corrected or annotated, or made of
 * several claims by an editor's merge) gets the full claim page.
 */
import type { Evidence } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';

/** The one sentence a claim without a page of its own leads to, or undefined when the claim gets a full page. */
export function soleSentence(claim: ReviewedClaim): Evidence | undefined {
  if (claim.verdict !== 'single-source') return undefined;
  if (claim.reviewed || claim.reviews.length > 0 || claim.note !== null || claim.origins.length > 1) return undefined;
  const [first] = claim.evidence;
  if (!first || claim.evidence.some((e) => e.article !== first.article || e.stance !== 'supports')) return undefined;
  return claim.evidence.find((e) => e.sentenceId === claim.anchor.sentenceId && e.article === claim.anchor.article) ?? first;
}

/** Whether a claim gets the full claim page. */
export function hasOwnPage(claim: ReviewedClaim): boolean {
  return soleSentence(claim) === undefined;
}
