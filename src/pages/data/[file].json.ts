/**
 * `/data/claims.json`: the whole public export in the DESIGN.md shape (stories, articles, claims,
 * corrections), the one copy of the site's claims as data (src/export/claims-json.ts). In a build it
 * goes to the build's file writer (src/lib/build-files.ts): 60 MB at 10,000 articles, which took the
 * build's own thread seconds to pass through Astro's page pipeline every build; `astro dev` serves it
 * from here. (`data/lastmod.json` is a route of its own: the sitemap reads it from the output folder.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from 'astro:config/server';
import { writeWithBuild } from '../../lib/build-files.ts';
import { jsonText, loadExport } from '../../lib/export.ts';

export const getStaticPaths = (async () => {
  const text = jsonText(await loadExport(site));
  if (writeWithBuild('data-claims-json', () => [['data/claims.json', text]])) return [];
  return [{ params: { file: 'claims' } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(jsonText(await loadExport(site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
