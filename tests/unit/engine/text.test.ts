import { describe, expect, test } from 'vitest';
import { wordsAtLeast } from '../../../src/engine/text.ts';
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
