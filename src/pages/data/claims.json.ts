/**
 * `/data/claims.json`: the index of the public data. Every story with its claim count and the URL of
 * its claims file (`/data/stories/<id>.json`, in the DESIGN.md shape), every article, every correction.
 */
import type { APIRoute } from 'astro';
import { jsonResponse, loadExports } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse((await loadExports(site)).index);
