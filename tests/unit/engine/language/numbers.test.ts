/**
 * Numbers as news copy writes them, with the rounding step the writer used: the step is what lets
 * "four hours" and "4.5 hours" differ while "more than 280" and "288" agree (see quantities).
 */
import { describe, expect, test } from 'vitest';
import { english } from '../../../../src/engine/language/index.ts';
import { isNumberWord, parseNumber, wholeGranularity } from '../../../../src/engine/language/numbers.ts';

const lang = english();
const parse = (text: string, at = 0) => parseNumber(lang.tokenize(text), at);

describe('values', () => {
  test.each([
    ['four', 4],
    ['Fourteen', 14],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['one hundred and twenty', 120],
    ['two million', 2e6],
    ['3.5 million', 3.5e6],
    ['1,200', 1200],
    ['1,175', 1175],
    ['4.5', 4.5],
    ['one and a half', 1.5],
    ['3bn', 3e9],
    ['5m', 5e6],
    ['2.5 billion', 2.5e9],
  ])('%s is %d', (text, value) => {
    expect(parse(text)?.value).toBeCloseTo(value, 6);
  });

  test.each([
    ['half a million people', 500_000, 3],
    ['a quarter of a million people', 250_000, 5],
    ['quarter of a million', 250_000, 4],
    ['three quarters of a billion', 750_000_000, 5],
    ['two-thirds of a million', 666_667, 5],
    ['half a dozen', 6, 3],
  ])('a fraction of a scale in words is read whole: "%s" is %d', (text, value, end) => {
    expect(parse(text)).toMatchObject({ value, start: 0, end });
  });

  test.each(['half of the staff', 'a quarter of the budget', 'a quarters of a million', 'half an hour'])('"%s" is no fraction of a scale', (text) => {
    expect(parse(text)).toBeNull();
  });

  test('a compound gives the number and leaves the unit: "four-hour" ends before "hour"', () => {
    const tokens = lang.tokenize('four-hour meeting');
    expect(parseNumber(tokens, 0)).toMatchObject({ value: 4, start: 0, end: 1 });
    expect(tokens[1]?.text).toBe('hour');
  });

  test('a spaced "m" after a number is a unit (metres), not a million', () => {
    expect(parse('5 m')).toMatchObject({ value: 5, end: 1 });
    expect(parse('3 k')).toMatchObject({ value: 3, end: 1 });
  });

  test('"bn" and "tn" scale a number even after a space; "mln" too', () => {
    expect(parse('3 bn')).toMatchObject({ value: 3e9, granularity: 1e9, end: 2 });
    expect(parse('2 tn')).toMatchObject({ value: 2e12, end: 2 });
    expect(parse('4 mln')).toMatchObject({ value: 4e6, end: 2 });
  });

  test('digits that are no number ("1.2.3", a version or an outline number) are not read', () => {
    expect(parse('1.2.3')).toBeNull();
  });

  test.each(['the', 'fourth', 'March', ','])('"%s" starts no number', (text) => {
    expect(parse(text)).toBeNull();
  });

  test('a decimal comma reads as a decimal point, a thousands comma as grouping', () => {
    expect(parse('4,5')?.value).toBe(4.5);
    expect(parse('22,000')?.value).toBe(22000);
  });
});

describe('the rounding step (granularity)', () => {
  test.each([
    ['288', 1],
    ['280', 10],
    ['2,000', 1000],
    ['22,000', 1000],
    ['49.51', 0.01],
    ['4.5', 0.1],
    ['four', 1],
    ['twenty', 10],
    ['1.28 million', 10_000],
    ['3.5 million', 100_000],
    ['one and a half', 0.5],
  ])('%s was rounded to %d', (text, step) => {
    expect(parse(text)?.granularity).toBeCloseTo(step, 9);
  });

  test.each([
    [288, 1],
    [280, 10],
    [900, 100],
    [1000, 1000],
    [0, 1],
    [4.5, 1],
  ])('whole number %d has step %d', (value, step) => {
    expect(wholeGranularity(value)).toBe(step);
  });
});

describe('number words', () => {
  test.each([
    ['four', true],
    ['hundred', true],
    ['dozen', true],
    ['million', true],
    ['bn', false],
    ['m', false],
    ['k', false],
    ['fourth', false],
  ])('%s is a number word standing alone ("m", "k" and "bn" only attach to digits): %s', (word, expected) => {
    expect(isNumberWord(word)).toBe(expected);
  });
});
