/**
 * The editors' review layer on a built site, in Chromium: a made-up story (tests/fixtures/reviews/) is
 * built three times: before any review, with its reviews (one of each kind), and with the reviews plus
 * a new article (tests/fixtures/reviews-follow-up/). Each review action shows on the claim page beside
 * the automatic result; old URLs lead on with a notice; feeds, sitemap and data carry the review; the
 * pages pass axe at phone and desktop widths in both themes. Claims are picked from the data by what
 * they hold, never by hard-coded slugs.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { freePort, startPreview, type Preview } from '../support/preview.ts';
import { hasFullPage, hasOwnPage, readExport } from '../support/export.ts';
import { smallPageTarget } from '../support/small-pages.ts';
import { assembleContent, buildSite, ROOT, type BuildOptions } from '../support/site-build.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

/** A claim's evidence: a table when some sentence does not support the claim, else a list laid out as one. */
const EVIDENCE = ':is(table.evidence, ul.evidence-list)';
const EVIDENCE_ROWS = 'table.evidence tbody tr, ul.evidence-list > li';
const STORY = 'ardlow-bridge-reopens';
const FIXTURE = path.join(ROOT, 'tests/fixtures/reviews');
const FOLLOW_UP = path.join(ROOT, 'tests/fixtures/reviews-follow-up');

interface Evidence {
  article: string;
  sentenceId: string;
  text: string;
  stance: string;
  value: string | null;
  via: string | null;
}
interface Claim {
  id: string;
  url: string;
  story: string;
  statement: string;
  verdict: string;
  explanation: string;
  /** Absent on an automatic claim, as are rationale, note and automatic. */
  reviewed?: { by: string; date: string };
  rationale?: string;
  note?: string;
  automatic?: { verdict: string; statement: string };
  datePublished: string;
  dateModified: string;
  evidence: Evidence[];
}
interface Correction {
  date: string;
  by: string;
  claim: string | null;
  statement: string;
  changes: string[];
  rationale: string | null;
}
interface Data {
  articles: Array<{ id: string; outlet: string }>;
  claims: Claim[];
  corrections: Correction[];
}

const builds: Record<'before' | 'reviewed' | 'grown', BuildOptions & { port: number }> = {
  before: { name: 'reviews-before', contentDir: '', port: 0 },
  reviewed: { name: 'reviews-reviewed', contentDir: '', port: 0 },
  grown: { name: 'reviews-grown', contentDir: '', port: 0 },
};
const data = (which: keyof typeof builds): Data => readExport<Claim>(path.join(ROOT, '.cache/tests', builds[which].name, 'dist')) as unknown as Data;
let reviewedSite: Preview;
let grownSite: Preview;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  builds.before.contentDir = assembleContent(builds.before.name, [FIXTURE]);
  rmSync(path.join(builds.before.contentDir, 'reviews'), { recursive: true, force: true });
  builds.reviewed.contentDir = assembleContent(builds.reviewed.name, [FIXTURE]);
  builds.grown.contentDir = assembleContent(builds.grown.name, [FIXTURE, FOLLOW_UP]);
  for (const options of Object.values(builds)) {
    options.port = await freePort();
    options.site = `http://localhost:${options.port}`;
    const result = buildSite(options);
    expect(result.ok, result.output.slice(-3000)).toBe(true);
  }
  reviewedSite = await startPreview(builds.reviewed, builds.reviewed.port);
  grownSite = await startPreview(builds.grown, builds.grown.port);
});
test.afterAll(() => {
  reviewedSite?.stop();
  grownSite?.stop();
});

/** For a claim without a full page, the sentence its small page leads to (`/factcheck/articles/<id>/#s-…`), read from the build. */
function smallTarget(which: keyof typeof builds, claim: Claim): string | undefined {
  return smallPageTarget(readFileSync(path.join(ROOT, '.cache/tests', builds[which].name, 'dist', 'claims', claim.id, 'index.html'), 'utf8'));
}

