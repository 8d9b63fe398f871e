import { describe, expect, test } from 'vitest';
import type { SiteAnalysis } from '../../../src/lib/analysis.ts';
import { outletPages } from '../../../src/lib/outlet-pages.ts';
import { outletRecord } from '../../../src/lib/outlet-stats.ts';
import type { ReviewedClaim } from '../../../src/review/types.ts';

type Stance = 'supports' | 'conflicts' | 'denies';

/** A claim with only what an outlet's pages read: its verdict, sources, and each piece of evidence's outlet and stance. */
const claim = (id: string, verdict: string, evidence: Array<[string, Stance]>): ReviewedClaim =>
  ({
    id,
    story: 's',
    verdict,
    independentSources: new Set(evidence.map(([outlet]) => outlet)).size,
    evidence: evidence.map(([outlet, stance]) => ({ outlet, stance, article: `${outlet}-article` })),
  }) as unknown as ReviewedClaim;

const article = (id: string, outlet: string, published: string) => ({ id, data: { outlet, published } });

/** Three outlets; `daily` holds two pieces of evidence of one claim and contradicts another. */
function site(): SiteAnalysis {
  const claims = [
    claim('a-corroborated', 'corroborated', [['daily', 'supports'], ['wire', 'supports']]),
    claim('b-disputed', 'disputed', [['daily', 'supports'], ['daily', 'supports'], ['radio', 'denies']]),
    claim('c-conflicting', 'conflicting', [['wire', 'supports'], ['daily', 'conflicts']]),
    claim('d-single', 'single-source', [['radio', 'supports']]),
    claim('e-conflicting', 'conflicting', [['daily', 'supports'], ['radio', 'conflicts']]),
  ];
  const articles = [
    article('daily-1', 'daily', '2025-01-02'),
    article('wire-1', 'wire', '2025-01-03'),
    article('daily-2', 'daily', '2025-01-05'),
    article('daily-0', 'daily', '2025-01-05'),
  ];
  return { claims, content: { articles } } as unknown as SiteAnalysis;
}

describe("an outlet's pages", () => {
  test.each(['daily', 'wire', 'radio', 'unknown'])('%s: the same record as over every claim of the site, each claim once', (outlet) => {
    const analysis = site();
    expect(outletPages(analysis, outlet).record).toEqual(outletRecord(outlet, analysis.claims));
  });

  test('contested claims, those it contradicts among them, in verdict order; its articles newest first, then by id', () => {
    const pages = outletPages(site(), 'daily');
    expect(pages.contested.map((c) => c.id)).toEqual(['b-disputed', 'c-conflicting', 'e-conflicting']);
    expect(pages.articles.map((a) => a.id)).toEqual(['daily-0', 'daily-2', 'daily-1']);
    expect(pages.lastPage).toBe(1);
  });

  test('an outlet without claims or articles has one empty page', () => {
    const pages = outletPages(site(), 'unknown');
    expect(pages.contested).toEqual([]);
    expect(pages.articles).toEqual([]);
    expect(pages.lastPage).toBe(1);
  });
});
