import { describe, expect, test } from 'vitest';
import type { SiteAnalysis } from '../../../src/lib/analysis.ts';
import { keyedClaim, pageKeys, stableJson, storyPageKeys, type PageKeyContext } from '../../../src/lib/page-keys.ts';
import type { ReviewedClaim } from '../../../src/review/types.ts';

/** Two stories (a, b), one article each, one claim each, two outlets: only what the keys read. */
function site() {
  const outlets = [
    { id: 'daily', data: { name: 'The Daily', kind: 'newspaper', url: 'https://daily.example/' } },
    { id: 'wire', data: { name: 'Wire Agency', kind: 'agency', url: 'https://wire.example/' } },
  ];
  const stories = ['a', 'b'].map((id) => ({ id, data: { title: `Story ${id}`, date: '2025-01-01', summary: 's' }, body: 'Intro.', rendered: { html: '<p>Intro.</p>' } }));
  const articles = ['a', 'b'].map((story) => ({
    id: `article-${story}`,
    data: { title: `Article of ${story}`, outlet: 'daily', story, published: '2025-01-02' },
    body: 'The bridge reopened.',
    rendered: { html: '<p>The bridge reopened.</p>' },
  }));
  const evidence = (article: string) => ({ article, outlet: 'daily', sentenceId: 's-1', text: 'The bridge reopened.', stance: 'supports' });
  const claims = ['a', 'b'].map(
    (story) =>
      ({
        id: `claim-${story}`,
        story,
        verdict: 'corroborated',
        statement: 'The bridge reopened',
        entities: [],
        speakers: [],
        evidence: [evidence(`article-${story}`)],
        anchor: { article: `article-${story}`, sentenceId: 's-1' },
        reviewed: null,
        reviews: [],
        note: null,
        origins: [`claim-${story}-1`],
      }) as unknown as ReviewedClaim,
  );
  const analysis = {
    content: {
      outlets,
      stories,
      articles,
      storyById: new Map(stories.map((s) => [s.id, s])),
      articleById: new Map(articles.map((a) => [a.id, a])),
    },
    storyById: new Map(['a', 'b'].map((id) => [id, { id, title: `Story ${id}`, claims: [`claim-${id}`], articles: [`article-${id}`] }])),
    claimById: new Map(claims.map((c) => [c.id, c])),
    articleById: new Map(articles.map((a) => [a.id, { id: a.id, story: a.data.story, sentences: [{ id: 's-1', text: 'The bridge reopened.' }], nearDuplicateOf: null }])),
    claimsBySentence: new Map(claims.map((c) => [`article-${c.story}`, new Map([['s-1', [c]]])])),
    nearDuplicates: new Map<string, string>(),
    entities: [
      { id: 'anna-berg', name: 'Anna Berg', kind: 'person', aliases: ['Anna Berg'], roles: [] },
      { id: 'city-council', name: 'City Council', kind: 'organization', aliases: ['City Council'], roles: [] },
      { id: 'nobody', name: 'Nobody', kind: 'person', aliases: [], roles: [] },
    ],
    claimsByEntity: new Map([
      ['anna-berg', [claims[0] as ReviewedClaim]],
      ['city-council', [claims[1] as ReviewedClaim]],
    ]),
  };
  return { analysis, claims, articles, outlets };
}

type Site = ReturnType<typeof site>;

const context = (change: Partial<PageKeyContext> = {}): PageKeyContext => ({
  site: ['http://localhost:4321', '/factcheck/'],
  related: () => [],
  claimHref: (claim) => `/factcheck/claims/${claim.id}/`,
  card: (claim) => ({ path: `/factcheck/cards/stories/${claim.story}.png` }),
  ...change,
});

const keys = (s: Site, ctx = context()): Map<string, string> => storyPageKeys(s.analysis as unknown as SiteAnalysis, ctx);

/** Which stories' keys differ between two keyings. */
const changed = (before: Map<string, string>, after: Map<string, string>): string[] => [...before].filter(([id, key]) => after.get(id) !== key).map(([id]) => id);

