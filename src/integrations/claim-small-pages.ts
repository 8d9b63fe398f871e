/**
 * Writes the small pages of claims without a full page, from the one list the build rendered
 * (`claims/small-pages.json`, src/lib/claim-small-pages.ts), then removes the list. Astro's page
 * pipeline costs about as much for a 600-byte page as for a full one; written here, tens of thousands
 * of them take a second or two. In a build the pages go to the build's file writer as soon as the
 * analysis is loaded (src/lib/small-pages-job.ts, file-writer.ts), so they are written on its write
 * thread while the cached pages are put back and the other pages render; this waits for that, and
 * writes again any small page the page cache put an old page over. Files only appear under `claims/<claim id>/`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SMALL_PAGES_JOB, SMALL_PAGES_LIST, smallPageFiles, type SmallPage } from '../lib/claim-small-pages.ts';
import { buildWriter } from './file-writer.ts';
import { RESTORE_JOB } from './page-cache.ts';

/**
 * Writes every small page listed in the built site `dir` (a folder URL) unless the build's file
 * writer already does, removes the list, and returns how many pages there are. The calls are
 * synchronous: nothing else runs meanwhile, and one call after another through the thread pool cost
 * more in waiting than in writing.
 */
export async function writeSmallPages(dir: URL): Promise<number> {
  const list = new URL(SMALL_PAGES_LIST, dir);
  const pages = JSON.parse(readFileSync(list, 'utf8')) as SmallPage[];
  const files = smallPageFiles(pages);
  const root = fileURLToPath(dir);
  const writeAll = (list: ReadonlyArray<readonly [string, string]>): void => {
    for (const [file, html] of list) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), html);
    }
  };
  const writer = buildWriter();
  const job = writer?.job(SMALL_PAGES_JOB);
  if (job) {
    await job;
    // The page cache puts its pages back on the writer's other thread at the same time: a claim that
    // had a page of its own last time and has a small page now may have had its old page put back
    // over the small one. The small page is this build's.
    const restored = new Set(await (writer?.job(RESTORE_JOB) ?? Promise.resolve([])));
    writeAll(files.filter(([file]) => restored.has(path.join(root, file))));
  } else writeAll(files);
  rmSync(list);
  return pages.length;
}

/** The integration factory. */
export default function claimSmallPages(): AstroIntegration {
  return {
    name: 'factcheck:claim-small-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(`${await writeSmallPages(dir)} small claim pages written`);
      },
    },
  };
}
