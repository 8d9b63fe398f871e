/**
 * Opens the search index once, on first use (focusing the search box or opening the search page),
 * never on a plain page view. Opening fetches only meta.json; queries fetch the rest as they need it.
 */
import { withBase } from '../lib/url.ts';
import { INDEX_DIR } from './keys.ts';
import { SiteSearch } from './site-search.ts';
import { FetchStore } from './store.ts';

let pending: Promise<SiteSearch> | undefined;

/** The opened index; a failed open is retried on the next call. */
export function loadSearch(): Promise<SiteSearch> {
  pending ??= SiteSearch.open(new FetchStore(withBase(`${INDEX_DIR}/`))).catch((error: unknown) => {
    pending = undefined;
    throw error;
  });
  return pending;
}

/** The search page's URL for a query (the page itself when the query is empty). */
export function searchUrl(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `${withBase('search/')}?${new URLSearchParams({ q: trimmed }).toString()}` : withBase('search/');
}
