/**
 * The words readers see when an old claim link no longer names a claim: shared by the 404 page (which
 * redirects or lists candidates) and the claim page (which shows why the reader landed there). Browser-safe.
 */
import { formatDate } from '../lib/format.ts';

/** Why a reader was redirected, as carried in `?moved=`. */
export type MovedReason = 'renamed' | 'merged' | 'merged-by-editors';

/** The notice on the claim page after a redirect, or null for an unknown reason. */
export function movedNotice(reason: string | null, on: string | null): string | null {
  const date = on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? ` on ${formatDate(on)}` : '';
  switch (reason) {
    case 'renamed':
      return 'This claim was renamed: you followed an older link to it, and this is its current page.';
    case 'merged':
      return 'The claim you followed a link to was merged into this one as new reports came in: this claim now holds the sentence it was based on.';
    case 'merged-by-editors':
      return `The claim you followed a link to was merged into this one by the editors${date}.`;
    default:
      return null;
  }
}

/** The 404 page's heading and text when an old link leads to several claims or to none. */
export const NOTICES = {
  splitByEditors: (date: string, statement: string, count: number): string =>
    `The editors split the claim “${statement}” into ${count} claims on ${formatDate(date)}. It may now be one of these:`,
  split: 'This claim no longer exists as it was: as new reports came in, its sentence became part of several claims. It may now be one of these:',
  removed: (date: string, statement: string): string => `The editors removed “${statement}” on ${formatDate(date)}: it is not a claim the sources make.`,
  gone: 'This claim link is no longer valid: the sentence it was based on has changed or was removed. Try searching for it.',
  /** An old link whose claim now has no full page (one outlet reports it): the 404 page lists it. */
  movedToSentence: (reason: MovedReason, on: string | null): string => {
    const date = on && /^\d{4}-\d{2}-\d{2}$/.test(on) ? ` on ${formatDate(on)}` : '';
    const what =
      reason === 'renamed'
        ? 'This claim was renamed.'
        : reason === 'merged'
          ? 'The claim you followed a link to was merged into another as new reports came in.'
          : `The claim you followed a link to was merged into another by the editors${date}.`;
    return `${what} Only one outlet reports that claim; read it in its article:`;
  },
  looking: 'Looking for the claim this link pointed to…',
  failed: 'The claim could not be looked up. Try searching for it.',
} as const;
