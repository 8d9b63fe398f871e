/**
 * What the share cards of claims and stories show, where they are, and which claims have their
 * own: the site's side of src/cards/. Every story has a card; claims with a full page (contested or
 * touched by an editor, src/lib/claim-pages.ts) other than single-source ones have theirs within the
 * card budget, `SHARE_CARD_BUDGET_MB` (default 4 MB, about 250 claims; see src/cards/budget.ts).
 * The others show their story's card; a compact claim page has no link-preview image at all.
 */
import { CardRenderer, type ClaimCardData, type StoryCardData } from '../cards/cards.ts';
import { claimsWithinBudget, DEFAULT_CARD_BUDGET_MB } from '../cards/budget.ts';
import { cachedCard } from '../cards/cache.ts';
import type { Claim, StoryAnalysis } from '../engine/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { claimPageKind } from './claim-pages.ts';
import { VERDICT_ORDER, VERDICTS } from './verdicts.ts';
import { formatDate } from './format.ts';
import { withBase } from './url.ts';

/** Site paths of the cards (under the base path). */
export const cardPaths = {
  claim: (id: string) => withBase(`cards/claims/${id}.png`),
  story: (id: string) => withBase(`cards/stories/${id}.png`),
} as const;

const KIND_LABELS: Record<Claim['kind'], string> = { quote: 'Quote', quantity: 'Number', statement: 'Statement' };

/** A claim's card: verdict, statement, its outlets (most evidence first) and its story. */
export function claimCardData(claim: Claim, analysis: SiteAnalysis): ClaimCardData {
  const counts = new Map<string, number>();
  for (const evidence of claim.evidence) counts.set(evidence.outlet, (counts.get(evidence.outlet) ?? 0) + 1);
  const outlets = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id]) => analysis.content.outletById.get(id)?.data.name ?? id);
  return {
    verdict: claim.verdict,
    verdictLabel: VERDICTS[claim.verdict].label,
    kindLabel: KIND_LABELS[claim.kind],
    statement: claim.statement,
    outlets,
    independentSources: claim.independentSources,
    storyTitle: analysis.storyById.get(claim.story)?.title ?? claim.story,
  };
}

/** A story's card: title, date, counts and the claims per verdict. */
export function storyCardData(story: StoryAnalysis): StoryCardData {
  return {
    title: story.title,
    date: formatDate(story.date),
    articles: story.articles.length,
    outlets: story.outlets.length,
    claims: story.claims.length,
    verdicts: VERDICT_ORDER.map((verdict) => ({ verdict, label: VERDICTS[verdict].label, count: story.counts[verdict] })),
  };
}

const carded = new WeakMap<SiteAnalysis, Set<string>>();

/** Ids of the claims that get a card of their own (see src/cards/budget.ts): only a full claim page shows one. */
export function claimsWithCards(analysis: SiteAnalysis): Set<string> {
  let ids = carded.get(analysis);
  if (!ids) {
    const full = analysis.claims.filter((claim) => claimPageKind(claim) === 'full');
    ids = claimsWithinBudget(full, Number(process.env['SHARE_CARD_BUDGET_MB'] ?? DEFAULT_CARD_BUDGET_MB));
    carded.set(analysis, ids);
  }
  return ids;
}

/** The card a claim page shows in link previews, and its alt text: its own, or its story's past the budget. */
export function claimCardImage(claim: Claim, analysis: SiteAnalysis): { path: string; alt: string } {
  if (claimsWithCards(analysis).has(claim.id)) return { path: cardPaths.claim(claim.id), alt: `${VERDICTS[claim.verdict].label}: ${claim.statement}` };
  const story = analysis.storyById.get(claim.story);
  return { path: cardPaths.story(claim.story), alt: `${story?.title ?? claim.story}: the claims of the story, lined up across its outlets` };
}

let renderer: Promise<CardRenderer> | undefined;

/** The PNG of a claim's card (from the card cache when it has been drawn before). */
export async function claimCardPng(claim: Claim, analysis: SiteAnalysis): Promise<Buffer> {
  const data = claimCardData(claim, analysis);
  const draw = await (renderer ??= CardRenderer.create());
  return cachedCard('claim', data, () => draw.claim(data));
}

/** The PNG of a story's card. */
export async function storyCardPng(story: StoryAnalysis): Promise<Buffer> {
  const data = storyCardData(story);
  const draw = await (renderer ??= CardRenderer.create());
  return cachedCard('story', data, () => draw.story(data));
}
