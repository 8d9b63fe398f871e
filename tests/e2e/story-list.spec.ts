/**
 * The story list at scale: a content tree of 24 small stories over two months is built on its own
 * and served, and `/stories/` must paginate (20 a page, newest first), filter by month and to
 * contested stories, and the home page must stay short and lead to it.
 */
import { expect, test } from '@playwright/test';
import { fetchExport } from '../support/export.ts';
import { startPreview, type Preview } from '../support/preview.ts';
import { buildSite, type BuildOptions } from '../support/site-build.ts';
import { articleFile, OUTLETS_YAML, writeTree, type Tree } from '../support/content-tree.ts';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

const STORIES = 24;
const port = Number(process.env['E2E_PORT'] ?? '4330') + 50;
const options: BuildOptions = { name: 'story-list', contentDir: '', site: `http://localhost:${port}` };
let preview: Preview | undefined;

/** Story n: dated in February 2024 for n < 10, else in March 2024 (day n - 9). */
const dateOf = (n: number): string => (n < 10 ? `2024-02-${String(n + 10).padStart(2, '0')}` : `2024-03-${String(n - 9).padStart(2, '0')}`);

function tree(): Tree {
  const files: Tree = { 'outlets.yaml': OUTLETS_YAML };
  for (let n = 0; n < STORIES; n++) {
    const id = `story-${String(n).padStart(2, '0')}`;
    files[`stories/${id}.md`] = `---\ntitle: Harbour crane number ${n} collapses\ndate: ${dateOf(n)}\nsummary: Crane ${n} fell in the harbour.\n---\nIntroduction.\n`;
    files[`articles/${id}-planet.md`] = articleFile(
      { title: `Crane ${n} collapses`, story: id, published: dateOf(n) },
      `The harbour crane number ${n} collapsed on Monday, the port authority said. Nobody was hurt, officials said.\n`,
    );
    files[`articles/${id}-wire.md`] = articleFile(
      { title: `Harbour crane ${n} falls`, story: id, outlet: 'wire-one', published: dateOf(n) },
      // Every third story, the wire gives another number of injured workers than the paper.
      n % 3 === 0
        ? `The harbour crane number ${n} collapsed on Monday, the port authority said. Four workers were hurt, officials said.\n`
        : `The harbour crane number ${n} collapsed on Monday, the port authority said.\n`,
    );
  }
  return files;
}

interface Export {
  stories: Array<{ id: string }>;
  claims: Array<{ id: string; story: string; verdict: string }>;
}

test.beforeAll(async () => {
  // A whole site is built here: on a busy machine that takes longer than a test's 30 s.
  test.setTimeout(300_000);
  options.contentDir = writeTree(tree(), 'story-list-');
  const result = buildSite(options);
  expect(result.ok, result.output.slice(-3000)).toBe(true);
  preview = await startPreview(options, port);
});

test.afterAll(() => preview?.stop());

const url = (path: string): string => `${preview?.url ?? ''}${path}`;

test('/stories/ shows 20 stories a page, newest first, with links to the next and previous pages', async ({ page }) => {
  await page.goto(url('stories/'));
  await expect(page.locator('h1')).toHaveText('Stories, page 1 of 2');
  const titles = page.locator('article.story-summary h2');
  await expect(titles).toHaveCount(20);
  await expect(titles.first()).toHaveText(`Harbour crane number ${STORIES - 1} collapses`);
  const dates = await page.locator('article.story-summary time').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  await page.getByRole('link', { name: 'Next page' }).first().click();
  await expect(page).toHaveURL(/\/factcheck\/stories\/page\/2\/$/);
  await expect(page.locator('article.story-summary h2')).toHaveCount(STORIES - 20);
  await expect(page.locator('article.story-summary h2').last()).toHaveText('Harbour crane number 0 collapses');
  await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Previous page' }).first().click();
  await expect(page).toHaveURL(/\/factcheck\/stories\/$/);
});

test('the month filter lists that month’s stories only', async ({ page }) => {
  await page.goto(url('stories/'));
  await page.locator('.months summary').click();
  await page.getByRole('link', { name: 'February 2024' }).click();
  await expect(page).toHaveURL(/\/factcheck\/stories\/month\/2024-02\/$/);
  await expect(page.locator('article.story-summary')).toHaveCount(10);
  for (const date of await page.locator('article.story-summary time').evaluateAll((elements) => elements.map((element) => element.getAttribute('datetime') ?? ''))) {
    expect(date.startsWith('2024-02')).toBe(true);
  }
});

test('the contested filter lists exactly the stories with a disputed or conflicting claim', async ({ page }) => {
  const data = await fetchExport<Export['claims'][number]>(page.request, url('data/claims.json'));
  const contested = new Set(data.claims.filter((claim) => claim.verdict === 'disputed' || claim.verdict === 'conflicting').map((claim) => claim.story));
  await page.goto(url('stories/contested/'));
  const listed = await page.locator('article.story-summary h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(listed.map((href) => href.replace(/^.*\/stories\/([^/]+)\/$/, '$1')).sort()).toEqual([...contested].sort().slice(0, 20));
  await expect(page.getByRole('link', { name: 'Contested only' })).toHaveAttribute('aria-current', 'page');
});

test('the home page shows a bounded number of stories and leads to the full list', async ({ page }) => {
  await page.goto(url(''));
  expect(await page.locator('article.story-summary').count()).toBeLessThanOrEqual(13);
  await page.getByRole('link', { name: `All ${STORIES} stories` }).click();
  await expect(page).toHaveURL(/\/factcheck\/stories\/$/);
});
