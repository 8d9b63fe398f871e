/**
 * Keeps the search page's query in its URL (`/search/?q=...`), so a search can be shared and the
 * back button returns to the previous search. Typing replaces the current history entry; the
 * first change after a pause (or after loading the page, or going back) adds a new one.
 */

/** The parts of `window` this needs (a fake one in tests). */
export interface HistoryHost {
  history: Pick<History, 'pushState' | 'replaceState'>;
  location: Pick<Location, 'href'>;
}

/** Records queries in the browser history. */
export class QueryHistory {
  private lastChange = Number.NEGATIVE_INFINITY;
  private editing = false;

  constructor(
    private readonly host: HistoryHost,
    private readonly urlFor: (query: string) => string,
    private readonly pauseMs = 1500,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records the query the reader is typing. */
  update(query: string): void {
    const url = new URL(this.urlFor(query), this.host.location.href).href;
    if (url === this.host.location.href) return;
    const time = this.now();
    if (this.editing && time - this.lastChange < this.pauseMs) this.host.history.replaceState(null, '', url);
    else this.host.history.pushState(null, '', url);
    this.editing = true;
    this.lastChange = time;
  }

  /** The next change starts a new history entry (after Enter, or when the page shows another entry). */
  settle(): void {
    this.editing = false;
  }
}

/** The query in a URL's `q` parameter. */
export function queryFromUrl(href: string): string {
  return new URL(href).searchParams.get('q') ?? '';
}
