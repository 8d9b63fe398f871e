/**
 * The search page (`/search/?q=...`): results grouped by kind, each a link, with a count that
 * screen readers hear. The query lives in the URL; arrow keys move from the box through the
 * results and back, Escape returns to the box.
 */
import { Announcer, resultSummary } from './announcer.ts';
import type { Kind } from './keys.ts';
import { loadSearch, searchUrl } from './loader.ts';
import { queryFromUrl, QueryHistory } from './query-history.ts';
import { appendHit, countLabel, KIND_LABELS } from './render.ts';
import type { Limits, SearchResults, SiteSearch } from './site-search.ts';
import { hitUrl } from './urls.ts';

/** How long after the last keystroke the URL is updated. */
const URL_DELAY_MS = 300;

/** Results of each kind shown at first, and how many more "Show more" adds. */
export const PAGE_LIMITS: Limits = { claim: 10, article: 5, person: 5 };

/** Starts the search page. */
export function mountSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  const form = root?.querySelector<HTMLFormElement>('form');
  const input = form?.querySelector<HTMLInputElement>('input[data-search-input]');
  const summary = root?.querySelector<HTMLElement>('[data-search-summary]');
  const live = root?.querySelector<HTMLElement>('[data-search-live]');
  const container = root?.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !summary || !live || !container) return;

  const announcer = new Announcer(live);
  const history = new QueryHistory(window, searchUrl);
  // The URL follows the box a moment after typing stops: updating it costs more than a search.
  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const flushUrl = (): void => {
    if (urlTimer === undefined) return;
    clearTimeout(urlTimer);
    urlTimer = undefined;
    history.update(input.value);
  };
  const scheduleUrl = (): void => {
    clearTimeout(urlTimer);
    urlTimer = setTimeout(flushUrl, URL_DELAY_MS);
  };
  const limits: Limits = { ...PAGE_LIMITS };
  let search: SiteSearch | undefined;
  let failed = false;
  // Results arrive asynchronously (index chunks load as needed): only the latest query's are shown.
  let latest = 0;

  const links = (): HTMLAnchorElement[] => [...container.querySelectorAll<HTMLAnchorElement>('a.search-result')];

  /** Shows results; `first` is false when the same results come back with their quoted sentences. */
  const render = (results: SearchResults, searchMs: number, first = true): void => {
    const focused = container.contains(document.activeElement) ? links().indexOf(document.activeElement as HTMLAnchorElement) : -1;
    const started = performance.now();
    const sections: HTMLElement[] = [];
    for (const group of results.groups) {
      if (group.total === 0) continue;
      const section = document.createElement('section');
      section.className = 'search-section';
      const heading = document.createElement('h2');
      heading.id = `search-results-${group.kind}`;
      heading.textContent = `${KIND_LABELS[group.kind].many} `;
      const count = document.createElement('span');
      count.className = 'search-count';
      count.textContent = `(${group.total.toLocaleString('en')})`;
      heading.append(count);
      section.setAttribute('aria-labelledby', heading.id);
      const list = document.createElement('ol');
      list.className = 'search-list';
      for (const hit of group.hits) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = `search-result search-result-${hit.kind}`;
        link.href = hitUrl(hit);
        appendHit(link, hit, results.plan);
        item.append(link);
        list.append(item);
      }
      section.append(heading, list);
      if (group.total > group.hits.length) section.append(moreButton(group.kind, group.total - group.hits.length));
      sections.push(section);
    }
    container.replaceChildren(...sections);
    // The quotes arriving must not move the reader's focus.
    if (!first && focused >= 0) links()[focused]?.focus();
    summary.textContent = resultSummary(results);
    if (!first) return;
    announcer.say(summary.textContent);
    // For the benchmark and anyone curious: how long searching and building the DOM took.
    const detail = { query: results.query.text, total: results.total, searchMs, buildMs: performance.now() - started };
    form.dispatchEvent(new CustomEvent('search:rendered', { detail }));
  };

  const moreButton = (kind: Kind, remaining: number): HTMLButtonElement => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'search-more-button';
    const step = Math.min(remaining, PAGE_LIMITS[kind] * 2);
    button.textContent = `Show ${countLabel(kind, step).replace(' ', ' more ')}`;
    button.addEventListener('click', () => {
      const first = links().length;
      limits[kind] += step;
      void run().then(() => {
        // Keep the reader's place: focus the first newly shown result of this kind.
        const added = container.querySelectorAll<HTMLAnchorElement>(`a.search-result-${kind}`)[limits[kind] - step];
        (added ?? links()[first])?.focus();
      });
    });
    return button;
  };

  const run = (): Promise<void> => {
    const query = input.value;
    const ticket = ++latest;
    if (!query.trim()) {
      container.replaceChildren();
      summary.textContent = search
        ? `Search ${countLabel('claim', search.counts.claim)}, ${countLabel('article', search.counts.article)} and ${countLabel('person', search.counts.person)}.`
        : failed
          ? 'Search could not load. Reload the page, or browse below.'
          : '';
      announcer.cancel();
      return Promise.resolve();
    }
    if (search) {
      const started = performance.now();
      const loaded = search;
      // Results first; the sentences they were found in follow as soon as their chunks arrive.
      return loaded.search(query, { ...limits }).then(
        async (results) => {
          if (ticket !== latest) return;
          render(results, performance.now() - started);
          const quoted = await loaded.addSnippets(results);
          if (ticket === latest && quoted.groups.some((group, index) => group.hits.some((hit, position) => hit.snippet !== results.groups[index]?.hits[position]?.snippet))) {
            render(quoted, performance.now() - started, false);
          }
        },
        (error: unknown) => {
          console.error(error);
          if (ticket !== latest) return;
          summary.textContent = 'Search could not load. Reload the page, or browse below.';
          announcer.say(summary.textContent);
        },
      );
    } else {
      container.replaceChildren();
      summary.textContent = failed ? 'Search could not load. Reload the page, or browse below.' : 'Loading search…';
      announcer.say(summary.textContent);
    }
    return Promise.resolve();
  };

  input.addEventListener('input', () => {
    Object.assign(limits, PAGE_LIMITS);
    void run();
    scheduleUrl();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(urlTimer);
    urlTimer = undefined;
    history.update(input.value);
    history.settle();
    void run();
  });
  // Leaving by a result: the URL must hold the query first, so back returns to these results.
  container.addEventListener('click', flushUrl, true);
  window.addEventListener('pagehide', flushUrl);
  window.addEventListener('popstate', () => {
    clearTimeout(urlTimer);
    urlTimer = undefined;
    input.value = queryFromUrl(window.location.href);
    history.settle();
    Object.assign(limits, PAGE_LIMITS);
    void run();
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !event.isComposing) {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') flushUrl();
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.focus();
    }
  });

  input.value = queryFromUrl(window.location.href) || input.value;
  void run();
  loadSearch().then(
    (loaded) => {
      search = loaded;
      void run();
    },
    (error: unknown) => {
      failed = true;
      console.error(error);
      void run();
    },
  );
}
