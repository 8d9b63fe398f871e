/**
 * Search in a real browser, on the site built under `/factcheck/`: nothing is fetched until the
 * reader searches; misspelt names and hyphenated terms find their target; typed markup stays text;
 * the query lives in the URL; the keyboard alone works; axe finds nothing with results open; and
 * the page fits a phone in the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Request } from '@playwright/test';
import { fetchExport, hasOwnPage } from '../support/export.ts';
import { landsOn } from '../support/small-pages.ts';

const BASE = '/factcheck/';
const HOSTILE = '<img src=x onerror=alert(1)>';

interface ExportedClaim {
  id: string;
  story: string;
  statement: string;
  verdict: string;
}

/** The claims of the site's public data export, to find expected results without hard-coding slugs. */
async function exportedClaims(page: Page): Promise<ExportedClaim[]> {
  return (await fetchExport<ExportedClaim>(page.request)).claims;
}

const isSearchRequest = (request: Request): boolean => /\/search-index\//.test(request.url());

test.describe('before the reader searches', () => {
  test('a page view fetches no search index and no search code', async ({ page }) => {
    const requests: Request[] = [];
    const scripts: Array<Promise<{ url: string; body: string }>> = [];
    let viewing = true;
    page.on('request', (request) => {
      if (viewing) requests.push(request);
    });
    page.on('response', (response) => {
      if (!viewing || response.request().resourceType() !== 'script' || response.status() >= 300) return;
      scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    });
    // The home page last: its header has the search box (an article page links to the search page).
    for (const path of ['articles/kyiv-post-riyadh-talks/', './']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter(isSearchRequest).map((request) => request.url())).toEqual([]);
    let loaderBytes = 0;
    for (const { url, body } of await Promise.all(scripts)) {
      expect(body, url).not.toContain('search-index/');
      expect(body, url).not.toContain('search:rendered');
      expect(body, `${url} holds no Fuse`).not.toMatch(/useExtendedSearch|ignoreLocation/);
      if (body.includes('data-search')) loaderBytes += body.length;
    }
    expect(loaderBytes, 'the only search code on a page view is the small loader').toBeGreaterThan(0);
    // About 1.3 KB gzipped: the `/` shortcut, the phone header's search icon and Vite's preload helper.
    expect(loaderBytes, 'the only search code on a page view is the small loader').toBeLessThan(3500);

    // Focusing the box is what fetches the index.
    viewing = false;
    const indexRequest = page.waitForRequest(isSearchRequest);
    await page.locator('#site-search').focus();
    expect((await indexRequest).url()).toContain(`${BASE}search-index/meta.json`);
  });
});

test.describe('finding things', () => {
  test('"three-stage" puts the three-stage peace plan claim first', async ({ page }) => {
    const target = (await exportedClaims(page)).find((claim) => /three-stage peace plan/i.test(claim.statement));
    expect(target, 'the seed story has a three-stage-plan claim').toBeDefined();
    await page.goto('search/?q=three-stage');
    const first = page.locator('#search-results-claim + .search-list a.search-result').first();
    await expect(first).toHaveAttribute('href', `${BASE}claims/${target?.id}/`);
    await expect(first.locator('.search-badge')).toHaveText(/Disputed/);
    await expect(first.locator('mark').first()).toHaveText(/three-stage/i);
  });

  test('"Ushkaov" finds Yury Ushakov in the header suggestions, with his claims', async ({ page }) => {
    await page.goto('./');
    await page.locator('#site-search').fill('Ushkaov');
    const listbox = page.getByRole('listbox', { name: 'Search suggestions' });
    await expect(listbox.getByRole('group', { name: /^People/ }).getByRole('option').first()).toContainText(/Yu(ri|ry) Ushakov/);
    // A claim that quotes the misspelling itself ("Besides Ushkaov, ...") may rank first, as an exact match.
    await expect(listbox.getByRole('group', { name: /^Claims/ }).getByRole('option').filter({ hasText: 'Ushakov' }).first()).toBeVisible();
    await expect(listbox.locator('mark', { hasText: 'Ushakov' }).first()).toBeVisible();
  });

  test('"lavrow" finds Lavrov', async ({ page }) => {
    await page.goto('search/?q=lavrow');
    await expect(page.locator('#search-results-person + .search-list')).toContainText(/Serge[iy] Lavrov/);
    await expect(page.locator('#search-results-claim + .search-list a').first()).toContainText('Lavrov');
  });

  test('a phrase in double quotes matches only where it appears exactly', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('"serious discussion"')}`);
    // Claims with a page of their own, and articles (which quote the sentences of claims without one).
    const results = page.locator('a.search-result');
    await expect(results.first()).toBeVisible();
    for (const text of await results.locator('.search-result-title, .search-result-rest').allTextContents()) {
      if (/serious/i.test(text)) expect(text.toLowerCase()).toContain('serious discussion');
    }
    await page.locator('#search-page-input').fill('"discussion serious"');
    await expect(page.locator('.search-page-summary')).toHaveText('No results for “"discussion serious"”.');
  });

  test('every result links under the base path', async ({ page }) => {
    await page.goto('search/?q=riyadh');
    await expect(page.locator('a.search-result').first()).toBeVisible();
    const hrefs = await page.locator('a.search-result').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    // A single-source claim leads to its sentence in the article: `#s-<8 hex>`, `-2` for a repeat.
    for (const href of hrefs) expect(href).toMatch(/^\/factcheck\/(claims|articles|people)\/[^/]+\/(#s-[0-9a-f]{8}(-\d+)?)?$/);
    const response = await page.request.get(hrefs[0] ?? '');
    expect(response.status()).toBe(200);
  });
});