describe('the keys of the pages of each story', () => {
  test('the same content gives the same keys, and each story its own', () => {
    const first = keys(site());
    expect(keys(site())).toEqual(first);
    expect(new Set(first.values()).size).toBe(2);
  });

  test('a changed claim changes its story’s key only', () => {
    const s = site();
    const before = keys(s);
    (s.claims[0] as { statement: string }).statement = 'The bridge reopened on Sunday';
    expect(changed(before, keys(s))).toEqual(['a']);
  });

  test('a changed article text or its rendered HTML changes its story’s key only', () => {
    const s = site();
    const before = keys(s);
    (s.articles[1] as { rendered: { html: string } }).rendered.html = '<p>The bridge <em>reopened</em>.</p>';
    expect(changed(before, keys(s))).toEqual(['b']);
  });

  test('origins renumbered by another story keep the key; another number of origins does not', () => {
    const s = site();
    const before = keys(s);
    (s.claims[1] as { origins: string[] }).origins = ['claim-b-7'];
    expect(changed(before, keys(s))).toEqual([]);
    (s.claims[1] as { origins: string[] }).origins = ['claim-b-7', 'claim-b-8'];
    expect(changed(before, keys(s))).toEqual(['b']);
    expect(keyedClaim(s.claims[1] as ReviewedClaim)).toMatchObject({ origins: 2 });
  });

  test('what a claim page takes from other stories is in its key: related claims, where links lead, its card', () => {
    const s = site();
    const [claimA, claimB] = s.claims as [ReviewedClaim, ReviewedClaim];
    // Only a full claim page (a contested or edited claim's) lists related claims.
    (claimB as { verdict: string }).verdict = 'conflicting';
    const before = keys(s);
    // What b's claim page shows of claim a, read when the keys are computed (claims.ts relatedItems).
    const item = () => ({ statement: claimA.statement, verdict: claimA.verdict, reviewed: claimA.reviewed, href: `/factcheck/claims/${claimA.id}/` });
    // Story a's claim becomes related to b's claim (an entity both name): only b's pages list it.
    expect(changed(before, keys(s, context({ related: (c) => (c.story === 'b' ? [item()] : []) })))).toEqual(['b']);
    // The related claim's headline changes: b's page shows it.
    const related = context({ related: (c) => (c.story === 'b' ? [item()] : []) });
    const withRelated = keys(s, related);
    (claimA as { statement: string }).statement = 'Traffic resumed';
    expect(changed(withRelated, keys(s, related))).toEqual(['a', 'b']);
    // A claim gets a share card of its own (the card budget is site-wide).
    const afterStatement = keys(s);
    expect(changed(afterStatement, keys(s, context({ card: (c) => ({ path: `/factcheck/cards/claims/${c.id}.png` }) })))).toEqual(['a', 'b']);
  });

  test('a claim of another story that cites a story’s article is in that story’s key', () => {
    const s = site();
    const [claimA] = s.claims as [ReviewedClaim, ReviewedClaim];
    s.analysis.claimsBySentence.get('article-b')?.get('s-1')?.push(claimA);
    const before = keys(s);
    (claimA as { verdict: string }).verdict = 'conflicting';
    expect(changed(before, keys(s))).toEqual(['a', 'b']);
  });

  test('the article a near-duplicate copies is in the copy’s story’s key', () => {
    const s = site();
    s.analysis.nearDuplicates.set('article-b', 'article-a');
    const before = keys(s);
    (s.articles[0] as { data: { title: string } }).data.title = 'A new headline';
    expect(changed(before, keys(s))).toEqual(['a', 'b']);
  });

  test('an outlet or the site’s address changes every key', () => {
    const s = site();
    const before = keys(s);
    expect(changed(before, keys(s, context({ site: ['https://example.org', '/'] })))).toEqual(['a', 'b']);
    (s.outlets[1] as { data: { name: string } }).data.name = 'Wire Service';
    expect(changed(before, keys(s))).toEqual(['a', 'b']);
  });
});

describe('the keys of the pages of people and organisations', () => {
  const entityKeys = (s: Site, ctx = context()): Map<string, string> => pageKeys(s.analysis as unknown as SiteAnalysis, ctx).entities;

  test('every entity with claims has a key; one without claims has no page and no key', () => {
    expect([...entityKeys(site()).keys()].sort()).toEqual(['anna-berg', 'city-council']);
  });

  test('a changed claim changes the keys of the entities it names only', () => {
    const s = site();
    const before = entityKeys(s);
    (s.claims[1] as { explanation: string }).explanation = 'Two outlets agree.';
    expect(changed(before, entityKeys(s))).toEqual(['city-council']);
  });

  test('a new spelling of a name, or a claim joining the list, changes that entity’s key', () => {
    const s = site();
    const before = entityKeys(s);
    s.analysis.entities[0]?.aliases.push('A. Berg');
    expect(changed(before, entityKeys(s))).toEqual(['anna-berg']);
    const withAlias = entityKeys(s);
    s.analysis.claimsByEntity.get('city-council')?.push(s.claims[0] as ReviewedClaim);
    expect(changed(withAlias, entityKeys(s))).toEqual(['city-council']);
  });

  test('where links to a claim lead is in the key (a claim that loses its page links to its sentence)', () => {
    const s = site();
    const before = entityKeys(s);
    expect(changed(before, entityKeys(s, context({ claimHref: (c) => (c.story === 'a' ? '/factcheck/articles/article-a/#s-1' : `/factcheck/claims/${c.id}/`) })))).toEqual(['anna-berg']);
  });
});

describe('stableJson', () => {
  test('keeps apart what plain JSON would merge', () => {
    const pairs: Array<[unknown, unknown]> = [
      [{ a: undefined }, {}],
      [{ a: Infinity }, { a: null }],
      [{ a: NaN }, { a: null }],
      [new Map([['x', 1]]), {}],
      [new Set([1, 2]), {}],
      [new Set([1, 2]), [1, 2]],
    ];
    for (const [a, b] of pairs) expect(stableJson(a), `${String(a)}`).not.toBe(stableJson(b));
    expect(stableJson({ a: [1, 'x', null] })).toBe(JSON.stringify({ a: [1, 'x', null] }));
  });
});
