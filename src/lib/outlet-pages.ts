/**
 * An outlet's pages at scale: its record against the other outlets, the contested claims it is part
 * of (50 a page) and its articles (100 a page, newest first), so an outlet with hundreds of
 * articles still gets pages of a readable size. Computed once per outlet per build.
 */
import type { SiteAnalysis } from './analysis.ts';
import { byVerdict } from './verdicts.ts';
import type { ArticleEntry } from './content.ts';
import { outletRecord, type OutletRecord } from './outlet-stats.ts';
import type { ReviewedClaim } from '../review/types.ts';

/** Contested claims per page of an outlet. */
export const OUTLET_CLAIMS_PER_PAGE = 50;
/** Articles per page of an outlet. */
export const OUTLET_ARTICLES_PER_PAGE = 100;

/** What an outlet's pages show. */
export interface OutletPages {
  record: OutletRecord<ReviewedClaim>;
  /** Disputed and conflicting claims it supports, and claims it contradicts: contested first. */
  contested: ReviewedClaim[];
  /** Its articles, newest first. */
  articles: ArticleEntry[];
  /** How many pages the longer of the two lists takes. */
  lastPage: number;
}

const memo = new WeakMap<SiteAnalysis, Map<string, OutletPages>>();

/** The outlet's record, contested claims and articles (each outlet computed once per build). */
export function outletPages(analysis: SiteAnalysis, outletId: string): OutletPages {
  let byOutlet = memo.get(analysis);
  if (!byOutlet) {
    byOutlet = new Map();
    memo.set(analysis, byOutlet);
  }
  const known = byOutlet.get(outletId);
  if (known) return known;
  const record = outletRecord(outletId, analysis.claims);
  const contested = [...record.byVerdict.disputed, ...record.byVerdict.conflicting, ...record.contradicts].sort(byVerdict);
  const articles = analysis.content.articles
    .filter((article) => article.data.outlet === outletId)
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const lastPage = Math.max(1, Math.ceil(contested.length / OUTLET_CLAIMS_PER_PAGE), Math.ceil(articles.length / OUTLET_ARTICLES_PER_PAGE));
  const pages = { record, contested, articles, lastPage };
  byOutlet.set(outletId, pages);
  return pages;
}

/** The site path (without the base) of page `page` of an outlet: `outlets/<id>/`, `outlets/<id>/2/`. */
export function outletPath(id: string, page = 1): string {
  return `outlets/${id}/${page > 1 ? `${page}/` : ''}`;
}
