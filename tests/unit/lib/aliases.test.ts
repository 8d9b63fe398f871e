import { describe, expect, test } from 'vitest';
import type { Claim, Evidence } from '../../../src/engine/types.ts';
import { buildAliasMap, hashFromClaimPath } from '../../../src/lib/aliases.ts';

const evidence = (sentenceId: string, stance: Evidence['stance'] = 'supports'): Evidence => ({
  article: 'a',
  outlet: 'o',
  sentenceId,
  text: 'x',
  stance,
  relation: 'corroborates',
  value: null,
  quantity: null,
  via: null,
  marks: [],
});

const claim = (id: string, hash: string, evidenceList: Evidence[]): Claim => ({
  id,
  hash,
  key: `s-${hash}#0#statement`,
  story: 's',
  kind: 'statement',
  statement: id,
  verdict: 'corroborated',
  flags: [],
  confidence: 1,
  explanation: '',
  speakers: [],
  entities: [],
  anchor: { article: 'a', sentenceId: `s-${hash}` },
  independentSources: 1,
  evidence: evidenceList,
  aliases: evidenceList.map((e) => e.sentenceId.slice(2, 10)),
});

describe('hashFromClaimPath', () => {
  test.each([
    ['/factcheck/claims/three-stage-peace-plan-4f2a9c1e/', '4f2a9c1e'],
    ['/claims/three-stage-peace-plan-4f2a9c1e', '4f2a9c1e'],
    ['/claims/representing-u-s-secretary-63d75930-2/', '63d75930'],
    ['/claims/4f2a9c1e/', '4f2a9c1e'],
    ['/articles/x-4f2a9c1e/', undefined],
    ['/claims/no-hash-here/', undefined],
  ])('%s → %s', (path, hash) => {
    expect(hashFromClaimPath(path)).toBe(hash);
  });
});

describe('buildAliasMap', () => {
  test('maps every evidence sentence hash to the claim holding it', () => {
    const map = buildAliasMap([claim('plan-11111111', '11111111', [evidence('s-11111111'), evidence('s-22222222')])]);
    expect(map).toEqual({ '11111111': 'plan-11111111', '22222222': 'plan-11111111' });
  });

  test('prefers the claim a sentence anchors over one it only supports', () => {
    const anchored = claim('b-22222222', '22222222', [evidence('s-22222222')]);
    const other = claim('a-11111111', '11111111', [evidence('s-11111111'), evidence('s-22222222')]);
    expect(buildAliasMap([other, anchored])['22222222']).toBe('b-22222222');
  });

  test('prefers a claim the sentence supports over one it denies', () => {
    const denied = claim('a-11111111', '11111111', [evidence('s-11111111'), evidence('s-33333333', 'denies')]);
    const supported = claim('b-22222222', '22222222', [evidence('s-22222222'), evidence('s-33333333')]);
    expect(buildAliasMap([denied, supported])['33333333']).toBe('b-22222222');
  });
});
