/** `/rss.xml`: the newest claims, dated by their latest evidence (content dates, so builds are reproducible). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadAnalysis } from '../lib/analysis.ts';
import { claimDates } from '../lib/claims.ts';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site.ts';
import { links, withBase } from '../lib/url.ts';
import { VERDICTS } from '../lib/verdicts.ts';

/** How many claims the feed carries. */
const FEED_SIZE = 200;

export const GET: APIRoute = async ({ site }) => {
  const analysis = await loadAnalysis();
  const items = analysis.claims
    .map((claim) => ({ claim, date: claimDates(claim, analysis).last }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.claim.id.localeCompare(b.claim.id))
    .slice(0, FEED_SIZE)
    .map(({ claim, date }) => ({
      title: `${VERDICTS[claim.verdict].label}: ${claim.statement}`,
      link: links.claim(claim.id),
      pubDate: new Date(`${date}T00:00:00Z`),
      description: claim.explanation,
      categories: [claim.verdict, ...claim.flags],
    }));
  return rss({
    title: `${SITE_NAME}: claims`,
    description: SITE_TAGLINE,
    site: new URL(withBase(''), site).href,
    items,
    trailingSlash: true,
  });
};
