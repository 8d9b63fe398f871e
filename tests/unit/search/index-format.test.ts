import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { packPostings, postingsChunkOf, unpackDoc, unpackPostings, vocabKey, type IndexMeta, type PackedDoc, type PostingsChunk } from '../../../src/search/index-format.ts';
import { DOC_CHUNK, FIELD, FIELD_SLOTS } from '../../../src/search/keys.ts';
import { SOURCE } from './fixture.ts';

describe('the index files', () => {
  const files = buildSearchIndex(searchRecords(SOURCE));
  const meta = files.get('meta') as IndexMeta;

  test('postings pack to gaps and unpack to the same numbers', () => {
    const postings = [0, 5, 6, 40, 1_000_003];
    expect(packPostings(postings)).toBe('0,5,1,y,lfkr');
    expect(unpackPostings(packPostings(postings))).toEqual(postings);
    expect(unpackPostings('')).toEqual([]);
  });

  test('a word’s chunk is the last one whose first word is not after it', () => {
    expect(postingsChunkOf(['apple', 'melon', 'tomato'], 'banana')).toBe(0);
    expect(postingsChunkOf(['apple', 'melon', 'tomato'], 'melon')).toBe(1);
    expect(postingsChunkOf(['apple', 'melon', 'tomato'], 'zucchini')).toBe(2);
    expect(postingsChunkOf(['apple', 'melon', 'tomato'], 'aardvark')).toBe(-1);
  });

  test('vocabulary shards go by first letter; other scripts by code point', () => {
    expect(vocabKey('lavrov')).toBe('l');
    expect(vocabKey('4')).toBe('4');
    expect(vocabKey('лавров')).toBe('u43b');
  });

  test('meta counts the records and names every chunk that exists', () => {
    expect(meta.counts).toEqual({ claim: 7, article: 4, person: 4 });
    for (const key of meta.vocab) expect(files.has(`vocab/${key}`)).toBe(true);
    meta.postings.forEach((_, index) => expect(files.has(`postings/${index}`)).toBe(true));
    expect(files.has(`docs/${Math.floor(14 / DOC_CHUNK)}`)).toBe(true);
  });

  test('“denied” is indexed in the evidence field of the disputed claim (record 3), not in its title', () => {
    const chunk = files.get(`postings/${postingsChunkOf(meta.postings, 'denied')}`) as PostingsChunk;
    const postings = unpackPostings(chunk['denied'] ?? '');
    expect(postings).toEqual([3 * FIELD_SLOTS + FIELD.evidence]);
  });

  test('common words are not indexed', () => {
    const all = meta.vocab.flatMap((key) => (files.get(`vocab/${key}`) as { terms: string[] }).terms);
    expect(all).not.toContain('the');
    expect(all).toContain('knowledge');
  });
});

describe('packed docs and stored sentences', () => {
  test('a doc names its outlets and story by their place in meta’s sorted lists and comes back whole', () => {
    const records = searchRecords(SOURCE);
    const files = buildSearchIndex(records);
    const meta = files.get('meta') as IndexMeta;
    expect(meta.outlets).toEqual(['Kyiv Post', 'Novaya Gazeta Europe', 'RFE/RL', 'The Moscow Times']);
    // The second story has an article but no claims.
    expect(meta.contexts).toEqual(['A story nobody claims anything about', 'US and Russian officials meet in Riyadh']);
    const packed = (files.get('docs/0') as PackedDoc[])[1];
    // "Length of the meeting": Kyiv Post, RFE/RL and The Moscow Times (a doc lists them alphabetically), conflicting, Riyadh.
    expect(packed).toEqual({ i: 'length-meeting-2b3c4d5e', t: 'Length of the meeting', o: [0, 2, 3], c: 1, v: 2 });
    for (const [n, record] of records.entries()) {
      const doc = (files.get(`docs/${Math.floor(n / DOC_CHUNK)}`) as PackedDoc[])[n % DOC_CHUNK] as PackedDoc;
      expect(unpackDoc(doc, meta)).toEqual(record.doc);
    }
  });

  test('a sentence that is its claim’s whole title is stored once, as the title', () => {
    const source = {
      ...SOURCE,
      claims: [{ id: 'one-report-00000001', story: 'riyadh', statement: 'The delegations ate camel.', verdict: 'single-source' as const, speakers: [], entities: [], evidence: [{ outlet: 'rferl', text: 'The delegations ate camel.' }] }],
    };
    const files = buildSearchIndex(searchRecords(source));
    expect((files.get('text/0') as Array<{ s: string[] }>)[0]).toEqual({ s: [] });
  });

  test('a single-source claim’s doc names its anchor sentence; other claims have none', () => {
    const anchored = SOURCE.claims.map((claim) => ({ ...claim, anchor: { article: 'kyiv-post-riyadh-talks', sentenceId: 's-00000001' } }));
    const docs = searchRecords({ ...SOURCE, claims: anchored }).filter((record) => record.kind === 'claim').map((record) => record.doc);
    expect(docs.filter((doc) => doc.a).map((doc) => doc.i)).toEqual(SOURCE.claims.filter((c) => c.verdict === 'single-source').map((c) => c.id));
    expect(docs.find((doc) => doc.a)?.a).toBe('kyiv-post-riyadh-talks#s-00000001');
  });
});
