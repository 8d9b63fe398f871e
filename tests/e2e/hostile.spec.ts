/**
 * No script from content, ever. The e2e build includes a story of hostile articles (scripts, event
 * handlers, javascript: and data: URLs, SVG and MathML tricks, iframes, CSS expressions, entities
 * that decode to tags, quotes in Markdown titles, hostile frontmatter). This scans the built files
 * and then opens every page of that story, its claims and a search for the hostile text in
 * Chromium: nothing executes and no dialog opens.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readPages, walk } from '../support/dist.ts';
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
      if (['iframe', 'object', 'embed', 'svg', 'math', 'base', 'frame'].includes(element.tagName) && !isOurIcon(element)) {
        problems.push(`${page.file}: <${element.tagName}>`);
      }
      if (element.tagName === 'meta' && /refresh/i.test(String(element.properties.httpEquiv ?? ''))) problems.push(`${page.file}: meta refresh`);
    });
  }
  expect(problems).toEqual([]);
});

/** The verdict icons are the site's own inline SVG (aria-hidden, class icon). */
function isOurIcon(element: { tagName: string; properties: Record<string, unknown> }): boolean {
  const className = element.properties.className;
  return element.tagName === 'svg' && Array.isArray(className) && className.includes('icon') && element.properties.ariaHidden === 'true';
}

test('no page of the hostile story runs anything in a browser', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const data = JSON.parse(readFileSync(path.join(DIST, 'data/claims.json'), 'utf8')) as {
    articles: Array<{ id: string; story: string }>;
    claims: Array<{ id: string; story: string; statement: string }>;
  };
  const articles = data.articles.filter((article) => article.story === STORY);
  const claims = data.claims.filter((claim) => claim.story === STORY);
  expect(articles.length).toBe(2);
  expect(claims.length).toBeGreaterThan(3);
  const paths = [
    `stories/${STORY}/`,
    ...articles.map((article) => `articles/${article.id}/`),
    ...claims.map((claim) => `claims/${claim.id}/`),
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
  await expect(page.locator('h1')).toContainText("<script>alert('entity')</script>");
  expect(await page.locator('script:not([type="application/ld+json"])', { hasText: 'alert' }).count()).toBe(0);
});
