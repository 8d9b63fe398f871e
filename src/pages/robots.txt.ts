/** `/robots.txt`: everything may be crawled; the sitemap is named with its absolute URL. */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/url.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain' } });
};
