/**
 * Writes the small pages of claims without a full page after the build, from the one list the
 * build rendered (`claims/small-pages.json`, src/lib/claim-small-pages.ts), then removes the list.
 * Astro's page pipeline costs about as much for a 600-byte page as for a full one; written here,
 * tens of thousands of them take a second. Files only appear under `claims/<claim id>/`.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { SMALL_PAGES_LIST, type SmallPage } from '../lib/claim-small-pages.ts';

/** The claim id shape (src/review/claim-ids.ts): nothing else may name a folder. */
const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Writes every small page listed in the built site `dir` (a folder URL), removes the list, and returns how many it wrote. */
export async function writeSmallPages(dir: URL): Promise<number> {
  const list = new URL(SMALL_PAGES_LIST, dir);
  const pages = JSON.parse(await readFile(list, 'utf8')) as SmallPage[];
  for (const page of pages) {
    if (!CLAIM_ID.test(page.id)) throw new Error(`${SMALL_PAGES_LIST}: "${page.id}" is not a claim id`);
    const folder = new URL(`claims/${page.id}/`, dir);
    await mkdir(folder, { recursive: true });
    await writeFile(new URL('index.html', folder), page.html);
  }
  await rm(list);
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
