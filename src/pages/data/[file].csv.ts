/**
 * `/data/claims.csv`: the claim × outlet stance matrix (src/export/claims-csv.ts). In a build it goes
 * to the build's file writer (src/lib/build-files.ts), as claims.json does; `astro dev` serves it from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildClaimsCsv } from '../../export/claims-csv.ts';
import { loadAnalysis } from '../../lib/analysis.ts';
import { writeWithBuild } from '../../lib/build-files.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  if (writeWithBuild('data-claims-csv', () => [['data/claims.csv', buildClaimsCsv(analysis)]])) return [];
  return [{ params: { file: 'claims' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(buildClaimsCsv(await loadAnalysis()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
