/**
 * `/claims/<slug>/` of a claim without a full page, for `astro dev` only. A build renders all of
 * them as one list (small-pages.json.ts) that an integration writes out as files: one render
 * instead of tens of thousands (src/integrations/claim-small-pages.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { smallPages } from '../../../lib/claim-small-pages.ts';
import { links } from '../../../lib/url.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.PROD) return [];
  const analysis = await loadAnalysis();
  return smallPages(analysis, links.article, undefined).map((page) => ({ params: { id: page.id }, props: { id: page.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ id: string }> = async ({ props, site }) => {
  const analysis = await loadAnalysis();
  const page = smallPages(analysis, links.article, site).find((candidate) => candidate.id === props.id);
  return new Response(page?.html ?? '', { status: page ? 200 : 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
};