test.describe('typed markup', () => {
  test('a query of <img src=x onerror=alert(1)> shows no dialog and injects nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto('./');
    const images = await page.locator('img').count();
    // The hostile fixture article quotes these very words as text, so results may be found; what
    // matters is that the query comes back as text and nothing it holds becomes markup.
    const summary = new RegExp(`for “${HOSTILE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”\\.$`);
    await page.locator('#site-search').fill(HOSTILE);
    await expect(page.locator('[data-search-popup] .search-summary')).toHaveText(summary);

    await page.goto(`search/?q=${encodeURIComponent(HOSTILE)}`);
    await expect(page.locator('.search-page-summary')).toHaveText(summary);
    await expect(page.locator('#search-page-input')).toHaveValue(HOSTILE);
    // Typed letter by letter, every intermediate query is rendered too.
    await page.locator('#search-page-input').fill('');
    await page.locator('#search-page-input').pressSequentially(HOSTILE, { delay: 10 });
    await expect(page.locator('.search-page-summary')).toHaveText(summary);
    expect(await page.locator('main img, [data-search-results] script, [data-search-results] [onerror]').count()).toBe(0);
    expect(await page.locator('img').count()).toBe(images);
    expect(dialogs).toEqual([]);
  });
});

test.describe('more results', () => {
  test('"Show more" adds results of that kind and moves focus to the first new one', async ({ page }) => {
    // The first of these words that finds more results of a kind than the page shows at first.
    const more = page.getByRole('button', { name: /^Show \d+ more (claims?|articles?)$/ }).first();
    for (const word of ['riyadh', 'russia', 'talks', 'ukraine', 'officials', 'minister']) {
      await page.goto(`search/?q=${word}`);
      await expect(page.locator('.search-page-summary')).toContainText(/for “/);
      if ((await more.count()) > 0) break;
    }
    await expect(more).toBeVisible();
    const kind = /more (claim|article)/.exec((await more.textContent()) ?? '')?.[1];
    const results = page.locator(`a.search-result-${kind}`);
    const shown = await results.count();
    expect(shown).toBeGreaterThan(0);
    await more.click();
    await expect(results).not.toHaveCount(shown);
    await expect(results.nth(shown)).toBeFocused();
  });
});

test.describe('the query in the URL', () => {
  test('?q= loads results, typing updates the URL, and back returns to the previous search', async ({ page }) => {
    await page.goto('search/?q=lavrov');
    const input = page.locator('#search-page-input');
    await expect(input).toHaveValue('lavrov');
    await expect(page.locator('a.search-result').first()).toBeVisible();

    await input.fill('');
    await input.pressSequentially('ushakov', { delay: 20 });
    await expect(page).toHaveURL(/\/factcheck\/search\/\?q=ushakov$/);
    await expect(page.locator('#search-results-person + .search-list')).toContainText('Ushakov');

    await page.goBack();
    await expect(page).toHaveURL(/\/factcheck\/search\/\?q=lavrov$/);
    await expect(input).toHaveValue('lavrov');
    await expect(page.locator('#search-results-person + .search-list')).toContainText('Lavrov');
  });

  test('a search from the header box opens the search page with the query', async ({ page }) => {
    await page.goto('./');
    await page.locator('#site-search').fill('rubio');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/factcheck\/search\/\?q=rubio$/);
    await expect(page.locator('a.search-result').first()).toContainText(/Rubio/);
  });
});

