/** How verdicts and flags are named and explained to readers, in one place for every page. */
import type { Flag, Stance, Verdict } from '../engine/types.ts';

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
