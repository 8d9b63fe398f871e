/** `/cards/stories/<id>.png`: a story's share card, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { storyPageCache } from '../../../lib/page-cache.ts';
import { storyCardPng } from '../../../lib/share-cards.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  const cache = await storyPageCache();
  return analysis.stories.map((story) => ({ params: { id: story.id }, ...cache(story.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const analysis = await loadAnalysis();
  const story = analysis.storyById.get(params.id ?? '');
  if (!story) throw new Error(`share card: story ${params.id} disappeared during the build`);
  return new Response(new Uint8Array(await storyCardPng(story)), { headers: { 'Content-Type': 'image/png' } });
};
