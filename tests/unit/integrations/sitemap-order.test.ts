/**
 * The built pages are put in the sitemap's own order before @astrojs/sitemap sorts them, so its sort
 * finds them sorted and the sitemap lists the same URLs in the same order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { presortSitemapPages } from '../../../src/integrations/sitemap-lastmod.ts';

const SITE = 'https://example.org/factcheck/';

/** Paths as the build reports them: numbered pages, months, hex tails with leading zeros, the home page. */
const PATHS = [
  '/claims/10/',
  '',
  '/claims/2/',
  '/stories/month/2025-10/page/2/',
  '/stories/month/2025-02/',
  '/claims/bridge-reopened-0a1b2c3d4e5f/',
  '/claims/bridge-reopened-a1b2c3d4e5f0/',
  '/people/page/9/',
  '/people/page/10/',
  '/articles/daily-planet-bridge-2/',
  '/articles/daily-planet-bridge/',
  '/articles/Daily-planet-bridge/',
  '/outlets/wire-one/',
  '/stories/',
  '/claims/',
  '/people/anna-berg/3/',
  '/people/anna-berg/12/',
];

/** What @astrojs/sitemap does with the pages: their URLs, sorted with its comparator (generate-sitemap.js). */
function sitemapOrder(pages: ReadonlyArray<{ pathname: string }>): string[] {
  const urls = pages.map((page) => new URL(page.pathname.replace(/^\//, ''), SITE).href);
  return urls.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

async function presorted(paths: readonly string[]): Promise<Array<{ pathname: string }>> {
  const pages = paths.map((pathname) => ({ pathname }));
  const hook = presortSitemapPages().hooks['astro:build:done'] as (options: { pages: Array<{ pathname: string }> }) => Promise<void> | void;
  await hook({ pages });
  return pages;
}

describe('pages put in the sitemap order', () => {
  test('are already in the order the sitemap sorts their URLs in', async () => {
    const pages = await presorted(PATHS);
    expect(pages.map((page) => new URL(page.pathname.replace(/^\//, ''), SITE).href)).toEqual(sitemapOrder(PATHS.map((pathname) => ({ pathname }))));
  });

  test('give the sitemap the same URLs in the same order as pages in any other order', async () => {
    const reversed = [...PATHS].reverse();
    expect(sitemapOrder(await presorted(reversed))).toEqual(sitemapOrder(PATHS.map((pathname) => ({ pathname }))));
  });

  test('numbered pages in numeric order', async () => {
    const order = (await presorted(['/claims/10/', '/claims/9/', '/claims/2/'])).map((page) => page.pathname);
    expect(order).toEqual(['/claims/2/', '/claims/9/', '/claims/10/']);
  });
});

test("the config lists the integration before the sitemap's, whose hook then finds the pages sorted", () => {
  const config = readFileSync(path.resolve(import.meta.dirname, '../../../astro.config.mjs'), 'utf8');
  const list = config.slice(config.indexOf('integrations: ['));
  expect(list.indexOf('presortSitemapPages()')).toBeGreaterThan(-1);
  expect(list.indexOf('presortSitemapPages()')).toBeLessThan(list.indexOf('sitemap({'));
});
