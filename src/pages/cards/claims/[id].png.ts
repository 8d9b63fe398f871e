/** `/cards/claims/<id>.png`: a claim's share card (Open Graph and Twitter image), drawn at build time, for the claims within the card budget. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { storyPageCache } from '../../../lib/page-cache.ts';
import { claimCardPng, claimsWithCards } from '../../../lib/share-cards.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  const carded = claimsWithCards(analysis);
  const cache = await storyPageCache();
  return analysis.claims.filter((claim) => carded.has(claim.id)).map((claim) => ({ params: { id: claim.id }, ...cache(claim.story) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const analysis = await loadAnalysis();
  const claim = analysis.claimById.get(params.id ?? '');
  if (!claim) throw new Error(`share card: claim ${params.id} disappeared during the build`);
  return new Response(new Uint8Array(await claimCardPng(claim, analysis)), { headers: { 'Content-Type': 'image/png' } });
};
