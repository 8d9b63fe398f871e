import { describe, expect, test } from 'vitest';
import { compatible } from '../../../src/engine/04-match/quantity-facets.ts';
import { consensus } from '../../../src/engine/05-relate/quantities.ts';
import { sameWording } from '../../../src/engine/05-relate/index.ts';
import { crossReference } from '../../../src/engine/cross-reference.ts';
import type { Quantity } from '../../../src/engine/types.ts';
import { article, outlet, person, story } from './helpers/annotated.ts';

function q(value: number, qualifier: Quantity['qualifier'] = 'exact', low = value, high = value): Quantity {
  return { value, low, high, unit: 'hour', qualifier, measures: 'meeting', surface: '', start: 0, end: 0 };
}

describe('quantity intervals', () => {
  test.each([
    ['4 and 4.5 conflict', q(4), q(4.5), false],
    ['4.5 fits "more than 4"', q(4.5), q(4, 'more-than', 4, Infinity), true],
    ['4 does not fit "more than 4"', q(4), q(4, 'more-than', 4, Infinity), false],
    ['"nearly 5" does not fit 5', q(5), q(5, 'nearly', 4.5, 5), false],
    ['"about 10" fits 11', q(11), q(10, 'about', 9, 11), true],
    ['"at least 3" fits 3', q(3), q(3, 'at-least', 3, Infinity), true],
  ])('%s', (_name, a, b, expected) => {
    expect(compatible(a, b)).toBe(expected);
    expect(compatible(b, a)).toBe(expected);
  });

  test('the consensus is the value most independent sources allow', () => {
    const point = consensus([
      { quantity: q(4), source: 'kp' },
      { quantity: q(4.5), source: 'mt' },
      { quantity: q(4.5), source: 'mt' },
      { quantity: q(4, 'more-than', 4, Infinity), source: 'rf' },
    ]);
    expect(point).toBe(4.5);
  });
});

describe('quote wording', () => {
  const quote = (plain: string) => ({ text: plain, start: 0, end: 0, words: [], set: new Set<string>(), weight: new Map<string, number>(), mass: 0, speaker: 'x', plain });
  test('a fragment quoted word for word is the same wording', () => {
    expect(sameWording(quote('hard to say'), quote('it is hard to say that they are getting closer'))).toBe(true);
  });
  test('a paraphrased quote is different wording', () => {
    expect(sameWording(quote('a serious conversation on all issues'), quote('very serious discussions on all issues'))).toBe(false);
  });
});

describe('relations inside a claim', () => {
  const outlets = [outlet('o1', 'The Valley Courier'), outlet('o2', 'Harbour News'), outlet('o3', 'Metro Wire', 'agency')];

  test('a denial in the same article that names the claim by a quoted phrase is attached as denies', () => {
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-05-01', article('a', [
          { text: 'According to two people familiar with the plan, the city will sell the old tram depot to a hotel chain.', anonymous: true },
          'The depot has stood empty since the trams stopped running in 2011.',
          { text: 'Mayor Rita Olsen denied that any “depot sale” was planned, calling the report invented.', speaker: 'olsen', polarity: 'denies' },
        ])],
      }, [person('olsen', 'Rita Olsen')]),
    );
    const claim = result.claims.find((c) => c.evidence.some((e) => e.stance === 'denies'));
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.flags).toEqual(['anonymousSourcing']);
    expect(claim?.evidence.map((e) => [e.stance, e.relation])).toEqual([
      ['supports', 'anchor'],
      ['denies', 'denies'],
    ]);
    expect(claim?.explanation).toBe('The Valley Courier reports it from anonymous sources; Rita Olsen denies it.');
    // The denial is not also a claim of its own.
    expect(result.claims.filter((c) => c.evidence.some((e) => e.text.startsWith('Mayor Rita Olsen')))).toHaveLength(1);
  });

  test('a denial that matches nothing stays a claim of its own', () => {
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-05-01', article('a', [
          { text: 'The harbour master denied reports that cargo ships had been turned away overnight.', speaker: 'master', polarity: 'denies' },
          'The annual rowing regatta drew a record crowd of spectators to the river banks.',
        ])],
      }),
    );
    expect(result.claims).toHaveLength(2);
    expect(result.claims.every((c) => c.evidence.every((e) => e.stance === 'supports'))).toBe(true);
  });

  test('conflicting quantities: each report keeps its value and the minority conflicts', () => {
    const text = (value: string) => `Firefighters said the blaze at the warehouse burned for ${value} before it was contained.`;
    const result = crossReference(
      story(outlets, {
        a: ['o1', '2030-05-01', article('a', [{ text: text('six hours'), quantities: [{ surface: 'six hours', value: 6, unit: 'hour', measures: 'blaze' }] }])],
        b: ['o2', '2030-05-01', article('b', [{ text: text('nine hours'), quantities: [{ surface: 'nine hours', value: 9, unit: 'hour', measures: 'blaze' }] }])],
        c: ['o3', '2030-05-02', article('c', [{ text: text('more than eight hours'), quantities: [{ surface: 'more than eight hours', value: 8, unit: 'hour', measures: 'blaze', qualifier: 'more-than' }] }])],
      }),
    );
    const claim = result.claims.find((c) => c.kind === 'quantity');
    expect(claim?.verdict).toBe('conflicting');
    expect(claim?.statement).toBe('Length of the blaze');
    expect(claim?.evidence.map((e) => [e.article, e.stance, e.value])).toEqual([
      ['a', 'conflicts', 'six hours'],
      ['b', 'supports', 'nine hours'],
      ['c', 'supports', 'more than eight hours'],
    ]);
    expect(claim?.anchor.article).toBe('b');
    expect(claim?.explanation).toBe('The Valley Courier says six hours; Harbour News says nine hours; Metro Wire says more than eight hours.');
  });
});
