import { describe, expect, test } from 'vitest';
import { resultSummary } from '../../../src/search/announcer.ts';
import { buildSearchIndex } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { markRanges } from '../../../src/search/highlight.ts';
import { SiteSearch, type Limits, type SearchResults } from '../../../src/search/site-search.ts';
import { MemoryStore } from '../../../src/search/store.ts';
import { SOURCE } from './fixture.ts';

const files = buildSearchIndex(searchRecords(SOURCE));
const search = await SiteSearch.open(new MemoryStore(files));
const LIMITS: Limits = { claim: 10, article: 10, person: 10 };
const run = (query: string, limits = LIMITS): Promise<SearchResults> => search.search(query, limits, { snippets: true });
const ids = (results: SearchResults, kind: 'claim' | 'article' | 'person'): string[] =>
  results.groups.find((group) => group.kind === kind)?.hits.map((hit) => hit.id) ?? [];

describe('searching the index', () => {
  test('a misspelt name finds the person and what they said: "Ushkaov" finds Yury Ushakov', async () => {
    const results = await run('Ushkaov');
    expect(ids(results, 'person')).toEqual(['yury-ushakov']);
    expect(ids(results, 'claim')).toContain('ushakov-serious-discussion-1a2b3c4d');
  });

  test('"lavrow" finds Sergey Lavrov and the claims he speaks in or is named in', async () => {
    const results = await run('lavrow');
    expect(ids(results, 'person')).toEqual(['sergey-lavrov']);
    expect(ids(results, 'claim')).toEqual(expect.arrayContaining(['stage-talks-3c4d5e6f', 'restore-embassy-staffing-5e6f7081']));
  });

  test('a typo in each of several words still finds the claim: "embasies stafing"', async () => {
    expect(ids(await run('embasies stafing'), 'claim')).toEqual(['restore-embassy-staffing-5e6f7081']);
  });

  test('"three-stage" puts the three-stage peace plan first, before a claim with both words apart', async () => {
    const results = await run('three-stage');
    expect(ids(results, 'claim')[0]).toBe('three-stage-peace-plan-4d5e6f70');
    expect(ids(results, 'claim')).toContain('stage-talks-3c4d5e6f');
  });

  test('words in any order, from the statement and the evidence: "denied Lavrov plan" finds the disputed plan', async () => {
    // "denied" is only in an evidence sentence, "plan" in the statement, Lavrov in both.
    for (const query of ['denied Lavrov plan', 'plan lavrov denied', 'Lavrov denies']) {
      const results = await run(query);
      expect(ids(results, 'claim'), query).toEqual(['three-stage-peace-plan-4d5e6f70']);
    }
    const hit = (await run('Lavrov denied plan')).groups[0]?.hits[0];
    expect(hit?.snippet).toMatch(/^Russian Foreign Minister Sergey Lavrov denied any knowledge/);
  });

  test('results come while the last word is still being typed', async () => {
    expect(ids(await run('ushak'), 'person')).toEqual(['yury-ushakov']);
    expect(ids(await run('embas'), 'claim')).toEqual(['restore-embassy-staffing-5e6f7081']);
  });

  test('every word must match somewhere in the record, in any field', async () => {
    expect(ids(await run('rubio embassies'), 'claim')).toEqual(['restore-embassy-staffing-5e6f7081']);
    expect(ids(await run('rubio ceasefire'), 'claim')).toEqual([]);
  });

  test('a quoted phrase matches only where it appears word for word', async () => {
    expect(ids(await run('security guarantees'), 'claim').sort()).toEqual(['guarantees-security-708192a3', 'security-guarantees-6f708192']);
    expect(ids(await run('"security guarantees"'), 'claim')).toEqual(['security-guarantees-6f708192']);
    expect(ids(await run('"guarantees security"'), 'claim')).toEqual([]);
  });

  test('a quoted phrase from an evidence sentence finds its claim, common words and all', async () => {
    const results = await run('"denied any knowledge of the"');
    expect(ids(results, 'claim')).toEqual(['three-stage-peace-plan-4d5e6f70']);
    expect(results.groups[0]?.hits[0]?.snippet).toContain('denied any knowledge of the');
    expect(ids(await run('"denied knowledge"'), 'claim')).toEqual([]);
  });

  test('an article is found by words of its text, and the sentence is shown', async () => {
    const results = await run('camel milk');
    expect(ids(results, 'article')).toEqual(['kyiv-post-riyadh-talks']);
    expect(results.groups[1]?.hits[0]?.snippet).toBe('The palace kitchens served camel milk to the visitors.');
  });

  test('outlets and verdicts are searchable too', async () => {
    expect(ids(await run('rfe/rl'), 'claim').sort()).toEqual(['length-meeting-2b3c4d5e', 'restore-embassy-staffing-5e6f7081', 'stage-talks-3c4d5e6f']);
    expect(ids(await run('rfe/rl'), 'article').sort()).toEqual(['empty-story-article', 'rferl-what-we-learned']);
    expect(ids(await run('disputed'), 'claim')).toEqual(['three-stage-peace-plan-4d5e6f70']);
  });

  test('results are grouped with a total per kind and cut at the limit', async () => {
    const results = await run('riyadh', { claim: 2, article: 1, person: 0 });
    const claims = results.groups[0];
    expect(results.groups.map((group) => group.kind)).toEqual(['claim', 'article', 'person']);
    expect(claims?.total).toBe(7);
    expect(claims?.hits).toHaveLength(2);
    expect(results.groups[1]?.total).toBe(3);
    expect(results.groups[1]?.hits).toHaveLength(1);
    expect(results.total).toBe(10);
  });

  test('a query that is too short is not searched, and one with no match finds nothing', async () => {
    expect((await run('u')).searchable).toBe(false);
    const none = await run('xylophone');
    expect(none.searchable).toBe(true);
    expect(none.total).toBe(0);
  });

  test('markup in a query finds nothing and is returned only as text', async () => {
    const results = await run('<img src=x onerror=alert(1)>');
    expect(results.total).toBe(0);
    expect(resultSummary(results)).toBe('No results for “<img src=x onerror=alert(1)>”.');
  });

  test('the mark plan marks the matching words, including the corrected spelling', async () => {
    const { plan } = await run('Ushkaov');
    const title = 'Ushakov: “It was a very serious discussion”';
    expect(markRanges(title, plan).map(([start, end]) => title.slice(start, end))).toEqual(['Ushakov']);
  });

  test('the same query gives the same results every time', async () => {
    expect((await run('talks riyadh')).groups).toEqual((await run('talks riyadh')).groups);
  });
});

