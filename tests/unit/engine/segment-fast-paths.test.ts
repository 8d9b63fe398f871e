import { describe, expect, test } from 'vitest';
import { FURNITURE, mayBeFurnished, mayHaveUnseenBoundary, ONE_SENTENCE, oneSentence, sentenceHash, UNSEEN_BOUNDARY } from '../../../src/engine/02-segment.ts';
import { fnv1a32, normalizeForHash } from '../../../src/engine/text.ts';
import { randomTexts } from './support/random-texts.ts';

/** Characters the fast paths treat one by one, and some they leave to the patterns. */
const ALPHABET = [
  ...'aZz09 .!?,;:\'"()-/&%$[]{}\t\n\r\u000b\u000c',
  ...'’‘“”„‟«»‚‛′″–—‐‑‒―−…€£\u00a0\u2000\u2005\u200a\u200b\u202f\u205f\u3000\u2028\u2029\ufeff\u1680',
  ...'éÉßİıﬁ①²',
  '\ud83d\ude00',
];

/** Strings of up to 40 characters, mostly letters and spaces as prose is (so longer runs of each kind occur), the rest from ALPHABET; the same on every run. */
const proseTexts = (count: number): string[] =>
  randomTexts(count, { seed: 7, maxLength: 40, pick: (next) => (next() < 0.5 ? (next() < 0.8 ? 'e' : ' ') : (ALPHABET[Math.floor(next() * ALPHABET.length)] as string)) });

const HARD_CASES = [
  '',
  ' ',
  'Plain words only',
  'He said: “It is over” — and left.',
  'It ended.”) ',
  'It ended.” \t',
  'It ended. Then',
  'Costs $5 (€4, £3) / 50% & more',
  'Ends with a bracket.]',
  'Ends with a bracket.] x',
  '  leading and trailing  ',
  'two  spaces',
  'tab\there',
  'nbsp\u00a0here',
  'ellipsis… and “quotes” ‘single’ – dash — dash',
  'MIXED Case ÉCOLE',
  'double prime ″ is NFKC-split',
  'zero\u200bwidth',
  'The smoke spread. 31 workers died.',
  'It rose to 64 years.Some 320 marches',
  'It ended.” “2 more',
  'See Fig. 3 below.',
  'It ended. \u00a0',
  'Ends?! ',
  'outage’ by Gareth van Zyl July 19, 2024 The',
  'nearby\u00a0Town',
  'UPDATE: CrowdStrike CEO responds In a statement',
  'Pictured left: the site',
];

describe('segment fast paths give what the patterns give', () => {
  const texts = [...HARD_CASES, ...proseTexts(60_000)];

  test('oneSentence answers as ONE_SENTENCE does', () => {
    for (const text of texts) expect([text, oneSentence(text)]).toEqual([text, ONE_SENTENCE.test(text)]);
  });


  test('mayHaveUnseenBoundary is true wherever UNSEEN_BOUNDARY matches', () => {
    for (const text of texts) if ([...text.matchAll(UNSEEN_BOUNDARY)].length > 0) expect([text, mayHaveUnseenBoundary(text)]).toEqual([text, true]);
    expect(mayHaveUnseenBoundary('It ended.” \t')).toBe(false);
  });

  test('mayBeFurnished is true wherever FURNITURE matches', () => {
    const furniture = [
      'outage’ by Gareth van Zyl July 19, 2024 The update',
      'Rail strike by Jan de Vries March 7, 2023',
      'at the site Pictured left: rescuers',
      'it fell UPDATE: CrowdStrike CEO responds In a statement',
      'READ MORE: Strikes spread The unions said',
      'EDITOR’S NOTE: This story was updated',
      'said by Reuters on Tuesday, June 3',
    ];
    for (const text of [...texts, ...furniture]) if ([...text.matchAll(FURNITURE)].length > 0) expect([text, mayBeFurnished(text)]).toEqual([text, true]);
    expect(furniture.filter((text) => [...text.matchAll(FURNITURE)].length > 0)).toHaveLength(5);
    expect(mayBeFurnished('Twelve were hurt by Russian shelling, officials said.')).toBe(false);
  });

  test('sentenceHash hashes the normalized text, asked twice or once', () => {
    for (const text of texts) {
      const expected = `s-${fnv1a32(normalizeForHash(text))}`;
      expect([text, sentenceHash(text)]).toEqual([text, expected]);
      expect([text, sentenceHash(text)]).toEqual([text, expected]);
    }
  });
});
