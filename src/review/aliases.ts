/**
 * The permalink alias map, built once per build and split into 256 shards by the first two hex digits
 * of a sentence key, so the 404 page fetches one small file. For every sentence any claim holds it
 * records which claims stand on it and which hold it; for every claim id the editors merged, split or
 * removed, what they did. alias-resolve.ts reads it. A claim is named in full (its readable words and
 * 12 hex) only in the shard of its own id; the other shards that mention it give its 12 hex alone,
 * which the reader looks up in that shard (a claim's sentences spread it over about five shards, and
 * its words were two thirds of the map).
 */
import { sentenceKey, idTail } from './claim-ids.ts';
import { packKeyRecord, shardOf, type AliasShard, type KeyRecord, type ShardReview } from './alias-resolve.ts';
import type { ReviewedAlias, ReviewedAnalysis } from './types.ts';

/** The 8 hex of a sentence id (`s-1a2b3c4d-2` → `1a2b3c4d`). */
const sentenceHash = (sentenceId: string): string => sentenceId.slice(2, 10);

/** Builds every shard, keyed by shard name (`00` … `ff`; shards with no entry are left out). */
export function buildAliasShards(analysis: ReviewedAnalysis): Map<string, AliasShard> {
  const at = new Map<string, string[]>();
  const holders = new Map<string, string[]>();
  // The first sentence a sentence key was made from; keys made from another sentence too (a hash clash) in `clashes`.
  const sentenceOf = new Map<string, string>();
  const clashes = new Set<string>();
  // A claim adds all of its keys before the next claim's (the loop below): a claim already on a key's list is its last.
  const add = (map: Map<string, string[]>, key: string, id: string): void => {
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  };
  // Older ids ended in the hash of the engine claim's anchor sentence; one sentence could anchor several.
  const legacyOf = new Map<string, string>();
  const legacyClaims = new Map<string, number>();
  for (const [engineId, anchor] of analysis.engineAnchors) {
    const key = `~${sentenceHash(anchor.sentenceId)}`;
    legacyOf.set(engineId, key);
    legacyClaims.set(key, (legacyClaims.get(key) ?? 0) + 1);
  }

  for (const claim of analysis.claims) {
    const tail = idTail(claim.id);
    if (tail) add(at, tail.slice(0, 8), claim.id);
    for (const origin of claim.origins) {
      const legacy = legacyOf.get(origin);
      if (legacy) add(at, legacy, claim.id);
    }
    for (const e of claim.evidence) {
      const key = sentenceKey(e.article, e.sentenceId);
      add(holders, key, claim.id);
      const sentence = `${e.article} ${e.sentenceId}`;
      const first = sentenceOf.get(key);
      if (first === undefined) sentenceOf.set(key, sentence);
      else if (first !== sentence) clashes.add(key);
      add(holders, `~${sentenceHash(e.sentenceId)}`, claim.id);
    }
  }

  interface Entry {
    name: string;
    ids: Map<string, number>;
    shard: AliasShard;
  }
  const shards = new Map<string, Entry>();
  const shardFor = (key: string): Entry => {
    const name = shardOf(key);
    let entry = shards.get(name);
    if (!entry) {
      entry = { name, ids: new Map(), shard: { claims: [], keys: {}, reviewed: {} } };
      shards.set(name, entry);
    }
    return entry;
  };
  // In full in the shard of its own id (where its anchor sentence's key names it), else its 12 hex.
  const nameIn = (entry: Entry, id: string): string => {
    const tail = idTail(id);
    return tail && shardOf(tail) !== entry.name ? tail : id;
  };
  const indexes = (entry: Entry, ids: readonly string[]): number[] =>
    (ids.length === 1 ? ids : [...ids].sort()).map((id) => {
      let n = entry.ids.get(id);
      if (n === undefined) {
        n = entry.shard.claims.length;
        entry.shard.claims.push(nameIn(entry, id));
        entry.ids.set(id, n);
      }
      return n;
    });

  for (const key of [...new Set([...at.keys(), ...holders.keys()])].sort()) {
    const entry = shardFor(key);
    const record: KeyRecord = {};
    const standing = at.get(key);
    const holding = holders.get(key);
    if (standing) record.at = indexes(entry, standing);
    if (holding) record.in = indexes(entry, holding);
    if (clashes.has(key) || (legacyClaims.get(key) ?? 0) > 1) record.many = true;
    entry.shard.keys[key] = packKeyRecord(record);
  }

  const reviewed = [...analysis.reviewedAliases.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const put = (key: string, alias: ReviewedAlias): void => {
    const entry = shardFor(key);
    if (entry.shard.reviewed[key]) return;
    const record: ShardReview = { action: alias.action, date: alias.date, by: alias.by, rationale: alias.rationale, statement: alias.statement, to: indexes(entry, alias.to) };
    entry.shard.reviewed[key] = record;
  };
  for (const [id, alias] of reviewed) {
    const tail = idTail(id);
    if (tail) put(tail, alias);
    // Older URLs of the same claim, from before unique ids, when that older id named only this claim.
    for (const origin of alias.origins) {
      const legacy = legacyOf.get(origin);
      if (legacy && legacyClaims.get(legacy) === 1) put(legacy, alias);
    }
  }
  return new Map([...shards.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([name, entry]) => [name, entry.shard]));
}
