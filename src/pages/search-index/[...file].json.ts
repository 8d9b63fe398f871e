/**
 * The search index, written at build time under `search-index/` (meta.json, vocab/, postings/, docs/,
 * text/; see src/search/index-format.ts). The browser fetches only the files a query needs. In a
 * build the files go to the build's file writer (src/lib/build-files.ts), 9,000 of them at 10,000
 * articles; `astro dev` serves them from here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { writeWithBuild } from '../../lib/build-files.ts';
import { siteSearchIndex } from '../../lib/search-index.ts';
import { INDEX_DIR } from '../../search/keys.ts';

export const getStaticPaths = (async () => {
  const files = await siteSearchIndex(await loadAnalysis());
  if (writeWithBuild('search-index', () => [...files].map(([file, data]) => [`${INDEX_DIR}/${file}.json`, JSON.stringify(data)]))) return [];
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await siteSearchIndex(await loadAnalysis());
  const data = files.get(params.file ?? '');
  if (data === undefined) throw new Error(`search index: no file ${params.file}`);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
