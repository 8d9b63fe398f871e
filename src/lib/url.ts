/**
 * The one way pages build internal links: every href and src goes through `withBase`, so the
 * GitHub Pages base path (`/<repository>/`) cannot be forgotten.
 */
import { base } from 'astro:config/client';
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
  claim: (id: string) => withBase(`claims/${id}/`),
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
   * A story's claims as JSON: the site-wide file (src/export/claims-json.ts), the one copy of the
   * claims as data; a tool filters its `claims` by `story`.
   */
  storyData: (_story?: string) => withBase('data/claims.json'),
} as const;
