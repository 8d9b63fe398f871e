/** `/data/lastmod.json`: page path → the day it last changed (content dates), read by the sitemap for `lastmod`. */
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../../lib/analysis.ts';
import { jsonResponse } from '../../lib/export.ts';
import { pageDates } from '../../review/lastmod.ts';

export const GET: APIRoute = async () => jsonResponse(pageDates(await loadAnalysis()));
