/** Turns feed items (src/review/feeds.ts) into an RSS response, with a guid that changes on every update. */
import rss from '@astrojs/rss';
import type { FeedItem } from '../review/feeds.ts';
import { withBase } from './url.ts';

/**
 * Most items a feed carries: the newest 50, as feeds usually do (a reader polls far more often than
 * the site gains 50 story updates). At 200, a year's story feeds took about 42 MB of the site.
 */
export const FEED_SIZE = 50;

/**
 * Most items a story's feed carries: the newest 25 claim changes (a new article changes a story's
 * claims a dozen at a time). The 534 story feeds of a generated year took 18 MB at 50.
 */
export const STORY_FEED_SIZE = 25;

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An RSS response for items, links absolute on `site`. */
export function feedResponse(
  items: readonly FeedItem[],
  options: { title: string; description: string; site: URL | undefined; size?: number },
): Promise<Response> {
  const root = new URL(withBase(''), options.site ?? 'http://localhost:4321');
  return rss({
    title: options.title,
    description: options.description,
    site: root.href,
    trailingSlash: true,
    items: items.slice(0, options.size ?? FEED_SIZE).map((item) => ({
      title: item.title,
      link: new URL(withBase(item.path), root).href,
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.description,
      categories: item.categories,
      // A new guid per update, so feed readers show a changed claim or story again.
      customData: `<guid isPermaLink="false">${escapeXml(new URL(withBase(item.guid), root).href)}</guid>`,
    })),
  });
}
