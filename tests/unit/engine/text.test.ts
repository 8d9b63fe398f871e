import { describe, expect, test } from 'vitest';
import { wordsAtLeast } from '../../../src/engine/text.ts';

/** Letters, digits, marks and spaces, ASCII and not, that words are made of or parted by. */
const ALPHABET = [...'aZ09 .,\'-’“”–—…\u00a0«»éıß①²\u0301\u2009', '\ud83d\ude00'];

/** Strings of up to 30 characters drawn from ALPHABET, the same on every run. */
function randomTexts(count: number): string[] {
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    const length = Math.floor(next() * 30);
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)] as string;
    texts.push(text);
  }
  return texts;
}

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
    for (const text of randomTexts(20_000)) {
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
      for (let min = 0; min <= 6; min++) expect([text, min, wordsAtLeast(text, min)]).toEqual([text, min, words >= min]);
    }
  });
});
