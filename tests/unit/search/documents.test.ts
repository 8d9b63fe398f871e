import { describe, expect, test } from 'vitest';
import { searchRecords, shorten } from '../../../src/search/documents.ts';
import { MAX_ALIASES, MAX_TITLE_LENGTH } from '../../../src/search/keys.ts';
import { SOURCE } from './fixture.ts';

describe('search records from the analysis', () => {
  const records = searchRecords(SOURCE);
  const kinds = records.map((record) => record.kind);

  test('claims come first, then articles, then people, with a page id each', () => {
    expect(kinds.filter((kind) => kind === 'claim')).toHaveLength(7);
    expect(kinds.filter((kind) => kind === 'article')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'person')).toHaveLength(4);
    expect(kinds).toEqual([...kinds].sort((a, b) => ['claim', 'article', 'person'].indexOf(a) - ['claim', 'article', 'person'].indexOf(b)));
    expect(records.slice(0, 2).map((record) => record.doc.i)).toEqual(['ushakov-serious-discussion-1a2b3c4d', 'length-meeting-2b3c4d5e']);
  });

  test('a claim shows its statement, speakers, outlet names in alphabetical order, story title and verdict', () => {
    expect(records[0]?.doc).toEqual({
      i: 'ushakov-serious-discussion-1a2b3c4d',
      t: 'Ushakov: “It was a very serious discussion on every issue we wanted to address.”',
      p: ['Yury Ushakov'],
      o: ['Kyiv Post', 'Novaya Gazeta Europe', 'The Moscow Times'],
      c: 'US and Russian officials meet in Riyadh',
      v: 'corroborated',
    });
  });

  test('a claim’s evidence sentences are searchable and are what its quoted phrases are checked against', () => {
    const plan = records.find((record) => record.doc.i === 'three-stage-peace-plan-4d5e6f70');
    expect(plan?.fields.evidence).toHaveLength(2);
    expect(plan?.sentences[1]).toMatch(/^Russian Foreign Minister Sergey Lavrov denied/);
  });

  test('an article shows its title, outlet and story; all its text is searchable, only the shown text is stored', () => {
    const article = records.find((record) => record.doc.i === 'kyiv-post-riyadh-talks');
    expect(article?.doc).toEqual({ i: 'kyiv-post-riyadh-talks', t: 'Russia, US wrap up four-hour talks in Riyadh', p: [], o: ['Kyiv Post'], c: 'US and Russian officials meet in Riyadh', v: '' });
    expect(article?.fields.text).toHaveLength(2);
    const excerpted = searchRecords(SOURCE, { storedSentences: (id) => (id === 'kyiv-post-riyadh-talks' ? new Set(['s-00000001']) : undefined) });
    const cut = excerpted.find((record) => record.doc.i === 'kyiv-post-riyadh-talks');
    expect(cut?.fields.text).toHaveLength(2);
    expect(cut?.sentences).toEqual(['Russian and US delegations met for four and a half hours at the Diriyah Palace.']);
  });

  test('only people with a claim get a record, with the other names that add a word to their name', () => {
    const people = records.filter((record) => record.kind === 'person');
    expect(people.map((record) => record.doc.t)).toEqual(['Yury Ushakov', 'Sergey Lavrov', 'Marco Rubio', 'Volodymyr Zelensky']);
    expect(people[0]?.doc).toEqual({ i: 'yury-ushakov', t: 'Yury Ushakov', p: ['Yuri Ushakov', 'Ushkaov'], o: [], c: 'Kremlin aide', v: '' });
  });

  test('a person with very many name variants keeps only the first few', () => {
    const aliases = Array.from({ length: 20 }, (_, index) => `Variant ${index}`);
    const many = searchRecords({ ...SOURCE, entities: [{ id: 'yury-ushakov', name: 'Yury Ushakov', kind: 'person', aliases, roles: [] }] });
    expect(many.at(-1)?.doc.p).toEqual(aliases.slice(0, MAX_ALIASES));
  });

  test('a long statement is shown cut at a word boundary, and searched in full', () => {
    const long = `${'word '.repeat(60)}end`;
    const record = searchRecords({ ...SOURCE, claims: [{ ...SOURCE.claims[0]!, statement: long }] })[0];
    expect(record?.doc.t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(record?.doc.t.endsWith('word…')).toBe(true);
    expect(record?.fields.title).toBe(long);
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

  test('a caller chooses which claims get a record, and which lead to their sentence', () => {
    const [first] = SOURCE.claims;
    expect(SOURCE.claims.length).toBeGreaterThanOrEqual(2);
    const some = searchRecords(SOURCE, { claimRecord: (claim) => claim.id !== first?.id, leadsToSentence: () => false });
    expect(some.filter((record) => record.kind === 'claim').map((record) => record.doc.i)).toEqual(SOURCE.claims.slice(1).map((claim) => claim.id));
    expect(some.some((record) => record.doc.a !== undefined)).toBe(false);
    // By default every claim has a record, and a single-source one leads to its anchor sentence.
    const anchored = { ...SOURCE, claims: SOURCE.claims.map((claim) => ({ ...claim, anchor: { article: 'kyiv-post-riyadh-talks', sentenceId: 's-00000001' } })) };
    const all = searchRecords(anchored).filter((record) => record.kind === 'claim');
    expect(all).toHaveLength(SOURCE.claims.length);
    const single = all.filter((record) => record.doc.v === 'single-source');
    expect(single.length).toBeGreaterThan(0);
    for (const record of single) expect(record.doc.a).toBe('kyiv-post-riyadh-talks#s-00000001');
    const withSentences = searchRecords(anchored, { leadsToSentence: () => false }).filter((record) => record.kind === 'claim');
    expect(withSentences.some((record) => record.doc.a !== undefined)).toBe(false);
  });
});
