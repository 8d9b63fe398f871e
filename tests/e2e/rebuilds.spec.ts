/**
 * Builds that must agree with each other: two clean builds of the same content are byte-identical,
 * and after three new articles join the seed story (corroborating and contradicting it), every claim
 * URL issued before still reaches the right claim in a real browser, directly or through the 404
 * page's alias redirect.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listFiles } from '../support/dist.ts';
import { readExport } from '../support/export.ts';
import { freePort, startPreview, type Preview } from '../support/preview.ts';
import { assembleContent, buildSite, ROOT, type BuildOptions } from '../support/site-build.ts';

test.describe.configure({ mode: 'serial', timeout: 600_000 });

const seed = (): string => assembleContent('rebuild-seed', [path.join(ROOT, 'content')]);
const site = 'http://localhost:4331';
const first: BuildOptions = { name: 'rebuild-a', contentDir: '', site };
const second: BuildOptions = { name: 'rebuild-b', contentDir: '', site };
const grown: BuildOptions = { name: 'rebuild-grown', contentDir: '', site };

interface ExportedClaim {
  id: string;
  story: string;
  url: string;
  evidence: Array<{ article: string; sentenceId: string; stance: string }>;
}

const claimsOf = (options: BuildOptions): ExportedClaim[] => readExport<ExportedClaim>(path.join(ROOT, '.cache/tests', options.name, 'dist')).claims;

test.beforeAll(() => {
  first.contentDir = seed();
  second.contentDir = first.contentDir;
  grown.contentDir = assembleContent('rebuild-grown', [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/permalinks')]);
  for (const options of [first, second, grown]) {
    const result = buildSite(options);
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  }
});

test('two clean builds of the same content are byte-identical', () => {
  const distA = path.join(ROOT, '.cache/tests', first.name, 'dist');
  const distB = path.join(ROOT, '.cache/tests', second.name, 'dist');
  const files = listFiles(distA);
  expect(files.length).toBeGreaterThan(50);
  expect(listFiles(distB)).toEqual(files);
  const different = files.filter((file) => !readFileSync(path.join(distA, file)).equals(readFileSync(path.join(distB, file))));
  expect(different).toEqual([]);
});

test.describe('permalinks after three new articles', () => {
  let preview: Preview;
  test.beforeAll(async () => {
    preview = await startPreview(grown, await freePort());
  });
  test.afterAll(() => preview.stop());

  test('the new articles changed the claims', () => {
    const before = new Set(claimsOf(first).map((claim) => claim.id));
    const after = new Set(claimsOf(grown).map((claim) => claim.id));
    const gone = [...before].filter((id) => !after.has(id));
    const added = [...after].filter((id) => !before.has(id));
    expect(gone.length + added.length).toBeGreaterThan(0);
  });

  test('every claim URL issued before still reaches a claim holding one of its sentences, or lists the candidates', async ({ page }) => {
    const now = new Map(claimsOf(grown).map((claim) => [claim.id, claim]));
    const failures: string[] = [];
    let redirected = 0;
    let candidates = 0;
    let sentences = 0;
    for (const claim of claimsOf(first)) {
      const old = new URL(claim.url).pathname;
      // The 404 page may redirect (with a notice) or list candidates; wait for either.
      await page.goto(new URL(old, preview.url).href, { waitUntil: 'commit' });
      // A claim without a full page (one article states it) leads to its sentence in that article.
      const settled = await page
        .waitForFunction(
          () =>
            document.querySelector('article.claim h1') !== null ||
            document.querySelector('#candidates:not([hidden]) li') !== null ||
            (location.pathname.includes('/articles/') && document.querySelector('.s:target') !== null),
          null,
          { timeout: 10_000 },
        )
        .then(() => true, () => false);
      const sentence = /\/articles\/([a-z0-9-]+)\/$/.exec(new URL(page.url()).pathname)?.[1];
      if (settled && sentence) {
        const sentenceId = new URL(page.url()).hash.slice(1);
        sentences++;
        if (!claim.evidence.some((o) => o.article === sentence && o.sentenceId === sentenceId)) failures.push(`${claim.id} → ${page.url()}, not one of its sentences`);
        continue;
      }
      const landed = /\/claims\/([a-z0-9-]+)\/$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
      const target = now.get(landed);
      const holds = target?.evidence.some((e) => claim.evidence.some((o) => o.article === e.article && o.sentenceId === e.sentenceId));
      if (!settled) failures.push(`${claim.id}: neither a claim nor candidates at ${page.url()}`);
      else if (await page.locator('#candidates li').count()) candidates++;
      else if (!holds) failures.push(`${claim.id} → ${landed}, which holds none of its sentences`);
      else if (new URL(page.url()).pathname !== old) {
        redirected++;
        // The notice is shown by the claim page's script, just after the page itself.
        const notice = await page.locator('#redirect-notice').waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
        if (!notice) failures.push(`${claim.id} → ${landed} without a notice`);
      }
    }
    expect(failures).toEqual([]);
    console.log(
      `permalinks: ${claimsOf(first).length} old claim URLs checked, ${redirected} redirected with a notice, ${candidates} lead to candidates, ${sentences} to their sentence`,
    );
  });

  test('a claim URL whose hash no sentence has any more says so on the 404 page', async ({ page }) => {
    await page.goto(new URL('claims/no-such-claim-0badc0de/', preview.url).href);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.locator('#redirect-status')).toContainText('no longer valid');
  });
});
