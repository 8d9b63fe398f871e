import { describe, expect, test } from 'vitest';
import { documentFrequency, searchRecords, shorten, title } from '../../../src/search/documents.ts';
import { MAX_ALIASES, MAX_REST_WORDS, MAX_TITLE_LENGTH } from '../../../src/search/keys.ts';
import { SOURCE } from './fixture.ts';

describe('search records from the analysis', () => {
  const records = searchRecords(SOURCE);

  test('claims come first, then articles, then people, with a page id each', () => {
    expect(records.counts).toEqual({ claim: 7, article: 3, person: 4 });
    expect(records.docs).toHaveLength(14);
    expect(records.ids.slice(0, 2)).toEqual(['ushakov-serious-discussion-1a2b3c4d', 'length-meeting-2b3c4d5e']);
    expect(records.ids.slice(7, 10)).toEqual(['kyiv-post-riyadh-talks', 'novaya-first-round', 'rferl-what-we-learned']);
  });

  test('a claim carries its statement, speakers, outlet names in alphabetical order, story title and verdict', () => {
    expect(records.docs[0]).toEqual({
      t: 'Ushakov: “It was a very serious discussion on every issue we wanted to…',
      x: 'address',
      p: ['Yury Ushakov'],
      o: ['Kyiv Post', 'Novaya Gazeta Europe', 'The Moscow Times'],
      c: 'US and Russian officials meet in Riyadh',
      v: 'corroborated',
    });
  });

  test('an article carries its title, its outlet name and its story title, and no verdict', () => {
    expect(records.docs[7]).toEqual({
      t: 'Russia, US wrap up four-hour talks in Riyadh',
      x: '',
      p: [],
      o: ['Kyiv Post'],
      c: 'US and Russian officials meet in Riyadh',
      v: '',
    });
  });

  test('only people with a claim get a record, with the other names that add a word to their name', () => {
    const people = records.docs.slice(10);
    expect(people.map((doc) => doc.t)).toEqual(['Yury Ushakov', 'Sergey Lavrov', 'Marco Rubio', 'Volodymyr Zelensky']);
    expect(people[0]).toEqual({ t: 'Yury Ushakov', x: '', p: ['Yuri Ushakov', 'Ushkaov'], o: [], c: 'Kremlin aide', v: '' });
    expect(records.ids.slice(10)).toEqual(['yury-ushakov', 'sergey-lavrov', 'marco-rubio', 'volodymyr-zelensky']);
  });

  test('a person with very many name variants keeps only the first few', () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `Variant ${index}`);
    const many = searchRecords({
      ...SOURCE,
      entities: [{ id: 'yury-ushakov', name: 'Yury Ushakov', kind: 'person', aliases, roles: [] }],
    });
    expect(many.docs.at(-1)?.p).toEqual(aliases.slice(0, MAX_ALIASES));
  });

  test('a long statement is shown cut at a word boundary, and the words cut off stay searchable', () => {
    const long = `${'word '.repeat(60)}end`;
    const doc = searchRecords({ ...SOURCE, claims: [{ ...SOURCE.claims[0]!, statement: long }] }).docs[0];
    expect(doc?.t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(doc?.t.endsWith('word…')).toBe(true);
    expect(doc?.x).toBe('end');
  });
});

describe('the rest of a long title', () => {
  const statement =
    'Fox News White House Correspondent Jacqui Heinrich wrote that, according to foreign diplomatic sources with knowledge of talks in Saudi Arabia, the US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine, and the signing of a final peace agreement.';
  const others = [
    'Talks in Riyadh ended, according to officials',
    'Diplomatic sources say the talks in Saudi Arabia were serious',
    'The talks in Saudi Arabia lasted four hours, according to diplomatic sources',
    'Elections in Ukraine are not on the agenda',
  ];
  const frequency = documentFrequency([statement, ...others]);

  test('keeps the rarest words cut off, as written and in order, without common words or words already shown', () => {
    const { t, x } = title(statement, [], frequency);
    const words = x.split(' ');
    expect(t).toBe('Fox News White House Correspondent Jacqui Heinrich wrote that…');
    expect(words).toHaveLength(MAX_REST_WORDS);
    expect(words).toContain('three-stage');
    expect(words).not.toContain('talks');
    expect(words.some((word) => /^(the|and|of|to|in)$/i.test(word))).toBe(false);
    expect(new Set(words.map((word) => word.toLowerCase())).size).toBe(words.length);
    const positions = words.map((word) => statement.indexOf(word));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  test('leaves out words the record already has in another field', () => {
    expect(title(statement, ['Yuri Ushakov', 'Saudi Arabia'], frequency).x.split(' ')).not.toContain('Saudi');
  });

  test('is empty when the whole title is shown', () => {
    expect(title('Length of the meeting')).toEqual({ t: 'Length of the meeting', x: '' });
  });

  test('includes a word the cut fell inside', () => {
    const { t, x } = title(`${'a'.repeat(60)} Supercalifragilistic expialidocious`);
    expect(t.endsWith('…')).toBe(true);
    expect(x).toBe('Supercalifragilistic expialidocious');
  });
});

describe('shorten', () => {
  test.each([
    ['Short enough.', 20, 'Short enough.'],
    ['The quick brown fox jumps over the lazy dog', 20, 'The quick brown fox…'],
    ['Lavrov said, according to TASS, that', 14, 'Lavrov said…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
    ['  spaces   are\ncollapsed  ', 40, 'spaces are collapsed'],
  ])('shorten(%j, %i) is %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });
});
