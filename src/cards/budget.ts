/**
 * Which claims get a share card of their own. A claim that only one source states shows its
 * story's card in link previews: a preview of its own would make one outlet's report look like a
 * checked fact, and the story's card gives it its context. The others get theirs in order of how
 * likely a reader is to share them (disputed, conflicting, then corroborated by the most sources)
 * until the budget is spent: a card is about 16 KB (a 1200×630 image of large text does not
 * compress further: deflate's best level saves 15% at 25 times the time), so at 74,000 claims
 * cards for all would fill GitHub Pages' limit. The default, 4 MB, is about 250 cards: at 10,000
 * articles they go to the 80 disputed and the most widely reported conflicting claims (12 MB, 750
 * cards, weighed 1.6% of the 500 MB the whole site has at that size).
 */
import { byVerdict, type Ranked } from '../lib/verdicts.ts';

/** What one claim card is reckoned to weigh when the budget is shared out. */
export const ESTIMATED_CARD_BYTES = 16_000;
/** The default budget for claim cards, in megabytes: about 250 claims. */
export const DEFAULT_CARD_BUDGET_MB = 4;

/** Ids of the claims that get a card of their own within `budgetMb` megabytes. */
export function claimsWithinBudget(claims: readonly Ranked[], budgetMb: number): Set<string> {
  if (!Number.isFinite(budgetMb) || budgetMb < 0) {
    throw new Error(`SHARE_CARD_BUDGET_MB must be a number of megabytes, 0 or more, not "${budgetMb}"`);
  }
  const count = Math.floor((budgetMb * 1_000_000) / ESTIMATED_CARD_BYTES);
  return new Set(
    claims
      .filter((claim) => claim.verdict !== 'single-source')
      .sort(byVerdict)
      .slice(0, count)
      .map((claim) => claim.id),
  );
}
