/**
 * The sitemap integration is handed the built pages already in the order it sorts their URLs in, so
 * its own sort finds them sorted; the sitemap it writes is the same file as without the wrapper.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { withPagesInSitemapOrder } from '../../../src/integrations/sitemap-lastmod.ts';

const SITE = 'https://example.org';
const BASE = '/factcheck/';

/** Paths as the build reports them: numbered pages, months, hex tails with leading zeros, the home page. */
const PATHS = [
  'claims/10/',
  '',
  'claims/2/',
  'stories/month/2025-10/page/2/',
  'stories/month/2025-02/',
  'claims/bridge-reopened-0a1b2c3d4e5f/',
  'claims/bridge-reopened-a1b2c3d4e5f0/',
  'people/page/9/',
  'people/page/10/',
  'articles/daily-planet-bridge-2/',
  'articles/daily-planet-bridge/',
  'articles/Daily-planet-bridge/',
  'outlets/wire-one/',
  'stories/',
  'claims/',
  'people/anna-berg/3/',
  'people/anna-berg/12/',
];

type Hooks = Record<string, (options: unknown) => unknown>;

/** Runs an integration's hooks as a build of `paths` would, and returns the files it wrote. */
async function build(integration: AstroIntegration, paths: readonly string[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sitemap-order-'));
  const hooks = integration.hooks as unknown as Hooks;
  const logger = { info: () => undefined, warn: () => undefined, error: (message: string) => { throw new Error(message); } };
  await hooks['astro:routes:resolved']?.({ routes: [], logger });
  await hooks['astro:config:done']?.({ config: { site: SITE, base: BASE, trailingSlash: 'always', build: { format: 'directory' } }, logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${dir}/`), pages: paths.map((pathname) => ({ pathname })), assets: new Map(), logger });
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}

describe('the sitemap handed its pages in order', () => {
  test('writes the same files as the sitemap alone, whatever order the pages came in', async () => {
    for (const paths of [PATHS, [...PATHS].reverse()]) {
      const plain = await build(sitemap(), paths);
      expect(plain['sitemap-0.xml']).toContain(`<loc>${SITE}${BASE}claims/10/</loc>`);
      expect(await build(withPagesInSitemapOrder(sitemap()), paths)).toEqual(plain);
    }
  });

  test('hands the pages over in the order the sitemap sorts their URLs in, with the other options as they were', async () => {
    const seen: Array<{ pages: Array<{ pathname: string }>; dir: unknown }> = [];
    const spy: AstroIntegration = { name: 'spy', hooks: { 'astro:build:done': (options) => void seen.push(options as never) } };
    const dir = new URL('file:///tmp/out/');
    await (withPagesInSitemapOrder(spy).hooks as unknown as Hooks)['astro:build:done']?.({ dir, pages: PATHS.map((pathname) => ({ pathname })), logger: {} });
    const urls = (seen[0]?.pages ?? []).map((page) => new URL(page.pathname, `${SITE}${BASE}`).href);
    expect(urls).toEqual([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(urls).toHaveLength(PATHS.length);
    expect(seen[0]?.dir).toBe(dir);
  });

  test('numbered pages in numeric order', async () => {
    const seen: Array<{ pages: Array<{ pathname: string }> }> = [];
    const spy: AstroIntegration = { name: 'spy', hooks: { 'astro:build:done': (options) => void seen.push(options as never) } };
    await (withPagesInSitemapOrder(spy).hooks as unknown as Hooks)['astro:build:done']?.({ pages: ['/claims/10/', '/claims/9/', '/claims/2/'].map((pathname) => ({ pathname })) });
    expect(seen[0]?.pages.map((page) => page.pathname)).toEqual(['/claims/2/', '/claims/9/', '/claims/10/']);
  });
});

test('the config wraps the sitemap integration', () => {
  const config = readFileSync(path.resolve(import.meta.dirname, '../../../astro.config.mjs'), 'utf8');
  expect(config).toMatch(/withPagesInSitemapOrder\(sitemap\(/);
});
