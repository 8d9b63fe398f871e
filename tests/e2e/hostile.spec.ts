/**
 * No script from content, ever. The e2e build includes a story of hostile articles (scripts, event
 * handlers, javascript: and data: URLs, SVG and MathML tricks, iframes, CSS expressions, entities
 * that decode to tags, quotes in Markdown titles, hostile frontmatter, forged anchors, focus traps
 * and bidi overrides). This scans the built files and then opens every page of that story, its
 * claims and a search for the hostile text in Chromium: nothing executes and no dialog opens, ids
 * stay unique and the site's own, the first Tab stop is the skip link, and no text is reversed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readPages, walk } from '../support/dist.ts';
import { readExport } from '../support/export.ts';
import { WORK } from '../support/site-build.ts';

const DIST = path.join(WORK, 'e2e', 'dist');
const STORY = 'fixture-hostile-html';

test('the built files contain no script, handler or script URL from content', () => {
  const problems: string[] = [];
  for (const page of readPages(DIST, '/factcheck/')) {
    // Astro inlines its own small bundles and lists their hashes in the page's CSP; anything
    // inline that is not listed would be blocked by the browser, and must not exist.
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1] ?? '';
    walk(page.tree, (element) => {
      if (element.tagName !== 'script' || element.properties.src || element.properties.type === 'application/ld+json') return;
      const code = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      const hash = `sha256-${createHash('sha256').update(code).digest('base64')}`;
      if (!csp.includes(hash)) problems.push(`${page.file}: inline script not hashed in the CSP: ${code.slice(0, 60)}`);
    });
    walk(page.tree, (element) => {
      for (const [name, value] of Object.entries(element.properties)) {
        if (/^on/i.test(name)) problems.push(`${page.file}: ${element.tagName} ${name}`);
        if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, '')) && name !== 'content') {
          problems.push(`${page.file}: ${element.tagName} ${name}=${value.slice(0, 40)}`);
        }
      }
      if (element.tagName === 'script') {
        const src = element.properties.src;
        const type = element.properties.type;
        // The site's own scripts: bundled files, hashed inline bundles (checked above), JSON-LD data.
        const ours = (typeof src === 'string' && src.startsWith('/factcheck/_astro/')) || (!src && (type === 'module' || type === 'application/ld+json'));
        if (!ours) problems.push(`${page.file}: script ${String(src ?? type ?? 'inline')}`);
      }
      // The site draws its icons with CSS (src/styles/icons.css), so no page has an <svg> at all.
      if (['iframe', 'object', 'embed', 'svg', 'math', 'base', 'frame'].includes(element.tagName)) {
        problems.push(`${page.file}: <${element.tagName}>`);
      }
      // The one refresh the site writes itself: a claim without a full page leads to its sentence.
      const ownRefresh = page.file.startsWith('claims/') && /^0; url=\/factcheck\/articles\/[a-z0-9-]+\/#s-[0-9a-f]{8}(-\d+)?$/.test(String(element.properties.content));
      if (element.tagName === 'meta' && /refresh/i.test(String(element.properties.httpEquiv ?? '')) && !ownRefresh) problems.push(`${page.file}: meta refresh`);
    });
  }
  expect(problems).toEqual([]);
});

test('no page of the hostile story runs anything in a browser', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const data = readExport<{ id: string; story: string; statement: string }>(DIST);
  const articles = data.articles.filter((article) => article.story === STORY);
  const claims = data.claims.filter((claim) => claim.story === STORY);
  expect(articles.length).toBe(3);
  expect(claims.length).toBeGreaterThan(3);
  // A claim without a full page has a small page that leads on to its article, visited above.
  const small = (claim: { id: string }): boolean => readFileSync(path.join(DIST, 'claims', claim.id, 'index.html'), 'utf8').includes('http-equiv="refresh"');
  const paths = [
    `stories/${STORY}/`,
    ...articles.map((article) => `articles/${article.id}/`),
    ...claims.filter((claim) => !small(claim)).map((claim) => `claims/${claim.id}/`),
    'outlets/rferl/',
    'claims/',
    `search/?q=${encodeURIComponent("<img src=x onerror=alert('claim')>")}`,
    'search/?q=password',
  ];
  for (const target of paths) {
    await page.goto(target);
    await page.mouse.move(200, 300);
    await page.locator('details').evaluateAll((elements) => elements.forEach((element) => ((element as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), target).toBeUndefined();
  }
  expect(dialogs).toEqual([]);

  // Hostile text reaches the reader as text: a claim whose statement is markup shows the markup.
  const markup = claims.find((claim) => claim.statement.includes("<script>alert('entity')</script>"));
  expect(markup).toBeDefined();
  await page.goto(`claims/${markup?.id}/`);
  if (markup && small(markup)) {
    // Its small page leads to the article, whose sentence (or the note after it, when the statement
    // is not the sentence word for word) shows the statement as text.
    await page.waitForURL('**/articles/**');
    const shown = page.locator('.s:target, .s:target ~ a.claim-note.sole .statement').filter({ hasText: "<script>alert('entity')</script>" });
    await expect(shown.first()).toBeVisible();
  } else {
    await expect(page.locator('h1')).toContainText("<script>alert('entity')</script>");
  }
  expect(await page.locator('script:not([type="application/ld+json"])', { hasText: 'alert' }).count()).toBe(0);
});

const ANCHORS = 'articles/fixture-hostile-anchors/';
/** The id of "The minister said the talks would resume in March.", which a heading in the fixture forges. */
const FORGED_SENTENCE = 's-ad4fcd2a';

