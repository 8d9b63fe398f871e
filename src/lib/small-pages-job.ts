/**
 * Hands the small claim pages (claim-small-pages.ts) to the build's file writer once per build, as
 * soon as the analysis is loaded: the writer's write thread then writes them while its copy thread
 * puts the page cache's pages back and Astro renders, instead of after the list's route renders
 * late in the build (a rebuild that renders little otherwise waits for them at the end).
 */
import { buildWriter } from '../integrations/file-writer.ts';
import type { SiteAnalysis } from './analysis.ts';
import { writeWithBuild } from './build-files.ts';
import { SMALL_PAGES_JOB, smallPageFiles, smallPages, type SmallPage } from './claim-small-pages.ts';
import { links } from './url.ts';

const computed = new WeakMap<SiteAnalysis, SmallPage[]>();

/** The small pages of this analysis; in `astro build` they are handed to the file writer the first time. */
export function startSmallPages(analysis: SiteAnalysis): SmallPage[] {
  let pages = computed.get(analysis);
  if (!pages) {
    pages = smallPages(analysis, links.article);
    computed.set(analysis, pages);
  }
  const list = pages;
  if (!buildWriter()?.job(SMALL_PAGES_JOB)) writeWithBuild(SMALL_PAGES_JOB, () => smallPageFiles(list));
  return pages;
}
