import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { packPostings, postingsChunkOf, unpackPostings, vocabKey, type IndexMeta, type PostingsChunk } from '../../../src/search/index-format.ts';
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
