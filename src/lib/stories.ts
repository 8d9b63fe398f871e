/**
 * Story listings and story pages at scale: which stories count as contested, the filtered and
 * paginated story lists (`/stories/`), the pages of a long story's claims, and its publication
 * timeline. Plain data from the analysis, so pages stay thin.
 */
import type { StoryAnalysis } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { byVerdict, VERDICT_ORDER } from './verdicts.ts';
import type { ArticleEntry } from './content.ts';

/** Stories per page of `/stories/`. */
export const STORIES_PER_PAGE = 20;
/** Claims per page of a story. */
export const CLAIMS_PER_PAGE = 50;

/** Disputed plus conflicting claims: what makes a story worth a reader's scrutiny. */
export function contestedCount(story: StoryAnalysis): number {
  return story.counts.disputed + story.counts.conflicting;
}

/** Newest first (by the story's date), then by id. */
export function byNewest(a: StoryAnalysis, b: StoryAnalysis): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** Most contested claims first, then newest. */
export function byMostContested(a: StoryAnalysis, b: StoryAnalysis): number {
  return contestedCount(b) - contestedCount(a) || byNewest(a, b);
}

/** A filter of the story list. */
export interface StoryFilter {
  /** Only stories with at least one disputed or conflicting claim. */
  contested: boolean;
  /** Only stories of this month (`YYYY-MM`), or all. */
  month: string | null;
}

/** The site path of a filtered list page (without the base), e.g. `stories/contested/month/2025-02/page/2/`. */
export function storyListPath(filter: StoryFilter, page = 1): string {
  return `stories/${filter.contested ? 'contested/' : ''}${filter.month ? `month/${filter.month}/` : ''}${page > 1 ? `page/${page}/` : ''}`;
}

/** Words a story id may not be, because the story list's filters use them as path segments. */
export const RESERVED_STORY_IDS: readonly string[] = ['contested', 'month', 'page'];

/** Months (`YYYY-MM`) that have stories, newest first. */
export function storyMonths(stories: readonly StoryAnalysis[]): string[] {
  return [...new Set(stories.map((story) => story.date.slice(0, 7)))].sort().reverse();
}

/** One page of a story list. */
export interface StoryListPage {
  filter: StoryFilter;
  page: number;
  lastPage: number;
  total: number;
  stories: StoryAnalysis[];
}

/** Every page of every filter (all, contested; each alone and per month), newest stories first. */
export function storyListPages(stories: readonly StoryAnalysis[]): StoryListPage[] {
  const sorted = [...stories].sort(byNewest);
  const filters: StoryFilter[] = [];
  for (const contested of [false, true]) {
    filters.push({ contested, month: null });
    for (const month of storyMonths(sorted)) filters.push({ contested, month });
  }
  return filters.flatMap((filter) => {
    const matching = sorted.filter(
      (story) => (!filter.contested || contestedCount(story) > 0) && (!filter.month || story.date.startsWith(filter.month)),
    );
    const lastPage = Math.max(1, Math.ceil(matching.length / STORIES_PER_PAGE));
    return Array.from({ length: lastPage }, (_, index) => ({
      filter,
      page: index + 1,
      lastPage,
      total: matching.length,
      stories: matching.slice(index * STORIES_PER_PAGE, (index + 1) * STORIES_PER_PAGE),
    }));
  });
}

/** A story's claims in reading order (contested first), cut into pages of CLAIMS_PER_PAGE. */
export function storyClaimPages(story: StoryAnalysis, analysis: SiteAnalysis): ReviewedClaim[][] {
  const claims = story.claims.flatMap((id) => analysis.claimById.get(id) ?? []).sort(byVerdict);
  const pages: ReviewedClaim[][] = [];
  for (let start = 0; start < claims.length; start += CLAIMS_PER_PAGE) pages.push(claims.slice(start, start + CLAIMS_PER_PAGE));
  return pages.length > 0 ? pages : [[]];
}

/** Claims of one page grouped by verdict, in verdict order. */
export function groupByVerdict<C extends ReviewedClaim>(claims: readonly C[]): Array<{ verdict: C['verdict']; claims: C[] }> {
  return VERDICT_ORDER.map((verdict) => ({ verdict, claims: claims.filter((claim) => claim.verdict === verdict) })).filter(
    (group) => group.claims.length > 0,
  );
}

/** One article in a story's timeline. */
export interface TimelineEntry {
  article: ArticleEntry;
  /**
   * Claims this article reported before some other outlet did (ties: every article of that first
   * day); none for a claim that every outlet reported on the same day.
   */
  firstReports: ReviewedClaim[];
  /** Claims this article gives evidence for. */
  claims: number;
  /** The article it near-duplicates, if any. */
  duplicateOf: string | null;
}

/** The story's articles in publication order, each with what it reported first. */
export function storyTimeline(story: StoryAnalysis, analysis: SiteAnalysis): TimelineEntry[] {
  const articles = analysis.content.articles
    .filter((article) => article.data.story === story.id)
    .sort((a, b) => a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id));
  const published = new Map(articles.map((article) => [article.id, article.data.published]));
  const firsts = new Map<string, ReviewedClaim[]>();
  const counts = new Map<string, number>();
  for (const id of story.claims) {
    const claim = analysis.claimById.get(id);
    if (!claim) continue;
    const articleIds = [...new Set(claim.evidence.map((evidence) => evidence.article))];
    for (const article of articleIds) counts.set(article, (counts.get(article) ?? 0) + 1);
    const supporting = claim.evidence.filter((evidence) => evidence.stance !== 'denies').map((evidence) => evidence.article);
    const dates = supporting.map((article) => published.get(article) ?? '').sort();
    const earliest = dates[0];
    // Reported by everyone on the same day: nobody was first.
    if (earliest === undefined || earliest === dates.at(-1)) continue;
    for (const article of new Set(supporting)) {
      if (published.get(article) !== earliest) continue;
      const list = firsts.get(article) ?? [];
      list.push(claim);
      firsts.set(article, list);
    }
  }
  return articles.map((article) => ({
    article,
    firstReports: (firsts.get(article.id) ?? []).sort(byVerdict),
    claims: counts.get(article.id) ?? 0,
    duplicateOf: analysis.nearDuplicates.get(article.id) ?? null,
  }));
}
