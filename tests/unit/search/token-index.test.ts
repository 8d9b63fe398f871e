import { describe, expect, test } from 'vitest';
import { buildSearchPayload } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { unpackTitles } from '../../../src/search/payload.ts';
import { QUALITY, TokenIndex } from '../../../src/search/token-index.ts';
import { SOURCE } from './fixture.ts';

const records = searchRecords(SOURCE);
const payload = unpackTitles(buildSearchPayload(records));
const index = TokenIndex.build(payload.columns, payload.strings);
const expand = (word: string, options: { open?: boolean; exact?: boolean } = {}): Record<string, number> =>
  Object.fromEntries(index.expand(word, options).map((match) => [match.term, match.quality]));

describe('the token index', () => {
  test('a word finds itself exactly', () => {
    expect(expand('lavrov')).toMatchObject({ lavrov: QUALITY.exact });
  });

  test('a word being typed finds the words it starts', () => {
    expect(expand('embas', { open: true })).toMatchObject({ embassies: QUALITY.prefix });
  });

  test('a misspelt word finds its target within one or two edits, depending on its length', () => {
    expect(expand('ushkaov')).toMatchObject({ ushakov: QUALITY.fuzzy, ushkaov: QUALITY.exact });
    expect(expand('lavrow')).toHaveProperty('lavrov');
    expect(expand('lavorv')).toHaveProperty('lavrov');
    expect(expand('lvrw')).toEqual({});
  });

  test('a misspelt word being typed finds the words its start resembles', () => {
    expect(expand('ushka', { open: true })).toHaveProperty('ushakov');
  });

  test('common words are found only when typed in full', () => {
    expect(expand('th', { open: true })).not.toHaveProperty('the');
    expect(expand('thre', { open: true })).not.toHaveProperty('the');
  });

  test('a word one edit from a common word does not find the common word', () => {
    // "three" is one transposition from "there"; both are in this index.
    const source = {
      ...SOURCE,
      claims: [
        ...SOURCE.claims,
        { ...SOURCE.claims[0]!, id: 'mutual-desire-9a8b7c6d', statement: 'On Ukraine, he said there was a mutual desire to find solutions' },
      ],
    };
    const built = unpackTitles(buildSearchPayload(searchRecords(source)));
    const withThere = TokenIndex.build(built.columns, built.strings);
    const terms = withThere.expand('three').map((match) => match.term);
    expect(terms).toContain('three');
    expect(terms).not.toContain('there');
  });

  test('inside a phrase only the word itself counts', () => {
    expect(expand('ushkaov', { exact: true })).toEqual({ ushkaov: QUALITY.exact });
    expect(expand('embas', { exact: true, open: true })).toEqual({ embassies: QUALITY.prefix });
  });

  test('a record scores by its best match, weighted by the field it is in', () => {
    const scores = index.score(index.expand('ushakov'));
    const person = records.ids.indexOf('yury-ushakov');
    const claim = records.ids.indexOf('ushakov-serious-discussion-1a2b3c4d');
    const unrelated = records.ids.indexOf('length-meeting-2b3c4d5e');
    expect(scores.get(person)).toBe(3); // the name, weight 3
    expect(scores.get(claim)).toBe(3); // the statement, weight 3
    expect(scores.has(unrelated)).toBe(false);
  });

  test('built a slice at a time, it is the same index', async () => {
    const sliced = await TokenIndex.buildInSlices(payload.columns, payload.strings, async () => {}, 3);
    expect(sliced.vocabulary).toEqual(index.vocabulary);
    for (const word of index.vocabulary) expect(sliced.score(sliced.expand(word, { exact: true }))).toEqual(index.score(index.expand(word, { exact: true })));
  });
});
