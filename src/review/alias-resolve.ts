/**
 * Where an old claim URL leads: read by the 404 page in the browser and by tests, from one shard of the
 * alias map (`/data/aliases/<xx>.json`, built by aliases.ts). An old URL leads to exactly one claim
 * (renamed or merged, with a notice), to a list of candidates (split), to the editors' removal notice,
 * or nowhere; never silently to a claim that does not hold the old claim's sentence. Browser-safe.
 */

/** What the editors did to an old claim id, as stored in a shard (claims as indexes into `claims`). */
export interface ShardReview {
  action: 'merged' | 'split' | 'removed';
  date: string;
  by: string;
  rationale: string | null;
  statement: string;
  to: number[];
}

/** One shard of the alias map. */
export interface AliasShard {
  /**
   * Claims the shard refers to: a claim's full id when this is the shard of its id (named by the first
   * two of its 12 hex), else those 12 hex alone (`expandClaims` looks them up in that shard).
   */
  claims: string[];
  /**
   * `<S>` (8 hex, the sentence part of a current-style id) or `~<s8>` (the sentence hash of an older id):
   * `at` = claims whose id stands on that sentence (older ids: claims descended from it), `in` = claims holding it,
   * `many` = the key may mean more than one claim (a hash clash between sentences, or an older id
   * that two claims on one sentence shared), so its claims are only candidates. The two commonest
   * records are a number (see `KeyRecord`).
   */
  keys: Record<string, KeyRecord | number>;
  /** Old id tail (12 hex) or `~<s8>` → the editors' decision. */
  reviewed: Record<string, ShardReview>;
}

/** What a shard knows of one sentence key. */
export interface KeyRecord {
  at?: number[];
  in?: number[];
  many?: true;
}

/**
 * A key's record as a shard stores it: `n` (0 or more) for `{ at: [n], in: [n] }`, a claim's anchor
 * that no other claim holds; `-(n + 1)` for `{ in: [n] }`, a sentence one claim holds; else the
 * record. Nine keys in ten are one of the two: a year's map was 8 MB of keys written out.
 */
export function packKeyRecord(record: KeyRecord): KeyRecord | number {
  const at = record.at ?? [];
  const held = record.in?.length === 1 ? record.in[0] : undefined;
  if (record.many || held === undefined || at.length > 1) return record;
  if (at.length === 0) return -(held + 1);
  return at[0] === held ? held : record;
}

/** A stored key record as a record. */
export function keyRecord(stored: KeyRecord | number | undefined): KeyRecord | undefined {
  if (typeof stored !== 'number') return stored;
  return stored >= 0 ? { at: [stored], in: [stored] } : { in: [-stored - 1] };
}

/** A claim URL's hex tail: 12 hex digits (current ids) or 8 (ids from before unique ids). */
export interface ClaimPath {
  tail: string;
  legacy: boolean;
}

/** Where an old URL leads. */
export type AliasOutcome =
  | { kind: 'renamed' | 'merged'; to: string; review?: Omit<ShardReview, 'to'> }
  | { kind: 'split'; to: string[]; review?: Omit<ShardReview, 'to'> }
  | { kind: 'removed'; review: Omit<ShardReview, 'to'> }
  | { kind: 'gone' };

/** The hex tail of a claim URL path (`…/claims/words-0123456789ab/`, or an older `…/claims/words-01234567-2/`). */
export function parseClaimPath(pathname: string): ClaimPath | undefined {
  const current = /\/claims\/(?:[a-z0-9-]*-)?([0-9a-f]{12})\/?$/.exec(pathname);
  if (current?.[1]) return { tail: current[1], legacy: false };
  const legacy = /\/claims\/(?:[a-z0-9-]*?-)?([0-9a-f]{8})(?:-\d+)?\/?$/.exec(pathname);
  return legacy?.[1] ? { tail: legacy[1], legacy: true } : undefined;
}

/** The shard a key lives in: the first two hex digits of its sentence part. */
export function shardOf(key: string): string {
  return key.replace(/^~/, '').slice(0, 2);
}

/** The shard that answers for a claim path. */
export function shardFor(path: ClaimPath): string {
  return shardOf(path.tail);
}

/** Where an old claim URL leads, from its shard. */
export function resolveAlias(shard: AliasShard, path: ClaimPath): AliasOutcome {
  const ids = (list: readonly number[] | undefined): string[] => (list ?? []).flatMap((n) => shard.claims[n] ?? []);
  const key = path.legacy ? `~${path.tail}` : path.tail.slice(0, 8);
  const reviewed = shard.reviewed[path.legacy ? key : path.tail];
  if (reviewed) {
    const { to, ...review } = reviewed;
    const targets = ids(to);
    if (reviewed.action === 'removed' || targets.length === 0) return { kind: 'removed', review };
    if (targets.length === 1 && targets[0]) return { kind: 'merged', to: targets[0], review };
    return { kind: 'split', to: targets, review };
  }
  const record = keyRecord(shard.keys[key]);
  if (!record) return { kind: 'gone' };
  const at = ids(record.at);
  if (path.legacy) {
    // The claim an older id named now has a current id (or became several claims, or the older id
    // was shared by claims on one sentence: then every claim it may have meant is a candidate).
    if (at.length === 1 && at[0] && !record.many) return { kind: 'renamed', to: at[0] };
    if (at.length > 0) return { kind: 'split', to: at };
  } else {
    // Same sentence and same claim part: the same claim under new words.
    const same = at.find((id) => id === path.tail || id.endsWith(`-${path.tail}`));
    if (same) return { kind: 'renamed', to: same };
  }
  const holders = ids(record.in);
  if (holders.length === 1 && holders[0] && !record.many) return { kind: 'merged', to: holders[0] };
  if (holders.length > 0) return { kind: 'split', to: holders };
  return { kind: 'gone' };
}

/** A shard entry that gives a claim's 12 hex alone: its full id is in the shard those hex name. */
const BARE_TAIL = /^[0-9a-f]{12}$/;

/**
 * The outcome with every claim under its full id: a claim named by its 12 hex alone is looked up in
 * the shard of its id (`load` fetches a shard; the 404 page fetches each at most once). A claim that
 * cannot be found there keeps its 12 hex, which is still a URL the 404 page resolves.
 */
export async function expandClaims(outcome: AliasOutcome, load: (shard: string) => Promise<AliasShard>): Promise<AliasOutcome> {
  const full = async (id: string): Promise<string> => {
    if (!BARE_TAIL.test(id)) return id;
    const home = await load(shardOf(id));
    return home.claims.find((candidate) => candidate.endsWith(`-${id}`)) ?? id;
  };
  if (outcome.kind === 'renamed' || outcome.kind === 'merged') return { ...outcome, to: await full(outcome.to) };
  if (outcome.kind === 'split') return { ...outcome, to: await Promise.all(outcome.to.map(full)) };
  return outcome;
}
