/**
 * The one way pages build internal links: every href and src goes through `withBase`, so the
 * GitHub Pages base path (`/<repository>/`) cannot be forgotten.
 */
import { base } from 'astro:config/client';
import type { ReviewedClaim } from '../review/types.ts';
import { landingSentence } from './claim-pages.ts';
import { joinBase } from './paths.ts';

/** A site-relative path (`articles/x/`, `/data/claims.json`) prefixed with the configured base. */
export function withBase(path: string): string {
  return joinBase(base, path);
}

/** Links to the main kinds of page. */
export const links = {
  home: () => withBase(''),
  story: (id: string) => withBase(`stories/${id}/`),
  stories: () => withBase('stories/'),
  organisations: () => withBase('organisations/'),
  article: (id: string, sentenceId?: string) => withBase(`articles/${id}/${sentenceId ? `#${sentenceId}` : ''}`),
  /** A claim's own URL (for a claim without a page of its own, a small page that leads to its sentence). */
  claim: (id: string) => withBase(`claims/${id}/`),
  /** Where a link to a claim should lead: its page, or for a claim without one its anchor sentence (claim-pages.ts). */
  claimAt: (claim: ReviewedClaim) => {
    const sentence = landingSentence(claim);
    return sentence ? withBase(`articles/${sentence.article}/#${sentence.sentenceId}`) : withBase(`claims/${claim.id}/`);
  },
  claims: () => withBase('claims/'),
  outlet: (id: string) => withBase(`outlets/${id}/`),
  outlets: () => withBase('outlets/'),
  person: (id: string) => withBase(`people/${id}/`),
  people: () => withBase('people/'),
  organisation: (id: string) => withBase(`organisations/${id}/`),
  search: () => withBase('search/'),
  methodology: () => withBase('methodology/'),
  corrections: () => withBase('corrections/'),
  /**
   * Every claim as JSON: the site-wide file (src/export/claims-json.ts), the one copy of the claims
   * as data; a tool that wants one story filters its `claims` by `story`.
   */
  claimsData: () => withBase('data/claims.json'),
} as const;
