/**
 * Issue 14, a reader's experience of a fact-check desk, on the built site under /factcheck/:
 * share cards and share links, feed autodiscovery, search that finds what readers type (several
 * words in any order, typos, quoted phrases from evidence), suggestions that are real links, excerpt
 * pages that quote only cited sentences, printing without the chrome, and the phone header.
 * Claims and words to search for are picked from the public data (/data/claims.json and the story
 * files it lists) at test time by property.
 */
import { expect, test, type Page } from '@playwright/test';
import { STOPWORDS as INDEX_STOPWORDS } from '../../src/search/tokens.ts';
import { fetchExport, hasFullPage, hasOwnPage } from '../support/export.ts';
import { landsOn } from '../support/small-pages.ts';

interface ExportedClaim {
  id: string;
  story: string;
  statement: string;
  verdict: string;
  speakers: string[];
  reviewed: unknown;
  evidence: Array<{ article: string; outlet: string; sentenceId: string; text: string; stance: string }>;
}
interface Export {
  stories: Array<{ id: string; title: string }>;
  articles: Array<{ id: string; story: string; outlet: string; url: string | null; title?: string }>;
  claims: ExportedClaim[];
}

const BASE = '/factcheck/';
const SEED_STORY = 'us-russia-talks-riyadh-2025';
const STOPWORDS = new Set(
  'a about after all also an and any are as at be because been being both but by can could do does did each for from had has have he her here him his how i if in into is it its may more most not of on or other our over she should so some such than that the their them then there these they this those to too us very was we were what when where which while who why will with would you your said'.split(
    ' ',
  ),
);

let data: Export;
test.beforeAll(async ({ request }) => {
  data = (await fetchExport<ExportedClaim>(request)) as unknown as Export;
});

/** Lower-case words of a text, as a reader would type them. */
const words = (text: string): string[] => (text.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => word.length > 2);

