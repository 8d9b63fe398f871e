import { describe, expect, test } from 'vitest';
import { porterStem } from '../../../../src/engine/03-annotate/stem.ts';
import { termOf } from '../../../../src/engine/03-annotate/terms.ts';
import { annotateParagraphs } from './helpers.ts';

describe('Porter stemmer', () => {
  test.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['agreed', 'agre'],
    ['hopping', 'hop'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['relational', 'relat'],
    ['generalization', 'gener'],
    ['electrical', 'electr'],
    ['adjustment', 'adjust'],
    ['controlling', 'control'],
    ['discussions', 'discuss'],
  ])('%s → %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  test.each([
    ['discussions', 'discussion'],
    ['restore', 'restoring'],
    ['restored', 'restoring'],
    ['negotiations', 'negotiating'],
  ])('%s and %s share a stem', (a, b) => {
    expect(porterStem(a)).toBe(porterStem(b));
  });

  test.each([
    ['staffing', 'staff'],
    ['discussions', 'discussion'],
    ['restoring', 'restore'],
  ])('%s and %s share a term', (a, b) => {
    expect(termOf(a)).toBe(termOf(b));
  });
});

describe('terms', () => {
  test.each([
    ['the', null],
    ['said', null],
    ['four', '4'],
    ['twenty', '20'],
    ['embassies', porterStem('embassies')],
  ])('term of %s is %s', (word, term) => {
    expect(termOf(word)).toBe(term);
  });

  test('a sentence gives folded, stemmed content terms with numbers kept', () => {
    const result = annotateParagraphs('The delegations agreed to restore embassy staffing after the 4.5-hour meeting.');
    expect(result.sentences.get('a')?.[0]?.terms).toEqual(['deleg', 'agre', 'restor', 'embassi', 'staf', '4.5', 'hour', 'meet']);
  });

  test('name variants give the terms of the canonical name', () => {
    const result = annotateParagraphs('Yury Ushakov met Yury Ushakov’s aides. Later Ushkaov left.');
    const [, second] = result.sentences.get('a') ?? [];
    expect(second?.terms).toEqual(['later', 'yury', 'ushakov', 'left']);
  });
});
