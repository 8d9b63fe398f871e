/**
 * The shape of `search-index.json` and the two lossless steps between it and Fuse's own index JSON.
 * The build makes the index with `Fuse.createIndex(keys, docs).toJSON()` and packs it; the browser
 * unpacks it to exactly that JSON again (a unit test holds the two equal). Packing is what keeps
 * 10,000 claims inside the payload budget:
 *   - fields are stored column by column, which gzip compresses far better than record objects;
 *   - what the browser recomputes for free is dropped: each record's position and each field's
 *     length norm (Fuse's own `norm` gives it back);
 *   - repeated values (outlet names, story titles, verdicts, speakers) are stored once;
 *   - a page id's words that also occur in the record's title are stored as their position there
 *     (`three-stage-plan-4f2a9c1e` → `$7-$8-$9-4f2a9c1e`);
 *   - a quote's title does not repeat its speaker's surname (`Ushakov: “...”` → `@: “...”`).
 * The records' text is shipped once: the browser reads it back from the index.
 */
import type { FuseIndex } from 'fuse.js';
import { KINDS, PAYLOAD_VERSION, SEARCH_KEYS, type Kind, type SearchDoc } from './keys.ts';

/** Fuse's index as JSON (`FuseIndex.toJSON()`). */
export type FuseIndexJson = ReturnType<FuseIndex<SearchDoc>['toJSON']>;
type IndexRecord = FuseIndexJson['records'][number];
type SubRecord = { v: string; i?: number; n: number };

/** One packed field value: text, a string-table number, or a list of either. */
export type PackedValue = string | number | Array<string | number>;

/** What `search-index.json` contains. */
export interface SearchPayload {
  version: typeof PAYLOAD_VERSION;
  /** How many records of each kind, stored in the order claims, articles, people. */
  counts: Record<Kind, number>;
  /** Fuse's keys, as in its index JSON. */
  keys: FuseIndexJson['keys'];
  /** For each key, the distinct values of a shared field, referred to by number (empty for others). */
  strings: string[][];
  /** One column per key, one value per record; a missing text is `""` (or -1 in a shared field). */
  columns: PackedValue[][];
  /** Page id of each record (claim slug, article id, person id), packed against its title. */
  ids: string[];
}

/** Packs Fuse's index JSON and the records' page ids; throws if packing would lose anything. */
export function packPayload(index: FuseIndexJson, ids: readonly string[], counts: Record<Kind, number>): SearchPayload {
  const strings: string[][] = SEARCH_KEYS.map(() => []);
  const numbers = SEARCH_KEYS.map(() => new Map<string, number>());
  const code = (keyIndex: number, value: string): number => {
    const table = strings[keyIndex] ?? [];
    const known = numbers[keyIndex] ?? new Map<string, number>();
    let number = known.get(value);
    if (number === undefined) {
      number = table.length;
      table.push(value);
      known.set(value, number);
    }
    return number;
  };
  const columns: PackedValue[][] = SEARCH_KEYS.map(() => []);
  index.records.forEach((record, position) => {
    if (record.i !== position) throw new Error(`search index: record ${position} has position ${record.i}`);
    const fields = (record.$ ?? {}) as Record<number, SubRecord | SubRecord[] | undefined>;
    SEARCH_KEYS.forEach((key, keyIndex) => {
      const value = fields[keyIndex];
      let packed: PackedValue;
      if (key.list) {
        const items = Array.isArray(value) ? value : [];
        packed = items.map((item, itemIndex) => {
          if (item.i !== itemIndex) throw new Error(`search index: blank value in field ${key.name} of record ${position}`);
          return key.shared ? code(keyIndex, item.v) : item.v;
        });
      } else {
        const text = value && !Array.isArray(value) ? value.v : '';
        packed = key.shared ? (text ? code(keyIndex, text) : -1) : text;
      }
      columns[keyIndex]?.push(packed);
    });
  });
  const packedIds = ids.map((id, position) => packId(id, idText(columns, position)));
  const titles = columns[TITLE] ?? [];
  titles.forEach((title, position) => {
    titles[position] = packTitle(String(title), speakerSurname(columns, strings, position));
  });
  return { version: PAYLOAD_VERSION, counts, keys: index.keys, strings, columns, ids: packedIds };
}

const TITLE = SEARCH_KEYS.findIndex((key) => key.name === 't');
const PEOPLE = SEARCH_KEYS.findIndex((key) => key.name === 'p');

/** The last word of a record's first person ("Ushakov" for "Yury Ushakov"), or ''. */
function speakerSurname(columns: ReadonlyArray<ReadonlyArray<PackedValue>>, strings: readonly string[][], record: number): string {
  const people = columns[PEOPLE]?.[record];
  const first = Array.isArray(people) ? people[0] : undefined;
  const name = typeof first === 'number' ? (strings[PEOPLE]?.[first] ?? '') : (first ?? '');
  return name.split(' ').at(-1) ?? '';
}

/** `Ushakov: “...”` said by Yury Ushakov is stored as `@: “...”`; a title that starts with `@` gets a second one. */
export function packTitle(title: string, surname: string): string {
  if (surname && title.startsWith(`${surname}: `)) return `@${title.slice(surname.length)}`;
  return title.startsWith('@') ? `@${title}` : title;
}

