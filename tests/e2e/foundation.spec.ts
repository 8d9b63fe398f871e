/**
 * The site foundation in a real browser, under the GitHub Pages base path `/factcheck/`:
 * the seed story lists its five articles, links resolve, sentence deep links highlight
 * their sentence, hostile HTML in an article stays inert, and the methodology page gives the
 * readers' check of statements.
 */
import { expect, test } from '@playwright/test';
import { READER_CHECK, STATEMENT_CHECK } from '../../src/quality/reader-check.ts';
import { fetchExport } from '../support/export.ts';

const SEED_STORY = 'us-russia-talks-riyadh-2025';

interface Export {
  claims: Array<{ id: string; story: string; evidence: Array<{ article: string; sentenceId: string }> }>;
}

test('the home page leads to the seed story, whose timeline lists its five articles', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator(`a[href="/factcheck/stories/${SEED_STORY}/"]`).first()).toBeVisible();
  await page.goto(`stories/${SEED_STORY}/`);
  const timeline = page.locator('ol.timeline');
  await expect(timeline.locator(':scope > li')).toHaveCount(5);
  for (const outlet of ['Kyiv Post', 'The Moscow Times', 'RFE/RL', 'Novaya Gazeta Europe']) {
    await expect(timeline.getByRole('link', { name: outlet }).first()).toBeVisible();
  }
});

test('every internal link on the home page starts with the base path and resolves', async ({ page, request }) => {
  await page.goto('./');
  const hrefs = await page.locator('a[href], link[href]').evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('href') ?? ''),
  );
  const internal = [...new Set(hrefs.filter((href) => href.startsWith('/') || href.startsWith('#')))];
  expect(internal.length).toBeGreaterThan(10);
  for (const href of internal) {
    if (href.startsWith('#')) {
      expect(await page.locator(href).count(), href).toBe(1);
      continue;
    }
    expect(href, 'internal links carry the base path').toMatch(/^\/factcheck\//);
    const response = await request.get(href.split('#')[0] ?? href);
    expect(response.status(), href).toBe(200);
  }
});

test('a sentence deep link scrolls to that sentence and highlights it', async ({ page, request }) => {
  // The last sentence of the article that a claim cites (the page shows cited sentences).
  const data = await fetchExport<Export['claims'][number]>(request);
  await page.goto('./articles/rferl-what-we-learned/');
  const sentences = page.locator('.article-body .s');
  const cited = new Set(data.claims.flatMap((claim) => claim.evidence.filter((e) => e.article === 'rferl-what-we-learned').map((e) => e.sentenceId)));
  const ids = await sentences.evaluateAll((elements) => elements.map((element) => element.id));
  const id = ids.filter((candidate) => cited.has(candidate)).at(-1);
  expect(ids.length).toBeGreaterThan(5);
  expect(id).toMatch(/^s-[0-9a-f]{8}(-\d+)?$/);

  await page.goto(`./articles/rferl-what-we-learned/#${id}`);
  const sentence = page.locator(`[id="${id}"]`);
  await expect(sentence).toBeInViewport();
  const highlighted = await sentence.evaluate((element) => getComputedStyle(element).backgroundColor);
  const plain = await sentences.nth(0).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(highlighted).not.toBe(plain);
  expect(highlighted).not.toBe('rgba(0, 0, 0, 0)');
});

test('sentence ids on an article page are unique', async ({ page }) => {
  await page.goto('./articles/kyiv-post-riyadh-talks/');
  const ids = await page.locator('.article-body .s').evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids.length).toBeGreaterThan(5);
  expect(new Set(ids).size).toBe(ids.length);
});

test('hostile HTML in an article renders with none of it active', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto('./articles/fixture-hostile-html/');
  const body = page.locator('.article-body');
  await expect(body).toContainText('The first paragraph is ordinary text');

  // Nothing executable or remote survived sanitizing.
  expect(await body.locator('script, iframe, object, embed, img, svg, style, form, button, textarea, select').count()).toBe(0);
  // The only input GitHub's allow-list keeps is a task-list checkbox, forced disabled.
  for (const input of await body.locator('input').all()) {
    await expect(input).toBeDisabled();
    await expect(input).toHaveAttribute('type', 'checkbox');
  }
  const dangerous = await page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && /^(href|src|action|data)$/i.test(attribute.name)) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
    }
    return found;
  });
  expect(dangerous).toEqual([]);

  // Interacting with what is left does nothing.
  await body.getByText('hover me', { exact: true }).hover();
  await body.getByText('hover me', { exact: true }).click();
  await body.getByText('javascript link', { exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // Escaped entities stay text, forged ids are prefixed, and ordinary Markdown still renders.
  await expect(body).toContainText("<script>alert('entity')</script> stay visible text");
  expect(await page.locator('[id="s-00000000"]').count()).toBe(0);
  await expect(body.locator('em')).toHaveText('emphasis');
  await expect(body.locator('blockquote')).toContainText('A blockquote that ends the article.');
  await expect(body.locator('a[href="https://example.com/safe"]')).toHaveAttribute('rel', 'noopener noreferrer');
  const footnoteRef = body.locator('a[data-footnote-ref]');
  const target = (await footnoteRef.getAttribute('href')) ?? '';
  expect(await page.locator(target).count()).toBe(1);
  await expect(page).toHaveTitle(/Hostile <script>alert\('title'\)<\/script> fixture/);
});

test('the methodology page, reached from the home page, gives the readers\' check of single-source statements', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /methodology/i }).first().click();
  await expect(page).toHaveURL(/\/factcheck\/methodology\/$/);
  const { before, after, claims } = STATEMENT_CHECK;
  const paragraph = page.locator('p', { hasText: `statements of ${claims} single-source claims` });
  await expect(paragraph).toContainText(`${before.fact} said only what the article says and ${before.usable} were sentences a reader could use on their own (${before.both} both)`);
  await expect(paragraph).toContainText(`${after.fact} and ${after.usable} (${after.both} both)`);
});

test('the methodology page gives the latest strict reader\'s check of multi-outlet claims, and names what the engine still joins wrongly', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: /methodology/i }).first().click();
  await expect(page).toHaveURL(/\/factcheck\/methodology\/$/);
  const { claims, allFour, wrongCorroborated } = READER_CHECK;
  const table = page.getByRole('table', { name: /Claims that pass each check/ });
  await expect(table.getByRole('row', { name: /All four/ })).toContainText(`${allFour} of ${claims}`);
  await expect(page.locator('p', { hasText: 'Of the claims shown as corroborated' })).toContainText(`${wrongCorroborated[0]} of ${wrongCorroborated[1]} were wrong`);
  await expect(page.getByRole('listitem').filter({ hasText: 'Sentences that share nearly all their words but not the fact' })).toBeVisible();
});
