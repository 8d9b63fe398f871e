/**
 * Which page a claim gets at `/claims/<slug>/`. A contested claim (conflicting or disputed) or one an
 * editor touched (reviewed, corrected, annotated, or made of several claims by a merge) gets the full
 * claim page. The others are automatic claims that nobody contradicts or denies (most of them
 * corroborated): one that four or more articles state gets a compact page (the same statement,
 * verdict and evidence in a slim frame, without the site's search box, link-preview tags, ClaimReview
 * data, share section and related claims); one that one to three articles state has no page of its
 * own. Its URL stays valid as a small page that sends the reader to its sentence in the article
 * (claim-stub.ts), links lead straight there, and each of its sentences carries its note: the
 * statement, and the other articles' sentences beside it, each with a link to it in context
 * (annotate-article.ts), so the sources still stand side by side. A year of such claims at full
 * weight would not fit the host.
 */
import type { Evidence } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';

/** What `/claims/<slug>/` holds for a claim: a small page leading to its sentence, a compact page or the full page. */
export type ClaimPageKind = 'sentence' | 'compact' | 'full';

/**
 * At most this many articles state a claim without a page of its own: each shows the others' sentences
 * beside its own (with four, each of four articles would quote three more, and a page weighs less).
 */
export const MAX_ARTICLES_WITHOUT_PAGE = 3;

/** Whether an editor has touched the claim: reviewed, corrected, annotated or merged. */
function touchedByEditors(claim: ReviewedClaim): boolean {
  return claim.reviewed !== null || claim.reviews.length > 0 || claim.note !== null || claim.origins.length > 1;
}

/** Whether a claim is contested: conflicting, disputed, or holding a sentence that does not support it. */
function contested(claim: ReviewedClaim): boolean {
  return claim.verdict === 'conflicting' || claim.verdict === 'disputed' || claim.evidence.some((e) => e.stance !== 'supports');
}

/** Each claim's kind of page, once: every link the site makes to a claim asks (links.claimAt). */
const kinds = new WeakMap<ReviewedClaim, ClaimPageKind>();

/** Which page the claim gets. */
export function claimPageKind(claim: ReviewedClaim): ClaimPageKind {
  let kind = kinds.get(claim);
  if (kind === undefined) {
    const articles = new Set(claim.evidence.map((e) => e.article)).size;
    kind = contested(claim) || touchedByEditors(claim) ? 'full' : articles > 0 && articles <= MAX_ARTICLES_WITHOUT_PAGE ? 'sentence' : 'compact';
    kinds.set(claim, kind);
  }
  return kind;
}

/**
 * The sentence a claim without a page of its own leads to (its anchor: the supporting sentence that
 * appeared on the site first), or undefined when the claim has a page.
 */
export function landingSentence(claim: ReviewedClaim): Evidence | undefined {
  if (claimPageKind(claim) !== 'sentence') return undefined;
  return claim.evidence.find((e) => e.sentenceId === claim.anchor.sentenceId && e.article === claim.anchor.article) ?? claim.evidence[0];
}

/** Whether a claim gets a page of its own (compact or full) rather than a small page that leads to its sentence. */
export function hasOwnPage(claim: ReviewedClaim): boolean {
  return claimPageKind(claim) !== 'sentence';
}
