/**
 * Builds the search payload the site serves as `search-index.json`: the Fuse index of the records,
 * made once at build time with the shared keys (`Fuse.createIndex(keys, docs).toJSON()`), packed
 * (see payload.ts), with the page id of each record.
 */
import Fuse from 'fuse.js';
import type { SearchRecords } from './documents.ts';
import { FUSE_KEYS, type SearchDoc } from './keys.ts';
import { packPayload, type FuseIndexJson, type SearchPayload } from './payload.ts';

/** Fuse's index JSON for a set of search records. */
export function buildFuseIndex(docs: readonly SearchDoc[]): FuseIndexJson {
  return Fuse.createIndex<SearchDoc>(FUSE_KEYS, docs).toJSON();
}

/** The search payload for a set of records. */
export function buildSearchPayload(records: SearchRecords): SearchPayload {
  return packPayload(buildFuseIndex(records.docs), records.ids, records.counts);
}

/** The payload as the JSON text the site serves. */
export function serializePayload(payload: SearchPayload): string {
  return JSON.stringify(payload);
}
