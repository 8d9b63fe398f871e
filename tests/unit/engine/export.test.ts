import { describe, expect, test } from 'vitest';
import { crossReference } from '../../../src/engine/cross-reference.ts';
import type { CorpusAnalysis } from '../../../src/engine/types.ts';
import { buildClaimsCsv, csvField } from '../../../src/export/claims-csv.ts';
import { buildClaimsExport, siteRoot } from '../../../src/export/claims-json.ts';
import { article, outlet, story } from './helpers/annotated.ts';

function analysisOf(): CorpusAnalysis {
  const input = story([outlet('o1', 'One Daily'), outlet('o2', 'Two Herald')], {
    a: ['o1', '2030-02-01', article('a', ['The valley council approved a new water tariff for farms on Monday.'])],
    b: ['o2', '2030-02-03', article('b', ['=A new water tariff for valley farms, "approved" by the council.'])],
  });
  const result = crossReference(input);
  return {
    stories: [{ id: 'test-story', title: 'Test story', date: '2030-01-01', articles: ['a', 'b'], outlets: ['o1', 'o2'], claims: result.claims.map((c) => c.id), counts: { corroborated: 1, conflicting: 0, disputed: 0, 'single-source': 0 } }],
    articles: input.articles.map((a) => ({ id: a.id, story: a.story, outlet: a.outlet, title: a.title, published: a.published, url: null, retrieved: a.id === 'a' ? '2030-02-05' : null, nearDuplicateOf: null, sentences: [] })),
    claims: result.claims,
    entities: [],
    outlets: [...input.outlets],
  };
}

describe('claims.json export', () => {
  test('has exactly the documented keys, absolute claim urls and verbatim evidence', () => {
    const data = buildClaimsExport(analysisOf(), { site: 'https://example.github.io/factcheck' });
    expect(Object.keys(data)).toEqual(['generated', 'stories', 'articles', 'claims', 'corrections']);
    expect(Object.keys(data.articles[0]!)).toEqual(['id', 'story', 'outlet', 'title', 'url', 'published', 'nearDuplicateOf']);
    const claim = data.claims[0]!;
    expect(Object.keys(claim)).toEqual([
      'id', 'url', 'story', 'kind', 'statement', 'verdict', 'flags', 'explanation', 'speakers',
      'reviewed', 'rationale', 'note', 'automatic', 'datePublished', 'dateModified', 'evidence',
    ]);
    expect(claim.reviewed).toBeNull();
    expect(claim.url).toBe(`https://example.github.io/factcheck/claims/${claim.id}/`);
    expect(Object.keys(claim.evidence[0]!)).toEqual(['article', 'sentenceId', 'text', 'stance', 'value', 'via']);
    expect(claim.evidence.map((e) => e.text)).toContain('The valley council approved a new water tariff for farms on Monday.');
  });

  test('is dated by the newest article date, not the clock', () => {
    expect(buildClaimsExport(analysisOf(), { site: 'https://x.test/' }).generated).toBe('2030-02-05');
  });

  test('rejects a relative site address with a fix', () => {
    expect(() => siteRoot('/factcheck/')).toThrow(/not an absolute URL; use e\.g\./);
    expect(siteRoot('http://localhost:4321')).toBe('http://localhost:4321/');
  });
});

describe('claims.csv export', () => {
  test.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['line\nbreak', '"line\nbreak"'],
  ])('field %j is written %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test('is a claim × outlet matrix of stances with CRLF line ends', () => {
    const csv = buildClaimsCsv(analysisOf());
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('claim,story,kind,verdict,flags,statement,o1,o2');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).some((line) => line.endsWith(',supports,supports'))).toBe(true);
  });
});
