import { describe, expect, test } from 'vitest';
import { allowedEdits, editDistance } from '../../../src/search/edit-distance.ts';
import { fold, terms, tokenize } from '../../../src/search/tokens.ts';

describe('folding', () => {
  test.each([
    ['Zelenskyy’s', "zelenskyy's"],
    ['Sergéy LAVROV', 'sergey lavrov'],
    ['“went well”', '"went well"'],
    ['four–hour', 'four-hour'],
    ['Straße', 'strasse'],
    ['Łukasz', 'lukasz'],
  ])('%s folds to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('words of a text', () => {
  test('each word keeps its offsets in the original text', () => {
    const text = 'Ushakov: “It went well.”';
    expect(tokenize(text).map((token) => [token.term, text.slice(token.start, token.end)])).toEqual([
      ['ushakov', 'Ushakov'],
      ['it', 'It'],
      ['went', 'went'],
      ['well', 'well'],
    ]);
  });

  test.each([
    ['U.S. Secretary of State', ['us', 'secretary', 'of', 'state']],
    ['a 4.5-hour meeting', ['4', '5', 'hour', 'meeting']],
    ['Russia’s position', ['russia', 'position']],
    ['Russian-U.S. talks', ['russian', 'us', 'talks']],
    ['Café Zelenskyy', ['cafe', 'zelenskyy']],
    ['Cafe\u0301 (decomposed)', ['cafe', 'decomposed']],
    ['Ушаков сказал', ['ушаков', 'сказал']],
    ['<img src=x onerror=alert(1)>', ['img', 'src', 'onerror', 'alert', '1']],
    ['end. Next', ['end', 'next']],
  ])('%j has the words %j', (text, expected) => {
    expect(tokenize(text).map((token) => token.term)).toEqual(expected);
  });

  test.each([
    'U.S. Secretary of State Marco Rubio said on Tuesday.',
    'Ushakov: “It was a very serious discussion on every issue we wanted to address.”',
    'a 4.5-hour meeting, “more than four-hour” talks — Zelenskyy’s team',
    'Кремль: встреча длилась 4,5 часа',
    'e.g. A.B.C. and x.y',
    'Straße Œuvre Æsir ıi',
  ])('the fast word splitter agrees with the tokenizer on %j', (text) => {
    expect(terms(text)).toEqual(tokenize(text).map((token) => token.term));
  });
});

describe('edit distance', () => {
  test.each([
    ['ushkaov', 'ushakov', 1],
    ['lavrow', 'lavrov', 1],
    ['lavrov', 'lavrov', 0],
    ['zelensky', 'zelenskyy', 1],
    ['rubio', 'rubia', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('from %s to %s is %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
    expect(editDistance(b, a, 5)).toBe(distance);
  });

  test('it stops at the limit and reports one more than it', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('ceasefire', 'sanctions', 2)).toBe(3);
  });

  test('short words must be typed right; longer words may have one or two mistakes', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});