/** A selector for the site's links to a claim: its page, or the sentence a claim without one leads to. */
function linkTo(which: keyof typeof builds, claim: Claim): string {
  const target = smallTarget(which, claim);
  return target ? `a[href="${target}"]` : `a[href$="/claims/${claim.id}/"]`;
}

/** The claim of a build whose evidence holds a sentence containing `words`. */
function claimHolding(which: keyof typeof builds, words: string, where: (claim: Claim) => boolean = () => true): Claim {
  const found = data(which).claims.find((claim) => claim.story === STORY && where(claim) && claim.evidence.some((e) => e.text.includes(words)));
  if (!found) throw new Error(`no claim holds "${words}" in the ${which} build`);
  return found;
}

const at = (site: Preview, claim: Claim): string => `${site.url}claims/${claim.id}/`;

test.describe('each review action on the claim page', () => {
  test('a corrected verdict stands beside the automatic one, with the rationale, the badge and the change log', async ({ page }) => {
    const claim = claimHolding('reviewed', 'The repairs cost 42 million crowns, according');
    expect(claim.reviewed).toEqual({ by: 'Mira Holt', date: '2031-04-14' });
    expect(claim.automatic?.verdict).not.toBe(claim.verdict);
    await page.goto(at(reviewedSite, claim));
    await expect(page.locator('.verdict-line .badge')).toHaveText('Corroborated');
    await expect(page.locator('.verdict-line .review-badge')).toHaveText('Reviewed');
    const panel = page.locator('.review-panel');
    await expect(panel.locator('h2')).toHaveText('Editors’ review');
    await expect(panel).toContainText('Reviewed by Mira Holt on 14 April 2031.');
    await expect(panel.locator('.decision')).toContainText(/The automatic check said (Conflicting|Single source|Disputed); the editors corrected it on 14 April 2031\./);
    await expect(panel.locator('.decision em')).toHaveText(/^(Conflicting|Single source|Disputed)$/);
    // The rationale explains the changed evidence, at the top of the page.
    await expect(page.locator('article.claim > header .explanation')).toHaveText(claim.rationale ?? '');
    await expect(page.locator('article.claim > header .meta')).toContainText('Updated 14 April 2031');
    const history = page.locator('.history .change');
    await expect(history.first()).toContainText('14 April 2031');
    await expect(history.first()).toContainText(/Reviewed by Mira Holt: .*removed North Wire’s sentence \(not the same fact\); verdict corrected from \w[\w ]* to Corroborated/);
    await expect(history.last()).toContainText('First reported by Lakeside Gazette');
  });

  test('a removed sentence is gone from the claim, an added one is there with the quoted words marked', async ({ page }) => {
    const cost = claimHolding('reviewed', 'The repairs cost 42 million crowns, according');
    expect(cost.evidence.some((e) => e.text.includes('48 million'))).toBe(false);
    await page.goto(at(reviewedSite, cost));
    // One row per wording (sentences that read the same share a row), and a link to every sentence:
    // a table when some sentence does not support the claim, else a list laid out as one.
    const wordings = new Set(cost.evidence.map((e) => JSON.stringify([e.text, e.stance, e.value, e.via])));
    await expect(page.locator(EVIDENCE_ROWS)).toHaveCount(wordings.size);
    for (const e of cost.evidence) await expect(page.locator(`${EVIDENCE} a[href$="articles/${e.article}/#${e.sentenceId}"]`)).toHaveCount(1);
    await expect(page.locator(EVIDENCE)).not.toContainText('48 million');

    const reopen = claimHolding('reviewed', 'The Ardlow toll bridge reopened to traffic on Thursday');
    const added = reopen.evidence.find((e) => e.text.startsWith('Cars are crossing the Ardlow span again'));
    expect(added?.stance).toBe('supports');
    await page.goto(at(reviewedSite, reopen));
    const row = page.locator(EVIDENCE_ROWS, { hasText: 'Cars are crossing the Ardlow span again' });
    await expect(row.locator('mark')).toHaveText('Cars are crossing the Ardlow span again');
    await row.getByRole('link', { name: /Read in context/ }).click();
    await expect(page.locator(`[id="${added?.sentenceId}"]`)).toBeInViewport();
  });

  test('a rewritten headline keeps the automatic one visible, and the note is rendered safely', async ({ page }) => {
    const reopen = claimHolding('reviewed', 'The Ardlow toll bridge reopened to traffic on Thursday');
    expect(reopen.statement).toBe('The Ardlow toll bridge reopened to traffic after eighteen months of repairs');
    await page.goto(at(reviewedSite, reopen));
    await expect(page.locator('h1')).toHaveText(reopen.statement);
    await expect(page.locator('.review-panel')).toContainText(`the automatic one read: ${reopen.automatic?.statement}`);
    const note = page.locator('.review-panel .note');
    await expect(note.locator('h3')).toHaveText('Editor’s note');
    await expect(note.locator('strong')).toHaveText('October 2029');
    await expect(note.getByRole('link', { name: 'repair notice' })).toHaveAttribute('rel', 'noopener noreferrer');
  });

  test('a confirmed verdict is reviewed but not corrected', async ({ page }) => {
    const tolls = claimHolding('reviewed', 'Tolls will rise from 20 to 25 crowns in June');
    expect(tolls.verdict).toBe('disputed');
    await page.goto(at(reviewedSite, tolls));
    const decision = page.locator('.review-panel .decision');
    if (tolls.automatic?.verdict === 'disputed') await expect(decision).toContainText('The automatic check said Disputed, and the editors kept that verdict:');
    else await expect(decision).toContainText('; the editors corrected it on 15 April 2031:');
    await expect(decision.locator('.rationale')).toHaveText(tolls.rationale ?? '');
    await expect(page.locator('.verdict-line .review-badge')).toHaveText('Reviewed');
  });

  test('a single-source claim an editor reviewed keeps its full page; one nobody reviewed leads to its sentence', async ({ page }) => {
    // (An automatic claim's full page is checked on the seed site: pages.spec.ts.)
    const single = data('reviewed').claims.filter((c) => c.story === STORY && c.verdict === 'single-source' && new Set(c.evidence.map((e) => e.article)).size === 1);
    const reviewed = single.find((c) => Boolean(c.reviewed));
    const automatic = single.find((c) => !c.reviewed && !c.note);
    expect(reviewed).toBeDefined();
    expect(automatic).toBeDefined();
    if (!reviewed || !automatic) return;
    await page.goto(at(reviewedSite, reviewed));
    await expect(page.locator('.verdict-line .review-badge')).toHaveText('Reviewed');
    expect(hasFullPage(reviewed)).toBe(true);
    await page.goto(at(reviewedSite, automatic));
    await page.waitForURL(new RegExp(`/articles/${automatic.evidence[0]?.article}/#s-`));
    expect(automatic.evidence.map((e) => `#${e.sentenceId}`)).toContain(new URL(page.url()).hash);
    // The note shows the statement, unless the sentence (highlighted) is the statement word for word
    // (its end mark aside: a statement ends with a full stop where its sentence led on with a colon).
    const statement = automatic.statement.replace(/[.:;!?…]+$/u, '');
    await expect(page.locator('.s:target, .s:target ~ a.claim-note.sole .statement').filter({ hasText: statement }).first()).toBeVisible();
  });

  test('a reviewed claim’s ClaimReview states the editors’ rating, dates and reviewer', async ({ page }) => {
    const claim = claimHolding('reviewed', 'The repairs cost 42 million crowns, according');
    await page.goto(at(reviewedSite, claim));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown> & {
      reviewRating: Record<string, unknown>;
      editor: Record<string, unknown>;
    };
    expect(jsonLd.reviewRating).toMatchObject({ ratingValue: 4, bestRating: 4, worstRating: 1, alternateName: 'Corroborated', ratingExplanation: claim.rationale });
    expect(jsonLd.datePublished).toBe('2031-04-10');
    expect(jsonLd.dateModified).toBe('2031-04-14');
    expect(jsonLd.editor).toEqual({ '@type': 'Person', name: 'Mira Holt' });
    // A claim an editor checked lists every article it appears in, once each.
    const { appearance } = jsonLd['itemReviewed'] as { appearance: Array<{ url?: string; publisher: { name: string } }> };
    const articles = new Set(claim.evidence.filter((e) => e.stance === 'supports').map((e) => e.article));
    expect(appearance).toHaveLength(articles.size);
  });
});

