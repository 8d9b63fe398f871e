/** People pages: who has one, and what each said or is said about. */
import type { Entity } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';
import type { SiteAnalysis } from './analysis.ts';

/** A person's claims: those they are quoted or credited in, and those merely about them. */
export function claimsOfPerson(person: Entity, analysis: SiteAnalysis): { said: ReviewedClaim[]; about: ReviewedClaim[] } {
  const claims = analysis.claimsByEntity.get(person.id) ?? [];
  const said = claims.filter((claim) => claim.speakers.includes(person.name));
  const about = claims.filter((claim) => !said.includes(claim));
  return { said, about };
}
