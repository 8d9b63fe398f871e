/**
 * `Language.antonyms(term)` lists exactly the terms `areAntonyms` pairs with it: the pair features
 * look antonyms up once per unit through it, so any pair it missed or invented would change which
 * sentences the engine calls opposed.
 */
import { describe, expect, test } from 'vitest';
import wordnet from '../../../src/engine/language/data/wordnet.json' with { type: 'json' };
import { english } from '../../../src/engine/language/index.ts';

const lang = english();
const pairs = (wordnet as { antonyms: string[] }).antonyms.map((pair) => pair.split(' ') as [string, string]);

describe('antonyms of a term', () => {
  test('every antonym pair of the data is found from both of its terms', () => {
    expect(pairs.length).toBeGreaterThan(1000);
    const missed = pairs.filter(([a, b]) => !lang.antonyms(a).includes(b) || !lang.antonyms(b).includes(a));
    expect(missed).toEqual([]);
  });

  test('every term it lists is one areAntonyms accepts', () => {
    const terms = new Set(pairs.flat());
    const invented = [...terms].flatMap((x) => lang.antonyms(x).filter((y) => !lang.areAntonyms(x, y)).map((y) => `${x} ${y}`));
    expect(invented).toEqual([]);
  });

  test.each([
    ['rise', 'fall'],
    ['win', 'lose'],
  ])('%s and %s are antonyms both ways', (a, b) => {
    const [x, y] = [lang.normal(a), lang.normal(b)];
    expect(lang.areAntonyms(x, y)).toBe(true);
    expect(lang.antonyms(x)).toContain(y);
    expect(lang.antonyms(y)).toContain(x);
  });

  test('a term without antonyms has none', () => {
    expect(lang.antonyms('embassi')).toEqual([]);
    expect(lang.areAntonyms('embassi', 'fall')).toBe(false);
  });
});