test.describe('old claim URLs after the reviews', () => {
  test('the URL of a claim the editors merged leads to the claim it joined, with a notice', async ({ page }) => {
    const old = claimHolding('before', 'rusted suspension cables', (c) => c.evidence.length === 1);
    const target = claimHolding('reviewed', 'rusted suspension cables');
    expect(target.id).not.toBe(old.id);
    await page.goto(at(reviewedSite, old), { waitUntil: 'commit' });
    await page.waitForURL(`**/claims/${target.id}/`);
    await expect(page.locator('#redirect-notice')).toHaveText('The claim you followed a link to was merged into this one by the editors on 14 April 2031.');
    await expect(page.locator('#redirect-notice')).toBeVisible();
    await expect(page.locator('h1')).toHaveText(target.statement);
  });

  test('the URL of a claim the editors split lists the new claims', async ({ page }) => {
    const old = claimHolding('before', 'Sorvik told Valley Radio');
    const parts = data('reviewed').claims.filter((c) => c.evidence.some((e) => e.text.includes('heart of our town')));
    expect(parts.length).toBe(2);
    await page.goto(at(reviewedSite, old));
    await expect(page.locator('h1')).toHaveText('This claim was split');
    await expect(page.locator('#redirect-status')).toContainText(`The editors split the claim “${old.statement}” into 2 claims on 15 April 2031.`);
    await expect(page.locator('#redirect-reason')).toContainText('Two occasions');
    const links = page.locator('#candidates a');
    await expect(links).toHaveCount(2);
    for (const part of parts) await expect(page.locator('#candidates')).toContainText(part.statement);
    await links.first().click();
    await expect(page.locator('article.claim h1')).toBeVisible();
  });

  test('the URL of a claim the editors removed says so, with their reason; the claim is on the corrections page', async ({ page }) => {
    const old = claimHolding('before', 'Ardlow is a market town of 12,000 people');
    expect(data('reviewed').claims.some((c) => c.evidence.some((e) => e.text.includes('market town')))).toBe(false);
    await page.goto(at(reviewedSite, old));
    await expect(page.locator('h1')).toHaveText('This claim was removed');
    await expect(page.locator('#redirect-status')).toHaveText(`The editors removed “${old.statement}” on 13 April 2031: it is not a claim the sources make.`);
    await expect(page.locator('#redirect-reason')).toContainText('Background the Gazette adds');
    await page.goto(`${reviewedSite.url}stories/${STORY}/`);
    await expect(page.locator('main')).not.toContainText('market town');
  });

  test('every claim URL issued before the reviews still leads somewhere true', async ({ page }) => {
    const current = new Set(data('reviewed').claims.map((c) => c.id));
    const outcomes: string[] = [];
    for (const old of data('before').claims) {
      await page.goto(at(reviewedSite, old), { waitUntil: 'commit' });
      await page.waitForFunction(
        () =>
          document.querySelector('article.claim h1') ||
          /split|removed|moved/.test(document.querySelector('h1')?.textContent ?? '') ||
          (location.pathname.includes('/articles/') && document.querySelector('.s:target')),
        null,
        { timeout: 10_000 },
      );
      // A claim without a full page leads to its sentence: one the old claim held.
      const sentence = /\/articles\/([a-z0-9-]+)\/$/.exec(new URL(page.url()).pathname)?.[1];
      if (sentence) {
        const sentenceId = new URL(page.url()).hash.slice(1);
        expect(old.evidence.some((o) => o.article === sentence && o.sentenceId === sentenceId), `${old.id} → ${page.url()}`).toBe(true);
        outcomes.push('sentence');
        continue;
      }
      const landed = /\/claims\/([a-z0-9-]+)\/$/.exec(new URL(page.url()).pathname)?.[1] ?? '';
      const claimPage = await page.locator('article.claim').count();
      if (claimPage > 0) {
        expect(current.has(landed), `${old.id} → ${landed}`).toBe(true);
        // A redirected link lands on a claim that holds one of the old claim's sentences.
        const now = data('reviewed').claims.find((c) => c.id === landed);
        expect(now?.evidence.some((e) => old.evidence.some((o) => o.article === e.article && o.sentenceId === e.sentenceId)), `${old.id} → ${landed}`).toBe(true);
        outcomes.push(landed === old.id ? 'same' : 'redirected');
      } else {
        outcomes.push((await page.locator('h1').textContent()) ?? '');
      }
    }
    expect(outcomes.filter((o) => o === 'same').length).toBeGreaterThan(0);
    expect(outcomes).toContain('redirected');
    expect(outcomes).toContain('This claim was split');
    expect(outcomes).toContain('This claim was removed');
  });
});

