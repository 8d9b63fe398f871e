/**
 * The small pages of claims without a full page, as one list (src/lib/claim-small-pages.ts): the
 * integration in src/integrations/claim-small-pages.ts makes sure they are written to
 * `claims/<id>/index.html` after the build and removes this file. In a build the pages go to the
 * build's file writer as soon as the analysis is loaded (src/lib/small-pages-job.ts), so they are
 * written on its thread while the other pages render.
 */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { startSmallPages } from '../../lib/small-pages-job.ts';

export const GET: APIRoute = async () => {
  const pages = startSmallPages(await loadAnalysis());
  return new Response(JSON.stringify(pages), { headers: { 'content-type': 'application/json' } });
};
