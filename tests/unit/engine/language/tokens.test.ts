/**
 * The one tokenizer: words, numbers, marks and quotation marks with their offsets, possessives
 * stripped from names, and hyphens and slashes inside compounds kept as links.
 */
import { describe, expect, test } from 'vitest';
import { english } from '../../../../src/engine/language/index.ts';
import { isCapWord } from '../../../../src/engine/language/tokens.ts';

const lang = english();

describe('tokens', () => {
  test.each([
    ['a possessive name', 'Russia’s invasion', ['Russia', 'invasion'], [true, false]],
    ['a straight-apostrophe possessive', "Kilicdaroglu's share", ['Kilicdaroglu', 'share'], [true, false]],
    ['a dotted acronym before a hyphen', 'U.S.-Russia relations', ['U.S.', 'Russia', 'relations'], [false, false, false]],
    ['a decimal in a compound', 'the 4.5-hour meeting', ['the', '4.5', 'hour', 'meeting'], [false, false, false, false]],
    ['a slash inside a name', 'RFE/RL said', ['RFE', 'RL', 'said'], [false, false, false]],
    ['a contraction is one word', 'we’re ready', ['we’re', 'ready'], [false, false]],
    ['a lower-case possessive keeps its ending', 'the workers’s union', ['the', 'workers’s', 'union'], [false, false, false]],
  ])('%s: %s', (_phenomenon, text, words, possessive) => {
    const tokens = lang.tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
  });

  test('hyphens and slashes inside compounds become links, and offsets point into the text', () => {
    const text = 'A four-hour Putin-Trump talk, RFE/RL said.';
    const tokens = lang.tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.link).map((t) => [t.text, t.link])).toEqual([['hour', '-'], ['Trump', '-'], ['RL', '/']]);
  });

  test('a dash between spaces is a mark, not a link', () => {
    const tokens = lang.tokenize('The talks - long ones - ended.');
    expect(tokens.filter((t) => t.link !== null)).toEqual([]);
    expect(tokens.filter((t) => t.text === '-')).toHaveLength(2);
  });

  test('keys fold case, accents, dots and curly apostrophes', () => {
    expect(lang.tokenize('Tomás U.S. don’t Kılıçdaroğlu').map((t) => t.key)).toEqual(['tomas', 'us', "don't", 'kilicdaroglu']);
  });

  test.each([
    ['NATO', true, true],
    ['U.S.', true, true],
    ['Riyadh', true, false],
    ['talks', false, false],
    ['A', true, false],
  ])('%s: capitalised %s, acronym %s', (word, cap, acronym) => {
    const [token] = lang.tokenize(word);
    expect(token?.cap).toBe(cap);
    expect(token?.acronym).toBe(acronym);
    expect(isCapWord(token)).toBe(cap);
  });

  test.each([
    ['curly double quotes', '“Not bad,” he said.', [['“', 'open'], ['”', 'close']]],
    ['straight double quotes', '"Not bad," he said.', [['"', 'open'], ['"', 'close']]],
    ['guillemets', '«Not bad» he said.', [['«', 'open'], ['»', 'close']]],
    ['single quotes around a word', 'It was ‘fake’, he said.', [['‘', 'open'], ['’', 'close']]],
  ])('%s open and close', (_kind, text, marks) => {
    const quotes = lang.tokenize(text).filter((t) => t.type === 'quote');
    expect(quotes.map((t) => [t.text, t.quote])).toEqual(marks);
  });

  test('an apostrophe inside a word is not a quotation mark', () => {
    expect(lang.tokenize('don’t stop').filter((t) => t.type === 'quote')).toEqual([]);
  });

  test.each([
    ['288', 'number'],
    ['1,175', 'number'],
    ['4.5', 'number'],
    ['%', 'punct'],
    ['four', 'word'],
  ])('%s is a %s token', (text, type) => {
    expect(lang.tokenize(text)[0]?.type).toBe(type);
  });

  // Text of ASCII, spaces and typographic marks is read by character tests; any other letter sends
  // the whole text through the regular expression. A word with an accent after the text ("é") does
  // that without changing the tokens before it, so the two readings can be compared.
  test.each([
    'U.S. officials met the U.K. team; A.B testing, e.g. the U.S-led talks and U.S.A.',
    'The 1,000.5 people, 4.5-hour talks, 3rd round, 2025/26 season, 12,a and 1.2.3 and 7.',
    "Don’t say rock'n'roll, it’s NATO's and Smith’s, the workers’s union, ’90s, o'clock'",
    'A four-hour Putin-Trump talk, RFE/RL said — “No,” she said… ‘Yes’ «non» €5 and £3 at 20°.',
    'well- known - a - b -c x- y/z /a a/ 9-a a-9 “quoted”-word (U.S.)-led',
    "X-ray UN, UNICEF's and AI models; I.M.F. and B.B.C.'s IT",
    '\u00a0non-breaking\u2009thin\u3000wide spaces\tand\ttabs',
  ])('the character tests read %s as the regular expression does', (text) => {
    const forced = lang.tokenize(`${text} é`);
    expect(forced.at(-1)?.text).toBe('é');
    expect(lang.tokenize(text)).toEqual(forced.slice(0, -1));
  });

  test('an empty text has no tokens', () => {
    expect(lang.tokenize('')).toEqual([]);
    expect(lang.tokenize('   ')).toEqual([]);
  });
});