test.describe('reviewed vs automatic, everywhere', () => {
  test('the story page’s cards, lists and matrix rows carry the badge the data says', async ({ page }) => {
    await page.goto(`${reviewedSite.url}stories/${STORY}/`);
    const { claims: all, articles } = data('reviewed');
    const outletOf = new Map(articles.map((article) => [article.id, article.outlet]));
    const claims = all.filter((c) => c.story === STORY);
    expect(claims.some((claim) => claim.reviewed)).toBe(true);
    expect(claims.some((claim) => !claim.reviewed)).toBe(true);
    // The matrix and the one-line list of single-source claims say once that verdicts are automatic
    // unless marked, and mark the reviewed ones; cards carry a badge either way.
    await expect(page.locator('table.matrix caption')).toContainText('Verdicts are automatic unless marked Reviewed.');
    if ((await page.locator('ul.story-compact').count()) > 0) {
      await expect(page.locator('section:has(ul.story-compact) > p.muted')).toContainText('Automatic comparisons, unless marked Reviewed.');
    }
    for (const claim of claims) {
      const expected = claim.reviewed ? 'Reviewed' : 'Automatic';
      const link = linkTo('reviewed', claim);
      // The matrix compares outlets: it has a row for a claim that more than one outlet reports.
      const row = page.locator('table.matrix tbody tr', { has: page.locator(link) });
      if (new Set(claim.evidence.map((e) => outletOf.get(e.article))).size > 1) {
        if (claim.reviewed) await expect(row.locator('.review-badge')).toHaveText('Reviewed');
        else await expect(row.locator('.review-badge')).toHaveCount(0);
      } else await expect(row).toHaveCount(0);
      const card = page.locator(`.card-list li:has(${link})`);
      const line = page.locator(`ul.story-compact li:has(${link})`);
      await expect(card.or(line)).toHaveCount(1);
      if ((await card.count()) > 0) await expect(card.locator('.review-badge')).toHaveText(expected);
      else if (claim.reviewed) await expect(line.locator('.review-badge')).toHaveText('Reviewed');
      else await expect(line.locator('.review-badge')).toHaveCount(0);
    }
  });

  test('search results say “Reviewed” for a reviewed claim and not for an automatic one', async ({ page }) => {
    const claims = data('reviewed').claims.filter((c) => c.story === STORY);
    const picked = [claims.find((c) => c.reviewed), claims.find((c) => !c.reviewed)];
    for (const claim of picked) {
      if (!claim) throw new Error('the reviewed build has both reviewed and automatic claims');
      await page.goto(`${reviewedSite.url}search/?q=${encodeURIComponent(claim.statement)}`);
      // Search has a record of each claim with a page of its own; one without is found through its article.
      const result = hasOwnPage(claim)
        ? page.locator(`a.search-result[href$="/claims/${claim.id}/"]`)
        : page.locator(`a.search-result-article[href$="/articles/${claim.evidence[0]?.article}/"]`);
      await expect(result).toBeVisible();
      if (hasOwnPage(claim)) await expect(result.locator('.search-badge')).toBeVisible();
      await expect(result.locator('.search-reviewed')).toHaveCount(claim.reviewed ? 1 : 0);
      if (claim.reviewed) await expect(result.locator('.search-reviewed')).toHaveText('Reviewed');
    }
  });

  test('the corrections page lists every verdict or headline change, newest first, linked to the claim now', async ({ page }) => {
    const { corrections } = data('reviewed');
    expect(corrections.length).toBeGreaterThan(3);
    expect([...corrections.map((c) => c.date)]).toEqual([...corrections.map((c) => c.date)].sort().reverse());
    await page.goto(`${reviewedSite.url}corrections/`);
    const entries = page.locator('ol.corrections > li');
    await expect(entries).toHaveCount(corrections.length);
    for (const [n, correction] of corrections.entries()) {
      const entry = entries.nth(n);
      await expect(entry.locator('.statement')).toHaveText(correction.statement);
      for (const change of correction.changes) await expect(entry.locator('.changes')).toContainText(change);
      if (correction.claim) await expect(entry.locator('.statement a')).toHaveAttribute('href', `/factcheck/claims/${correction.claim}/`);
    }
    await expect(page.locator('ol.corrections')).toContainText('Removed: not a claim');
  });

  test('claims.json has who reviewed each claim and when, the automatic result and the dates', () => {
    const { claims } = data('reviewed');
    const reviewed = claims.filter((c) => c.reviewed);
    expect(reviewed.length).toBeGreaterThan(3);
    for (const claim of claims) {
      expect(claim.datePublished <= claim.dateModified).toBe(true);
      if (claim.reviewed) {
        expect(claim.reviewed.date <= claim.dateModified).toBe(true);
        expect(claim.automatic?.verdict).toMatch(/^(corroborated|conflicting|disputed|single-source)$/);
      } else {
        // An automatic claim carries no review fields at all (not nulls).
        expect(Object.keys(claim)).not.toContain('automatic');
        expect(Object.keys(claim)).not.toContain('reviewed');
        expect(Object.keys(claim)).not.toContain('rationale');
      }
    }
  });
});

