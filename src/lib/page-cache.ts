/**
 * Page-level incremental builds. The pages that show one story only (its story pages and feed, its
 * articles' pages, its claims' pages and share cards) get a `cacheKey` in `getStaticPaths`: a digest
 * of everything they read (src/lib/page-keys.ts). Astro's incremental build
 * (`experimental.incrementalBuild`, astro.config.mjs) keeps such a page from its cache folder
 * (`<cacheDir>/dist/`, put back by src/integrations/page-cache.ts) instead of rendering it when both
 * its key and the hash of its route's code (the module graph with styles, scripts and their built
 * names; the config; the lockfile) are the last build's. So a rebuild after one article renders that
 * story's pages and the site-wide ones (home, lists, people, outlets, search, data) and keeps the
 * rest. `FACTCHECK_PAGE_CACHE=0` turns it off.
 */
import { site } from 'astro:config/server';
import { buildWriter } from '../integrations/file-writer.ts';
import { RESTORE_JOB } from '../integrations/page-cache.ts';
import { loadAnalysis, type SiteAnalysis } from './analysis.ts';
import { relatedClaims } from './claims.ts';
import { storyPageKeys } from './page-keys.ts';
import { claimCardImage } from './share-cards.ts';
import { links, withBase } from './url.ts';

/** Whether pages are cached (`FACTCHECK_PAGE_CACHE=0` turns it off; astro.config.mjs reads the same switch). */
export function pageCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['FACTCHECK_PAGE_CACHE'] !== '0';
}

const computed = new WeakMap<SiteAnalysis, Map<string, string>>();

/** The keys of every story's pages, computed once per build. */
function keysOf(analysis: SiteAnalysis): Map<string, string> {
  let keys = computed.get(analysis);
  if (!keys) {
    const started = performance.now();
    keys = storyPageKeys(analysis, {
      site: [site ?? null, withBase('')],
      related: (claim) => relatedClaims(claim, analysis),
      claimHref: links.claimAt,
      card: (claim) => claimCardImage(claim, analysis),
    });
    computed.set(analysis, keys);
    console.info(`[page-cache] keys of ${keys.size} stories' pages in ${Math.round(performance.now() - started)} ms`);
  }
  return keys;
}

/**
 * For a route's `getStaticPaths`: a function from a story id to what to spread into each path of that
 * story's pages, `{ cacheKey }`, or nothing (the page is always rendered) when the page cache is off
 * or outside `astro build`.
 */
export async function storyPageCache(): Promise<(storyId: string) => { cacheKey: string } | Record<string, never>> {
  // Only in `astro build` (its integration starts the file writer): `import.meta.env.DEV` is true in a
  // build run with NODE_ENV=test, as the build tests run it.
  const writer = buildWriter();
  if (!writer || !pageCacheEnabled()) return () => ({});
  const keys = keysOf(await loadAnalysis());
  // Astro keeps a cached page only if it finds it in the output folder: the copies must all be back
  // before it generates the first page (every route's paths are collected before that).
  await writer.job(RESTORE_JOB);
  return (storyId) => {
    const cacheKey = keys.get(storyId);
    return cacheKey === undefined ? {} : { cacheKey };
  };
}
