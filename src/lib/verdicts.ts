/** How verdicts and flags are named and explained to readers, in one place for every page. */
import type { Claim, Flag, Stance, Verdict } from '../engine/types.ts';

/** Label and one-line meaning of each verdict. */
export const VERDICTS: Record<Verdict, { label: string; meaning: string }> = {
  corroborated: {
    label: 'Corroborated',
    meaning: 'Two or more independent sources state it, and none contradicts or denies it.',
  },
  conflicting: {
    label: 'Conflicting',
    meaning: 'Sources give values or facts that cannot all be true.',
  },
  disputed: {
    label: 'Disputed',
    meaning: 'It is reported, and someone on record denies it.',
  },
  'single-source': {
    label: 'Single source',
    meaning: 'Only one independent source states it so far.',
  },
};

/** Label and meaning of each flag. */
export const FLAGS: Record<Flag, { label: string; meaning: string }> = {
  wordingVaries: {
    label: 'Wording varies',
    meaning: 'Outlets quote the same remark in different words.',
  },
  sharedUpstream: {
    label: 'Shared upstream',
    meaning: 'Every report traces back to one wire service or outlet, so they are not independent confirmations.',
  },
  anonymousSourcing: {
    label: 'Anonymous sourcing',
    meaning: 'The claim rests on sources who are not named.',
  },
};

/** How each stance reads in a table cell. */
export const STANCES: Record<Stance, string> = {
  supports: 'Supports',
  conflicts: 'Conflicts',
  denies: 'Denies',
};

/** Contested first, then corroborated, then single-source. */
export const VERDICT_ORDER: readonly Verdict[] = ['disputed', 'conflicting', 'corroborated', 'single-source'];

/** What claims are ordered by: verdict, then number of sources, then evidence, then id. */
export type Ranked = Pick<Claim, 'id' | 'verdict' | 'independentSources'> & { evidence: readonly unknown[] };

/** Sorts claims for display and for share cards: by verdict order, then by number of sources, then evidence, then id. */
export function byVerdict(a: Ranked, b: Ranked): number {
  return (
    VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) ||
    b.independentSources - a.independentSources ||
    b.evidence.length - a.evidence.length ||
    a.id.localeCompare(b.id)
  );
}