describe('what a typed word stands for', () => {
  test('a word many records have is taken as typed (and, while typing, the words it starts)', async () => {
    const expansions = (await search.expand('talks', { open: true })).map((match) => match.term);
    expect(expansions).toContain('talks');
    expect(expansions.every((term) => term.startsWith('talks'))).toBe(true);
  });

  test('a rare word close to a far more common one may be its misspelling: "ushkaov" also stands for "ushakov"', async () => {
    const expansions = (await search.expand('ushkaov')).map((match) => match.term);
    expect(expansions).toEqual(expect.arrayContaining(['ushkaov', 'ushakov']));
  });

  test('while typing, near spellings of the start are tried only when nothing starts with what is typed', async () => {
    // "lavor" starts no word: the start of "lavrov" is one swap away.
    expect((await search.expand('lavor', { open: true })).map((match) => match.term)).toContain('lavrov');
    expect((await search.expand('ush', { open: true })).map((match) => match.term).every((term) => term.startsWith('ush'))).toBe(true);
  });
});

describe('loading only what a query needs', () => {
  test('opening reads meta.json alone; a query reads its words’ vocabulary and postings and the docs it shows', async () => {
    const store = new MemoryStore(files);
    const fresh = await SiteSearch.open(store);
    expect([...store.requested]).toEqual(['meta']);
    await fresh.search('lavrov', LIMITS);
    const requested = [...store.requested];
    expect(requested).toContain('vocab/l');
    expect(requested.filter((path) => path.startsWith('vocab/'))).toEqual(['vocab/l']);
    expect(requested.some((path) => path.startsWith('postings/'))).toBe(true);
    expect(requested.some((path) => path.startsWith('text/'))).toBe(false);
  });

  test('a reviewed claim carries the marker; others do not', () => {
    const records = searchRecords({ ...SOURCE, claims: SOURCE.claims.map((claim, index) => (index === 0 ? { ...claim, reviewed: { by: 'A. Editor', date: '2025-02-20' } } : claim)) });
    expect(records[0]?.doc.r).toBe(1);
    expect(records[1]?.doc.r).toBeUndefined();
  });
});

describe('the result summary read to screen readers', () => {
  test.each([
    ['lavrow', /^\d+ claims?, 1 person for “lavrow”\.$/],
    ['u', /^Keep typing/],
    ['', /^$/],
  ])('for %j', async (query, expected) => {
    expect(resultSummary(await run(query))).toMatch(expected);
  });
});

describe('a claim whose one sentence is its title', () => {
  test('a quoted phrase it does not hold does not find it, though no sentence of it is stored', async () => {
    const source = {
      ...SOURCE,
      claims: [{ id: 'one-report-00000001', story: 'riyadh', statement: 'The delegations ate camel in the palace.', verdict: 'single-source' as const, speakers: [], entities: [], evidence: [{ outlet: 'rferl', text: 'The delegations ate camel in the palace.' }] }],
    };
    const own = await SiteSearch.open(new MemoryStore(buildSearchIndex(searchRecords(source))));
    const found = async (query: string): Promise<string[]> => (await own.search(query, LIMITS)).groups[0]?.hits.map((hit) => hit.id) ?? [];
    expect(await found('"ate camel"')).toEqual(['one-report-00000001']);
    // Both pairs are indexed ("camel in", "in the", "the palace"), but not one after the other.
    expect(await found('"camel the palace"')).toEqual([]);
  });
});
