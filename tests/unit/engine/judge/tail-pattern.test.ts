import { describe, expect, test } from 'vitest';
import { TAIL } from '../../../../src/engine/06-judge/statement.ts';

/** TAIL as first written: its last alternative looks back for the "to" at every position. */
const LOOK_BACK_FIRST = new RegExp(TAIL.source.replace('(?=\\s+and\\s)', ''), TAIL.flags);

/** Every match of `pattern` in `text`, as offset and length. */
const matches = (pattern: RegExp, text: string): string[] => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0].length}`);

/** Words and gaps the tail's alternatives are made of, and some that break them. */
const PIECES = [
  'to', 'and', 'restore', 'create', 'a', 'the', 'their', 'at', 'had', 'was', 'as', 'while', 'amid', 'with', 'after',
  'staffing', 'team', 'unions', 'We', 'To', 'And', '“', '”', ',', '.', ' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', 'é', 'ßx',
];

/** Texts of up to 30 pieces, the same on every run. */
function randomTexts(count: number): string[] {
  let seed = 5;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    const length = Math.floor(next() * 30);
    let text = '';
    // Mostly words apart, as prose has them; sometimes run together or with marks between.
    for (let k = 0; k < length; k++) text += (PIECES[Math.floor(next() * PIECES.length)] as string) + (next() < 0.8 ? ' ' : '');
    texts.push(text);
  }
  return texts;
}

describe('the tail pattern', () => {
  test('the pattern has the look-ahead the test removes', () => {
    expect(LOOK_BACK_FIRST.source).not.toBe(TAIL.source);
  });

  test.each([
    ['a second infinitive of the same "to"', 'They agreed to restore embassy staffing and create a high-level team for talks.', ['39:5']],
    ['a second predicate', 'The strike went on and had spread to the ports by noon.', ['18:5']],
    ['no "to" before the "and"', 'They restored embassy staffing and create a team.', []],
    ['a second predicate in the present', 'The museum owns four paintings and hopes to borrow a fifth.', ['30:5']],
    ['a plural noun after "and", no verb', 'The museum owns four paintings and drawings.', []],
    ['an adjunct that names some of those counted', 'Twelve people were hurt, including two firefighters.', ['23:12']],
    ['a subject after "as"', 'The strike will spill into Wednesday as unions stepped up their campaign.', ['36:4']],
  ])('finds %s', (_name, text, expected) => {
    expect(matches(TAIL, text)).toEqual(expected);
    expect(matches(LOOK_BACK_FIRST, text)).toEqual(expected);
  });

  test('matches where the pattern without the look-ahead matches, on 40,000 random texts', () => {
    let found = 0;
    for (const text of randomTexts(40_000)) {
      const expected = matches(LOOK_BACK_FIRST, text);
      found += expected.length;
      expect([text, matches(TAIL, text)]).toEqual([text, expected]);
    }
    // The texts do exercise the alternatives.
    expect(found).toBeGreaterThan(1_000);
  });
});
