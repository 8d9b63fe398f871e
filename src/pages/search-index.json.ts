/**
 * The search index, written at build time to `search-index.json` (under the base path): the Fuse
 * index of every claim, article and person, packed (see src/search/payload.ts). The browser fetches
 * it only when a reader starts searching.
 */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../lib/analysis.ts';
import { buildSearchPayload, serializePayload } from '../search/build-index.ts';
import { searchRecords } from '../search/documents.ts';

export const GET: APIRoute = async () => {
  const analysis = await loadAnalysis();
  const body = serializePayload(buildSearchPayload(searchRecords(analysis)));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
