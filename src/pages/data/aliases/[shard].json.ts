/**
 * `/data/aliases/<xx>.json`: one shard of the permalink alias map (src/review/aliases.ts), read by the
 * 404 page to find where an old claim URL leads. Shards are named by two hex digits of the URL's hash.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadAnalysis } from '../../../lib/analysis.ts';
import type { AliasShard } from '../../../review/alias-resolve.ts';
import { buildAliasShards } from '../../../review/aliases.ts';

export const getStaticPaths = (async () => {
  const shards = buildAliasShards(await loadAnalysis());
  return [...shards].map(([shard, data]) => ({ params: { shard }, props: { data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { data: AliasShard }).data), { headers: { 'Content-Type': 'application/json' } });
