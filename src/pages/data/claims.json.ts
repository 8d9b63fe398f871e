/**
 * `/data/claims.json`: the whole public export in the DESIGN.md shape (stories, articles, claims,
 * corrections), each story also with its claim count and the URL of its own file
 * (`/data/stories/<id>.json`, the same shape for that story alone).
 */
import type { APIRoute } from 'astro';
import { jsonResponse, loadExports } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse((await loadExports(site)).site);
