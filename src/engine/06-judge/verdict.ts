/**
 * Verdicts, flags and confidence from related evidence. Independence decides between corroborated
 * and single-source: each supporting sentence counts as its source key (outlet group or upstream),
 * so two articles of one outlet, near-duplicates and reports citing one wire count once.
 */
import type { RelatedClaim, RelatedStory } from '../contracts.ts';
import type { Flag, Quantity, Verdict } from '../types.ts';
import { isVague } from '../05-relate/quantities.ts';

/** A verdict, its flags, the number of independent sources and how sure the engine is. */
export interface Judgement {
  verdict: Verdict;
  flags: Flag[];
  independentSources: number;
  /**
   * 0-1: for a claim from several sources, the weakest link that holds it together; for a single
   * source, one minus the best match with another source that was not close enough to count.
   */
  confidence: number;
}

/** Judges one related claim. Conflicting values outrank a denial; either outranks corroboration. */
export function judge(story: RelatedStory, claim: RelatedClaim): Judgement {
  const supporting = claim.evidence.filter((e) => e.stance === 'supports');
  // A vague figure ("tens of millions") is consistent with a precise one but does not confirm it:
  // only reports that give a precise value count toward corroborating a figure that has one.
  const confirming = vagueAside(claim, supporting);
  const keys = distinct(confirming, (e) => story.sources.key[e.unit.s] ?? '');
  // The sources that report the claim, whatever value they give: two outlets that disagree on a
  // number are two sources (a denial is not a report of the claim).
  const independentSources = distinct(claim.evidence, (e) => (e.stance === 'denies' ? null : (story.sources.key[e.unit.s] ?? '')));
  const outlets = distinct(supporting, (e) => story.outletOf.get(e.unit.article)?.id ?? e.unit.article);
  const conflicts = claim.evidence.some((e) => e.stance === 'conflicts');
  const denied = claim.evidence.some((e) => e.stance === 'denies');
  let verdict: Verdict;
  if (conflicts) verdict = 'conflicting';
  else if (denied && supporting.length > 0) verdict = 'disputed';
  else verdict = keys >= 2 ? 'corroborated' : 'single-source';
  const flags: Flag[] = [];
  if (claim.evidence.some((e) => e.relation === 'wordingDiffers')) flags.push('wordingVaries');
  // Several outlets, one upstream: every report traces back to the same wire or outlet (cited or reprinted).
  if (outlets >= 2 && distinct(supporting, (e) => story.sources.key[e.unit.s] ?? '') === 1) flags.push('sharedUpstream');
  if (supporting.length > 0 && supporting.every((e) => e.sentence.attribution.anonymous)) flags.push('anonymousSourcing');
  const confidence = verdict === 'single-source' && !denied ? 1 - claim.group.bestOutside : claim.group.confidence;
  return { verdict, flags, independentSources, confidence: Math.round(confidence * 100) / 100 };
}

/**
 * How many distinct keys the items give (a null key is left out), without a set: a claim has a
 * few sentences of evidence, most one, and this is asked four times for every claim.
 */
function distinct<T>(items: readonly T[], keyOf: (item: T) => string | null): number {
  const keys: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const key = keyOf(items[k] as T);
    if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys.length;
}

/**
 * The supporting reports that confirm a figure: those with a precise value, when any report gives
 * one, and not a figure for another moment of a running count.
 */
export function vagueAside<E extends { quantity: Quantity | null; otherMoment?: boolean }>(claim: RelatedClaim, supporting: readonly E[]): readonly E[] {
  if (claim.group.origin !== 'quantity') return supporting;
  const current = supporting.filter((e) => e.otherMoment !== true);
  const precise = current.filter((e) => e.quantity !== null && !isVague(e.quantity));
  return precise.length > 0 ? precise : current;
}