test('a sentence link lands on the sentence, not on a heading or span that copies its id', async ({ page }) => {
  await page.goto(`${ANCHORS}#${FORGED_SENTENCE}`);
  const target = page.locator(':target');
  await expect(target).toHaveCount(1);
  await expect(target).toHaveText('The minister said the talks would resume in March.');
  expect(await target.evaluate((element) => `${element.tagName} ${element.className}`)).toMatch(/^SPAN s\b/);
  expect(await page.locator(`[id="${FORGED_SENTENCE}"]`).count()).toBe(1);
});

test('the skip link is the first Tab stop and reaches the one main landmark', async ({ page }) => {
  await page.goto(ANCHORS);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('Skip to content');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveJSProperty('tagName', 'MAIN');
  expect(await page.locator('[id="main"]').count()).toBe(1);
  expect(await page.locator('.article-body [tabindex], .article-body [accesskey], .article-body [dir]').count()).toBe(0);
});

test('every page of the hostile story has unique ids, and content ids are all prefixed', async ({ page }) => {
  const data = JSON.parse(readFileSync(path.join(DIST, 'data/claims.json'), 'utf8')) as { articles: Array<{ id: string; story: string }> };
  const targets = [`stories/${STORY}/`, ...data.articles.filter((article) => article.story === STORY).map((article) => `articles/${article.id}/`)];
  for (const target of targets) {
    await page.goto(target);
    const report = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      const content = [...document.querySelectorAll('.article-body [id], .intro [id]')]
        .filter((element) => !(element.matches('span.s') && /^s-[0-9a-f]{8}(-\d+)?$/.test(element.id)))
        .map((element) => element.id)
        .filter((id) => !id.startsWith('user-content-'));
      return { duplicates: ids.filter((id, i) => ids.indexOf(id) !== i), unprefixed: content };
    });
    expect(report, target).toEqual({ duplicates: [], unprefixed: [] });
  }
});

test('names and titles cannot reverse the text around them', async ({ page }) => {
  await page.goto(ANCHORS);
  const text = await page.evaluate(() => document.documentElement.outerHTML);
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  await expect(page.locator('.reader > header h1')).toHaveText('Forged anchors and focus traps');
  // Content text in inline elements is isolated, so its direction stays inside it.
  const styles = await page.locator('.meta a, .article-body a, .article-body span.s').evaluateAll((elements) =>
    [...new Set(elements.map((element) => getComputedStyle(element).unicodeBidi))],
  );
  expect(styles).toEqual(['isolate']);
});
