/**
 * The small pages of claims without a full page, as one list (src/lib/claim-small-pages.ts): the
 * integration in src/integrations/claim-small-pages.ts makes sure they are written to
 * `claims/<id>/index.html` after the build and removes this file. In a build the pages go to the
 * build's file writer at once, so they are written on its thread while the other pages render.
 */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { writeWithBuild } from '../../lib/build-files.ts';
import { SMALL_PAGES_JOB, smallPageFiles, smallPages } from '../../lib/claim-small-pages.ts';
import { links } from '../../lib/url.ts';

export const GET: APIRoute = async () => {
  const analysis = await loadAnalysis();
  const pages = smallPages(analysis, links.article);
  writeWithBuild(SMALL_PAGES_JOB, () => smallPageFiles(pages));
  return new Response(JSON.stringify(pages), { headers: { 'content-type': 'application/json' } });
};
