/**
 * The header search box as a combobox: as the reader types, a list of the best claims, articles and
 * people opens under it. Each suggestion is a real link (`<a href role="option">`), so it can be
 * opened in a new tab, dragged or copied. Arrow keys move through the list, Enter opens the
 * highlighted result (Ctrl/⌘+Enter in a new tab; with none highlighted, Enter submits the form to
 * the search page), Escape closes the list. Loaded on first focus of the box; the form keeps
 * working as a plain GET form whatever happens here.
 */
import { Announcer, resultSummary } from './announcer.ts';
import { loadSearch, searchUrl } from './loader.ts';
import { appendHit, KIND_LABELS } from './render.ts';
import { hitUrl } from './urls.ts';
import type { Limits, SearchResults, SiteSearch } from './site-search.ts';

/** How many suggestions of each kind the list shows. */
export const HEADER_LIMITS: Limits = { claim: 5, article: 3, person: 3 };

/** A new element with a class and data attribute (the popup's parts). */
function part<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, data: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  element.setAttribute(data, '');
  return element;
}

/**
 * Adds the suggestion popup and the live region to the form when the page does not carry them:
 * every page has the search box, so the popup is written here, once it is needed, rather than
 * into 49,000 pages (src/components/SearchBox.astro).
 */
export function ensurePopup(form: HTMLFormElement): void {
  if (form.querySelector('[data-search-popup]')) return;
  const doc = form.ownerDocument;
  const popup = part(doc, 'div', 'search-popup', 'data-search-popup');
  popup.hidden = true;
  const listbox = part(doc, 'div', 'search-listbox', 'data-search-listbox');
  listbox.id = 'site-search-listbox';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Search suggestions');
  const more = part(doc, 'a', '', 'data-search-more');
  more.href = form.action;
  more.textContent = 'See all results';
  const moreRow = doc.createElement('p');
  moreRow.className = 'search-popup-more';
  moreRow.append(more);
  popup.append(part(doc, 'p', 'search-summary', 'data-search-summary'), listbox, moreRow);
  const live = part(doc, 'div', 'visually-hidden', 'data-search-live');
  live.setAttribute('role', 'status');
  form.append(popup, live);
}

/** Turns the header search form into a combobox with a suggestion list. */
export function enhanceHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  ensurePopup(form);
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = form.querySelector<HTMLElement>('[data-search-listbox]');
  const summary = form.querySelector<HTMLElement>('[data-search-summary]');
  const more = form.querySelector<HTMLAnchorElement>('[data-search-more]');
  const live = form.querySelector<HTMLElement>('[data-search-live]');
  if (!popup || !listbox || !summary || !more || !live) return;

  const announcer = new Announcer(live);
  let search: SiteSearch | undefined;
  let failed = false;
  let options: HTMLAnchorElement[] = [];
  // Results arrive asynchronously (index chunks load as needed): only the latest query's are shown.
  let latest = 0;
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');

  const setOpen = (open: boolean): void => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open && options.length > 0));
    if (!open) setActive(-1);
  };

  const setActive = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const open = (href: string, newTab: boolean): void => {
    if (newTab) window.open(href, '_blank', 'noopener');
    else window.location.assign(href);
  };

  const render = (results: SearchResults, searchMs: number): void => {
    listbox.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    for (const group of results.groups) {
      if (group.hits.length === 0) continue;
      const box = document.createElement('div');
      box.setAttribute('role', 'group');
      box.className = 'search-group';
      const label = document.createElement('div');
      label.setAttribute('role', 'presentation');
      label.id = `site-search-group-${group.kind}`;
      label.className = 'search-group-label';
      label.textContent = `${KIND_LABELS[group.kind].many} (${group.total.toLocaleString('en')})`;
      box.setAttribute('aria-labelledby', label.id);
      box.append(label);
      for (const hit of group.hits) {
        const option = document.createElement('a');
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.tabIndex = -1;
        option.id = `site-search-option-${options.length}`;
        option.className = `search-result search-result-${hit.kind}`;
        option.href = hitUrl(hit);
        appendHit(option, hit, results.plan);
        box.append(option);
        options.push(option);
      }
      listbox.append(box);
    }
    summary.textContent = resultSummary(results);
    more.href = searchUrl(results.query.text);
    more.hidden = results.total === 0;
    setOpen(results.query.text.length > 0);
    announcer.say(summary.textContent);
    // For the benchmark and anyone curious: how long the search itself took, before rendering.
    form.dispatchEvent(new CustomEvent('search:rendered', { detail: { query: results.query.text, total: results.total, searchMs } }));
  };

  const showMessage = (text: string): void => {
    listbox.replaceChildren();
    options = [];
    summary.textContent = text;
    more.href = searchUrl(input.value);
    more.hidden = !input.value.trim();
    setOpen(input.value.trim().length > 0);
    announcer.say(text);
  };

  const update = (): void => {
    if (!input.value.trim()) {
      showMessage('');
      setOpen(false);
      return;
    }
    if (search) {
      const started = performance.now();
      const ticket = ++latest;
      search.search(input.value, HEADER_LIMITS).then(
        (results) => {
          if (ticket === latest) render(results, performance.now() - started);
        },
        (error: unknown) => {
          console.error(error);
          if (ticket === latest) showMessage('Search could not load. Press Enter to open the search page.');
        },
      );
    } else if (failed) showMessage('Search could not load. Press Enter to open the search page.');
    else showMessage('Loading search…');
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim()) update();
  });
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const isOpen = !popup.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!isOpen) {
          update();
          return;
        }
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
        return;
      }
      case 'Enter': {
        const href = options[active]?.href;
        if (isOpen && href) {
          event.preventDefault();
          open(href, event.ctrlKey || event.metaKey);
        }
        return;
      }
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          setOpen(false);
        }
        return;
      default:
    }
  });
  // A press on a suggestion keeps the focus in the box; the click then follows the link as any link
  // does (middle click, Ctrl+click and the context menu open it in a new tab).
  listbox.addEventListener('mousedown', (event) => {
    if (event.button === 0) event.preventDefault();
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node) || !form.contains(event.relatedTarget)) setOpen(false);
  });

  loadSearch().then(
    (loaded) => {
      search = loaded;
      if (input.value.trim() && document.activeElement === input) update();
    },
    (error: unknown) => {
      failed = true;
      console.error(error);
      if (input.value.trim()) update();
    },
  );
  if (input.value.trim()) update();
}
