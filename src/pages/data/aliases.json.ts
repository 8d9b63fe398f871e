/** `/data/aliases.json`: sentence hash → current claim id, for the 404 page's permalink redirects. */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { buildAliasMap } from '../../lib/aliases.ts';

export const GET: APIRoute = async () => {
  const analysis = await loadAnalysis();
  return new Response(JSON.stringify(buildAliasMap(analysis.claims)), { headers: { 'Content-Type': 'application/json' } });
};
