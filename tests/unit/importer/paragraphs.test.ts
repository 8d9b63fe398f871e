import { describe, expect, test } from 'vitest';
import { segmentText } from '../../../src/engine/02-segment.ts';
import { splitIntoParagraphs } from '../../../src/importer/paragraphs.ts';

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A plain sentence of about `n` words, numbered so every sentence is different. */
const sentence = (index: number, n = 20): string => `Sentence ${index} ${'word '.repeat(n - 3).trim()} ends.`;

describe('splitIntoParagraphs', () => {
  test('leaves a normal-length paragraph alone', () => {
    const text = [sentence(1), sentence(2), sentence(3)].join(' ');
    expect(splitIntoParagraphs(text)).toEqual([text]);
  });

  test('leaves a long single sentence alone, since a sentence is never cut', () => {
    const text = `${'word '.repeat(200).trim()}.`;
    expect(splitIntoParagraphs(text)).toEqual([text]);
  });

  test('splits a wall of text into paragraphs of two or three sentences and about 60 to 90 words', () => {
    const text = Array.from({ length: 12 }, (_, i) => sentence(i + 1, 25)).join(' ');
    const paragraphs = splitIntoParagraphs(text);
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    for (const paragraph of paragraphs) {
      expect(segmentText(paragraph).length).toBeGreaterThanOrEqual(2);
      expect(segmentText(paragraph).length).toBeLessThanOrEqual(3);
      expect(words(paragraph)).toBeGreaterThanOrEqual(40);
      expect(words(paragraph)).toBeLessThanOrEqual(90);
    }
  });

  test('joining the paragraphs with spaces gives back the original text', () => {
    const text = Array.from({ length: 9 }, (_, i) => sentence(i + 1, 18)).join(' ');
    expect(splitIntoParagraphs(text).join(' ')).toBe(text);
  });

  test('every paragraph boundary is a sentence boundary', () => {
    const text = 'Talks with the U.S. Secretary of State ended. ' + Array.from({ length: 8 }, (_, i) => sentence(i + 1, 18)).join(' ');
    const starts = new Set(segmentText(text).map((s) => s.text));
    for (const paragraph of splitIntoParagraphs(text)) {
      expect(starts.has(segmentText(paragraph)[0]?.text ?? '')).toBe(true);
    }
  });

  test('prefers to open a paragraph with a new attributed quote', () => {
    const quote = '“We will meet again soon, and the teams will talk,” the minister told reporters after the talks.';
    const text = [sentence(1, 30), sentence(2, 30), quote, sentence(3, 30), sentence(4, 30)].join(' ');
    const paragraphs = splitIntoParagraphs(text);
    expect(paragraphs.some((paragraph) => paragraph.startsWith(quote))).toBe(true);
  });

  test('keeps a bare quote with the attributed sentence before it', () => {
    const attributed = '“It went well,” the aide told a state broadcaster after the long meeting in the capital.';
    const bare = '“It was a very serious discussion on every issue we wanted to raise.”';
    const text = [sentence(1, 45), attributed, bare, sentence(2, 40), sentence(3, 30), sentence(4, 30)].join(' ');
    const paragraphs = splitIntoParagraphs(text);
    expect(paragraphs.some((paragraph) => paragraph.includes(`${attributed} ${bare}`))).toBe(true);
  });
});
