/** `/data/claims.json`: every story, article and claim with its verdict and evidence (shape in DESIGN.md). */
import type { APIRoute } from 'astro';
import { jsonResponse, loadExport } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(await loadExport(site));
