/**
 * Uncontested automatic claims that one to three articles state have no page of their own: their URL
 * is a small page that leads to the sentence in the article, with and without JavaScript, under
 * /factcheck/; the article shows there the claim's verdict and statement and, for a claim several
 * articles state, the other articles' sentences with a link to each; and the site's own links lead
 * straight to the sentence. Claims are picked from the public data, never by slug.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saysWordForWord } from '../../src/lib/annotate-article.ts';
import { readPages, walk } from '../support/dist.ts';
import { fetchExport, hasOwnPage } from '../support/export.ts';
import { WORK } from '../support/site-build.ts';

interface ExportedClaim {
  id: string;
  story: string;
  statement: string;
  verdict: string;
  reviewed: unknown;
  evidence: Array<{ article: string; sentenceId: string; stance: string; text: string }>;
}

const BASE = '/factcheck/';
const DIST = path.join(WORK, 'e2e', 'dist');
const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)">/;
let claims: ExportedClaim[];

test.beforeAll(async ({ request }) => {
  claims = (await fetchExport<ExportedClaim>(request)).claims;
});

/** The served file of a claim URL, read from the build on disk. */
const claimFile = (claim: ExportedClaim): string => readFileSync(path.join(DIST, 'claims', claim.id, 'index.html'), 'utf8');

/**
 * A single-source claim with a small page, and the sentence it leads to: one of its own evidence
 * sentences. One whose statement is not its sentence word for word, so the note shows it.
 */
function soleClaim(): { claim: ExportedClaim; target: string } {
  for (const claim of claims.filter((candidate) => candidate.verdict === 'single-source' && candidate.evidence.every((e) => !saysWordForWord(e.text, candidate.statement)))) {
    const target = REFRESH.exec(claimFile(claim))?.[1];
    if (target) return { claim, target };
  }
  throw new Error('no claim has a small page: the e2e content should have a single-source claim');
}

/** A corroborated claim two articles state, with its small page's target. */
function pairedClaim(): { claim: ExportedClaim; target: string } {
  for (const claim of claims.filter(
    (candidate) =>
      candidate.verdict === 'corroborated' && new Set(candidate.evidence.map((e) => e.article)).size === 2 && candidate.evidence.every((e) => !saysWordForWord(e.text, candidate.statement)),
  )) {
    const target = REFRESH.exec(claimFile(claim))?.[1];
    if (target) return { claim, target };
  }
  throw new Error('no corroborated claim of two articles has a small page');
}

test('every claim URL in the data resolves: a full page, or a small page that leads to one of the claim’s sentences', () => {
  let small = 0;
  for (const claim of claims) {
    expect(existsSync(path.join(DIST, 'claims', claim.id, 'index.html')), claim.id).toBe(true);
    const html = claimFile(claim);
    const target = REFRESH.exec(html)?.[1];
    if (!target) {
      expect(html, claim.id).toContain('<article class="claim"');
      continue;
    }
    small++;
    expect(hasOwnPage(claim), `${claim.id} should have a page of its own`).toBe(false);
    expect(html).toContain(`<p data-verdict="${claim.verdict}">`);
    const sentence = claim.evidence.find((e) => target === `${BASE}articles/${e.article}/#${e.sentenceId}`);
    expect(sentence, `${claim.id} leads to ${target}`).toBeDefined();
    expect(html).toContain(`<a href="${target}">read it in its article</a>`);
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength(html) - Buffer.byteLength(claim.statement), claim.id).toBeLessThan(800);
  }
  expect(small).toBeGreaterThan(0);
  expect(small).toBeLessThan(claims.length);
});

test('no page of the site links to a small claim page: links lead to the sentence itself', () => {
  const small = new Set(claims.filter((claim) => REFRESH.test(claimFile(claim))).map((claim) => `${BASE}claims/${claim.id}/`));
  const found: string[] = [];
  for (const page of readPages(DIST, BASE)) {
    walk(page.tree, (element) => {
      const href = element.properties.href;
      if (typeof href === 'string' && small.has(href)) found.push(`${page.file} → ${href}`);
    });
  }
  expect(found).toEqual([]);
});