test.describe('the keyboard', () => {
  test('/ focuses search, arrows move, Escape closes, Enter opens the highlighted result', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('/');
    const input = page.locator('#site-search');
    await expect(input).toBeFocused();
    await page.keyboard.type('lavrov');
    const listbox = page.locator('#site-search-listbox');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(2);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(input).toHaveAttribute('aria-expanded', 'false');
    await expect(input).toHaveValue('lavrov');

    await page.keyboard.press('ArrowDown'); // reopens
    await page.keyboard.press('ArrowDown');
    const href = (await options.nth(0).getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/factcheck\//);
    // A claim without a full page: its small page leads on to its sentence in the article.
    const lands = await landsOn(page.request, href);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lands.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test('/ typed into a text field is just a slash; elsewhere on the search page it focuses the box', async ({ page }) => {
    await page.goto('search/');
    const input = page.locator('#search-page-input');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('');
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
  });

  test('on the search page, arrows move from the box through the results and Enter opens one', async ({ page }) => {
    await page.goto('search/?q=ushakov');
    const input = page.locator('#search-page-input');
    const results = page.locator('a.search-result');
    await expect(results.first()).toBeVisible();
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(input).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = (await results.nth(0).getAttribute('href')) ?? '';
    // A claim without a full page: its small page leads on to its sentence in the article.
    const lands = await landsOn(page.request, href);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lands.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});

test.describe('for everyone', () => {
  test('screen readers hear the result count', async ({ page }) => {
    await page.goto('./');
    await page.locator('#site-search').fill('lavrov');
    await expect(page.locator('form[data-search-box] [role="status"]')).toHaveText(/^\d+ claims?(, \d+ articles?)?, 1 person for “lavrov”\.$/);
  });

  test('axe finds no violations with the suggestions open, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await page.locator('#site-search').fill('ushakov');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('#site-search-listbox')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });

  test('axe finds no violations on the search page with results, light and dark', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('search/?q=riyadh');
      await expect(page.locator('a.search-result').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });

  test('on a phone nothing scrolls sideways, with suggestions open or on the search page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./');
    // The phone header keeps the box behind its search icon.
    await expect(page.locator('#site-search')).toBeHidden();
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('#site-search')).toBeFocused();
    await page.locator('#site-search').fill('ushakov');
    await expect(page.locator('#site-search-listbox')).toBeVisible();
    const popup = await page.locator('[data-search-popup]').boundingBox();
    expect(popup?.x).toBeGreaterThanOrEqual(0);
    expect((popup?.x ?? 0) + (popup?.width ?? 0)).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await page.goto('search/?q=riyadh');
    await expect(page.locator('a.search-result').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('without JavaScript the search page links to the claims, people, stories and outlets', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL ?? '' });
    const page = await context.newPage();
    await page.goto('search/?q=lavrov');
    // Playwright cannot turn off the parser's scripting flag, so <noscript> is checked in the HTML.
    expect(await page.locator('noscript').first().textContent()).toContain('Search runs in your browser and needs JavaScript');
    await expect(page.locator('a.search-result')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Contested claims' })).toHaveAttribute('href', `${BASE}claims/`);
    await expect(page.getByRole('link', { name: 'People' }).last()).toHaveAttribute('href', `${BASE}people/`);
    await expect(page.getByRole('link', { name: 'Outlets' })).toHaveAttribute('href', `${BASE}outlets/`);
    // The header box is a plain form that leads here.
    await page.goto('./');
    await expect(page.locator('form[data-search-box]')).toHaveAttribute('action', `${BASE}search/`);
    await context.close();
  });
});

test.describe('what the index stores', () => {
  test('an article’s record quotes no sentence a claim with a page of its own cites: that claim’s record holds it', async ({ request }) => {
    const data = await fetchExport<{ id: string; story: string; verdict: string; evidence: Array<{ article: string; text: string }> }>(request);
    const cited = new Map<string, Set<string>>();
    for (const claim of data.claims.filter(hasOwnPage)) for (const e of claim.evidence) cited.set(e.article, (cited.get(e.article) ?? new Set()).add(e.text));
    const meta = (await (await request.get('search-index/meta.json')).json()) as { counts: { claim: number; article: number }; docChunk: number; textChunk: number };
    const chunks = new Map<string, Promise<unknown[]>>();
    const chunk = (path: string): Promise<unknown[]> => {
      if (!chunks.has(path)) chunks.set(path, request.get(path).then((response) => response.json() as Promise<unknown[]>));
      return chunks.get(path) as Promise<unknown[]>;
    };
    let checked = 0;
    let stored = 0;
    // Records are claims, then articles, then people.
    for (let n = meta.counts.claim; n < meta.counts.claim + meta.counts.article; n++) {
      const doc = (await chunk(`search-index/docs/${Math.floor(n / meta.docChunk)}.json`))[n % meta.docChunk] as { i: string };
      const sentences = ((await chunk(`search-index/text/${Math.floor(n / meta.textChunk)}.json`))[n % meta.textChunk] as { s?: string[] }).s ?? [];
      for (const sentence of sentences) expect(cited.get(doc.i)?.has(sentence), `${doc.i}: ${sentence}`).not.toBe(true);
      stored += sentences.length;
      if ((cited.get(doc.i)?.size ?? 0) > 0) checked++;
    }
    expect(checked).toBeGreaterThan(0);
    expect(stored).toBeGreaterThan(0);
  });
});
