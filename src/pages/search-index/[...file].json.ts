/**
 * The search index, written at build time under `search-index/` (meta.json, vocab/, postings/, docs/,
 * text/; see src/search/index-format.ts). The browser fetches only the files a query needs.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { siteSearchIndex } from '../../lib/search-index.ts';

export const getStaticPaths = (async () => {
  const files = await siteSearchIndex(await loadAnalysis());
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchIndex(await loadAnalysis());
  const data = files.get(params.file ?? '');
  if (data === undefined) throw new Error(`search index: no file ${params.file}`);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
