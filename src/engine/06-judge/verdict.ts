/**
 * Verdicts and flags from related evidence. Independence decides between corroborated and
 * single-source: each supporting sentence counts as its source key (outlet group or upstream wire),
 * so two articles of one outlet, near-duplicates and reports citing one wire count once.
 */
import type { RelatedClaim } from '../05-relate/index.ts';
import type { SourceModel } from '../sources.ts';
import type { Flag, Verdict } from '../types.ts';

/** A verdict, its flags and the number of independent sources that state the claim. */
export interface Judgement {
  verdict: Verdict;
  flags: Flag[];
  independentSources: number;
}

/** Judges one related claim. Conflicting values outrank a denial; either outranks corroboration. */
export function judge(claim: RelatedClaim, sources: SourceModel, outletOf: (article: string) => string): Judgement {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  const keys = new Set(supporting.map((e) => sources.key(e.f.sentence)));
  const independentSources = keys.size;
  const outlets = new Set(supporting.map((e) => outletOf(e.f.article)));
  const conflicts = claim.evidence.some((e) => e.stance === 'conflicts');
  const denied = claim.evidence.some((e) => e.stance === 'denies');
  let verdict: Verdict;
  if (conflicts) verdict = 'conflicting';
  else if (denied && supporting.length > 0) verdict = 'disputed';
  else verdict = independentSources >= 2 ? 'corroborated' : 'single-source';
  const flags: Flag[] = [];
  if (claim.evidence.some((e) => e.relation === 'wordingDiffers')) flags.push('wordingVaries');
  // Several outlets, one upstream: every report traces back to the same wire or outlet (cited or reprinted).
  if (outlets.size >= 2 && independentSources === 1) flags.push('sharedUpstream');
  if (supporting.length > 0 && supporting.every((e) => e.f.sentence.attribution.anonymous)) flags.push('anonymousSourcing');
  return { verdict, flags, independentSources };
}
