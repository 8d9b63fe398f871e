/**
 * Fetches the search index once, on first use (focusing the search box or opening the search page),
 * never on a plain page view.
 */
import { withBase } from '../lib/url.ts';
import { SiteSearch } from './site-search.ts';

/** Where the build writes the index (see src/pages/search-index.json.ts). */
export const INDEX_PATH = 'search-index.json';

let pending: Promise<SiteSearch> | undefined;

/** The loaded index; a failed load is retried on the next call. */
export function loadSearch(): Promise<SiteSearch> {
  pending ??= fetch(withBase(INDEX_PATH), { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`search index: ${response.status} ${response.statusText} for ${response.url}`);
      return response.json() as Promise<unknown>;
    })
    // Indexing takes a while at 10,000 claims: in slices, so typing in the box is never blocked.
    .then((data) => SiteSearch.load(data, () => new Promise((resolve) => setTimeout(resolve, 0))))
    .catch((error: unknown) => {
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
