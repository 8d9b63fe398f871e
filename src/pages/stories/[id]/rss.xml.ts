/** `/stories/<id>/rss.xml`: a story's claims, each re-issued when it changes and saying what changed. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { feedResponse, STORY_FEED_SIZE } from '../../../lib/feed.ts';
import { storyPageCache } from '../../../lib/page-cache.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { claimItems } from '../../../review/feeds.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  const cache = await storyPageCache();
  return analysis.stories.map((story) => ({ params: { id: story.id }, props: { id: story.id }, ...cache(story.id) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const analysis = await loadAnalysis();
  const story = analysis.storyById.get((props as { id: string }).id);
  if (!story) throw new Error('story disappeared during the build');
  const claims = story.claims.flatMap((id) => analysis.claimById.get(id) ?? []);
  return feedResponse(claimItems(claims), { title: `${SITE_NAME}: ${story.title}`, description: `Claims of “${story.title}”, each re-issued when it changes.`, site, size: STORY_FEED_SIZE });
};
