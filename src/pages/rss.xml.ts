/** `/rss.xml`: one item per story update (new articles, new or changed claims, corrections), newest first. */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../lib/analysis.ts';
import { feedResponse } from '../lib/feed.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { storyUpdateItems } from '../review/feeds.ts';

export const GET: APIRoute = async ({ site }) => {
  const analysis = await loadAnalysis();
  const outletName = (id: string): string => analysis.content.outletById.get(id)?.data.name ?? id;
  return feedResponse(storyUpdateItems(analysis, outletName), { title: `${SITE_NAME}: story updates`, description: SITE_TAGLINE, site });
};
