/**
 * `lastmod` for the sitemap: @astrojs/sitemap's `serialize` hook, run after the pages are written,
 * looks each URL up in `/data/lastmod.json` (src/review/lastmod.ts), so the dates come from content.
 * The file is the build's note to itself (the sitemap publishes the dates): `dropLastmodFile`
 * removes it once the sitemap is written, 6 MB at 10,000 articles.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** Where the lastmod endpoint writes the dates, under the output folder. */
const LASTMOD_FILE = ['data', 'lastmod.json'] as const;

/** A `serialize` function for @astrojs/sitemap that adds each page's `lastmod` from the built site. */
export function lastmodFromBuild(outDir: string, base: string): (item: SitemapItem) => SitemapItem {
  let dates: Record<string, string> | undefined;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (item) => {
    dates ??= JSON.parse(readFileSync(path.resolve(outDir, ...LASTMOD_FILE), 'utf8')) as Record<string, string>;
    const pathname = new URL(item.url).pathname;
    const page = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\//, '');
    const date = dates[page];
    return date ? { ...item, lastmod: date } : item;
  };
}

/** An integration, listed after the sitemap's, that deletes `/data/lastmod.json` once the sitemap has read it. */
export function dropLastmodFile(outDir: string): AstroIntegration {
  return {
    name: 'drop-lastmod-file',
    hooks: {
      'astro:build:done': () => rmSync(path.resolve(outDir, ...LASTMOD_FILE), { force: true }),
    },
  };
}

/**
 * The order @astrojs/sitemap sorts its URLs in (`generate-sitemap.js`): `localeCompare(b, 'en', {
 * numeric: true })`, which makes a collator for every comparison. One collator gives the same order.
 */
const SITEMAP_ORDER = new Intl.Collator('en', { numeric: true });

/** The build:done hook's options (Astro gives each integration its own copy of the page list). */
type BuildDoneOptions = Parameters<NonNullable<AstroIntegration['hooks']['astro:build:done']>>[0];

/**
 * The sitemap integration, handed the built pages in the order it sorts their URLs in, sorted with one
 * collator. It sorts them again (a stable sort, which then only checks the order), so its file is the
 * same; sorting 90,000 URLs with a collator per comparison took it about 2 s of a 10,000-article
 * rebuild. Every URL is the site's address and base followed by the page's path, so the paths are compared.
 */
export function withPagesInSitemapOrder(sitemap: AstroIntegration): AstroIntegration {
  const done = sitemap.hooks['astro:build:done'];
  if (!done) return sitemap;
  const path = (page: { pathname: string }): string => page.pathname.replace(/^\//, '');
  return {
    ...sitemap,
    hooks: {
      ...sitemap.hooks,
      'astro:build:done': (options: BuildDoneOptions) => done({ ...options, pages: [...options.pages].sort((a, b) => SITEMAP_ORDER.compare(path(a), path(b))) }),
    },
  };
}
