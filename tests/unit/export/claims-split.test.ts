import { describe, expect, test } from 'vitest';
import { buildSiteClaims, splitByStory, type ClaimsExport, type ExportClaim } from '../../../src/export/claims-json.ts';

/** A claim of `story` with one evidence sentence; every other field as the export writes it. */
function claim(id: string, story: string, reviewed: string | null = null): ExportClaim {
  return {
    id,
    url: `https://x.test/factcheck/claims/${id}/`,
    story,
    kind: 'statement',
    statement: `Statement ${id}`,
    verdict: 'single-source',
    flags: [],
    confidence: 0.5,
    explanation: 'Only one outlet reports it.',
    speakers: [],
    reviewed: reviewed ? { by: 'Ed', date: reviewed } : null,
    rationale: null,
    note: null,
    automatic: null,
    datePublished: '2030-01-02',
    dateModified: reviewed ?? '2030-01-02',
    evidence: [{ article: `${story}-a`, sentenceId: 's-00000001', text: 'A sentence.', stance: 'supports', value: null, via: null }],
  };
}

const article = (story: string, published: string) => ({
  id: `${story}-a`,
  story,
  outlet: 'o1',
  title: `About ${story}`,
  url: null,
  published,
  nearDuplicateOf: null,
});

const whole: ClaimsExport = {
  generated: '2030-03-09',
  stories: [
    { id: 'bridge', title: 'Bridge' },
    { id: 'flood', title: 'Flood' },
    { id: 'quiet', title: 'Quiet' },
  ],
  articles: [article('bridge', '2030-01-02'), article('flood', '2030-02-01'), article('quiet', '2030-01-05')],
  claims: [claim('one-000000000001', 'bridge'), claim('two-000000000002', 'flood', '2030-03-09'), claim('three-000000000003', 'bridge')],
  corrections: [{ date: '2030-03-09', by: 'Ed', story: 'flood', claim: 'two-000000000002', statement: 'Statement two', changes: ['Verdict: A → B'], rationale: null }],
};
const dates = { articles: whole.articles.map((a) => ({ story: a.story, published: a.published, retrieved: a.story === 'bridge' ? '2030-01-20' : null })) };

describe('the export cut by story', () => {
  const parts = splitByStory(whole, dates);

  test('each story file has the whole export’s shape, with only that story’s articles, claims and corrections', () => {
    expect([...parts.keys()]).toEqual(['bridge', 'flood', 'quiet']);
    const bridge = parts.get('bridge');
    expect(Object.keys(bridge ?? {})).toEqual(Object.keys(whole));
    expect(bridge?.stories).toEqual([{ id: 'bridge', title: 'Bridge' }]);
    expect(bridge?.claims.map((c) => c.id)).toEqual(['one-000000000001', 'three-000000000003']);
    expect(bridge?.articles.map((a) => a.id)).toEqual(['bridge-a']);
    expect(bridge?.corrections).toEqual([]);
    expect(parts.get('flood')?.corrections.map((c) => c.claim)).toEqual(['two-000000000002']);
    expect(parts.get('quiet')?.claims).toEqual([]);
  });

  test('each file is dated by its own story: its newest article (published or retrieved) or review', () => {
    expect(parts.get('bridge')?.generated).toBe('2030-01-20');
    expect(parts.get('flood')?.generated).toBe('2030-03-09');
    expect(parts.get('quiet')?.generated).toBe('2030-01-05');
  });

  test('together the files hold every claim exactly once', () => {
    const ids = [...parts.values()].flatMap((part) => part.claims.map((c) => c.id));
    expect(ids.sort()).toEqual(whole.claims.map((c) => c.id).sort());
  });

  test('the site-wide file is the whole export, each story with its claim count and the absolute URL of its file', () => {
    const site = buildSiteClaims(whole, { site: 'https://x.test/factcheck' });
    expect(site.stories).toEqual([
      { id: 'bridge', title: 'Bridge', claims: 2, claimsFile: 'https://x.test/factcheck/data/stories/bridge.json' },
      { id: 'flood', title: 'Flood', claims: 1, claimsFile: 'https://x.test/factcheck/data/stories/flood.json' },
      { id: 'quiet', title: 'Quiet', claims: 0, claimsFile: 'https://x.test/factcheck/data/stories/quiet.json' },
    ]);
    expect(site.articles).toEqual(whole.articles);
    expect(site.corrections).toEqual(whole.corrections);
    expect(site.generated).toBe('2030-03-09');
    expect(site.claims).toEqual(whole.claims);
    expect(Object.keys(site)).toEqual(['generated', 'stories', 'articles', 'claims', 'corrections']);
  });
});
