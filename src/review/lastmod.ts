/**
 * The day each page last changed, from content dates only, for the sitemap's `lastmod`: a claim page
 * by its `dateModified`, a story page by its newest article, claim change or correction, an article page
 * by when it appeared and the changes of the claims it holds; lists by the newest of everything.
 */
import { appearedOn } from './claim-ids.ts';
import type { ReviewedAnalysis } from './types.ts';

/** Site-relative page path (`claims/x/`, `` for the home page) → `YYYY-MM-DD`. */
export function pageDates(analysis: ReviewedAnalysis): Record<string, string> {
  const dates = new Map<string, string>();
  const bump = (path: string, date: string): void => {
    if (date && date > (dates.get(path) ?? '')) dates.set(path, date);
  };
  for (const article of analysis.articles) {
    bump(`articles/${article.id}/`, appearedOn(article));
    bump(`stories/${article.story}/`, appearedOn(article));
  }
  for (const claim of analysis.claims) {
    bump(`claims/${claim.id}/`, claim.dateModified);
    bump(`stories/${claim.story}/`, claim.dateModified);
    for (const e of claim.evidence) bump(`articles/${e.article}/`, claim.dateModified);
  }
  for (const correction of analysis.corrections) {
    bump(`stories/${correction.story}/`, correction.date);
    bump('corrections/', correction.date);
  }
  const newest = [...dates.values()].sort().at(-1);
  if (newest) for (const path of ['', 'claims/', 'corrections/']) bump(path, newest);
  return Object.fromEntries([...dates.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}
