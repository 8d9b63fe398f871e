/**
 * `/data/claims.json`: the whole public export in the DESIGN.md shape (stories, articles, claims,
 * corrections), the one copy of the site's claims as data (src/export/claims-json.ts).
 */
import type { APIRoute } from 'astro';
import { jsonResponse, loadExport } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(await loadExport(site));
