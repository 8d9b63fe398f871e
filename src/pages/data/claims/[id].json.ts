/** `/data/claims/<id>.json`: one claim as in claims.json, for tools that follow one claim. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { jsonResponse, loadExport } from '../../../lib/export.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  return analysis.claims.map((claim) => ({ params: { id: claim.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadExport(site);
  const claim = data.claims.find((entry) => entry.id === params.id);
  if (!claim) throw new Error(`claim ${params.id} is missing from the export`);
  return jsonResponse({ generated: data.generated, claim });
};
