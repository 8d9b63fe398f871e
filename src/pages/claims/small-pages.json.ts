/**
 * The small pages of claims without a full page, as one list (src/lib/claim-small-pages.ts): the
 * integration in src/integrations/claim-small-pages.ts writes them to `claims/<id>/index.html` after
 * the build and removes this file.
 */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { smallPages } from '../../lib/claim-small-pages.ts';
import { links } from '../../lib/url.ts';

export const GET: APIRoute = async () => {
  const analysis = await loadAnalysis();
  return new Response(JSON.stringify(smallPages(analysis, links.article)), { headers: { 'content-type': 'application/json' } });
};
