import { describe, expect, test } from 'vitest';
import { isSearchable, parseQuery } from '../../../src/search/query.ts';

const shape = (input: string) => parseQuery(input).parts.map((part) => ({ ...part }));

describe('parsing a query', () => {
  test('bare words are separate terms; the last is still being typed', () => {
    expect(shape('lavrov ushak')).toEqual([
      { text: 'lavrov', words: ['lavrov'], phrase: false, open: false },
      { text: 'ushak', words: ['ushak'], phrase: false, open: true },
    ]);
  });

  test('a space after the last word closes it', () => {
    expect(shape('lavrov ').at(-1)?.open).toBe(false);
  });

  test('a hyphenated term stays one term with several words', () => {
    expect(shape('three-stage')).toEqual([{ text: 'three-stage', words: ['three', 'stage'], phrase: false, open: true }]);
  });

  test('a phrase in double quotes is one exact part, closed by its quote', () => {
    expect(shape('"security guarantees" ukraine')).toEqual([
      { text: 'security guarantees', words: ['security', 'guarantees'], phrase: true, open: false },
      { text: 'ukraine', words: ['ukraine'], phrase: false, open: true },
    ]);
  });

  test('curly quotes work like straight ones, and an unclosed phrase runs to the end', () => {
    expect(shape('“peace pl')).toEqual([{ text: 'peace pl', words: ['peace', 'pl'], phrase: true, open: true }]);
  });

  test('common words are dropped from bare terms but kept inside phrases', () => {
    expect(shape('the plan of "the two sides"').map((part) => part.words)).toEqual([['plan'], ['the', 'two', 'sides']]);
  });

  test('a query of nothing but common words keeps them', () => {
    expect(shape('who was it').map((part) => part.words)).toEqual([['who'], ['was'], ['it']]);
  });

  test('markup is just text', () => {
    expect(shape('<img src=x onerror=alert(1)>').map((part) => part.words)).toEqual([['img'], ['src'], ['onerror', 'alert', '1']]);
  });

  test('spaces are collapsed in the query text', () => {
    expect(parseQuery('  lavrov    rubio ').text).toBe('lavrov rubio');
  });

  test.each([
    ['', false],
    ['l', false],
    ['  ', false],
    ['""', false],
    ['!!', false],
    ['la', true],
    ['4', false],
    ['45', true],
  ])('%j is searchable: %s', (input, searchable) => {
    expect(isSearchable(parseQuery(input))).toBe(searchable);
  });
});