/** In how many claims (statement, speakers or evidence) each word occurs. */
function claimFrequency(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const claim of data.claims) {
    const text = [claim.statement, ...claim.speakers, ...claim.evidence.map((evidence) => evidence.text)].join(' ');
    for (const word of new Set(words(text))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** The links of the claim results on the search page for a query. */
async function claimResults(page: Page, query: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('.search-page-summary')).toContainText(/for “/);
  return page.locator('a.search-result-claim').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** Where a claim's search result leads: its page (a claim without one has no result: its article's is found). */
const claimHrefs = (claim: ExportedClaim): string[] => [`${BASE}claims/${claim.id}/`];
/** The claims search has a record of: those with a page of their own. */
const searchable = (): ExportedClaim[] => data.claims.filter(hasOwnPage);
/** The result link of `claim` among `results`, or undefined. */
const claimHref = (results: readonly string[], claim: ExportedClaim): string | undefined => claimHrefs(claim).find((href) => results.includes(href));

test.describe('sharing', () => {
  /** Fetches the og:image of a page, checks it is a 1200×630 PNG on this site, and returns its path. */
  async function checkShareImage(page: Page, path: string): Promise<string> {
    await page.goto(path);
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    const url = new URL(image);
    expect(url.pathname).toMatch(/^\/factcheck\/cards\/(claims|stories)\/[a-z0-9-]+\.png$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    // X falls back to the Open Graph title, description and image; a second copy of each would only weigh.
    await expect(page.locator('meta[name="twitter:image"], meta[name="twitter:title"], meta[name="twitter:description"]')).toHaveCount(0);
    await expect(page.locator('meta[name="twitter:image:alt"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);
    const response = await page.request.get(url.pathname);
    expect(response.status()).toBe(200);
    const png = await response.body();
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(png.length).toBeLessThan(60_000);
    return url.pathname;
  }

  test('a claim and a story each have a 1200×630 share card, referenced by og:image (X reads it there too)', async ({ page }) => {
    const claim = data.claims.find((candidate) => candidate.verdict === 'disputed') ?? data.claims.find((candidate) => candidate.verdict === 'conflicting');
    expect(claim).toBeDefined();
    expect(await checkShareImage(page, `claims/${claim?.id}/`)).toBe(`${BASE}cards/claims/${claim?.id}.png`);
    expect(await checkShareImage(page, `stories/${SEED_STORY}/`)).toBe(`${BASE}cards/stories/${SEED_STORY}.png`);
  });

  test('an uncontested automatic claim has a compact page: its evidence, without link-preview tags, ClaimReview, share section or card', async ({ page }) => {
    const claim = data.claims.find((candidate) => hasOwnPage(candidate) && !hasFullPage(candidate) && candidate.evidence.length >= 2);
    expect(claim).toBeDefined();
    await page.goto(`claims/${claim?.id}/`);
    await expect(page.locator('h1')).toHaveText(claim?.statement ?? '');
    await expect(page.locator('.verdict-line .review-badge')).toHaveText('Automatic');
    await expect(page.locator('.review-panel')).toContainText('not yet reviewed by an editor');
    // Every sentence, each with its links to the article and the original.
    for (const evidence of claim?.evidence ?? []) {
      await expect(page.locator(`ul.evidence-list a[href="${BASE}articles/${evidence.article}/#${evidence.sentenceId}"]`)).toHaveText('Read in context');
    }
    // The original is linked from the article page "Read in context" leads to, not from each row.
    await expect(page.locator('ul.evidence-list a', { hasText: 'Original' })).toHaveCount(0);
    // Every sentence supports it: a line says so, and there is no Stance column to repeat it.
    await expect(page.locator('p.evidence-note')).toHaveText('Every sentence here supports the claim.');
    await expect(page.locator('table.evidence')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new URL(`${BASE}claims/${claim?.id}/`, page.url()).href);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property^="og:"], meta[name^="twitter:"], script[type="application/ld+json"], .share, .related, form[data-search-box]')).toHaveCount(0);
    await expect(page.locator('header.site-header a', { hasText: 'Search' })).toHaveAttribute('href', `${BASE}search/`);
    expect((await page.request.get(`cards/claims/${claim?.id}.png`)).status()).toBe(404);
    const first = claim?.evidence[0];
    const article = data.articles.find((candidate) => candidate.id === first?.article);
    if (article?.url) {
      await page.locator(`ul.evidence-list a[href="${BASE}articles/${first?.article}/#${first?.sentenceId}"]`).click();
      await expect(page.locator('.reader > header a', { hasText: 'Original article' })).toHaveAttribute('href', article.url);
    }
  });

  test('share links are plain links with the page address; the share button appears where the browser can share', async ({ page }) => {
    const claim = data.claims.find(hasFullPage) as ExportedClaim;
    await page.goto(`claims/${claim.id}/`);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    const links = page.locator('.share a.share-link');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    for (const href of await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? ''))) {
      expect(decodeURIComponent(href.replace(/\+/g, ' '))).toContain(canonical);
    }
    // Headless Chromium has no share sheet: the button stays hidden…
    await expect(page.locator('button[data-share-text]')).toBeHidden();
    // …and where there is one, it shares the page.
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', { value: (payload: unknown) => (shared.push(payload), Promise.resolve()) });
    });
    await page.reload();
    await page.locator('button[data-share-text]').click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: Array<{ url: string }> }).__shared);
    expect(shared[0]?.url).toBe(canonical);
    // No script from another site anywhere on the page.
    const scripts = await page.locator('script[src]').evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''));
    for (const src of scripts) expect(src).toMatch(/^\/factcheck\//);
  });

  test('every page names the site feed, and story pages their story feed, in the head', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${BASE}rss.xml`);
    await page.goto(`stories/${SEED_STORY}/`);
    const feeds = await page
      .locator('link[rel="alternate"][type="application/rss+xml"]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href')));
    expect(feeds).toEqual([`${BASE}rss.xml`, `${BASE}stories/${SEED_STORY}/rss.xml`]);
  });

  test('printing a claim shows the claim, verdict, evidence and link targets, and hides the site chrome', async ({ page }) => {
    const claim = data.claims.find((candidate) => hasFullPage(candidate) && candidate.evidence.length >= 2) ?? (data.claims.find(hasFullPage) as ExportedClaim);
    await page.goto(`claims/${claim.id}/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header.site-header', 'footer.site-footer', 'form[data-search-box]', '.share', '.breadcrumbs', '.skip-link']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('.verdict-line')).toBeVisible();
    await expect(page.locator('table.evidence')).toBeVisible();
    // Link targets are printed after the link text.
    const link = page.locator('table.evidence a[href*="/articles/"]').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toContain('/factcheck/articles/');
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('header.site-header')).toBeVisible();
  });
});

