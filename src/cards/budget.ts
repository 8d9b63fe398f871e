/**
 * Which claims get a share card of their own. A claim card is about 16 KB (a 1200×630 image of
 * large text does not compress further), so at 34,000 claims the cards alone would fill GitHub
 * Pages' limit. Claims get theirs in order of how likely a reader is to share them (disputed,
 * conflicting, corroborated by the most sources, then single-source) until the budget is spent;
 * the others show their story's card in link previews.
 */
import type { Claim, Verdict } from '../engine/types.ts';

/** What one claim card is reckoned to weigh when the budget is shared out. */
export const ESTIMATED_CARD_BYTES = 16_000;
/** The default budget for claim cards, in megabytes: about 3,750 claims. */
export const DEFAULT_CARD_BUDGET_MB = 60;

const ORDER: readonly Verdict[] = ['disputed', 'conflicting', 'corroborated', 'single-source'];

type Ranked = Pick<Claim, 'id' | 'verdict' | 'independentSources'> & { evidence: readonly unknown[] };

/** Claims most worth a card of their own first: contested, then most independent sources, then most evidence. */
export function byShareworthiness(a: Ranked, b: Ranked): number {
  return (
    ORDER.indexOf(a.verdict) - ORDER.indexOf(b.verdict) ||
    b.independentSources - a.independentSources ||
    b.evidence.length - a.evidence.length ||
    a.id.localeCompare(b.id)
  );
}

/** Ids of the claims that get a card of their own within `budgetMb` megabytes. */
export function claimsWithinBudget(claims: readonly Ranked[], budgetMb: number): Set<string> {
  if (!Number.isFinite(budgetMb) || budgetMb < 0) {
    throw new Error(`SHARE_CARD_BUDGET_MB must be a number of megabytes, 0 or more, not "${budgetMb}"`);
  }
  const count = Math.floor((budgetMb * 1_000_000) / ESTIMATED_CARD_BYTES);
  return new Set([...claims].sort(byShareworthiness).slice(0, count).map((claim) => claim.id));
}
