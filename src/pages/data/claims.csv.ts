/** `/data/claims.csv`: the claim × outlet stance matrix. */
import type { APIRoute } from 'astro';
import { buildClaimsCsv } from '../../export/claims-csv.ts';
import { loadAnalysis } from '../../lib/analysis.ts';

export const GET: APIRoute = async () =>
  new Response(buildClaimsCsv(await loadAnalysis()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
