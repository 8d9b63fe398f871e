/**
 * Page-level incremental builds. The pages that show one story only (its story pages and feed, its
 * articles' pages, its claims' pages and share cards) and the pages of a person or an organisation
 * get a `cacheKey` in `getStaticPaths`: a digest of everything they read (src/lib/page-keys.ts). Astro's incremental build
 * (`experimental.incrementalBuild`, astro.config.mjs) keeps such a page from its cache folder
 * (`<cacheDir>/dist/`, put back by src/integrations/page-cache.ts) instead of rendering it when both
 * its key and the hash of its route's code (the module graph with styles, scripts and their built
 * names; the config; the lockfile) are the last build's. So a rebuild after one article renders that
 * story's pages, the pages of the people and organisations its claims name, and the site-wide ones
 * (home, lists, outlets, data), and keeps the rest. `FACTCHECK_PAGE_CACHE=0` turns it off.
 */
import { site } from 'astro:config/server';
import { buildWriter } from '../integrations/file-writer.ts';
import { RESTORE_JOB } from '../integrations/page-cache.ts';
import { loadAnalysis, type SiteAnalysis } from './analysis.ts';
import { relatedItems } from './claims.ts';
import { pageKeys } from './page-keys.ts';
import { claimCardImage } from './share-cards.ts';
import { startSmallPages } from './small-pages-job.ts';
import { links, withBase } from './url.ts';

/** Whether pages are cached (`FACTCHECK_PAGE_CACHE=0` turns it off; astro.config.mjs reads the same switch). */
export function pageCacheEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['FACTCHECK_PAGE_CACHE'] !== '0';
}

const computed = new WeakMap<SiteAnalysis, ReturnType<typeof pageKeys>>();

/** The keys of every story's and every entity's pages, computed once per build. */
function keysOf(analysis: SiteAnalysis): ReturnType<typeof pageKeys> {
  let keys = computed.get(analysis);
  if (!keys) {
    const started = performance.now();
    keys = pageKeys(analysis, {
      site: [site ?? null, withBase('')],
      related: (claim) => relatedItems(claim, analysis, links.claimAt),
      claimHref: links.claimAt,
      card: (claim) => claimCardImage(claim, analysis),
    });
    computed.set(analysis, keys);
    console.info(`[page-cache] keys of ${keys.stories.size} stories' and ${keys.entities.size} entities' pages in ${Math.round(performance.now() - started)} ms`);
  }
  return keys;
}

/** What a route spreads into a path: `{ cacheKey }`, or nothing (the page is always rendered). */
type CacheKeyOf = (id: string) => { cacheKey: string } | Record<string, never>;

/** The `cacheKey` lookup for one kind of page, or one that gives none when the page cache is off or outside `astro build`. */
async function cacheKeys(kind: 'stories' | 'entities'): Promise<CacheKeyOf> {
  // Only in `astro build` (its integration starts the file writer): `import.meta.env.DEV` is true in a
  // build run with NODE_ENV=test, as the build tests run it.
  const writer = buildWriter();
  if (!writer || !pageCacheEnabled()) return () => ({});
  const analysis = await loadAnalysis();
  const keys = keysOf(analysis)[kind];
  // The small claim pages go to the writer's write thread now, while its copy thread puts the cached pages back.
  startSmallPages(analysis);
  // Astro keeps a cached page only if it finds it in the output folder: the copies must all be back
  // before it generates the first page (every route's paths are collected before that).
  await writer.job(RESTORE_JOB);
  return (id) => {
    const cacheKey = keys.get(id);
    return cacheKey === undefined ? {} : { cacheKey };
  };
}

/** For the `getStaticPaths` of a story's pages: from a story id to what to spread into each path (see cacheKeys). */
export function storyPageCache(): Promise<CacheKeyOf> {
  return cacheKeys('stories');
}

/** For the `getStaticPaths` of a person's or an organisation's pages: from an entity id to what to spread into each path. */
export function entityPageCache(): Promise<CacheKeyOf> {
  return cacheKeys('entities');
}
