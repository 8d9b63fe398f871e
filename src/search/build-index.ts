/**
 * Builds the search index files from the records (see index-format.ts): every word of every field
 * of every record, with the records and fields that contain it, cut into chunks a browser fetches
 * only for the words the reader types. Deterministic: the same records give the same files.
 */
import type { SearchRecord } from './documents.ts';
import { DOC_CHUNK, FIELD, FIELD_SLOTS, INDEX_VERSION, KINDS, POSTINGS_CHUNK_CHARS, TEXT_CHUNK, type Kind } from './keys.ts';
import { packDoc, packPostings, pairKey, vocabKey, type DocsChunk, type IndexMeta, type PostingsChunk, type TextChunk, type VocabShard } from './index-format.ts';
import { STOPWORDS, terms } from './tokens.ts';

/** The index as files: path inside the index folder, without `.json` → JSON value. */
export type IndexFiles = Map<string, unknown>;

/** The index files for a set of records (claims first, then articles, then people). */
export function buildSearchIndex(records: readonly SearchRecord[]): IndexFiles {
  const counts = Object.fromEntries(KINDS.map((kind) => [kind, 0])) as Record<Kind, number>;
  let previousKind = 0;
  for (const record of records) {
    const kindIndex = KINDS.indexOf(record.kind);
    if (kindIndex < previousKind) throw new Error('search index: records must come claims first, then articles, then people');
    previousKind = kindIndex;
    counts[record.kind] += 1;
  }

  // Postings: word, or pair of neighbouring words → record × FIELD_SLOTS + field, in increasing
  // order (records are visited in order). Common words are indexed only inside pairs. A word never
  // holds a space (tokens.ts splits at every character that is not a letter, digit, mark or dot), so
  // the keys with one are the pairs (pairKey).
  const postings = new Map<string, number[]>();
  // Pairs are gathered by first word, then second, and keyed by pairKey once each at the end: looking up
  // a new joined string for each of the millions of pairs in the text was a third of the index's time.
  const pairPostings = new Map<string, Map<string, number[]>>();
  const push = (map: Map<string, number[]>, key: string, posting: number): void => {
    const list = map.get(key);
    if (!list) map.set(key, [posting]);
    else if ((list[list.length - 1] as number) < posting) list.push(posting);
  };
  records.forEach((record, number) => {
    const { fields } = record;
    const add = (field: number, texts: readonly string[]): void => {
      const posting = number * FIELD_SLOTS + field;
      for (const text of texts) {
        const words = terms(text);
        words.forEach((term, index) => {
          if (!STOPWORDS.has(term)) push(postings, term, posting);
          const next = words[index + 1];
          if (next !== undefined) {
            let after = pairPostings.get(term);
            if (!after) pairPostings.set(term, (after = new Map()));
            push(after, next, posting);
          }
        });
      }
    };
    add(FIELD.title, [fields.title]);
    add(FIELD.people, fields.people);
    add(FIELD.outlets, fields.outlets);
    add(FIELD.context, [fields.context]);
    add(FIELD.verdict, [fields.verdict]);
    add(FIELD.evidence, fields.evidence);
    add(FIELD.text, fields.text);
  });

  for (const [first, after] of pairPostings) for (const [second, list] of after) postings.set(pairKey(first, second), list);

  const files: IndexFiles = new Map();
  const sorted = [...postings.keys()].sort();

  // Vocabulary shards by first character, with document frequencies.
  const shards = new Map<string, VocabShard>();
  for (const term of sorted) {
    if (term.includes(' ')) continue;
    const key = vocabKey(term);
    let shard = shards.get(key);
    if (!shard) {
      shard = { terms: [], df: [] };
      shards.set(key, shard);
    }
    shard.terms.push(term);
    shard.df.push(recordCount(postings.get(term) ?? []));
  }
  for (const [key, shard] of shards) files.set(`vocab/${key}`, shard);

  // Postings chunks of consecutive words, each about POSTINGS_CHUNK_CHARS of JSON.
  const firsts: string[] = [];
  let chunk: PostingsChunk = {};
  let size = 0;
  const flush = (): void => {
    if (size === 0) return;
    files.set(`postings/${firsts.length - 1}`, chunk);
    chunk = {};
    size = 0;
  };
  for (const term of sorted) {
    const packed = packPostings(postings.get(term) ?? []);
    if (size > 0 && size + packed.length > POSTINGS_CHUNK_CHARS) flush();
    if (size === 0) firsts.push(term);
    chunk[term] = packed;
    size += term.length + packed.length + 6;
  }
  flush();

  // Display docs, DOC_CHUNK records a file, naming outlets and stories by their place in meta's lists.
  const outlets = [...new Set(records.flatMap((record) => record.doc.o))].sort();
  const contexts = [...new Set(records.filter((record) => record.kind !== 'person').map((record) => record.doc.c))].filter(Boolean).sort();
  const outletIndex = new Map(outlets.map((name, index) => [name, index]));
  const contextIndex = new Map(contexts.map((title, index) => [title, index]));
  for (let start = 0; start < records.length; start += DOC_CHUNK) {
    files.set(
      `docs/${start / DOC_CHUNK}`,
      records.slice(start, start + DOC_CHUNK).map((record) => packDoc(record.doc, outletIndex, contextIndex)) satisfies DocsChunk,
    );
  }
  // Sentences, TEXT_CHUNK records a file. A sentence that is the record's whole title (a claim
  // stated in one report's words) is left out: the title is checked and shown first anyway.
  for (let start = 0; start < records.length; start += TEXT_CHUNK) {
    const slice = records.slice(start, start + TEXT_CHUNK);
    files.set(
      `text/${start / TEXT_CHUNK}`,
      slice.map((record) => {
        const title = record.fields.title.replace(/\s+/g, ' ').trim();
        return {
          s: record.sentences.filter((sentence) => sentence.replace(/\s+/g, ' ').trim() !== title),
          ...(record.doc.t !== title ? { f: record.fields.title } : {}),
        };
      }) satisfies TextChunk,
    );
  }

  const meta: IndexMeta = {
    version: INDEX_VERSION,
    counts,
    docChunk: DOC_CHUNK,
    textChunk: TEXT_CHUNK,
    vocab: [...shards.keys()].sort(),
    postings: firsts,
    outlets,
    contexts,
  };
  files.set('meta', meta);
  return files;
}

/** How many records a word's postings (increasing) are in: the number of times the record changes along the list. */
function recordCount(postings: readonly number[]): number {
  let count = 0;
  let previous = -1;
  for (const posting of postings) {
    const record = Math.floor(posting / FIELD_SLOTS);
    if (record !== previous) count++;
    previous = record;
  }
  return count;
}
