/**
 * Which page a claim gets at `/claims/<slug>/`. A claim only one article states, that no editor has
 * touched, has nothing to show beyond its sentence: its URL stays valid as a small page that sends the
 * reader to that sentence in the article (claim-stub.ts), and links lead straight there. A contested
 * claim (conflicting or disputed) or one an editor touched (reviewed, corrected, annotated, or made of
 * several claims by a merge) gets the full claim page. The others, automatic claims that nobody
 * contradicts or denies (most of them corroborated), get a compact page: the same statement, verdict
 * and evidence table, in a slim frame without the site's search box, link-preview tags, ClaimReview
 * data, share section and related claims (a year of them at full weight would not fit the host).
 */
import type { Evidence } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';

/** What `/claims/<slug>/` holds for a claim: a small page leading to its sentence, a compact page or the full page. */
export type ClaimPageKind = 'sole' | 'compact' | 'full';

/** Whether an editor has touched the claim: reviewed, corrected, annotated or merged. */
function touchedByEditors(claim: ReviewedClaim): boolean {
  return claim.reviewed !== null || claim.reviews.length > 0 || claim.note !== null || claim.origins.length > 1;
}

/** The one sentence a claim without a page of its own leads to, or undefined when the claim has a page. */
export function soleSentence(claim: ReviewedClaim): Evidence | undefined {
  if (claim.verdict !== 'single-source' || touchedByEditors(claim)) return undefined;
  const [first] = claim.evidence;
  if (!first || claim.evidence.some((e) => e.article !== first.article || e.stance !== 'supports')) return undefined;
  return claim.evidence.find((e) => e.sentenceId === claim.anchor.sentenceId && e.article === claim.anchor.article) ?? first;
}

/** Which page the claim gets. */
export function claimPageKind(claim: ReviewedClaim): ClaimPageKind {
  if (soleSentence(claim)) return 'sole';
  const contested = claim.verdict === 'conflicting' || claim.verdict === 'disputed' || claim.evidence.some((e) => e.stance !== 'supports');
  return contested || touchedByEditors(claim) ? 'full' : 'compact';
}

/** Whether a claim gets a page of its own (compact or full) rather than a small page that leads to its sentence. */
export function hasOwnPage(claim: ReviewedClaim): boolean {
  return claimPageKind(claim) !== 'sole';
}