test.describe('feeds and sitemap', () => {
  test('a story’s feed re-issues a changed claim and says what changed', async ({ request }) => {
    const cost = claimHolding('reviewed', 'The repairs cost 42 million crowns, according');
    const xml = await (await request.get(`${reviewedSite.url}stories/${STORY}/rss.xml`)).text();
    const item = xml.split('<item>').find((part) => part.includes(`/claims/${cost.id}/</link>`)) ?? '';
    expect(item).toContain(`<guid isPermaLink="false">${reviewedSite.url}claims/${cost.id}/#update-2031-04-14</guid>`);
    expect(item).toContain('<title>Corroborated (reviewed): The repairs cost 42 million crowns</title>');
    expect(item).toMatch(/<description>Updated: Reviewed by Mira Holt: removed North Wire’s sentence \(not the same fact\); verdict corrected/);
  });

  test('the site feed has one item per story update', async ({ request }) => {
    const xml = await (await request.get(`${reviewedSite.url}rss.xml`)).text();
    const guids = [...xml.matchAll(/<guid isPermaLink="false">([^<]+)<\/guid>/g)].map((m) => m[1]);
    // Articles appeared on 10, 11 and 12 April; reviews on 13, 14 and 15 April.
    expect(guids).toEqual(['2031-04-15', '2031-04-14', '2031-04-13', '2031-04-12', '2031-04-11', '2031-04-10'].map((d) => `${reviewedSite.url}stories/${STORY}/#update-${d}`));
    expect(xml).toContain('corrections');
  });

  test('the sitemap dates each claim page by its last change, and leaves out the small pages of claims without one', async ({ request }) => {
    const xml = await (await request.get(`${reviewedSite.url}sitemap-0.xml`)).text();
    for (const claim of data('reviewed').claims) {
      if (smallTarget('reviewed', claim)) expect(xml).not.toContain(`<loc>${reviewedSite.url}claims/${claim.id}/</loc>`);
      else expect(xml).toContain(`<loc>${reviewedSite.url}claims/${claim.id}/</loc><lastmod>${claim.dateModified}T00:00:00.000Z</lastmod>`);
    }
  });
});

