/**
 * Everything search shows, as one module (and so one lazily loaded file): the header combobox and
 * the search page. Loaded by bootstrap.ts when the reader focuses the search box, or by the search
 * page itself.
 */
export { enhanceHeaderSearch } from './header-search.ts';
export { mountSearchPage } from './search-page.ts';
