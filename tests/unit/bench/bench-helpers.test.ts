import { describe, expect, test } from 'vitest';
import { median } from '../../../scripts/bench/measure.ts';
import { naiveSentences, naiveTokens, runNaiveBaseline } from '../../../scripts/bench/naive-baseline.ts';
import { checkBudgets, type BenchResults } from '../../../scripts/bench/results.ts';
import { formatTable } from '../../../scripts/bench/table.ts';
import type { CorpusInput } from '../../../src/engine/types.ts';

const article = (id: string, story: string, body: string) => ({ id, story, outlet: 'o', title: id, published: '2024-01-01', body });

describe('the naive all-pairs baseline', () => {
  test('splits paragraphs into sentences after a stop and before a capital, digit or quote', () => {
    expect(naiveSentences('The fire started. “It is bad,” he said.\n\nThirty died! 12 were hurt.')).toEqual([
      'The fire started.',
      '“It is bad,” he said.',
      'Thirty died!',
      '12 were hurt.',
    ]);
    expect(naiveTokens('The Fire started in Porto.')).toEqual(['fire', 'started', 'porto']);
  });

  test('compares every pair of sentences inside a story, not across stories', () => {
    const corpus: CorpusInput = {
      stories: [],
      outlets: [],
      articles: [
        article('a', 's1', 'The bridge collapsed in Graz on Sunday. Divers searched the river.'),
        article('b', 's1', 'A bridge collapsed in Graz on Sunday. The mayor spoke.'),
        article('c', 's2', 'The bridge collapsed in Graz on Sunday.'),
      ],
    };
    const result = runNaiveBaseline(corpus, 60_000);
    expect(result.sentences).toBe(5);
    expect(result.pairs).toBe(6 + 0); // four sentences in s1 (6 pairs), one in s2 (none)
    expect(result.comparedPairs).toBe(result.pairs);
    expect(result.clusters).toBe(1); // the two "bridge collapsed" sentences of articles a and b
    expect(result.cutOff).toBe(false);
    expect(result.estimatedMs).toBeNull();
  });

  test('stops at the time cap and extrapolates from the share of pairs compared', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} talks about topic ${i % 7}.`).join(' ');
    const corpus: CorpusInput = { stories: [], outlets: [], articles: Array.from({ length: 30 }, (_, i) => article(`a${i}`, 's', body)) };
    const result = runNaiveBaseline(corpus, 0);
    expect(result.cutOff).toBe(true);
    expect(result.comparedPairs).toBeLessThan(result.pairs);
    expect(result.estimatedMs).toBeGreaterThanOrEqual(result.ms);
  });
});

describe('bench helpers', () => {
  test('median takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test('tables right-align numeric columns', () => {
    expect(formatTable(['name', 'ms'], [['a', '5'], ['bb', '1,200']])).toBe('name     ms\n----  -----\na         5\nbb    1,200');
  });

  test('budgets pass, fail, or say they were not measured', () => {
    const engine = (articles: number, ms: number, peakRssMb: number) => ({
      articles, ms, peakRssMb, articlesPerSecond: Math.round(articles / (ms / 1000)), threads: 2, claims: 1, runs: 1, runsMs: [ms], loadMs: 0, sentences: 1, verdicts: {}, msPer1kSentences: 0,
    });
    const step = (ms: number) => ({ articles: 10_000, stories: 500, cached: 499, analysed: 1, threads: 0, loadMs: 0, ms, cpuMs: ms, peakRssMb: 1 });
    const results = {
      engine: [engine(1000, 600, 300), engine(10_000, 8000, 2100)],
      rebuild: [{ articles: 10_000, first: step(9000), cached: step(70_000), clean: step(9000), speedup: 0.1 }],
      claimPageBytesGz: 12_000,
    } as unknown as BenchResults;
    const byName = new Map(checkBudgets(results).map((budget) => [budget.name, budget.pass]));
    expect(byName.get('engine at 10,000 articles: throughput')).toBe(true);
    expect(byName.get('engine at 10,000 articles: peak RSS')).toBe(false);
    expect(byName.get('engine time 10,000 / 1,000 articles')).toBe(false);
    expect(byName.get('analysis after adding one article (10,000, cached)')).toBe(false);
    expect(byName.get('rebuild after adding one article at 10,000 (issue 15)')).toBeNull();
    expect(byName.get('dist at 10,000 articles (issue 15)')).toBeNull();
    expect(byName.get('claim page transfer (HTML+CSS+JS, gzip)')).toBe(true);
    expect(byName.get('Lighthouse (home, story, claim, article)')).toBeNull();
  });
});
