/** How an outlet's reporting fares against the other outlets of its stories. */
import type { Claim, Verdict } from '../engine/types.ts';

/** Claims an outlet reported, split by what the other sources did with them. */
export interface OutletRecord<C extends Claim = Claim> {
  /** Claims this outlet supports, by verdict. */
  byVerdict: Record<Verdict, C[]>;
  /** Claims where this outlet's own evidence conflicts with or denies the claim's anchor. */
  contradicts: C[];
  /** Claims it supports that at least one other independent source also supports. */
  corroboratedByOthers: number;
  /** Claims it supports where another source conflicts or denies. */
  contradictedByOthers: number;
}

/** The record of one outlet across all claims. */
export function outletRecord<C extends Claim>(outlet: string, claims: readonly C[]): OutletRecord<C> {
  const byVerdict: Record<Verdict, C[]> = { corroborated: [], conflicting: [], disputed: [], 'single-source': [] };
  const contradicts: C[] = [];
  let corroboratedByOthers = 0;
  let contradictedByOthers = 0;
  for (const claim of claims) {
    const own = claim.evidence.filter((evidence) => evidence.outlet === outlet);
    if (own.length === 0) continue;
    const others = claim.evidence.filter((evidence) => evidence.outlet !== outlet);
    if (own.some((evidence) => evidence.stance === 'supports')) {
      byVerdict[claim.verdict].push(claim);
      if (others.some((evidence) => evidence.stance === 'supports')) corroboratedByOthers++;
      if (others.some((evidence) => evidence.stance !== 'supports')) contradictedByOthers++;
    } else {
      contradicts.push(claim);
    }
  }
  return { byVerdict, contradicts, corroboratedByOthers, contradictedByOthers };
}
