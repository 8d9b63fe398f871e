/**
 * The build side of the page cache (src/lib/page-cache.ts). Astro's incremental build keeps a copy of
 * every page that has a `cacheKey` in its cache folder (`<cacheDir>/dist/`) and, on the next build,
 * keeps a page found already in the output folder when its key and its route's code are unchanged
 * ("(cached)" in the log), renders it over the old copy otherwise. Left to itself it copies each
 * page back one at a time between renders; at 45,000 pages that costs more than rendering the
 * changed ones. So this integration starts the build's file writer (file-writer.ts), which copies
 * the whole folder back on its own thread while Astro bundles and the analysis loads (the pages wait
 * for it: `storyPageCache()`), and at the end removes the copies no route generated this time (pages
 * of stories, articles or claims that are gone). `FACTCHECK_PAGE_CACHE=0` leaves the folder alone.
 */
import { rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FileWriter, shareBuildWriter } from './file-writer.ts';

/** Where Astro's incremental build keeps its copies of the cached pages, inside its cache folder. */
export const CACHED_PAGES_FOLDER = 'dist';

/** The file writer's job that puts the cached pages back. */
export const RESTORE_JOB = 'restore-cached-pages';

/** Removes the restored files (absolute paths) that nothing generated this time, and folders left empty; returns how many. */
export function removeUngenerated(dir: string, restored: readonly string[], generated: ReadonlySet<string>): number {
  let removed = 0;
  for (const file of restored) {
    if (generated.has(file)) continue;
    rmSync(file, { force: true });
    removed++;
    // Folders the file alone kept (claims/<id>/ of a claim that lost its page, say).
    for (let folder = path.dirname(file); folder.startsWith(`${dir}${path.sep}`); folder = path.dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        break;
      }
    }
  }
  return removed;
}

/** The integration factory; `enabled` is the page cache's switch (FACTCHECK_PAGE_CACHE). */
export default function pageCache(enabled: boolean): AstroIntegration {
  let root = '';
  let cached = '';
  let outDir = '';
  let writer: FileWriter | undefined;
  return {
    name: 'factcheck:page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cached = fileURLToPath(new URL(`${CACHED_PAGES_FOLDER}/`, config.cacheDir));
        outDir = fileURLToPath(config.outDir);
      },
      // After Astro has emptied the output folder, before it bundles and generates.
      'astro:build:setup': ({ logger }) => {
        if (writer) return;
        writer = new FileWriter(root);
        shareBuildWriter(writer);
        if (!enabled) return;
        const started = performance.now();
        writer.copyTree(RESTORE_JOB, cached, outDir).then(
          (files) => files.length > 0 && logger.info(`${files.length} cached pages put back in ${Math.round(performance.now() - started)} ms (on the file writer's thread)`),
          () => undefined,
        );
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        if (!writer) return;
        try {
          const restored = (await writer.job(RESTORE_JOB)) ?? [];
          if (restored.length === 0) return;
          const root = fileURLToPath(dir);
          // What the routes generated (rendered or kept), and what the writer's other jobs wrote (small claim pages).
          const generated = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...(await writer.writtenExcept(RESTORE_JOB))]);
          const removed = removeUngenerated(root.replace(/[\\/]$/, ''), restored, generated);
          if (removed > 0) logger.info(`${removed} cached pages that no route generated this time were removed`);
        } finally {
          await writer.close();
          shareBuildWriter(undefined);
          writer = undefined;
        }
      },
    },
  };
}
