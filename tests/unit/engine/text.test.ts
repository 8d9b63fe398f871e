import { describe, expect, test } from 'vitest';
import { allMatches, wordsAtLeast } from '../../../src/engine/text.ts';
import { randomTexts } from './support/random-texts.ts';

/** Letters, digits, marks and spaces, ASCII and not, that words are made of or parted by. */
const ALPHABET = [...'aZ09 .,\'-’“”–—…\u00a0«»éıß①²\u0301\u2009', '\ud83d\ude00'];

/** Strings of up to 30 characters drawn from ALPHABET, the same on every run. */
const texts = (count: number): string[] => randomTexts(count, { seed: 11, maxLength: 30, pick: (next) => ALPHABET[Math.floor(next() * ALPHABET.length)] as string });

describe('wordsAtLeast', () => {
  test.each([
    ['', 0, true],
    ['', 1, false],
    ['One two three', 3, true],
    ['One two three', 4, false],
    ['“Quoted” words — and a dash…', 5, true],
    ['“Quoted” words — and a dash…', 6, false],
    ['Kılıçdaroğlu said', 2, true],
    ['Kılıçdaroğlu said', 3, false],
  ])('%j has at least %i words: %s', (text, min, expected) => {
    expect(wordsAtLeast(text, min)).toBe(expected);
  });

  test('answers as counting matches of [\\p{L}\\p{N}]+ does', () => {
    for (const text of texts(20_000)) {
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      for (let min = 0; min <= 6; min++) expect([text, min, wordsAtLeast(text, min)]).toEqual([text, min, words >= min]);
    }
  });
});

describe('allMatches', () => {
  /** What `matchAll` gives, as plain values. */
  const viaMatchAll = (re: RegExp, text: string): unknown[] => [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
  const viaAllMatches = (re: RegExp, text: string): unknown[] => allMatches(re, text).map((m) => [m.index, [...m], m.groups]);

  test.each([
    ['words', /\p{L}+/gu, 'One two, three.'],
    ['empty matches between characters', /(?:)/g, 'abc'],
    ['empty matches over a surrogate pair, unicode', /(?:)/gu, 'a\ud83d\ude00b'],
    ['empty matches over a surrogate pair, not unicode', /(?:)/g, 'a\ud83d\ude00b'],
    ['look-arounds only', /(?<=a)(?=b)/g, 'abab'],
    ['captures and named groups', /(?<word>\w+)(,)?/g, 'one, two three'],
    ['no match', /z/g, 'abc'],
    ['case-insensitive', /\bthe\b/gi, 'The cat and THE dog'],
  ])('%s: the matches matchAll gives', (_kind, re, text) => {
    expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });

  test('starts from the pattern\'s lastIndex, as matchAll does, and sets it back', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const expected = viaMatchAll(re, '1a2b3c4');
    expect(re.lastIndex).toBe(3);
    expect(viaAllMatches(re, '1a2b3c4')).toEqual(expected);
    expect(re.lastIndex).toBe(3);
  });

  test('the pattern may be used again while its matches are read', () => {
    const re = /\w+/g;
    const seen: string[] = [];
    for (const m of allMatches(re, 'one two')) seen.push(`${m[0]}:${allMatches(re, m[0]).length}`);
    expect(seen).toEqual(['one:1', 'two:1']);
  });

  test('a pattern without the g flag is refused, as matchAll refuses it', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(/needs the "g" flag/);
  });

  test('gives what matchAll gives on random texts', () => {
    for (const re of [/[\p{L}\p{N}]+/gu, /\s*/g, /(?=\p{Lu})/gu, /./gu]) for (const text of texts(2_000)) expect(viaAllMatches(re, text)).toEqual(viaMatchAll(re, text));
  });
});
