// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { cardCacheFolder } from './src/cards/version.ts';
import claimSmallPages from './src/integrations/claim-small-pages.ts';
import contentGuard from './src/integrations/content-guard.ts';
import pageCache from './src/integrations/page-cache.ts';
import { dropLastmodFile, lastmodFromBuild, withPagesInSitemapOrder } from './src/integrations/sitemap-lastmod.ts';
import siteUrlGuard from './src/integrations/site-url-guard.ts';
import { articleRemarkPlugins, articleSafetyPlugins, remarkRehypeOptions } from './src/markdown/pipeline.ts';
import { pluginVersion } from './src/markdown/plugin-version.ts';
import rehypeSentences from './src/markdown/rehype-sentences.ts';

// GitHub Pages serves a project site under /<repository>/: the workflow sets BASE_PATH and SITE_URL.
const base = process.env.BASE_PATH ?? '/';
// A production build (CI or NODE_ENV=production) without SITE_URL stops: see site-url-guard.ts.
const environment = { ...process.env };
// Astro writes the values of environment variables whose names occur in a module that reads
// `import.meta.env` whole into that module's code (its actions runtime does), and so into the hash
// that decides whether a cached page can be reused (src/lib/page-cache.ts). `_` occurs in any code,
// and the shell sets it to the last command it ran: the same site built by `npm run build` and by
// `npx astro build` would never share a cached page. The site never reads it.
delete process.env._;
const site = process.env.SITE_URL || 'http://localhost:4321';
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro';
const pageCacheOn = process.env.FACTCHECK_PAGE_CACHE !== '0';
// Share cards drawn by earlier builds are reused from here (src/cards/cache.ts).
process.env.SHARE_CARD_CACHE ??= cardCacheFolder(cacheDir);

/** @param {{ name: string }} chunk */
function shortScriptName(chunk) {
  const name = chunk.name.replace(/\.astro_astro_type_script_index_(\d+)_lang$/, (_, index) => (index === '0' ? '' : `-${index}`));
  return `_astro/${name.replace(/[^\w-]/g, '_')}.[hash].js`;
}

export default defineConfig({
  site,
  base,
  // Tests and the benchmark build several sites side by side; each gets its own output and cache.
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Two pages at a time: while one page's files are written (to the output folder and, for a page with
  // a cacheKey, to the page cache's folder: two new files each, a good part of a millisecond of the
  // kernel's time on a busy machine), the next one renders. Rendering is one thread's work either way;
  // the order of the sitemap and every file's bytes stay the same (tests/build/analysis-cache.test.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 2 },
  // One stylesheet for every page (cached once, not a different set of chunks per kind of page).
  vite: {
    build: { cssCodeSplit: false, assetsInlineLimit: 0 },
    // A component's script is named after the component (`SearchBox.<hash>.js`), not Vite's
    // `SearchBox.astro_astro_type_script_index_0_lang.<hash>.js`: every page links two or three.
    environments: { client: { build: { rolldownOptions: { output: { entryFileNames: shortScriptName, chunkFileNames: shortScriptName } } } } },
  },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      // The same dialect and sanitizing steps as the engine (src/markdown/pipeline.ts); smart
      // quotes off so the page shows the article's own characters.
      gfm: false,
      smartypants: false,
      remarkPlugins: articleRemarkPlugins,
      remarkRehype: remarkRehypeOptions,
      rehypePlugins: [...articleSafetyPlugins, [rehypeSentences, { version: pluginVersion() }]],
    }),
  },
  // Pages of one story carry a cacheKey (src/lib/page-cache.ts): a rebuild keeps those whose story
  // is unchanged from the cache folder instead of rendering them. FACTCHECK_PAGE_CACHE=0 turns it off.
  experimental: { incrementalBuild: pageCacheOn },
  // The Content-Security-Policy is one short <meta> written by the layout (src/lib/csp.ts).
  // After the pages, the sitemap is written first: it needs only the list of pages, and the file
  // writer's thread goes on with the small claim pages meanwhile, which claimSmallPages then waits
  // for before pageCache stops that thread.
  integrations: [
    siteUrlGuard(environment),
    contentGuard(),
    withPagesInSitemapOrder(sitemap({ serialize: lastmodFromBuild(outDir, base) })),
    dropLastmodFile(outDir),
    claimSmallPages(),
    pageCache(pageCacheOn),
  ],
});
