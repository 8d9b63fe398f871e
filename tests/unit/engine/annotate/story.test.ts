import { describe, expect, test } from 'vitest';
import { annotateStory } from '../../../../src/engine/03-annotate/index.ts';
import { allSentences, annotate, fixtureStory, seedStory } from './helpers.ts';

const seed = seedStory();

describe('annotateStory', () => {
  test('gives one list of annotated sentences per article, in reading order, keeping the segmenter fields', () => {
    const result = annotate(seed);
    expect([...result.sentences.keys()]).toEqual(seed.articles.map((a) => a.id));
    for (const article of seed.articles) {
      const annotated = result.sentences.get(article.id) ?? [];
      expect(annotated.map(({ id, article: a, block, index, text }) => ({ id, article: a, block, index, text }))).toEqual(article.sentences);
    }
  });

  test('is deterministic: the same input gives the same output', () => {
    expect(JSON.stringify([...annotate(seed).sentences], null, 0)).toBe(JSON.stringify([...annotate(seed).sentences], null, 0));
  });

  test('entities do not depend on the order of the articles', () => {
    const reversed = { ...seed, articles: [...seed.articles].reverse() };
    expect(annotate(reversed).entities).toEqual(annotate(seed).entities);
  });

  test('every offset points into its sentence and every mention names a listed entity', () => {
    for (const story of [seed, fixtureStory('mine-collapse'), fixtureStory('rate-decision')]) {
      const result = annotate(story);
      const ids = new Set(result.entities.map((e) => e.id));
      for (const s of allSentences(result)) {
        for (const m of s.mentions) {
          expect(ids.has(m.entity)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(s.text.length);
          if (!m.pronoun) expect(result.entities.find((e) => e.id === m.entity)?.aliases).toContain(s.text.slice(m.start, m.end));
        }
        for (const q of s.quotes) expect(s.text.slice(q.start, q.end)).toBe(q.text);
        for (const q of s.quantities) expect(s.text.slice(q.start, q.end)).toBe(q.surface);
        for (const id of [s.attribution.speaker, s.attribution.viaEntity]) if (id !== null) expect(ids.has(id)).toBe(true);
      }
    }
  });

  test('an empty story and an article without sentences are fine', () => {
    expect(annotateStory([], [])).toEqual({ sentences: new Map(), entities: [] });
    const result = annotateStory([{ id: 'empty', outlet: 'x', sentences: [] }], []);
    expect(result.sentences.get('empty')).toEqual([]);
  });

  test('annotates the seed story in well under a millisecond per sentence', () => {
    const sentences = seed.articles.reduce((n, a) => n + a.sentences.length, 0);
    annotate(seed);
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      annotate(seed);
      runs.push(performance.now() - start);
    }
    const median = runs.sort((a, b) => a - b)[3] ?? Infinity;
    // Typically ~0.1 ms; the bound leaves room for a loaded CI machine.
    expect(median / sentences).toBeLessThan(1);
  });

  test('cost grows linearly with the number of articles in a story', () => {
    const copies = (n: number) => ({ ...seed, articles: Array.from({ length: n }, (_, c) => seed.articles.map((a) => ({ ...a, id: `${a.id}-${c}` }))).flat() });
    const time = (n: number): number => {
      const story = copies(n);
      const start = performance.now();
      annotate(story);
      return performance.now() - start;
    };
    time(4);
    const small = Math.min(time(8), time(8));
    const large = Math.min(time(64), time(64));
    // 8x the articles must cost well under 8x8 = 64x (quadratic); linear is ~8x.
    expect(large / small).toBeLessThan(24);
  });
});
