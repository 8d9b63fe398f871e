/**
 * The reader-facing pages on the built site under /factcheck/: claim pages, the story matrix,
 * annotated articles, the ClaimReview block, permalink redirects, accessibility and keyboard use.
 * Claims are found through the public data (/data/claims.json and its story files), never by hard-coded slugs.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sentenceKey } from '../../src/review/claim-ids.ts';
import { fetchExport, hasFullPage, hasOwnPage } from '../support/export.ts';

interface ExportedClaim {
  id: string;
  url: string;
  story: string;
  kind: string;
  statement: string;
  verdict: string;
  flags: string[];
  reviewed: unknown;
  evidence: Array<{ article: string; sentenceId: string; text: string; stance: string; value: string | null }>;
}
interface Export {
  articles: Array<{ id: string; story: string; outlet: string }>;
  claims: ExportedClaim[];
}

const SEED_STORY = 'us-russia-talks-riyadh-2025';
let data: Export;

test.beforeAll(async ({ request }) => {
  data = await fetchExport<ExportedClaim>(request);
});

/** The seed claim whose evidence mentions all of the given words. */
function claimWith(words: string[], verdict?: string): ExportedClaim {
  const found = data.claims.find(
    (claim) =>
      claim.story === SEED_STORY &&
      (!verdict || claim.verdict === verdict) &&
      words.every((word) => claim.evidence.some((evidence) => evidence.text.toLowerCase().includes(word.toLowerCase()))),
  );
  if (!found) throw new Error(`no claim with ${words.join(', ')}`);
  return found;
}

const claimPath = (claim: ExportedClaim): string => `claims/${claim.id}/`;

test('the three-stage plan claim page says disputed and its denial links to the sentence in the article', async ({ page }) => {
  const claim = claimWith(['three-stage'], 'disputed');
  await page.goto(claimPath(claim));
  await expect(page.locator('h1')).toContainText(/three-stage/i);
  await expect(page.locator('.verdict-line .badge')).toHaveText(/Disputed/);
  await expect(page.locator('.flags')).toContainText('Anonymous sourcing');

  const denial = page.locator('table.evidence tr.stance-denies');
  await expect(denial).toHaveCount(1);
  await expect(denial).toContainText('denied any knowledge');
  const link = denial.getByRole('link', { name: /Read in context/ });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/factcheck\/articles\/[a-z0-9-]+\/#s-[0-9a-f]{8}(-\d+)?$/);

  await link.click();
  const id = href.split('#')[1] ?? '';
  const sentence = page.locator(`[id="${id}"]`);
  await expect(sentence).toContainText('Lavrov denied any knowledge');
  await expect(sentence).toBeInViewport();
  const background = await sentence.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
});

test('the meeting-length claim page shows each outlet’s value side by side', async ({ page }) => {
  const claim = claimWith(['4.5-hour'], 'conflicting');
  await page.goto(claimPath(claim));
  const values = page.locator('dl.values');
  await expect(values.locator('div', { hasText: 'Kyiv Post' }).locator('dd')).toHaveText(/four hours/);
  await expect(values.locator('div', { hasText: 'The Moscow Times' }).locator('dd')).toHaveText(/4\.5 hours/);
  await expect(values.locator('div', { hasText: 'RFE/RL' }).locator('dd')).toHaveText(/more than four hours/);
  await expect(page.locator('article.claim > header .explanation')).toContainText('4.5 hours');
});