/** The claim's sentence is the page's target, and its note says "Single source" and shows the statement. */
async function expectLandedOn(page: Page, claim: ExportedClaim, target: string): Promise<void> {
  await page.waitForURL(`**${target}`);
  const [, sentenceId] = target.split('#');
  const sentence = page.locator(`[id="${sentenceId}"]`);
  await expect(page.locator(`[id="${sentenceId}"] + a.claim-note.verdict-single-source`)).toHaveCount(1);
  expect(await sentence.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('dotted');
  expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(sentenceId);
  const note = page.locator(`[id="${sentenceId}"] ~ a.claim-note.sole`).filter({ hasText: claim.statement });
  await expect(note).toHaveAccessibleName(`Single source claim: ${claim.statement}`);
  await expect(note.locator('.statement')).toBeVisible();
}

test('a single-source claim URL leads to its sentence in the article, which shows the claim', async ({ page }) => {
  const { claim, target } = soleClaim();
  await page.goto(`claims/${claim.id}/`);
  await expectLandedOn(page, claim, target);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the article with a single-source claim's statement shown at its sentence (${scheme} theme)`, async ({ page }) => {
    const { claim, target } = soleClaim();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(target.slice(BASE.length));
    await expectLandedOn(page, claim, target);
    // As in pages.spec.ts: a task-list checkbox in a fixture article's own text is the outlet's markup.
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).exclude('.article-body input').analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('a corroborated claim two articles state leads to its sentence, where the other article’s sentence stands beside it, linked', async ({ page }) => {
  const { claim, target } = pairedClaim();
  await page.goto(`claims/${claim.id}/`);
  await page.waitForURL(`**${target}`);
  const [path, sentenceId] = target.split('#');
  const note = page.locator(`[id="${sentenceId}"] ~ a.claim-note.sole.verdict-corroborated`).filter({ hasText: claim.statement });
  await expect(note).toHaveAccessibleName(`Corroborated claim: ${claim.statement}`);
  await expect(note.locator('.statement')).toBeVisible();
  const other = claim.evidence.find((e) => `${BASE}articles/${e.article}/` !== path);
  expect(other).toBeDefined();
  const beside = page.locator(`[id="${sentenceId}"] ~ span.also`).first();
  await expect(beside.locator('q')).toHaveText(other?.text ?? '-');
  await beside.locator(`a[href="${BASE}articles/${other?.article}/#${other?.sentenceId}"]`).click();
  // And the other article shows the first one's sentence beside its own.
  await expect(page.locator(`[id="${other?.sentenceId}"]`)).toBeInViewport();
  const first = claim.evidence.find((e) => e.sentenceId === sentenceId);
  await expect(page.locator(`[id="${other?.sentenceId}"] ~ span.also q`).filter({ hasText: first?.text ?? '-' })).toHaveCount(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a single-source claim URL still leads to its sentence', async ({ page }) => {
    const { claim, target } = soleClaim();
    await page.goto(`claims/${claim.id}/`);
    await expectLandedOn(page, claim, target);
  });
});

test('the story page links a single-source claim to its sentence, and the article marks it there with its statement', async ({ page }) => {
  const { claim, target } = soleClaim();
  await page.goto(`stories/${claim.story}/`);
  const link = page.locator(`main a[href="${target}"]`).filter({ hasText: claim.statement }).first();
  await expect(link).toBeAttached();
  await page.goto(target.slice(BASE.length).replace(/#.*/, ''));
  // The article counts its claims by verdict (an excerpt page says so in a line, a full-text one
  // lists them too) and marks each at its sentence, with the statement of a claim without a page.
  await expect(page.locator('.reader .summary')).toContainText(/\d+ single-source/);
  const sentenceId = target.slice(target.indexOf('#') + 1);
  await expect(page.locator(`[id="${sentenceId}"] ~ a.claim-note.sole .statement`).filter({ hasText: claim.statement })).toHaveCount(1);
});
