import { describe, expect, test } from 'vitest';
import { mergeSpans } from '../../../src/engine/06-judge/marks.ts';
import { cleanSentence, valueText } from '../../../src/engine/06-judge/statement.ts';
import { crossReference } from '../../../src/engine/cross-reference.ts';
import { claimSlug, sentenceIdHash, slugWords, uniqueIds } from '../../../src/engine/slug.ts';
import type { Quantity } from '../../../src/engine/types.ts';
import { stem } from '../../../src/engine/words.ts';
import { article, outlet, person, story } from './helpers/annotated.ts';

const quantity = (surface: string, value: number, unit: string, qualifier: Quantity['qualifier'] = 'exact'): Quantity => ({
  value, low: value, high: value, unit, qualifier, measures: null, surface, start: 0, end: 0,
});

describe('values as a reader says them', () => {
  test.each([
    ['four-hour', 4, 'hour', 'four hours'],
    ['4.5-hour', 4.5, 'hour', '4.5 hours'],
    ['more than four-hour', 4, 'hour', 'more than four hours'],
    ['nearly three-year', 3, 'year', 'nearly three years'],
    ['one-day', 1, 'day', 'one day'],
    ['12 people', 12, 'person', '12 people'],
    ['$4 million', 4_000_000, 'usd', '$4 million'],
  ])('"%s" reads "%s"', (surface, value, unit, expected) => {
    expect(valueText(quantity(surface, value, unit))).toBe(expected);
  });
});

describe('cleaned statements', () => {
  test.each([
    ['Meanwhile, the port reopened on Friday.', 'The port reopened on Friday.'],
    ['That said, the mayor promised new buses', 'The mayor promised new buses.'],
    ['The minister resigned on Monday, TASS reported.', 'The minister resigned on Monday.'],
    ['Talks will resume in June, according to AP News.', 'Talks will resume in June.'],
  ])('"%s" becomes "%s"', (input, expected) => {
    expect(cleanSentence(input)).toBe(expected);
  });
});

describe('slugs', () => {
  test('the hash is the 8 hex digits of the anchor sentence id', () => {
    expect(sentenceIdHash('s-0a1b2c3d')).toBe('0a1b2c3d');
    expect(sentenceIdHash('s-0a1b2c3d-2')).toBe('0a1b2c3d');
    expect(() => sentenceIdHash('claim-1')).toThrow(/Not a sentence id/);
  });

  test('slug words are the rarest content words, in reading order', () => {
    const rare = new Set(['three-stage', 'peace', 'plan', 'ceasefire'].map(stem));
    expect(slugWords('The sides proposed a three-stage peace plan with a ceasefire', (w) => (rare.has(w) ? 2 : 1), 4)).toEqual([
      'three-stage', 'peace', 'plan', 'ceasefire',
    ]);
    expect(claimSlug(['three-stage', 'peace', 'plan'], '4f2a9c1e')).toBe('three-stage-peace-plan-4f2a9c1e');
  });

  test('colliding ids get a numeric suffix in order', () => {
    expect(uniqueIds(['a-1', 'b-2', 'a-1', 'a-1'])).toEqual(['a-1', 'b-2', 'a-1-2', 'a-1-3']);
  });
});

describe('marks', () => {
  test('adjacent words merge into one run', () => {
    const text = 'the three-stage peace plan was';
    expect(mergeSpans(text, [[4, 15], [16, 21], [22, 26]])).toEqual([[4, 26]]);
    expect(mergeSpans(text, [[4, 15], [22, 26]])).toEqual([[4, 15], [22, 26]]);
  });
});

describe('verdicts of whole claims', () => {
  const outlets = [outlet('o1', 'The Valley Courier'), outlet('o2', 'Harbour News'), outlet('o3', 'Metro Wire', 'agency')];
  const entities = [person('okafor', 'Grace Okafor')];

  test('the same quote in different words by three outlets is corroborated with wordingVaries', () => {
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-02-01', article('a', [{ text: 'Okafor called the agreement “a fair deal for every family in the valley”.', speaker: 'okafor' }])],
        b: ['o2', '2030-02-01', article('b', [{ text: '“This is a fair deal for every family in the valley,” Okafor told reporters.', speaker: 'okafor' }])],
        c: ['o3', '2030-02-02', article('c', [{ text: 'Okafor described it as “a fair agreement for all valley families”.', speaker: 'okafor' }])],
      }, entities),
    );
    const claim = result.claims.find((c) => c.evidence.length === 3);
    expect(claim?.kind).toBe('quote');
    expect(claim?.verdict).toBe('corroborated');
    expect(claim?.flags).toEqual(['wordingVaries']);
    expect(claim?.statement).toBe('Okafor: “This is a fair deal for every family in the valley”');
    expect(claim?.speakers).toEqual(['Grace Okafor']);
    expect(claim?.evidence.map((e) => e.relation)).toEqual(['anchor', 'corroborates', 'wordingDiffers']);
    expect(claim?.id).toMatch(/^okafor-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(claim?.hash).toBe(sentenceIdHash(claim!.anchor.sentenceId));
    expect(claim?.aliases).toHaveLength(3);
    expect(claim?.explanation).toBe('Reported by 3 independent sources, in differing words: The Valley Courier, Harbour News and Metro Wire.');
  });

  test('a sentence only one outlet reports is single-source and names the outlet', () => {
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-02-01', article('a', [{ text: 'The valley council will vote on the new water tariff in April.', via: 'Reuters' }])],
      }),
    );
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]?.verdict).toBe('single-source');
    expect(result.claims[0]?.explanation).toBe('Only The Valley Courier (via Reuters) reports it.');
    expect(result.claims[0]?.evidence[0]?.via).toBe('Reuters');
  });

  test('a marked word range always lies inside its evidence sentence', () => {
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-02-01', article('a', ['The valley council approved a new water tariff for farms on Monday.'])],
        b: ['o2', '2030-02-01', article('b', ['A new water tariff for valley farms was approved by the council.'])],
      }),
    );
    const claim = result.claims.find((c) => c.evidence.length === 2);
    expect(claim?.verdict).toBe('corroborated');
    for (const e of claim!.evidence) {
      expect(e.marks.length).toBeGreaterThan(0);
      for (const [start, end] of e.marks) {
        expect(0 <= start && start < end && end <= e.text.length).toBe(true);
      }
      expect(e.marks.map(([s, t]) => e.text.slice(s, t)).join(' ')).toMatch(/water tariff/);
    }
  });
});
