import { describe, expect, test } from 'vitest';
import { relatedClaims, relatedItems } from '../../../src/lib/claims.ts';
import type { ReviewedClaim } from '../../../src/review/types.ts';

/** A claim with only what relatedClaims reads. */
const claim = (id: string, story: string, entities: string[], speakers: string[] = []): ReviewedClaim =>
  ({ id, story, entities, speakers }) as unknown as ReviewedClaim;

/** The analysis relatedClaims reads: the claims, and each entity's claims (in the site's order). */
function site(claims: ReviewedClaim[]): { claims: ReviewedClaim[]; claimsByEntity: Map<string, ReviewedClaim[]> } {
  const claimsByEntity = new Map<string, ReviewedClaim[]>();
  for (const c of claims) for (const entity of c.entities) claimsByEntity.set(entity, [...(claimsByEntity.get(entity) ?? []), c]);
  return { claims, claimsByEntity };
}

/** The rule written out plainly, as the claim page first had it: one point per shared entity, +2 for a shared speaker and +1 for the same story once, ties by id. */
function reference(of: ReviewedClaim, analysis: ReturnType<typeof site>, limit = 6): string[] {
  const scores = new Map<ReviewedClaim, number>();
  for (const entity of of.entities) {
    for (const other of analysis.claimsByEntity.get(entity) ?? []) {
      if (other === of) continue;
      const bonus = (other.speakers.some((s) => of.speakers.includes(s)) ? 2 : 0) + (other.story === of.story ? 1 : 0);
      scores.set(other, (scores.get(other) ?? 0) + 1 + (scores.has(other) ? 0 : bonus));
    }
  }
  return [...scores].sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id)).slice(0, limit).map(([other]) => other.id);
}

describe('related claims', () => {
  const c = claim('c-claim', 's1', ['e1', 'e2'], ['Anna Berg']);
  const sameStory = claim('o-same-story', 's1', ['e1']);
  const speaker = claim('o-speaker', 's2', ['e1', 'e2'], ['Anna Berg']);
  const laterId = claim('o-z-later', 's2', ['e2']);
  const earlierId = claim('o-a-earlier', 's2', ['e2']);
  const unrelated = claim('o-unrelated', 's1', ['e3'], ['Anna Berg']);
  const analysis = site([c, sameStory, speaker, laterId, earlierId, unrelated]);

  test('most shared first: two entities and the speaker (4), one entity in the same story (2), then one entity, by id', () => {
    expect(relatedClaims(c, analysis).map((other) => other.id)).toEqual(['o-speaker', 'o-same-story', 'o-a-earlier', 'o-z-later']);
  });

  test('a claim is never related to itself, and a claim sharing no entity is not related at all', () => {
    const ids = relatedClaims(c, analysis).map((other) => other.id);
    expect(ids).not.toContain('c-claim');
    expect(ids).not.toContain('o-unrelated');
  });

  test('the limit cuts the list after ranking', () => {
    expect(relatedClaims(c, analysis, 2).map((other) => other.id)).toEqual(['o-speaker', 'o-same-story']);
    expect(relatedClaims(c, analysis, 0)).toEqual([]);
  });

  test('the same as the plain rule on a few hundred random claims, calls in any order', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const claims = Array.from({ length: 300 }, (_, n) =>
      claim(
        `claim-${random(1000)}-${n}`,
        `story-${random(12)}`,
        Array.from({ length: random(4) }, () => `entity-${random(25)}`),
        Array.from({ length: random(3) }, () => `speaker-${random(8)}`),
      ),
    );
    const many = site(claims);
    for (const of of [...claims].reverse()) {
      for (const limit of [1, 6, 40]) expect(relatedClaims(of, many, limit).map((other) => other.id)).toEqual(reference(of, many, limit));
    }
  });

  test('a claim page’s related items are those claims, in that order, with what the list shows and nothing else', () => {
    const shown = (id: string, verdict: string): ReviewedClaim =>
      ({ ...claim(id, 's2', ['e1']), statement: `Statement ${id}`, verdict, reviewed: null, explanation: 'not shown', evidence: [] }) as unknown as ReviewedClaim;
    const of = claim('c-claim', 's1', ['e1']);
    const others = [shown('o-b', 'conflicting'), shown('o-a', 'corroborated')];
    const items = relatedItems(of, site([of, ...others]), (other) => `/claims/${other.id}/`);
    expect(items).toEqual([
      { statement: 'Statement o-a', verdict: 'corroborated', reviewed: null, href: '/claims/o-a/' },
      { statement: 'Statement o-b', verdict: 'conflicting', reviewed: null, href: '/claims/o-b/' },
    ]);
  });
});