/** The title `packTitle` packed. */
export function unpackTitle(packed: string, surname: string): string {
  if (!packed.startsWith('@')) return packed;
  return packed.startsWith('@@') ? packed.slice(1) : `${surname}${packed.slice(1)}`;
}

/** The payload with its titles unpacked: the columns every other function here reads. */
export function unpackTitles(payload: SearchPayload): SearchPayload {
  const columns = [...payload.columns];
  columns[TITLE] = (payload.columns[TITLE] ?? []).map((title, position) =>
    unpackTitle(String(title), speakerSurname(payload.columns, payload.strings, position)),
  );
  return { ...payload, columns };
}

// The functions below read a payload whose titles are unpacked (`unpackTitles`).

/** The values of one field of a record: a text field gives zero or one value, a list field any number. */
export function fieldValues(payload: SearchPayload, record: number, key: number): string[] {
  const value = payload.columns[key]?.[record];
  const table = payload.strings[key] ?? [];
  const text = (item: string | number): string => (typeof item === 'number' ? (table[item] ?? '') : item);
  if (value === undefined) return [];
  if (Array.isArray(value)) return value.map(text);
  const single = text(value);
  return single ? [single] : [];
}

/**
 * One record of Fuse's index JSON, unpacked. `norm` is Fuse's field-length norm
 * (`FuseIndex.norm.get`), so the norms are exactly those `createIndex` computed.
 */
export function indexRecord(payload: SearchPayload, record: number, norm: (value: string) => number): IndexRecord {
  const fields: Record<number, SubRecord | SubRecord[]> = {};
  SEARCH_KEYS.forEach((key, keyIndex) => {
    const values = fieldValues(payload, record, keyIndex);
    if (key.list) fields[keyIndex] = values.map((v, i) => ({ v, i, n: norm(v) }));
    else if (values[0]?.trim()) fields[keyIndex] = { v: values[0], n: norm(values[0]) };
  });
  return { i: record, $: fields };
}

/** The whole of Fuse's index JSON, unpacked (the browser unpacks records one at a time instead). */
export function unpackIndex(payload: SearchPayload, norm: (value: string) => number): FuseIndexJson {
  const open = unpackTitles(payload);
  return { keys: open.keys, records: open.ids.map((_, record) => indexRecord(open, record, norm)) };
}

/** A record as a search document. */
export function docAt(payload: SearchPayload, record: number): SearchDoc {
  const doc: SearchDoc = { t: '', x: '', p: [], o: [], c: '', v: '' };
  SEARCH_KEYS.forEach((key, keyIndex) => {
    const values = fieldValues(payload, record, keyIndex);
    if (key.name === 'p' || key.name === 'o') doc[key.name] = values;
    else doc[key.name] = values[0] ?? '';
  });
  return doc;
}

/** The text a record's page id is packed against: its title and the rest of its words. */
export function idText(columns: ReadonlyArray<ReadonlyArray<PackedValue>>, record: number): string {
  return TEXT_KEYS.map((key) => String(columns[key]?.[record] ?? '')).join(' ');
}
const TEXT_KEYS = [SEARCH_KEYS.findIndex((key) => key.name === 't'), SEARCH_KEYS.findIndex((key) => key.name === 'x')];

/** Checks that fetched JSON is a payload this code can read; throws a message for the console if not. */
export function assertPayload(data: unknown): asserts data is SearchPayload {
  const payload = data as Partial<SearchPayload> | null;
  if (!payload || payload.version !== PAYLOAD_VERSION || !payload.counts || !Array.isArray(payload.ids)) {
    throw new Error(`search index: expected format version ${PAYLOAD_VERSION}; rebuild the site`);
  }
  const total = KINDS.reduce((sum, kind) => sum + (payload.counts?.[kind] ?? 0), 0);
  const columnsOk =
    Array.isArray(payload.columns) &&
    payload.columns.length === SEARCH_KEYS.length &&
    payload.columns.every((column) => Array.isArray(column) && column.length === total);
  if (payload.ids.length !== total || !columnsOk || !Array.isArray(payload.strings) || !Array.isArray(payload.keys)) {
    throw new Error(`search index: ${total} records expected in every column; rebuild the site`);
  }
}

/** The words of a title as an id would spell them: ASCII, lower case, no apostrophes. */
export function idWords(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** An id with each hyphen-separated part that is a word of `title` replaced by `$<position>`. */
export function packId(id: string, title: string): string {
  if (id.includes('$')) return id;
  const words = idWords(title);
  const packed = id
    .split('-')
    .map((part) => {
      const position = words.indexOf(part);
      return position >= 0 && `$${position}`.length < part.length ? `$${position}` : part;
    })
    .join('-');
  return unpackId(packed, title) === id ? packed : id;
}

/** The id `packId` packed. */
export function unpackId(packed: string, title: string): string {
  if (!packed.includes('$')) return packed;
  const words = idWords(title);
  return packed
    .split('-')
    .map((part) => (part.startsWith('$') ? (words[Number(part.slice(1))] ?? part) : part))
    .join('-');
}
