/**
 * Reads the site's public data as an outside tool would: `/data/claims.json` is the whole export in
 * the DESIGN.md shape, the one copy of the claims as data. The helpers check that shape on the way.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import type { ExportArticle } from '../../src/export/claims-json.ts';

export type { ExportArticle };

/** `/data/claims.json`: the DESIGN.md shape. */
export interface ExportDocument<Claim> {
  generated: string;
  stories: Array<{ id: string; title: string }>;
  articles: ExportArticle[];
  claims: Claim[];
  corrections: unknown[];
}

/** Checks the top-level shape, that every claim and article names a story of the file, and returns the document. */
function checked<Claim extends { id: string; story: string }>(data: ExportDocument<Claim>): ExportDocument<Claim> {
  expect(Object.keys(data)).toEqual(['generated', 'stories', 'articles', 'claims', 'corrections']);
  for (const story of data.stories) expect(Object.keys(story)).toEqual(['id', 'title']);
  const stories = new Set(data.stories.map((story) => story.id));
  for (const item of [...data.articles, ...data.claims]) expect(stories.has(item.story), item.id).toBe(true);
  expect(new Set(data.claims.map((claim) => claim.id)).size).toBe(data.claims.length);
  return data;
}

/** The export of a built site on disk (`dist`). */
export function readExport<Claim extends { id: string; story: string }>(dist: string): ExportDocument<Claim> {
  return checked(JSON.parse(readFileSync(path.join(dist, 'data/claims.json'), 'utf8')) as ExportDocument<Claim>);
}

/** The export of a served site, fetched relative to the request context's base URL. */
export async function fetchExport<Claim extends { id: string; story: string }>(request: APIRequestContext, siteUrl = 'data/claims.json'): Promise<ExportDocument<Claim>> {
  const response = await request.get(siteUrl);
  expect(response.ok(), siteUrl).toBe(true);
  return checked((await response.json()) as ExportDocument<Claim>);
}

/** A claim as the export has it, enough to tell which page its URL holds. */
interface PagedClaim {
  verdict: string;
  evidence: Array<{ article: string; stance?: string }>;
  reviewed?: unknown;
  note?: unknown;
}

/**
 * Whether a claim has a page of its own (src/lib/claim-pages.ts): it is contested, an editor reviewed
 * it, or four or more articles state it. An uncontested automatic claim that one to three articles
 * state has a small page at its URL that leads to its sentence instead.
 */
export function hasOwnPage(claim: PagedClaim): boolean {
  return hasFullPage(claim) || new Set(claim.evidence.map((e) => e.article)).size > 3;
}

/**
 * Whether a claim has the full claim page (link-preview tags, ClaimReview, share section, related
 * claims): it is contested (conflicting, disputed, or holding a sentence that does not support it)
 * or an editor reviewed or annotated it. Other claims with a page of their own have the compact one.
 */
export function hasFullPage(claim: PagedClaim): boolean {
  const contested = claim.verdict === 'conflicting' || claim.verdict === 'disputed' || claim.evidence.some((e) => e.stance !== undefined && e.stance !== 'supports');
  return contested || Boolean(claim.reviewed) || Boolean(claim.note);
}