test.describe('search finds what readers type', () => {
  test('two words of a claim, typed in the other order, find it', async ({ page }) => {
    const frequency = claimFrequency();
    // A claim with two words in its statement that few other claims share.
    const picked = searchable()
      .map((claim) => {
        const rare = [...new Set(words(claim.statement))].filter((word) => !STOPWORDS.has(word)).sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b));
        return { claim, pair: rare.slice(0, 2) };
      })
      .find(({ pair }) => pair.length === 2 && (frequency.get(pair[1] as string) ?? 99) <= 3);
    expect(picked).toBeDefined();
    const query = `${picked?.pair[1]} ${picked?.pair[0]}`;
    expect(claimHref(await claimResults(page, query), picked?.claim as ExportedClaim), query).toBeDefined();
  });

  test('a word from the statement and one only in the evidence find the claim together', async ({ page }) => {
    const frequency = claimFrequency();
    const picked = searchable()
      .map((claim) => {
        const inStatement = new Set(words(claim.statement));
        const fromEvidence = claim.evidence.flatMap((evidence) => words(evidence.text)).filter((word) => !inStatement.has(word) && !STOPWORDS.has(word));
        const byRarity = (list: string[]): string[] => [...new Set(list)].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || a.localeCompare(b));
        return { claim, statementWord: byRarity([...inStatement].filter((word) => !STOPWORDS.has(word)))[0], evidenceWord: byRarity(fromEvidence)[0] };
      })
      .find(({ statementWord, evidenceWord }) => statementWord && evidenceWord && (frequency.get(statementWord) ?? 99) <= 3);
    expect(picked).toBeDefined();
    const query = `${picked?.evidenceWord} ${picked?.statementWord}`;
    expect(claimHref(await claimResults(page, query), picked?.claim as ExportedClaim), query).toBeDefined();
  });

  test('a misspelt word (two letters swapped) still finds the claim', async ({ page }) => {
    const frequency = claimFrequency();
    const picked = searchable()
      .flatMap((claim) => [...new Set(words(claim.statement))].filter((word) => word.length >= 7 && !STOPWORDS.has(word)).map((word) => ({ claim, word })))
      .sort((a, b) => (frequency.get(a.word) ?? 0) - (frequency.get(b.word) ?? 0) || a.word.localeCompare(b.word))[0];
    expect(picked).toBeDefined();
    const word = picked?.word ?? '';
    // Swap the third and fourth letters: "embassy" → "emabssy".
    const typo = `${word.slice(0, 2)}${word[3]}${word[2]}${word.slice(4)}`;
    expect(typo).not.toBe(word);
    expect(claimHref(await claimResults(page, typo), picked?.claim as ExportedClaim), typo).toBeDefined();
  });

  test('a quoted phrase from an evidence sentence finds its claim, and shows the sentence', async ({ page }) => {
    // Four words in a row from the middle of an evidence sentence that is not the statement.
    const picked = searchable()
      .flatMap((claim) =>
        claim.evidence
          .filter((evidence) => !evidence.text.includes(claim.statement))
          .map((evidence) => {
            const tokens = evidence.text.match(/[A-Za-z]+/g) ?? [];
            const start = Math.max(0, Math.floor(tokens.length / 2) - 2);
            return { claim, evidence, phrase: tokens.slice(start, start + 4).join(' ') };
          }),
      )
      .find(({ phrase, evidence }) => phrase.split(' ').length === 4 && evidence.text.includes(phrase) && phrase.split(' ').some((word) => !STOPWORDS.has(word.toLowerCase())));
    expect(picked).toBeDefined();
    const query = `"${picked?.phrase}"`;
    const href = claimHref(await claimResults(page, query), picked?.claim as ExportedClaim);
    expect(href, query).toBeDefined();
    const result = page.locator(`a.search-result-claim[href="${href}"]`);
    await expect(result).toContainText(picked?.phrase ?? '');
    // The same words in another order are not the phrase.
    const shuffled = `"${(picked?.phrase ?? '').split(' ').reverse().join(' ')}"`;
    expect(claimHref(await claimResults(page, shuffled), picked?.claim as ExportedClaim)).toBeUndefined();
  });

  test('a claim one article states is found through that article, whose result quotes its sentence', async ({ page }) => {
    const frequency = claimFrequency();
    const titles = new Map(data.articles.map((article) => [article.id, new Set(words(article.title ?? ''))]));
    const picked = data.claims
      .filter((claim) => !hasOwnPage(claim))
      .flatMap((claim) =>
        [...new Set(words(claim.evidence[0]?.text ?? ''))]
          // A word its article's headline does not show: the result then quotes the sentence that has it.
          .filter((word) => word.length > 5 && !STOPWORDS.has(word) && !INDEX_STOPWORDS.has(word) && !titles.get(claim.evidence[0]?.article ?? '')?.has(word))
          .map((word) => ({ claim, word })),
      )
      .sort((a, b) => (frequency.get(a.word) ?? 0) - (frequency.get(b.word) ?? 0) || a.word.localeCompare(b.word))[0];
    expect(picked).toBeDefined();
    const evidence = picked?.claim.evidence[0];
    const results = await claimResults(page, picked?.word ?? '');
    // No claim result leads to it: it has no record of its own.
    expect(results.some((href) => href.includes(picked?.claim.id ?? '-') || href.endsWith(`#${evidence?.sentenceId}`))).toBe(false);
    const article = page.locator(`a.search-result-article[href="${BASE}articles/${evidence?.article}/"]`);
    await expect(article).toBeVisible();
    await expect(article).toContainText(evidence?.text ?? '-');
  });

  test('an article is found by words of its text', async ({ page }) => {
    // A word that appears in an evidence sentence of one article and in no claim statement or headline.
    const statements = new Set(data.claims.flatMap((claim) => words(claim.statement)));
    const picked = data.claims
      .flatMap((claim) => claim.evidence.map((evidence) => ({ evidence, word: words(evidence.text).find((word) => word.length > 6 && !statements.has(word)) })))
      .find(({ word }) => word);
    expect(picked).toBeDefined();
    await page.goto(`search/?q=${encodeURIComponent(picked?.word ?? '')}`);
    await expect(page.locator(`a.search-result-article[href="${BASE}articles/${picked?.evidence.article}/"]`)).toBeVisible();
  });

  test('header suggestions are links: Ctrl+click and middle click open them in a new tab', async ({ page, context }) => {
    await page.goto('./');
    await page.locator('#site-search').fill('riyadh');
    const option = page.locator('#site-search-listbox a[role="option"]').first();
    await expect(option).toBeVisible();
    const href = (await option.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/factcheck\//);
    // A claim without a full page: the tab goes on from its small page to the sentence in the article.
    const lands = new URL(await landsOn(page.request, href), page.url()).pathname;
    for (const click of [{ modifiers: ['ControlOrMeta'] as Array<'ControlOrMeta'> }, { button: 'middle' as const }]) {
      const opened = context.waitForEvent('page');
      await option.click(click);
      const tab = await opened;
      await tab.waitForURL((url) => url.pathname === lands);
      expect(new URL(tab.url()).pathname).toBe(lands);
      await tab.close();
      await expect(page).toHaveURL(/\/factcheck\/$/);
    }
  });
});

