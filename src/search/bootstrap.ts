/**
 * The only search code on a plain page view (a few hundred bytes): `/` focuses the search box, and
 * focusing it loads the real search code, which then fetches the index.
 */

/** True when a key press is meant for the element that has focus. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Installs the `/` shortcut and the lazy loading of the header search (once per page). */
export function installSearch(): void {
  const root = document.documentElement;
  if (root.dataset['searchReady']) return;
  root.dataset['searchReady'] = 'true';
  const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[data-search-input]');
  if (form && input) {
    let started = false;
    const start = (): void => {
      if (started) return;
      started = true;
      void import('./ui.ts').then((module) => module.enhanceHeaderSearch(form, input));
    };
    input.addEventListener('focus', start);
    if (document.activeElement === input) start();
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const target = document.querySelector<HTMLInputElement>('input[data-search-input]');
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.select();
  });
}
