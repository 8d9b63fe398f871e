/**
 * Clustering scored pairs into claims, precision first: strongest links first, average linkage
 * with a floor (no pair inside a claim below `minLinkThreshold`), at most one unit per article,
 * and units kept `apart` never in one claim. Pair probabilities are given by hand so each rule is
 * seen on its own.
 */
import { describe, expect, test } from 'vitest';
import { clusterUnits } from '../../../../src/engine/04-match/cluster.ts';
import { DEFAULT_CONFIG, type EngineConfig } from '../../../../src/engine/config.ts';

const config: EngineConfig['match'] = { ...DEFAULT_CONFIG.match, linkThreshold: 0.5, clusterThreshold: 0.5, minLinkThreshold: 0.3 };

/** Pairs from a table "i-j": p (any order), with the score function that reads the same table. */
function table(probabilities: Record<string, number>) {
  const p = new Map<string, number>();
  for (const [key, value] of Object.entries(probabilities)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    p.set(`${Math.min(i, j)}-${Math.max(i, j)}`, value);
  }
  const score = (i: number, j: number): number => p.get(`${Math.min(i, j)}-${Math.max(i, j)}`) ?? 0;
  const pairs = [...p.entries()].map(([key, value]) => {
    const [i, j] = key.split('-').map(Number) as [number, number];
    return { i, j, p: value };
  });
  return { pairs, score };
}

/** Unit n is in article n unless a test says otherwise. */
const ownArticle = (n: number): string => `article-${n}`;

describe('clusters', () => {
  test('two units that match strongly form a claim, held by their link', () => {
    const { pairs, score } = table({ '0-1': 0.9 });
    expect(clusterUnits(pairs, ownArticle, score, config)).toEqual([{ members: [0, 1], confidence: 0.9 }]);
  });

  test('a link below the link threshold makes no claim', () => {
    const { pairs, score } = table({ '0-1': 0.49 });
    expect(clusterUnits(pairs, ownArticle, score, config)).toEqual([]);
  });

  test('the floor stops a chain: A~B and B~C match, but A and C do not, so C stays out', () => {
    const { pairs, score } = table({ '0-1': 0.9, '1-2': 0.9, '0-2': 0.05 });
    expect(clusterUnits(pairs, ownArticle, score, config)).toEqual([{ members: [0, 1], confidence: 0.9 }]);
  });

  test('above the floor, the mean across the two groups must reach the cluster threshold', () => {
    // C joins {A, B} only if the mean of A~C and B~C reaches 0.5: (0.35 + 0.6) / 2 = 0.475 does not.
    const low = table({ '0-1': 0.9, '1-2': 0.6, '0-2': 0.35 });
    expect(clusterUnits(low.pairs, ownArticle, low.score, config)).toEqual([{ members: [0, 1], confidence: 0.9 }]);
    // (0.45 + 0.6) / 2 = 0.525 does; the claim is then held by its weakest link, 0.45.
    const high = table({ '0-1': 0.9, '1-2': 0.6, '0-2': 0.45 });
    expect(clusterUnits(high.pairs, ownArticle, high.score, config)).toEqual([{ members: [0, 1, 2], confidence: 0.45 }]);
  });

  test('links of equal strength are taken in unit order, whatever order they come in', () => {
    // Units 1 and 2 share an article: whichever of 0~1 and 0~2 is taken first keeps the other out.
    const articleOf = (n: number): string => (n === 2 ? 'article-1' : ownArticle(n));
    const pairs = [
      { i: 0, j: 2, p: 0.8 },
      { i: 0, j: 1, p: 0.8 },
      { i: 1, j: 3, p: 0.7 },
    ];
    const score = (i: number, j: number): number => pairs.find((pair) => pair.i === Math.min(i, j) && pair.j === Math.max(i, j))?.p ?? 0;
    expect(clusterUnits(pairs, articleOf, score, config)).toEqual([{ members: [0, 1], confidence: 0.8 }]);
    expect(clusterUnits([...pairs].reverse(), articleOf, score, config)).toEqual([{ members: [0, 1], confidence: 0.8 }]);
  });

  test('one unit per article: a second sentence of an article that is already in the claim stays out', () => {
    const { pairs, score } = table({ '0-1': 0.9, '1-2': 0.8, '0-2': 0.8 });
    const articleOf = (n: number): string => (n === 2 ? 'article-0' : ownArticle(n));
    expect(clusterUnits(pairs, articleOf, score, config)).toEqual([{ members: [0, 1], confidence: 0.9 }]);
  });

  test('units kept apart never meet, however well their words match', () => {
    const { pairs, score } = table({ '0-1': 0.95, '1-2': 0.9, '0-2': 0.9 });
    const apart = (i: number, j: number): boolean => (i === 0 && j === 2) || (i === 2 && j === 0);
    const clusters = clusterUnits(pairs, ownArticle, score, config, apart);
    expect(clusters).toEqual([{ members: [0, 1], confidence: 0.95 }]);
    for (const c of clusters) expect(c.members.includes(0) && c.members.includes(2)).toBe(false);
  });

  test('the strongest links are taken first, and clusters come out in unit order', () => {
    // 2~3 (0.95) is taken before 1~2 (0.6); 1 cannot then join {2, 3} because 1~3 is missing.
    const { pairs, score } = table({ '1-2': 0.6, '2-3': 0.95, '0-4': 0.7 });
    expect(clusterUnits(pairs, ownArticle, score, config)).toEqual([
      { members: [0, 4], confidence: 0.7 },
      { members: [2, 3], confidence: 0.95 },
    ]);
  });

  test('the thresholds come from the config', () => {
    const { pairs, score } = table({ '0-1': 0.9, '1-2': 0.9, '0-2': 0.05 });
    const loose = { ...config, minLinkThreshold: 0, clusterThreshold: 0 };
    expect(clusterUnits(pairs, ownArticle, score, loose)).toEqual([{ members: [0, 1, 2], confidence: 0.05 }]);
  });
});
