/** The claims.json and claims.csv exports of an analysis made by the engine from a small corpus. */
import { describe, expect, test } from 'vitest';
import type { CorpusAnalysis } from '../../../src/engine/types.ts';
import { buildClaimsCsv, csvField } from '../../../src/export/claims-csv.ts';
import { buildClaimsExport, siteRoot } from '../../../src/export/claims-json.ts';
import { analyze, corpusOf, outlet } from '../engine/support/corpus.ts';

function analysisOf(onlyInA: string[] = []): CorpusAnalysis {
  const corpus = corpusOf(
    [
      { id: 'a', outlet: 'o1', published: '2030-02-01', body: ['The valley council approved a new water tariff for farms on Monday.', ...onlyInA] },
      { id: 'b', outlet: 'o2', published: '2030-02-03', body: ['=A new water tariff for valley farms, "approved" by the council on Monday.'] },
    ],
    { outlets: [outlet('o1', 'One Daily'), outlet('o2', 'Two Herald')] },
  );
  corpus.articles = corpus.articles.map((a) => (a.id === 'a' ? { ...a, retrieved: '2030-02-05' } : a));
  return analyze(corpus);
}

describe('claims.json export', () => {
  test('has exactly the documented keys, absolute claim urls and verbatim evidence', () => {
    const data = buildClaimsExport(analysisOf(), { site: 'https://example.github.io/factcheck' });
    expect(Object.keys(data)).toEqual(['generated', 'stories', 'articles', 'claims', 'corrections']);
    expect(Object.keys(data.articles[0]!)).toEqual(['id', 'story', 'outlet', 'title', 'url', 'published', 'nearDuplicateOf']);
    const claim = data.claims[0]!;
    expect(Object.keys(claim)).toEqual([
      'id', 'url', 'story', 'kind', 'statement', 'verdict', 'flags', 'confidence', 'explanation', 'speakers',
      'datePublished', 'dateModified', 'evidence',
    ]);
    // No editor reviewed it: no review fields at all, rather than four nulls.
    expect(claim.reviewed).toBeUndefined();
    expect(claim.confidence).toBeGreaterThan(0);
    expect(claim.confidence).toBeLessThanOrEqual(1);
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

  test('lists, for each claim more than one outlet reports, the outlets that support, conflict with and deny it, with CRLF line ends', () => {
    const analysis = analysisOf(['The new pumping station at Orla will open in the spring of next year.']);
    const csv = buildClaimsCsv(analysis);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('claim,story,kind,verdict,flags,statement,supports,conflicts,denies');
    expect(lines.at(-1)).toBe('');
    // A claim of one outlet is one cell of the matrix: claims.json has it, the CSV leaves it out.
    const compared = analysis.claims.filter((claim) => new Set(claim.evidence.map((e) => e.outlet)).size > 1);
    const alone = analysis.claims.filter((claim) => new Set(claim.evidence.map((e) => e.outlet)).size === 1);
    expect(compared.length).toBeGreaterThan(0);
    expect(alone.length).toBeGreaterThan(0);
    expect(lines).toHaveLength(compared.length + 2);
    for (const claim of alone) expect(lines.some((line) => line.startsWith(`${claim.id},`))).toBe(false);
    // Both articles report the tariff: one row names both outlets as supporting it, and no other stance.
    const tariff = analysis.claims.find((claim) => new Set(claim.evidence.map((e) => e.outlet)).size === 2);
    expect(tariff).toBeDefined();
    expect(lines.find((line) => line.startsWith(`${tariff?.id},`))).toMatch(/,o1 o2,,$/);
  });
});
