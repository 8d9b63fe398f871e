/**
 * Blocking: units are compared only when they share a block key (a rare content term, a word
 * pair, a family, a specific entity, a date), never two of one article; a key held by more units
 * than the block limit (about two per article) is a topic word and is skipped; an article brings at
 * most `maxUnitsPerArticle` units, so one enormous article cannot flood the blocks.
 */
import { describe, expect, test } from 'vitest';
import { candidatePairs, firstAbove, matchable } from '../../../../src/engine/04-match/blocking.ts';
import { storyStats, unitVectors } from '../../../../src/engine/04-match/features.ts';
import { DEFAULT_CONFIG, type EngineConfig } from '../../../../src/engine/config.ts';
import { corpusOf, storyAt, type StoryAt } from '../support/corpus.ts';
import { unitWith } from '../support/find.ts';

const story = (): StoryAt<'annotate'> =>
  storyAt(
    corpusOf([
      { id: 'one', outlet: 'one-daily', body: ['The council approved a water tariff for farms on Monday.', 'The council also approved a new water tariff for the town.'] },
      { id: 'two', outlet: 'two-herald', body: ['Farmers opposed the water tariff at a meeting in the valley.', 'Short one.'] },
      { id: 'three', outlet: 'three-news', body: ['A water tariff was debated by farmers in the valley for hours.'] },
    ]),
    'annotate',
  );

/** The pair of two units as blocking lists it (lower index first). */
const pair = (i: number, j: number): [number, number] => [Math.min(i, j), Math.max(i, j)];

function pairs(s: StoryAt<'annotate'>, config: EngineConfig['match']) {
  const stats = storyStats(s);
  const vectors = unitVectors(s.ctx.lang, s, stats);
  return candidatePairs(vectors, matchable(vectors, config), stats, config);
}

describe('candidate pairs', () => {
  test('units of different articles that share a rare term are compared; two units of one article never are', () => {
    const s = story();
    const { pairs: found } = pairs(s, DEFAULT_CONFIG.match);
    const [a1, a2, b, c] = ['approved a water tariff for farms', 'also approved', 'Farmers opposed', 'was debated'].map((f) => unitWith(s, f).i) as [number, number, number, number];
    expect(found).toContainEqual(pair(a1, b));
    expect(found).toContainEqual(pair(b, c));
    expect(found).not.toContainEqual(pair(a1, a2));
    for (const [i, j] of found) {
      expect(i).toBeLessThan(j);
      expect(s.units[i]?.article).not.toBe(s.units[j]?.article);
    }
  });

  test('a key held by more units than the block limit is a topic word and is skipped', () => {
    const s = story();
    // Limit 2: "water", "tariff" and "water tariff" are held by four units each.
    const tight = { ...DEFAULT_CONFIG.match, blockPerArticle: 1, blockMin: 1, blockMax: 2 };
    const result = pairs(s, tight);
    expect(result.skippedBlocks).toBeGreaterThanOrEqual(3);
    const b = unitWith(s, 'Farmers opposed').i;
    const a1 = unitWith(s, 'approved a water tariff for farms').i;
    // Those are all the keys the two share, so they are never compared.
    expect(result.pairs).not.toContainEqual(pair(a1, b));
    expect(pairs(s, DEFAULT_CONFIG.match).skippedBlocks).toBe(0);
  });
});

describe('which units take part', () => {
  test('fragments are not matched', () => {
    const s = story();
    const usable = matchable(unitVectors(s.ctx.lang, s, storyStats(s)), DEFAULT_CONFIG.match);
    expect(usable[unitWith(s, 'Short one').i]).toBe(false);
    expect(usable[unitWith(s, 'Farmers opposed').i]).toBe(true);
  });

  test('an article brings at most maxUnitsPerArticle units: its first ones', () => {
    const s = story();
    const usable = matchable(unitVectors(s.ctx.lang, s, storyStats(s)), { ...DEFAULT_CONFIG.match, maxUnitsPerArticle: 1 });
    expect(usable[unitWith(s, 'approved a water tariff for farms').i]).toBe(true);
    expect(usable[unitWith(s, 'also approved').i]).toBe(false);
    expect(usable[unitWith(s, 'was debated').i]).toBe(true);
  });

  test('a denial is attached, not matched', () => {
    const s = storyAt(corpusOf([{ id: 'one', outlet: 'one-daily', body: ['The minister denied that the water tariff would rise next year.'] }]), 'annotate');
    const usable = matchable(unitVectors(s.ctx.lang, s, storyStats(s)), DEFAULT_CONFIG.match);
    expect(s.units[0]?.denial).toBe(true);
    expect(usable[0]).toBe(false);
  });
});

describe('the first number above a value in an ascending list', () => {
  test.each([
    [[], 3, 0],
    [[5], 3, 0],
    [[5], 5, 1],
    [[1, 3, 5, 7], 0, 0],
    [[1, 3, 5, 7], 3, 2],
    [[1, 3, 5, 7], 4, 2],
    [[1, 3, 5, 7], 7, 4],
    [[1, 3, 5, 7], 9, 4],
  ])('in %j above %i: at %i', (list, value, at) => {
    expect(firstAbove(list, value)).toBe(at);
  });

  test('is where a scan from the start finds the first larger number', () => {
    const list = Array.from({ length: 200 }, (_, k) => 3 * k + (k % 2));
    for (let value = -2; value < 610; value++) {
      const scanned = list.findIndex((n) => n > value);
      expect(firstAbove(list, value)).toBe(scanned < 0 ? list.length : scanned);
    }
  });
});