test.describe('excerpts', () => {
  test('an excerpt article page quotes only cited sentences, each with at most one of context, and every evidence link lands', async ({ page }) => {
    // An article of an outlet that allows only excerpts (the seed outlets), with the fewest cited sentences.
    const cited = new Map<string, Set<string>>();
    for (const claim of data.claims) {
      for (const evidence of claim.evidence) {
        if (!evidence.article.startsWith('fixture-')) cited.set(evidence.article, (cited.get(evidence.article) ?? new Set()).add(evidence.sentenceId));
      }
    }
    // The first article (fewest cited sentences first) whose page leaves sentences out.
    let article = '';
    let ids = new Set<string>();
    let shownCount = 0;
    for (const [candidate, candidateIds] of [...cited].sort((a, b) => a[1].size - b[1].size || a[0].localeCompare(b[0]))) {
      await page.goto(`articles/${candidate}/`);
      const note = (await page.locator('.excerpt-note').textContent()) ?? '';
      const [, shown, total] = /(\d+) sentences? of (\d+)/.exec(note) ?? [];
      if (Number(shown) < Number(total)) {
        [article, ids, shownCount] = [candidate, candidateIds, Number(shown)];
        break;
      }
    }
    expect(article, 'an excerpt page that leaves sentences out').not.toBe('');

    const spans = await page.locator('.article-body .s').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.id,
        quoted: element.closest('blockquote') !== null,
        neighbours: [...(element.closest('p')?.querySelectorAll('.s') ?? [])].map((other) => other.id),
      })),
    );
    expect(spans.length).toBe(shownCount);
    for (const id of ids) expect(spans.map((span) => span.id)).toContain(id);
    const context = spans.filter((span) => !ids.has(span.id));
    expect(context.length).toBeLessThanOrEqual(ids.size);
    for (const span of spans) {
      expect(span.quoted, span.id).toBe(true);
      // A context sentence sits in the same quotation as a cited one, right next to it.
      if (!ids.has(span.id)) {
        const position = span.neighbours.indexOf(span.id);
        expect([span.neighbours[position - 1], span.neighbours[position + 1]].some((id) => id !== undefined && ids.has(id)), span.id).toBe(true);
      }
    }
    // Attributed and linked to the original.
    const source = data.articles.find((candidate) => candidate.id === article);
    if (source?.url) await expect(page.locator('figure.excerpt figcaption a').first()).toHaveAttribute('href', source.url);

    for (const id of ids) {
      await page.goto(`articles/${article}/#${id}`);
      const sentence = page.locator(`[id="${id}"]`);
      await expect(sentence).toBeInViewport();
      expect(await sentence.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    }
  });
});

test.describe('on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one row, search sits behind an icon, and the first claim shows above the fold', async ({ page }) => {
    for (const path of ['./', `stories/${SEED_STORY}/`]) {
      await page.goto(path);
      const header = await page.locator('header.site-header').boundingBox();
      expect(header?.height, path).toBeLessThan(70);
      for (const selector of ['a.brand', 'nav[aria-label="Main"]', 'a[data-search-toggle]']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect((box?.y ?? 0) + (box?.height ?? 0), selector).toBeLessThanOrEqual((header?.y ?? 0) + (header?.height ?? 0));
      }
      await expect(page.locator('#site-search')).toBeHidden();
      const firstClaim = page.locator('main a[href*="/claims/"]').first();
      const box = await firstClaim.boundingBox();
      expect((box?.y ?? 9999) + 20, `${path}: first claim above the fold`).toBeLessThan(844);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });
});