test.describe('a new article after the reviews', () => {
  test('every review stays applied and every claim URL of the reviewed site still leads to its claim', async ({ page }) => {
    const before = data('reviewed');
    const after = new Map(data('grown').claims.map((c) => [c.id, c]));
    for (const claim of before.claims.filter((c) => c.reviewed)) {
      const now = after.get(claim.id);
      expect(now, claim.id).toBeDefined();
      expect(now?.reviewed).toEqual(claim.reviewed);
      expect(now?.verdict).toBe(claim.verdict);
      expect(now?.statement).toBe(claim.statement);
    }
    // The new article joined a reviewed claim: it is dated by it and says so.
    const cost = data('grown').claims.find((c) => c.evidence.some((e) => e.article === 'valley-radio-bridge-week') && c.reviewed);
    expect(cost?.dateModified).toBe('2031-04-18');
    for (const claim of before.claims) {
      await page.goto(`${grownSite.url}claims/${claim.id}/`, { waitUntil: 'commit' });
      const now = after.get(claim.id);
      const target = now ? smallTarget('grown', now) : undefined;
      // A claim without a page of its own leads to its sentence, which shows it (the note says the
      // statement, unless the highlighted sentence is the statement word for word).
      if (target) await expect(page.locator('.s:target, .s:target ~ a.claim-note.sole .statement').filter({ hasText: claim.statement.replace(/[.:;!?…]+$/u, '') }).first(), claim.id).toBeVisible();
      else await expect(page.locator('article.claim h1'), claim.id).toBeVisible();
    }
    if (cost) {
      await page.goto(`${grownSite.url}claims/${cost.id}/`);
      await expect(page.locator('.history .change').first()).toContainText('Added: Valley Radio');
    }
  });
});

