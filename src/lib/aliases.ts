/**
 * The permalink alias map: the 8-hex hash of every evidence sentence → the claim that now holds it.
 * A claim slug ends in its anchor sentence's hash, so when claims merge or split after new articles
 * arrive, the 404 page finds where an old slug's sentence went and redirects there.
 */
import type { Claim } from '../engine/types.ts';

/** hash → claim id. A hash that anchors a claim maps to that claim; otherwise to the claim it supports. */
export function buildAliasMap(claims: readonly Claim[]): Record<string, string> {
  const best = new Map<string, { claim: Claim; rank: number }>();
  for (const claim of claims) {
    for (const hash of claim.aliases) {
      const anchored = hash === claim.hash;
      const supports = claim.evidence.some((evidence) => evidence.stance === 'supports' && evidence.sentenceId.startsWith(`s-${hash}`));
      const rank = anchored ? 3 : supports ? 2 : 1;
      const current = best.get(hash);
      if (!current || rank > current.rank || (rank === current.rank && claim.id < current.claim.id)) best.set(hash, { claim, rank });
    }
  }
  return Object.fromEntries([...best.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([hash, { claim }]) => [hash, claim.id]));
}

/**
 * The anchor hash in a claim URL path (`.../claims/three-stage-peace-plan-4f2a9c1e/`, or with a
 * `-2` suffix when two claims share an anchor sentence), if any.
 */
export function hashFromClaimPath(pathname: string): string | undefined {
  return /\/claims\/(?:[a-z0-9-]*?-)?([0-9a-f]{8})(?:-\d+)?\/?$/.exec(pathname)?.[1];
}
