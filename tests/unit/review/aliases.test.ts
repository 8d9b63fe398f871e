/**
 * Old claim URLs lead to exactly one claim (renamed, merged) with a notice, to the candidates after a
 * split, to the editors' removal notice, or nowhere, and never to a claim that does not hold the old
 * claim's sentence. Checked through the shards the 404 page reads.
 */
import { describe, expect, test } from 'vitest';
import { expandClaims, keyRecord, packKeyRecord, parseClaimPath, resolveAlias, shardFor, type AliasOutcome, type AliasShard, type KeyRecord } from '../../../src/review/alias-resolve.ts';
import { buildAliasShards } from '../../../src/review/aliases.ts';
import { applyReviews } from '../../../src/review/apply.ts';
import type { ReviewedAnalysis } from '../../../src/review/types.ts';
import { analysis, bridgeArticles, claim, reviews } from './fixture.ts';

const EMPTY: AliasShard = { claims: [], keys: {}, reviewed: {} };

/** Where `path` leads in a reviewed analysis, read as the 404 page reads it: its shard, then the shards of claims named by their hex. */
async function follow(result: ReviewedAnalysis, path: string): Promise<AliasOutcome> {
  const parsed = parseClaimPath(path);
  if (!parsed) throw new Error(`not a claim path: ${path}`);
  const shards = buildAliasShards(result);
  return expandClaims(resolveAlias(shards.get(shardFor(parsed)) ?? EMPTY, parsed), async (name) => shards.get(name) ?? EMPTY);
}

const tail = (id: string): string => id.slice(-12);

describe('parseClaimPath', () => {
  test.each([
    ['/factcheck/claims/three-stage-plan-0123456789ab/', { tail: '0123456789ab', legacy: false }],
    ['/claims/claim-0123456789ab', { tail: '0123456789ab', legacy: false }],
    ['/factcheck/claims/three-stage-plan-4f2a9c1e/', { tail: '4f2a9c1e', legacy: true }],
    ['/factcheck/claims/russian-side-headed-81e63f33-2/', { tail: '81e63f33', legacy: true }],
    ['/factcheck/claims/', undefined],
    ['/factcheck/articles/kyiv-post-0123456789ab/', undefined],
  ])('%s', (path, expected) => {
    expect(parseClaimPath(path)).toEqual(expected);
  });
});

