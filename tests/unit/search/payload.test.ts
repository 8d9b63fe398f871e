import Fuse from 'fuse.js';
import { describe, expect, test } from 'vitest';
import { buildFuseIndex, buildSearchPayload, serializePayload } from '../../../src/search/build-index.ts';
import { searchRecords } from '../../../src/search/documents.ts';
import { FUSE_OPTIONS, KEY_NAMES, PAYLOAD_VERSION, SEARCH_KEYS, type SearchDoc } from '../../../src/search/keys.ts';
import { assertPayload, docAt, idText, packId, packPayload, packTitle, unpackId, unpackIndex, unpackTitle, unpackTitles } from '../../../src/search/payload.ts';
import { SOURCE } from './fixture.ts';

const records = searchRecords(SOURCE);

describe('the keys shared by the build and the browser', () => {
  test('the index is built with the same keys, in the same order, that the browser searches with', () => {
    const index = buildFuseIndex(records.docs);
    expect(index.keys.map((key) => key.id)).toEqual([...KEY_NAMES]);
    expect(FUSE_OPTIONS.keys).toEqual(SEARCH_KEYS.map((key) => ({ name: key.name, weight: key.weight })));
  });

  test('every key names a field of a search record, and list keys are the array fields', () => {
    const doc = records.docs[0] as SearchDoc;
    for (const key of SEARCH_KEYS) expect(Array.isArray(doc[key.name])).toBe(key.list);
  });
});

describe('packing the Fuse index', () => {
  test('unpacking gives back exactly what Fuse.createIndex made', () => {
    const original = buildFuseIndex(records.docs);
    const payload = packPayload(structuredClone(original), records.ids, records.counts);
    const norm = Fuse.parseIndex<SearchDoc>({ keys: payload.keys, records: [] }).norm;
    expect(unpackIndex(payload, (value) => norm.get(value))).toEqual(original);
  });

  test('the payload survives JSON and gives back every record and page id', () => {
    const packed = JSON.parse(serializePayload(buildSearchPayload(records))) as unknown;
    assertPayload(packed);
    expect(packed.version).toBe(PAYLOAD_VERSION);
    const payload = unpackTitles(packed);
    records.docs.forEach((doc, position) => {
      expect(docAt(payload, position)).toEqual(doc);
      expect(unpackId(payload.ids[position] ?? '', idText(payload.columns, position))).toBe(records.ids[position]);
    });
  });

  test('repeated values such as outlet names are stored once', () => {
    const payload = buildSearchPayload(records);
    const outlets = payload.strings[KEY_NAMES.indexOf('o')] ?? [];
    expect(outlets.filter((name) => name === 'Kyiv Post')).toHaveLength(1);
    expect(JSON.stringify(payload.columns).includes('Kyiv Post')).toBe(false);
  });

  test('a blank value inside a list cannot be packed silently', () => {
    const index = buildFuseIndex([{ t: 'x', x: '', p: ['', 'Lavrov'], o: [], c: '', v: '' }]);
    expect(() => packPayload(index, ['x'], { claim: 1, article: 0, person: 0 })).toThrow(/blank value in field p/);
  });

  test('a payload of another version or with missing records is refused', () => {
    const payload = buildSearchPayload(records);
    expect(() => assertPayload({ ...payload, version: 99 })).toThrow(/format version/);
    expect(() => assertPayload({ ...payload, ids: payload.ids.slice(1) })).toThrow(/records expected/);
    expect(() => assertPayload(null)).toThrow(/format version/);
  });
});

describe('page ids packed against their titles', () => {
  test.each([
    ['three-stage-peace-plan-4f2a9c1e', 'The US proposed a three-stage peace plan', '$4-$5-$6-$7-4f2a9c1e'],
    ['ushakov-serious-discussion-1a2b3c4d', 'Ushakov: “It was a very serious discussion”', '$0-$5-$6-1a2b3c4d'],
    ['zelenskyys-plan-00000000', 'Zelenskyy’s plan', '$0-$1-00000000'],
    ['kyiv-post-riyadh-talks', 'Russia, US wrap up talks in Riyadh', 'kyiv-post-$6-$4'],
    ['a-b', 'a b', 'a-b'],
    ['weird$id', 'weird id', 'weird$id'],
  ])('%s with title %j packs to %s and back', (id, title, packed) => {
    expect(packId(id, title)).toBe(packed);
    expect(unpackId(packId(id, title), title)).toBe(id);
  });
});

describe('titles of quotes packed against their speaker', () => {
  test.each([
    ['Ushakov: “It went well.”', 'Ushakov', '@: “It went well.”'],
    ['Ushakov said it went well', 'Ushakov', 'Ushakov said it went well'],
    ['Lavrov: “No.”', 'Ushakov', 'Lavrov: “No.”'],
    ['@POTUS: a post', '', '@@POTUS: a post'],
    ['@POTUS: a post', 'POTUS', '@@POTUS: a post'],
    ['Plain title', '', 'Plain title'],
  ])('%j said by %j packs to %j and back', (title, surname, packed) => {
    expect(packTitle(title, surname)).toBe(packed);
    expect(unpackTitle(packTitle(title, surname), surname)).toBe(title);
  });

  test('the payload stores a quote without its speaker and gives it back', () => {
    const packed = buildSearchPayload(records);
    expect(packed.columns[0]?.[0]).toBe('@: “It was a very serious discussion on every issue we wanted to…');
    expect(docAt(unpackTitles(packed), 0).t).toBe(records.docs[0]?.t);
  });
});
