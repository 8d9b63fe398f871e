/** Feeds and sitemap dates come from the content: story updates and changed claims say what changed. */
import { describe, expect, test } from 'vitest';
import { applyReviews } from '../../../src/review/apply.ts';
import { claimItems, storyUpdateItems } from '../../../src/review/feeds.ts';
import { pageDates } from '../../../src/review/lastmod.ts';
import { analysis, bridgeArticles, claim, reviews } from './fixture.ts';

function reviewed() {
  const { a, b, c } = bridgeArticles();
  const engine = analysis([a, b, c], [
    claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]] }),
    claim({ kind: 'quantity', statement: 'Cost of the repairs', verdict: 'conflicting', evidence: [[a, 1], [b, 1, 'conflicts']] }),
    claim({ statement: 'Cars crossed the river again on Monday.', verdict: 'single-source', evidence: [[c, 0]] }),
  ]);
  return applyReviews(engine, [
    reviews([{ claim: { article: 'a-daily', quote: 'The repairs cost' }, by: 'Ada Editor', date: '2030-03-10', verdict: 'corroborated', rationale: 'VAT explains it.' }]),
  ]);
}

describe('the site feed: one item per story update', () => {
  test('each day with new articles or reviews is an item that says what changed, newest first', () => {
    const items = storyUpdateItems(reviewed(), (id) => id.toUpperCase());
    // a-daily on 1 March; b-wire retrieved 2 March; c-radio on 3 March; the review on 10 March.
    expect(items.map((item) => item.date)).toEqual(['2030-03-10', '2030-03-03', '2030-03-02', '2030-03-01']);
    expect(new Set(items.map((item) => item.guid)).size).toBe(4);
    const review = items[0];
    expect(review?.title).toBe('The bridge: 1 changed claim and 1 correction');
    expect(review?.description).toContain('“Cost of the repairs”: Reviewed by Ada Editor: verdict corrected from Conflicting to Corroborated');
    expect(review?.description).toContain('Corrections: “Cost of the repairs”: Verdict: Conflicting → Corroborated.');
    expect(items[1]?.title).toBe('The bridge: 1 new article and 1 new claim');
    expect(items[1]?.description).toContain('New articles: RADIO, “Title of c-radio”.');
    expect(items[2]?.description).toContain('Changed: “The bridge reopened on Monday.”: Added: WIRE (supports)');
    expect(items[3]?.title).toBe('The bridge: 1 article and 2 claims');
  });
});

describe('the site feed of two stories', () => {
  test("each story's items count only its own articles and claims, wherever they are in the analysis", () => {
    const one = reviewed();
    const [bridge] = one.stories;
    if (!bridge) throw new Error('the fixture has one story');
    const ferry = (id: string): string => `ferry-${id}`;
    // The second story's articles and claims interleaved with the first's, as a site's come.
    const two = {
      ...one,
      stories: [bridge, { ...bridge, id: 'ferry', title: 'The ferry' }],
      articles: one.articles.flatMap((article) => [article, { ...article, id: ferry(article.id), story: 'ferry' }]),
      claims: one.claims.flatMap((claim) => [claim, { ...claim, id: ferry(claim.id), story: 'ferry' }]),
    };
    const items = storyUpdateItems(two, (id) => id.toUpperCase());
    const of = (story: string) => items.filter((item) => item.path === `stories/${story}/`);
    expect(of('bridge')).toEqual(storyUpdateItems(one, (id) => id.toUpperCase()));
    // The editors' correction is the bridge's alone.
    expect(of('ferry').map((item) => item.title)).toEqual([
      'The ferry: 1 changed claim',
      'The ferry: 1 new article and 1 new claim',
      'The ferry: 1 new article and 2 changed claims',
      'The ferry: 1 article and 2 claims',
    ]);
  });
});

describe('a story feed: one item per claim, re-issued when it changes', () => {
  test('a changed claim gets a new guid and says what changed', () => {
    const items = claimItems(reviewed().claims);
    const cost = items.find((item) => item.title.includes('Cost of the repairs'));
    expect(cost?.title).toBe('Corroborated (reviewed): Cost of the repairs');
    expect(cost?.date).toBe('2030-03-10');
    expect(cost?.guid).toMatch(/^claims\/[a-z0-9-]+-[0-9a-f]{12}\/#update-2030-03-10$/);
    expect(cost?.description).toBe('Updated: Reviewed by Ada Editor: verdict corrected from Conflicting to Corroborated. Engine explanation of Cost of the repairs');
    const cars = items.find((item) => item.title.includes('Cars crossed'));
    expect(cars?.description).toBe('Engine explanation of Cars crossed the river again on Monday.');
    expect(cars?.categories).toEqual(['single-source', 'automatic']);
    // One article states it and no editor touched it: the item links to that sentence, not to a claim page.
    expect(cars?.path).toMatch(/^articles\/[a-z0-9-]+\/#s-[0-9a-f]{8}$/);
    expect(cost?.path).toMatch(/^claims\/[a-z0-9-]+-[0-9a-f]{12}\/$/);
  });
});

describe('sitemap dates', () => {
  test('claim, story, article and list pages are dated by their last change', () => {
    const result = reviewed();
    const dates = pageDates(result);
    const cost = result.claims.find((c) => c.statement === 'Cost of the repairs');
    expect(dates[`claims/${cost?.id}/`]).toBe('2030-03-10');
    expect(dates['stories/bridge/']).toBe('2030-03-10');
    expect(dates['articles/c-radio/']).toBe('2030-03-03');
    expect(dates['articles/b-wire/']).toBe('2030-03-10');
    expect(dates['']).toBe('2030-03-10');
    expect(dates['corrections/']).toBe('2030-03-10');
  });
});
