/** `/data/stories/<id>.json`: one story's articles, claims and corrections, in the shape of the whole export (DESIGN.md). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ClaimsExport } from '../../../export/claims-json.ts';
import { jsonResponse, loadExports } from '../../../lib/export.ts';

export const getStaticPaths = (async () => {
  // Endpoint context has `site`; getStaticPaths does not, so read the same configured value.
  const { stories } = await loadExports(new URL(import.meta.env.SITE));
  return [...stories].map(([id, data]) => ({ params: { id }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => jsonResponse((props as { data: ClaimsExport }).data);
