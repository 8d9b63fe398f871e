/**
 * `lastmod` for the sitemap: @astrojs/sitemap's `serialize` hook, run after the pages are written,
 * looks each URL up in `/data/lastmod.json` (src/review/lastmod.ts), so the dates come from content.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

/** A `serialize` function for @astrojs/sitemap that adds each page's `lastmod` from the built site. */
export function lastmodFromBuild(outDir: string, base: string): (item: SitemapItem) => SitemapItem {
  let dates: Record<string, string> | undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (item) => {
    dates ??= JSON.parse(readFileSync(path.resolve(outDir, 'data', 'lastmod.json'), 'utf8')) as Record<string, string>;
    const pathname = new URL(item.url).pathname;
    const page = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
    const date = dates[page];
    return date ? { ...item, lastmod: date } : item;
  };
}