test('the story matrix has a row per claim of the page that several outlets report, and a column per outlet', async ({ page }) => {
  await page.goto(`stories/${SEED_STORY}/`);
  const outletOf = new Map(data.articles.map((article) => [article.id, article.outlet]));
  // The claims this page lists (50 a page, contested first), as cards and one-line items.
  const listed = new Set(await page.locator('.card-list .claim-card .statement a, ul.story-compact > li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
  // A claim links to its page, or (one without a page of its own) to one of its sentences.
  const hrefs = (claim: ExportedClaim): string[] =>
    hasOwnPage(claim) ? [`/factcheck/claims/${claim.id}/`] : claim.evidence.map((e) => `/factcheck/articles/${e.article}/#${e.sentenceId}`);
  const onPage = data.claims.filter((claim) => claim.story === SEED_STORY && hrefs(claim).some((href) => listed.has(href)));
  expect(onPage.length).toBeGreaterThan(0);
  // The matrix compares outlets: a claim that one outlet reports would be a row with one cell.
  const compared = onPage.filter((claim) => new Set(claim.evidence.map((e) => outletOf.get(e.article))).size > 1);
  expect(compared.length).toBeGreaterThan(0);
  const outlets = new Set(compared.flatMap((claim) => claim.evidence.map((e) => outletOf.get(e.article))));
  const matrix = page.locator('table.matrix');
  await expect(matrix.locator('tbody tr')).toHaveCount(compared.length);
  // Claim and verdict columns, then one per outlet.
  await expect(matrix.locator('thead th')).toHaveCount(2 + outlets.size);
  // Each cell names the outlet's stance; an empty cell means "not mentioned", as the caption says.
  const cells = await matrix.locator('tbody td:not(.verdict)').evaluateAll((elements) => elements.map((element) => [element.className, element.textContent]));
  expect(cells.length).toBe(compared.length * outlets.size);
  for (const [className, text] of cells) {
    expect([['s', 'Supports'], ['c', 'Conflicts'], ['d', 'Denies'], ['', '']]).toContainEqual([className, text]);
  }
  await expect(matrix.locator('caption')).toContainText('An empty cell: the outlet does not mention the claim.');
  // The seed story has no reviews: the caption says its verdicts are automatic, and no cell repeats it.
  await expect(matrix.locator('caption')).toContainText('Verdicts are automatic unless marked Reviewed.');
  await expect(matrix.locator('td.verdict .review-badge')).toHaveCount(0);
  // Contested claims come first.
  const firstVerdicts = await matrix.locator('tbody tr td.verdict').allTextContents();
  const firstUncontested = firstVerdicts.findIndex((text) => !/Disputed|Conflicting/.test(text));
  expect(firstVerdicts.slice(firstUncontested).some((text) => /Disputed|Conflicting/.test(text))).toBe(false);
});

test('a story’s claim cards explain a disputed claim, and leave a corroborated one’s explanation to its page', async ({ page }) => {
  const disputed = claimWith(['three-stage'], 'disputed');
  const corroborated = data.claims.find((claim) => claim.verdict === 'corroborated' && hasOwnPage(claim));
  expect(corroborated).toBeDefined();
  const explanations = new Map(
    (await fetchExport<ExportedClaim & { explanation: string }>(page.request)).claims.map((claim) => [claim.id, claim.explanation]),
  );
  const card = (claim: ExportedClaim) => page.locator('.claim-card', { has: page.locator(`a[href="/factcheck/claims/${claim.id}/"]`) });
  await page.goto(`stories/${SEED_STORY}/`);
  await expect(card(disputed).locator('.explanation')).toHaveText(explanations.get(disputed.id) ?? '');
  await page.goto(`stories/${corroborated?.story}/`);
  await expect(card(corroborated as ExportedClaim)).toHaveCount(1);
  await expect(card(corroborated as ExportedClaim).locator('.explanation')).toHaveCount(0);
});

test('a story’s feed carries its newest 25 claim changes', async ({ request }) => {
  const claims = data.claims.filter((claim) => claim.story === SEED_STORY).length;
  const xml = await (await request.get(`stories/${SEED_STORY}/rss.xml`)).text();
  expect(xml.split('<item>').length - 1).toBe(Math.min(25, claims));
});

test('the claims index lists the contested and reviewed claims, each linked to its page, and leads to the stories for the rest', async ({ page }) => {
  const listed = data.claims.filter((claim) => hasFullPage(claim));
  expect(listed.length).toBeGreaterThan(0);
  expect(listed.length).toBeLessThan(data.claims.length);
  await page.goto('claims/');
  const rows = await page.locator('ul.claim-index li.row a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(rows.sort()).toEqual(listed.map((claim) => `/factcheck/claims/${claim.id}/`).sort());
  await expect(page.locator('main p.muted a', { hasText: 'Each story’s page' })).toHaveAttribute('href', '/factcheck/stories/');
});

test('a person’s page shows the first three wordings of a quote and leads to the claim for the rest', async ({ page }) => {
  const wordings = (claim: ExportedClaim & { speakers?: string[] }): number => new Set(claim.evidence.map((e) => JSON.stringify([e.text, e.stance, e.value]))).size;
  const all = (await fetchExport<ExportedClaim & { speakers: string[] }>(page.request)).claims;
  const claim = all.find((candidate) => candidate.speakers.length > 0 && wordings(candidate) > 3);
  expect(claim).toBeDefined();
  await page.goto('people/');
  await page.locator('main a', { hasText: claim?.speakers[0] ?? '-' }).first().click();
  const card = page.locator('.entity-said > li.card', { has: page.locator(`h3 a[href="/factcheck/claims/${claim?.id}/"]`) });
  await expect(card.locator('ul.wordings > li:not(.more)')).toHaveCount(3);
  await expect(card.locator('ul.wordings > li.more a')).toHaveText(`${wordings(claim as ExportedClaim) - 3} more wording${wordings(claim as ExportedClaim) - 3 === 1 ? '' : 's'} with the claim`);
  await expect(card.locator('ul.wordings > li.more a')).toHaveAttribute('href', `/factcheck/claims/${claim?.id}/`);
});

test('an article marks its claim sentences and links each to its claim', async ({ page }) => {
  const claim = claimWith(['three-stage'], 'disputed');
  const evidence = claim.evidence[0];
  expect(evidence).toBeDefined();
  await page.goto(`articles/${evidence?.article}/`);
  const marked = page.locator(`[id="${evidence?.sentenceId}"]`);
  // Underlined in the verdict's style, from the note that follows it.
  expect(await marked.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline');
  expect(await marked.evaluate((element) => getComputedStyle(element).textDecorationStyle)).toBe('wavy');
  const note = page.locator(`[id="${evidence?.sentenceId}"] + a.claim-note`);
  await expect(note).toContainText('Disputed');
  await expect(note).toHaveAttribute('href', `/factcheck/claims/${claim.id}/`);
  // Ten thousand article pages a year have the slim frame: no link-preview tags, a link to search.
  await expect(page.locator('meta[property^="og:"], meta[name^="twitter:"], form[data-search-box]')).toHaveCount(0);
  await expect(page.locator('header.site-header a', { hasText: 'Search' })).toHaveAttribute('href', '/factcheck/search/');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
});

test('a near-duplicate article says which article it duplicates', async ({ page }) => {
  await page.goto('articles/moscow-times-peace-talks-2/');
  await expect(page.locator('.notice')).toContainText('near-duplicate');
  await expect(page.locator('.notice a')).toHaveAttribute('href', '/factcheck/articles/moscow-times-peace-talks/');
});

test('an old claim URL whose claim has merged redirects to the claim that holds its sentence, with a notice', async ({ page }) => {
  // Simulate the id a claim had when it stood on another of its sentences: that sentence's key
  // (src/review/claim-ids.ts) and a claim part no current claim has.
  const holders = new Map<string, number>();
  for (const c of data.claims) for (const e of c.evidence) holders.set(`${e.article} ${e.sentenceId}`, (holders.get(`${e.article} ${e.sentenceId}`) ?? 0) + 1);
  const claim = data.claims.find((c) => hasOwnPage(c) && c.evidence.length >= 2 && c.evidence.slice(1).some((e) => holders.get(`${e.article} ${e.sentenceId}`) === 1));
  expect(claim).toBeDefined();
  const sentence = claim?.evidence.slice(1).find((e) => holders.get(`${e.article} ${e.sentenceId}`) === 1);
  const key = sentenceKey(sentence?.article ?? '', sentence?.sentenceId ?? '');
  expect(data.claims.some((c) => c.id.endsWith(`-${key}ffff`))).toBe(false);
  await page.goto(`claims/an-older-wording-of-this-claim-${key}ffff/`, { waitUntil: 'commit' });
  await page.waitForURL(`**/claims/${claim?.id}/`);
  await expect(page.locator('#redirect-notice')).toContainText('was merged into this one as new reports came in');
  await expect(page.locator(`:is(table.evidence, ul.evidence-list) a[href$="#${sentence?.sentenceId}"]`).first()).toBeAttached();
});

test('a claim URL from before unique ids (words and the anchor sentence hash) still reaches its claim', async ({ page }) => {
  // Older ids ended in the 8 hex of a sentence; pick a sentence only one claim holds.
  const owners = new Map<string, Set<string>>();
  for (const c of data.claims) for (const e of c.evidence) owners.set(e.sentenceId.slice(2, 10), (owners.get(e.sentenceId.slice(2, 10)) ?? new Set()).add(c.id));
  const claim = data.claims.find((c) => hasOwnPage(c) && owners.get(c.evidence[0]?.sentenceId.slice(2, 10) ?? '')?.size === 1);
  const hash = claim?.evidence[0]?.sentenceId.slice(2, 10);
  expect(hash).toMatch(/^[0-9a-f]{8}$/);
  await page.goto(`claims/some-older-words-${hash}/`, { waitUntil: 'commit' });
  await page.waitForURL(`**/claims/${claim?.id}/`);
  await expect(page.locator('#redirect-notice')).toBeVisible();
});

test('an automatic claim says it is an automatic comparison, not a truth rating', async ({ page }) => {
  const claim = claimWith(['three-stage'], 'disputed');
  expect(claim.reviewed ?? null).toBeNull(); // claims.json leaves review fields out of unreviewed claims
  await page.goto(claimPath(claim));
  await expect(page.locator('.verdict-line .review-badge')).toHaveText('Automatic');
  await expect(page.locator('.review-panel')).toContainText('not yet reviewed by an editor');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { reviewRating: Record<string, unknown> };
  // The explanation, cut at a word to 200 characters like the page's description.
  const explanation = `Not yet reviewed by an editor. ${(await page.locator('article.claim > header .explanation').textContent()) ?? ''}`;
  const rating = String(jsonLd.reviewRating.ratingExplanation);
  expect(rating.length).toBeLessThanOrEqual(200);
  if (explanation.length <= 200) expect(rating).toBe(explanation);
  else expect(explanation.startsWith(rating.replace(/…$/, ''))).toBe(true);
});

test('the ClaimReview JSON-LD parses and has the required properties', async ({ page }) => {
  const claim = claimWith(['three-stage'], 'disputed');
  await page.goto(claimPath(claim));
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const review = JSON.parse(json ?? '') as Record<string, unknown> & {
    reviewRating: Record<string, unknown>;
    itemReviewed: Record<string, unknown> & { appearance?: unknown[]; firstAppearance: Record<string, unknown> };
    author: Record<string, unknown>;
  };
  expect(review['@context']).toBe('https://schema.org');
  expect(review['@type']).toBe('ClaimReview');
  expect(review.url).toBe(page.url());
  expect(review.claimReviewed).toBe(claim.statement);
  expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(review.author['@type']).toBe('Organization');
  expect(review.reviewRating['@type']).toBe('Rating');
  // An automatic verdict: no numeric rating, and the rating says it is a comparison of sources.
  expect(review.reviewRating.alternateName).toBe('Disputed (automatic comparison of sources, not a truth rating)');
  expect(review.reviewRating.ratingValue).toBeUndefined();
  expect(review.itemReviewed['@type']).toBe('Claim');
  // Where the claim first appeared, with its date; the full list of appearances is for reviewed claims.
  const supporting = claim.evidence.filter((e) => e.stance === 'supports').map((e) => e.article);
  const first = data.articles.find((article) => article.id === supporting[0]) as { url?: string | null; published?: string } | undefined;
  expect(review.itemReviewed.firstAppearance).toMatchObject({ '@type': 'CreativeWork', url: first?.url, datePublished: first?.published });
  expect(review.itemReviewed.appearance).toBeUndefined();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', review.url as string);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', claim.statement);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});

/** Pages the accessibility audit covers, by kind. */
async function auditPages(): Promise<Array<[string, string]>> {
  const claim = claimWith(['three-stage'], 'disputed');
  return [
    ['home', './'],
    ['story', `stories/${SEED_STORY}/`],
    ['claim', claimPath(claim)],
    ...data.claims
      .filter((other) => other.verdict === 'corroborated' && hasOwnPage(other) && !hasFullPage(other))
      .slice(0, 1)
      .map((other): [string, string] => ['claim (compact page)', claimPath(other)]),
    ['article (excerpts)', 'articles/rferl-what-we-learned/'],
    ['article (full text)', 'articles/fixture-hostile-html/'],
    ['outlet', 'outlets/kyiv-post/'],
    ['people', 'people/'],
    ['organisations', 'organisations/'],
    ['stories', 'stories/'],
    ['contested stories', 'stories/contested/'],
    ...(data.claims.filter((claim) => claim.story === SEED_STORY).length > 50 ? [['story, second page', `stories/${SEED_STORY}/2/`] as [string, string]] : []),
    ['search', 'search/?q=lavrov'],
    ['person', `people/${data.claims.length > 0 ? 'yury-ushakov' : ''}/`],
    ['methodology', 'methodology/'],
    ['404', 'claims/there-is-no-such-claim-00000000/'],
  ];
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no accessibility violations (${scheme} theme)`, async ({ page }) => {
    // Many pages of axe on a shared 2-core machine: a generous budget (this is not a timing test).
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: scheme });
    const failures: string[] = [];
    for (const [name, path] of await auditPages()) {
      await page.goto(path);
      // The hostile fixture's own form controls are content under test elsewhere, not the page's.
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .exclude('.article-body input')
        .analyze();
      for (const violation of results.violations) {
        failures.push(`${name}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
}

/** Tabs through the page and returns how many of its links received focus. */
async function linksReachedByKeyboard(page: Page): Promise<{ reached: number; total: number; missed: string[] }> {
  const total = await page.locator('a[href]:visible').count();
  const reached = new Set<string>();
  for (let i = 0; i < total + 40; i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLAnchorElement)) return null;
      return `${[...document.querySelectorAll('a[href]')].indexOf(element)}`;
    });
    if (key !== null) reached.add(key);
  }
  const missed = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLAnchorElement>('a[href]')]
        .map((a, index) => ({ a, index }))
        // Rendered links only: not those inside a closed <details> (a disclosure the reader opens first).
        .filter(({ a, index }) => a.offsetParent !== null && a.checkVisibility() && !seen.includes(String(index)))
        .map(({ a }) => a.getAttribute('href') ?? ''),
    [...reached],
  );
  return { reached: reached.size, total, missed };
}

test('the keyboard alone reaches every link on the home, story and claim pages', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['./', `stories/${SEED_STORY}/`, claimPath(claimWith(['4.5-hour'], 'conflicting'))]) {
    await page.goto(path);
    const { missed, total } = await linksReachedByKeyboard(page);
    expect(total).toBeGreaterThan(5);
    expect(missed, path).toEqual([]);
  }
});

test('a claim page reads well on a phone and on a desktop', async ({ page }, testInfo) => {
  const claim = claimWith(['4.5-hour'], 'conflicting');
  for (const [name, width, height] of [['phone', 390, 844], ['desktop', 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.goto(claimPath(claim));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name}: no horizontal scrolling`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`claim-${name}.png`), fullPage: true });
  }
});