describe('where an old claim URL leads', () => {
  const { a, b, c } = bridgeArticles();
  const reopen = claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]] });
  const cars = claim({ statement: 'Cars crossed the river again.', verdict: 'single-source', evidence: [[c, 0]] });
  const before = applyReviews(analysis([a, b, c], [reopen, cars]), []);
  const [reopenId = '', carsId = ''] = before.claims.map((x) => x.id);

  test('a current id under other words: renamed, to the same claim', async () => {
    expect(await follow(before, `/claims/older-words-${tail(reopenId)}/`)).toEqual({ kind: 'renamed', to: reopenId });
  });

  test('a claim the engine merged into another: merged into the claim that holds its sentence', async () => {
    const merged = claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0], [c, 0]] });
    const after = applyReviews(analysis([a, b, c], [merged]), []);
    expect(await follow(after, `/claims/${carsId}/`)).toEqual({ kind: 'merged', to: after.claims[0]?.id });
  });

  test('a claim whose sentence now sits in two claims: the candidates, never one of them silently', async () => {
    const one = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]] });
    const two = claim({ kind: 'quantity', statement: 'Length of the repairs', verdict: 'single-source', evidence: [[b, 0], [a, 0]] });
    const after = applyReviews(analysis([a, b, c], [one, two]), []);
    const outcome = await follow(after, `/claims/gone-words-${tail(reopenId).slice(0, 8)}ffff/`);
    expect(outcome.kind).toBe('split');
    expect(outcome.kind === 'split' && [...outcome.to].sort()).toEqual(after.claims.map((x) => x.id).sort());
  });

  test('a claim whose sentence no claim holds any more: nowhere', async () => {
    const after = applyReviews(analysis([a, b, c], [reopen]), []);
    expect(await follow(after, `/claims/${carsId}/`)).toEqual({ kind: 'gone' });
  });

  test('the editors’ merge, split and removal lead where the editors said, with their date', async () => {
    const { a: a2, b: b2, c: c2 } = bridgeArticles();
    const engine = analysis([a2, b2, c2], [
      claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a2, 0], [b2, 0]] }),
      claim({ statement: 'Cars crossed the river again.', verdict: 'single-source', evidence: [[c2, 0]] }),
      claim({ statement: 'Read our newsletter.', verdict: 'single-source', evidence: [[a2, 2]] }),
      claim({ kind: 'quote', statement: 'Mayor: heart of the town', verdict: 'corroborated', evidence: [[a2, 3], [c2, 1]] }),
    ]);
    const ids = applyReviews(engine, []).claims.map((x) => x.id);
    const by = { by: 'Ada Editor', date: '2030-03-10', rationale: 'Because.' };
    const result = applyReviews(engine, [
      reviews([
        { claim: { article: 'a-daily', quote: 'The bridge reopened' }, ...by, merge: [{ article: 'c-radio', quote: 'Cars crossed' }], verdict: 'corroborated' },
        { claim: { article: 'a-daily', quote: 'Read our newsletter' }, ...by, hide: true },
        {
          claim: { article: 'a-daily', quote: 'The mayor said' },
          ...by,
          split: [
            { sentences: [{ article: 'a-daily', quote: 'The mayor said' }], verdict: 'single-source' },
            { sentences: [{ article: 'c-radio', quote: 'told the radio' }], verdict: 'single-source' },
          ],
        },
      ]),
    ]);
    const review = { date: '2030-03-10', by: 'Ada Editor', rationale: 'Because.' };
    expect(await follow(result, `/claims/${ids[1]}/`)).toEqual({ kind: 'merged', to: ids[0], review: { ...review, action: 'merged', statement: 'Cars crossed the river again.' } });
    expect(await follow(result, `/claims/${ids[2]}/`)).toEqual({ kind: 'removed', review: { ...review, action: 'removed', statement: 'Read our newsletter.' } });
    const split = await follow(result, `/claims/${ids[3]}/`);
    expect(split.kind).toBe('split');
    expect(split.kind === 'split' && split.review?.action).toBe('split');
    expect(split.kind === 'split' && split.to.every((id) => result.claims.some((x) => x.id === id))).toBe(true);
    // The claim the merge kept is served as it is: its URL never reaches the 404 page.
    expect(result.claims.map((x) => x.id)).toContain(ids[0]);
  });

  test('an id from before unique ids (words and the anchor sentence hash) reaches its claim', async () => {
    expect(await follow(before, `/claims/${reopen.id}/`)).toEqual({ kind: 'renamed', to: reopenId });
    expect(await follow(before, `/claims/other-words-${cars.hash}/`)).toEqual({ kind: 'renamed', to: carsId });
  });

  test('an older id two claims on one sentence shared leads to both as candidates', async () => {
    const first = claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[a, 0, 'supports', 'The bridge reopened'], [b, 0]] });
    const second = claim({ statement: 'Repairs took two years.', verdict: 'single-source', evidence: [[a, 0, 'supports', 'two years of repairs']] });
    const result = applyReviews(analysis([a, b, c], [first, second]), []);
    expect(first.hash).toBe(second.hash);
    const outcome = await follow(result, `/claims/russian-side-${first.hash}/`);
    expect(outcome.kind).toBe('split');
    expect(outcome.kind === 'split' && outcome.to.length).toBe(2);
    // Current ids of the two claims differ, and each leads to itself.
    const [x = '', y = ''] = result.claims.map((item) => item.id);
    expect(x).not.toBe(y);
    expect(await follow(result, `/claims/words-${tail(y)}/`)).toEqual({ kind: 'renamed', to: y });
  });

  test('a key two sentences share only offers candidates', () => {
    const shard: AliasShard = { claims: ['only-one-0123456789ab'], keys: { '01234567': { in: [0], many: true } }, reviewed: {} };
    expect(resolveAlias(shard, { tail: '01234567ffff', legacy: false })).toEqual({ kind: 'split', to: ['only-one-0123456789ab'] });
  });

  test('a claim is named in full only in the shard of its id; other shards give its 12 hex, found through that shard', async () => {
    // Claims whose sentences fall in several shards: each claim's words are written once.
    const many = claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0], [c, 0], [a, 1], [b, 1]] });
    const result = applyReviews(analysis([a, b, c], [many]), []);
    const id = result.claims[0]?.id ?? '';
    const shards = buildAliasShards(result);
    const mentions = [...shards.entries()].filter(([, shard]) => shard.claims.some((entry) => entry === id || entry === tail(id)));
    expect(mentions.length).toBeGreaterThan(1);
    for (const [name, shard] of mentions) {
      expect(shard.claims.includes(id), name).toBe(name === tail(id).slice(0, 2));
      expect(shard.claims.includes(tail(id)), name).toBe(name !== tail(id).slice(0, 2));
    }
    // An old URL on a sentence another shard holds still leads to the claim's full id.
    const other = result.claims[0]?.evidence.find((e) => !e.sentenceId.startsWith(`s-${tail(id).slice(0, 2)}`));
    expect(other).toBeDefined();
    const [, foreign] = mentions.find(([name]) => name !== tail(id).slice(0, 2)) ?? [];
    const key = Object.keys(foreign?.keys ?? {}).find((k) => !k.startsWith('~'));
    expect(key).toBeDefined();
    expect(await follow(result, `/claims/gone-words-${key}ffff/`)).toEqual({ kind: 'merged', to: id });
  });

  test('a claim the shard of its id does not list keeps its 12 hex', async () => {
    const outcome = await expandClaims({ kind: 'merged', to: '0123456789ab' }, async () => EMPTY);
    expect(outcome).toEqual({ kind: 'merged', to: '0123456789ab' });
  });
});

describe('key records as a shard stores them', () => {
  test.each([
    [{ at: [3], in: [3] }, 3],
    [{ at: [0], in: [0] }, 0],
    [{ in: [0] }, -1],
    [{ in: [3] }, -4],
    [{ at: [1], in: [2] }, { at: [1], in: [2] }],
    [{ at: [1], in: [1], many: true }, { at: [1], in: [1], many: true }],
    [{ in: [1, 2] }, { in: [1, 2] }],
    [{ at: [1, 2], in: [1, 2] }, { at: [1, 2], in: [1, 2] }],
    [{ at: [4] }, { at: [4] }],
  ] as Array<[KeyRecord, KeyRecord | number]>)('%j is stored as %j and read back whole', (record, stored) => {
    expect(packKeyRecord(record)).toEqual(stored);
    expect(keyRecord(packKeyRecord(record))).toEqual(record);
  });
});