/** Pages checked with axe and for sideways scrolling. */
function auditPages(): Array<[string, string]> {
  const cost = claimHolding('reviewed', 'The repairs cost 42 million crowns, according');
  const split = claimHolding('before', 'Sorvik told Valley Radio');
  // Its automatic claims have no full page: its sentence in the article shows it.
  const automatic = data('reviewed').claims.find((c) => !c.reviewed);
  const sentence = automatic ? (smallTarget('reviewed', automatic) ?? `/factcheck/claims/${automatic.id}/`) : '';
  return [
    ['reviewed claim', `claims/${cost.id}/`],
    ['automatic claim', sentence.replace(/^\/factcheck\//, '')],
    ['story', `stories/${STORY}/`],
    ['corrections', 'corrections/'],
    ['split notice', `claims/${split.id}/`],
  ];
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

for (const scheme of ['light', 'dark'] as const) {
  for (const [width, height] of [[1280, 900], [390, 844]] as const) {
    test(`axe finds nothing on the review pages, ${scheme} theme, ${width} px, and nothing scrolls sideways`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height });
      const failures: string[] = [];
      for (const [name, pagePath] of auditPages()) {
        await page.goto(`${reviewedSite.url}${pagePath}`);
        await settle(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        for (const violation of results.violations) failures.push(`${name}: ${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target.join(' ')}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) failures.push(`${name}: scrolls sideways by ${overflow} px`);
      }
      expect(failures).toEqual([]);
    });
  }
}
