import { describe, expect, test } from 'vitest';
import { resultSummary } from '../../../src/search/announcer.ts';
import { buildSearchPayload, serializePayload } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { markRanges } from '../../../src/search/highlight.ts';
import { restExcerpt } from '../../../src/search/render.ts';
import { SiteSearch, type Limits, type SearchResults } from '../../../src/search/site-search.ts';
import { SOURCE } from './fixture.ts';

const search = SiteSearch.fromPayload(JSON.parse(serializePayload(buildSearchPayload(searchRecords(SOURCE)))));
const LIMITS: Limits = { claim: 10, article: 10, person: 10 };
const run = (query: string, limits = LIMITS): SearchResults => search.search(query, limits);
const ids = (results: SearchResults, kind: 'claim' | 'article' | 'person'): string[] =>
  results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.id) ?? [];

describe('searching the index', () => {
  test('a misspelt name finds the person and what they said: "Ushkaov" finds Yury Ushakov', () => {
    const results = run('Ushkaov');
    expect(ids(results, 'person')).toEqual(['yury-ushakov']);
    expect(ids(results, 'claim')).toContain('ushakov-serious-discussion-1a2b3c4d');
  });

  test('"lavrow" finds Sergey Lavrov and the claims he speaks in or is named in', () => {
    const results = run('lavrow');
    expect(ids(results, 'person')).toEqual(['sergey-lavrov']);
    expect(ids(results, 'claim')).toEqual(expect.arrayContaining(['stage-talks-3c4d5e6f', 'restore-embassy-staffing-5e6f7081']));
  });

  test('"three-stage" puts the three-stage peace plan first, before a claim with both words apart', () => {
    const results = run('three-stage');
    expect(ids(results, 'claim')[0]).toBe('three-stage-peace-plan-4d5e6f70');
    expect(ids(results, 'claim')).toContain('stage-talks-3c4d5e6f');
  });

  test('words of a long statement beyond what is shown are found, and can be shown around the match', () => {
    const results = run('proposing elections');
    const hit = results.groups[0]?.hits.find((candidate) => candidate.id === 'three-stage-peace-plan-4d5e6f70');
    expect(hit?.doc.t).not.toMatch(/proposing|elections/);
    expect(restExcerpt(hit?.doc.x ?? '', results.plan)).toMatch(/proposing three-stage peace plan elections/);
  });

  test('results come while the last word is still being typed', () => {
    expect(ids(run('ushak'), 'person')).toEqual(['yury-ushakov']);
    expect(ids(run('embas'), 'claim')).toEqual(['restore-embassy-staffing-5e6f7081']);
  });

  test('every word must match somewhere in the record, in any field', () => {
    expect(ids(run('rubio embassies'), 'claim')).toEqual(['restore-embassy-staffing-5e6f7081']);
    expect(ids(run('rubio ceasefire'), 'claim')).toEqual([]);
  });

  test('a quoted phrase matches only where it appears exactly', () => {
    expect(ids(run('security guarantees'), 'claim').sort()).toEqual(['guarantees-security-708192a3', 'security-guarantees-6f708192']);
    expect(ids(run('"security guarantees"'), 'claim')).toEqual(['security-guarantees-6f708192']);
    expect(ids(run('"guarantees security"'), 'claim')).toEqual([]);
  });

  test('outlets and verdicts are searchable too', () => {
    expect(ids(run('rfe/rl'), 'claim').sort()).toEqual(['length-meeting-2b3c4d5e', 'restore-embassy-staffing-5e6f7081', 'stage-talks-3c4d5e6f']);
    expect(ids(run('rfe/rl'), 'article')).toEqual(['rferl-what-we-learned']);
    expect(ids(run('disputed'), 'claim')).toEqual(['three-stage-peace-plan-4d5e6f70']);
  });

  test('results are grouped with a total per kind and cut at the limit', () => {
    const results = run('riyadh', { claim: 2, article: 1, person: 0 });
    const claims = results.groups[0];
    expect(results.groups.map((group) => group.kind)).toEqual(['claim', 'article', 'person']);
    expect(claims?.total).toBe(7);
    expect(claims?.hits).toHaveLength(2);
    expect(results.groups[1]?.total).toBe(3);
    expect(results.groups[1]?.hits).toHaveLength(1);
    expect(results.total).toBe(10);
  });

  test('a query that is too short is not searched, and one with no match finds nothing', () => {
    expect(run('u').searchable).toBe(false);
    const none = run('xylophone');
    expect(none.searchable).toBe(true);
    expect(none.total).toBe(0);
  });

  test('markup in a query finds nothing and is returned only as text', () => {
    const results = run('<img src=x onerror=alert(1)>');
    expect(results.total).toBe(0);
    expect(resultSummary(results)).toBe('No results for “<img src=x onerror=alert(1)>”.');
  });

  test('the mark plan marks the matching words, including the corrected spelling', () => {
    const { plan } = run('Ushkaov');
    const title = 'Ushakov: “It was a very serious discussion”';
    expect(markRanges(title, plan).map(([start, end]) => title.slice(start, end))).toEqual(['Ushakov']);
  });

  test('the same query gives the same results every time', () => {
    expect(run('talks riyadh').groups).toEqual(run('talks riyadh').groups);
  });
});

describe('loading in slices', () => {
  test('the index built a slice at a time finds exactly what the one built at once finds', async () => {
    let pauses = 0;
    const data = JSON.parse(serializePayload(buildSearchPayload(searchRecords(SOURCE)))) as unknown;
    const sliced = await SiteSearch.load(data, async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(0);
    expect(sliced.vocabularySize).toBe(search.vocabularySize);
    for (const query of ['Ushkaov', 'three-stage', '"security guarantees"', 'riyadh', 'embas']) {
      expect(sliced.search(query, LIMITS).groups).toEqual(run(query).groups);
    }
  });
});

describe('the result summary read to screen readers', () => {
  test.each([
    ['lavrow', 'claim', /^\d+ claims?, 1 person for “lavrow”\.$/],
    ['u', '', /^Keep typing/],
    ['', '', /^$/],
  ])('for %j', (query, _kind, expected) => {
    expect(resultSummary(run(query))).toMatch(expected);
  });
});
