/**
 * Stage 3 over whole stories: its output keeps the segmenter's fields, does not depend on the
 * order of the articles, and every offset and id it produces points where it says.
 */
import { describe, expect, test } from 'vitest';
import { allSentences, annotate, fixtureStory, labelledStory } from './helpers.ts';

const seed = labelledStory('us-russia-talks-riyadh-2025');

describe('annotating a story', () => {
  test('gives one list of annotated sentences per article, in reading order, keeping the segmenter fields', () => {
    const result = annotate(seed);
    expect([...result.sentences.keys()]).toEqual(seed.articles.map((a) => a.id));
    for (const article of seed.articles) {
      const annotated = result.sentences.get(article.id) ?? [];
      expect(annotated.map(({ id, article: a, block, index, text }) => ({ id, article: a, block, index, text }))).toEqual(article.sentences);
    }
  });

  test('is deterministic: the same input gives the same output', () => {
    expect(JSON.stringify([...annotate(seed).sentences])).toBe(JSON.stringify([...annotate(seed).sentences]));
  });

  test('entities do not depend on the order of the articles', () => {
    const reversed = { ...seed, articles: [...seed.articles].reverse() };
    expect(annotate(reversed).entities).toEqual(annotate(seed).entities);
  });

  test.each([
    ['the seed story', seed],
    ['the mine collapse', fixtureStory('mine-collapse')],
    ['the rate decision', fixtureStory('rate-decision')],
  ])('in %s every offset points into its sentence and every mention names a listed entity', (_name, story) => {
    const result = annotate(story);
    const ids = new Set(result.entities.map((e) => e.id));
    let checked = 0;
    for (const s of allSentences(result)) {
      for (const m of s.mentions) {
        expect(ids.has(m.entity)).toBe(true);
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(s.text.length);
        if (!m.pronoun) expect(result.entities.find((e) => e.id === m.entity)?.aliases).toContain(s.text.slice(m.start, m.end));
        checked++;
      }
      for (const q of s.quotes) expect(s.text.slice(q.start, q.end)).toBe(q.text);
      for (const q of s.quantities) expect(s.text.slice(q.start, q.end)).toBe(q.surface);
      for (const id of [s.attribution.speaker, s.attribution.viaEntity]) if (id !== null) expect(ids.has(id)).toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
  });

  test('an empty story and an article without sentences are fine', () => {
    expect(annotate({ articles: [], outlets: [] })).toEqual({ sentences: new Map(), entities: [] });
    const result = annotate({ articles: [{ id: 'empty', outlet: 'x', sentences: [] }], outlets: [] });
    expect(result.sentences.get('empty')).toEqual([]);
  });
});
