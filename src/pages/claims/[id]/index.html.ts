/**
 * `/claims/<slug>/` of every claim without a full page (src/lib/claim-pages.ts): a small page that
 * leads to the claim's sentence in its article, so every claim URL ever issued keeps resolving.
 * An endpoint, not an Astro page: no layout to render for tens of thousands of them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import { soleSentence } from '../../../lib/claim-pages.ts';
import { claimStubHtml } from '../../../lib/claim-stub.ts';
import { links } from '../../../lib/url.ts';

export const getStaticPaths = (async () => {
  const analysis = await loadAnalysis();
  return analysis.claims.flatMap((claim) => {
    const sole = soleSentence(claim);
    if (!sole) return [];
    const outlet = analysis.content.outletById.get(sole.outlet)?.data.name ?? sole.outlet;
    return [{ params: { id: claim.id }, props: { statement: claim.statement, outlet, href: links.article(sole.article, sole.sentenceId) } }];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ statement: string; outlet: string; href: string }> = ({ props, site }) =>
  new Response(claimStubHtml({ ...props, canonical: new URL(props.href, site).href }), { headers: { 'content-type': 'text/html; charset=utf-8' } });
