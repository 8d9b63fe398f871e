/** `/data/claims/<id>.json`: one claim as in claims.json, for tools that follow one claim. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportClaim } from '../../../export/claims-json.ts';
import { jsonResponse, loadExport } from '../../../lib/export.ts';

export const getStaticPaths = (async () => {
  // Endpoint context has `site`; getStaticPaths does not, so read the same configured value.
  const data = await loadExport(new URL(import.meta.env.SITE));
  return data.claims.map((claim) => ({ params: { id: claim.id }, props: { claim, generated: data.generated } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { claim, generated } = props as { claim: ExportClaim; generated: string };
  return jsonResponse({ generated, claim });
};
