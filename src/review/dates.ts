/**
 * A claim's dates and change log, derived from the content alone (article dates and review dates, never
 * the clock), so two builds of the same commit are identical: first reported, sources added, reviews.
 */
import type { Evidence } from '../engine/types.ts';
import { formatList } from './text.ts';
import type { AppliedReview, ChangeEntry } from './types.ts';

/** What the change log needs to know about articles and outlets. */
export interface DateContext {
  /** Article id → the day it appeared on the site (`retrieved`, else `published`). */
  appeared: ReadonlyMap<string, string>;
  /** Outlet id → display name. */
  outletName: ReadonlyMap<string, string>;
}

/** `datePublished`: when the first evidence appeared; `dateModified`: the latest evidence or review date. */
export function claimDates(evidence: readonly Evidence[], reviews: readonly AppliedReview[], context: DateContext): { datePublished: string; dateModified: string } {
  const dates = evidence.map((e) => context.appeared.get(e.article) ?? '').filter(Boolean).sort();
  const datePublished = dates[0] ?? reviews[0]?.date ?? '';
  const latest = [dates.at(-1) ?? '', ...reviews.map((review) => review.date)].sort().at(-1) ?? '';
  return { datePublished, dateModified: latest > datePublished ? latest : datePublished };
}

/** How a source added on a later day reads: the day is when it reached the site, not when it was published. */
const STANCE_PHRASE: Record<Evidence['stance'], (outlets: string) => string> = {
  supports: (outlets) => `Added: ${outlets} (supports)`,
  conflicts: (outlets) => `Added: ${outlets}, with a conflicting account`,
  denies: (outlets) => `Added: ${outlets}, with a denial`,
};

/** The change log, newest first: first report, each later source, each review. */
export function changeLog(evidence: readonly Evidence[], reviews: readonly AppliedReview[], context: DateContext): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const byDate = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const date = context.appeared.get(e.article);
    if (date) byDate.set(date, [...(byDate.get(date) ?? []), e]);
  }
  const dates = [...byDate.keys()].sort();
  dates.forEach((date, n) => {
    const items = byDate.get(date) ?? [];
    const outletsWith = (stance: Evidence['stance']): string =>
      formatList([...new Set(items.filter((e) => e.stance === stance).map((e) => context.outletName.get(e.outlet) ?? e.outlet))].sort());
    if (n === 0) {
      // The first day is one entry: who reported it, and who contradicted it from the start.
      const first = outletsWith('supports') || formatList([...new Set(items.map((e) => context.outletName.get(e.outlet) ?? e.outlet))].sort());
      const conflicts = outletsWith('conflicts');
      const denies = outletsWith('denies');
      const also = [conflicts ? `a conflicting account from ${conflicts}` : '', denies ? `a denial reported by ${denies}` : ''].filter(Boolean);
      entries.push({ date, kind: 'first-reported', text: `First reported by ${first}${also.length > 0 ? `, with ${formatList(also)}` : ''}` });
      return;
    }
    for (const stance of ['supports', 'conflicts', 'denies'] as const) {
      const outlets = outletsWith(stance);
      if (outlets) entries.push({ date, kind: 'source-added', text: STANCE_PHRASE[stance](outlets) });
    }
  });
  for (const review of reviews) {
    entries.push({ date: review.date, kind: 'review', by: review.by, text: `Reviewed by ${review.by}: ${review.actions.join('; ')}` });
  }
  const rank: Record<ChangeEntry['kind'], number> = { review: 0, 'source-added': 1, 'first-reported': 2 };
  // Newest first; on one day a review comes after (above) the sources it judged.
  return entries
    .map((entry, n) => ({ entry, n }))
    .sort((a, b) => (a.entry.date < b.entry.date ? 1 : a.entry.date > b.entry.date ? -1 : rank[a.entry.kind] - rank[b.entry.kind] || b.n - a.n))
    .map(({ entry }) => entry);
}
