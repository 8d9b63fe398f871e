/**
 * Files the rendering code hands to the build's file writer (src/integrations/file-writer.ts) instead
 * of returning them as pages: in `astro build` they are written on the writer's thread while Astro
 * renders the rest, without Astro's per-page pipeline, which costs about a millisecond a file (the
 * 9,000 files of the search index at 10,000 articles, 44,000 small claim pages).
 */
import { fileURLToPath } from 'node:url';
import { outDir } from 'astro:config/server';
import { buildWriter } from '../integrations/file-writer.ts';

/**
 * Writes `files` (`[path under the output folder, contents]`) as the named job when a build's writer
 * runs, and says whether it did; outside `astro build` it writes nothing and returns false (the
 * caller serves the files as pages, as `astro dev` needs).
 */
export function writeWithBuild(job: string, files: () => Array<[string, string]>): boolean {
  const writer = buildWriter();
  if (!writer) return false;
  writer.write(job, fileURLToPath(outDir), files());
  return true;
}
