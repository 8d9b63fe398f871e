/**
 * The only search code on a plain page view (a few hundred bytes): `/` focuses the search box, the
 * phone header's search icon opens it, and focusing it loads the real search code, which then
 * fetches the index. Nothing here imports the rest of search except by the dynamic import, so the
 * search modules' import graph runs one way: bootstrap → header-search → site-search.
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
      void import('./header-search.ts').then((module) => module.enhanceHeaderSearch(form, input));
    };
    input.addEventListener('focus', start);
    if (document.activeElement === input) start();
    installToggle(form, input);
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const target = document.querySelector<HTMLInputElement>('input[data-search-input]');
    if (!target) return;
    event.preventDefault();
    document.querySelector('[data-site-header]')?.setAttribute('data-search-open', '');
    target.focus();
    target.select();
  });
}

/**
 * The phone header's search icon: a link to the search page that, with JavaScript, opens the
 * header's box in place instead (and closes it again, or with Escape from an empty box).
 */
function installToggle(form: HTMLFormElement, input: HTMLInputElement): void {
  const header = document.querySelector<HTMLElement>('[data-site-header]');
  const toggle = header?.querySelector<HTMLAnchorElement>('a[data-search-toggle]');
  if (!header || !toggle) return;
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', form.id);
  const setOpen = (open: boolean): void => {
    header.toggleAttribute('data-search-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    const open = !header.hasAttribute('data-search-open');
    setOpen(open);
    if (open) input.focus();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !input.value && header.hasAttribute('data-search-open')) {
      setOpen(false);
      toggle.focus();
    }
  });
}
