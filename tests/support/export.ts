/**
 * Reads the site's public data as an outside tool would: `/data/claims.json` is the whole export,
 * and each story's articles, claims and corrections are also in the file its `claimsFile` names. The
 * helpers put the story files back together into one document of the DESIGN.md shape, checking on
 * the way that every story file is where the site-wide file says, has that shape, holds only its own
 * story, and that together they hold exactly the site-wide file's claims.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext } from '@playwright/test';
import type { ExportArticle } from '../../src/export/claims-json.ts';

export type { ExportArticle };

/** `/data/claims.json`: the whole export, each story naming its own file. */
export interface SiteClaimsFile {
  generated: string;
  stories: Array<{ id: string; title: string; claims: number; claimsFile: string }>;
  articles: ExportArticle[];
  claims: Array<{ id: string; story: string }>;
  corrections: unknown[];
}

/** One story's file, and the whole export put back together: the DESIGN.md shape. */
export interface ExportDocument<Claim> {
  generated: string;
  stories: Array<{ id: string; title: string }>;
  articles: ExportArticle[];
  claims: Claim[];
  corrections: unknown[];
}

/** Joins the story files, checking each against the site-wide file. */
function assemble<Claim extends { id: string; story: string }>(site: SiteClaimsFile, files: Array<ExportDocument<Claim>>): ExportDocument<Claim> {
  const whole: ExportDocument<Claim> = { generated: site.generated, stories: [], articles: [], claims: [], corrections: [] };
  site.stories.forEach((story, n) => {
    const file = files[n] as ExportDocument<Claim>;
    expect(Object.keys(file), story.claimsFile).toEqual(['generated', 'stories', 'articles', 'claims', 'corrections']);
    expect(file.stories, story.claimsFile).toEqual([{ id: story.id, title: story.title }]);
    expect(file.claims.length, story.claimsFile).toBe(story.claims);
    expect(file.generated <= site.generated, story.claimsFile).toBe(true);
    for (const item of [...file.articles, ...file.claims]) expect(item.story, story.claimsFile).toBe(story.id);
    whole.stories.push(...file.stories);
    whole.articles.push(...file.articles);
    whole.claims.push(...file.claims);
    whole.corrections.push(...file.corrections);
  });
  expect(whole.articles.map((article) => article.id)).toEqual(site.articles.map((article) => article.id));
  const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id);
  expect([...whole.claims].sort(byId)).toEqual([...site.claims].sort(byId));
  expect(whole.corrections.length).toBe(site.corrections.length);
  return whole;
}

/** The export of a built site on disk (`dist`, served under `base`), put back together. */
export function readExport<Claim extends { id: string; story: string }>(dist: string, base = '/factcheck/'): ExportDocument<Claim> {
  const site = JSON.parse(readFileSync(path.join(dist, 'data/claims.json'), 'utf8')) as SiteClaimsFile;
  const files = site.stories.map((story) => {
    const pathname = new URL(story.claimsFile).pathname;
    expect(pathname.startsWith(base), story.claimsFile).toBe(true);
    return JSON.parse(readFileSync(path.join(dist, pathname.slice(base.length)), 'utf8')) as ExportDocument<Claim>;
  });
  return assemble(site, files);
}

/** The export of a served site, fetched relative to the request context's base URL, put back together. */
export async function fetchExport<Claim extends { id: string; story: string }>(request: APIRequestContext, siteUrl = 'data/claims.json'): Promise<ExportDocument<Claim>> {
  const response = await request.get(siteUrl);
  expect(response.ok(), siteUrl).toBe(true);
  const site = (await response.json()) as SiteClaimsFile;
  const files = await Promise.all(
    site.stories.map(async (story) => {
      // The URLs are absolute on the configured site; fetch the same path from the server that served claims.json.
      const file = await request.get(new URL(new URL(story.claimsFile).pathname, response.url()).href);
      expect(file.ok(), story.claimsFile).toBe(true);
      return (await file.json()) as ExportDocument<Claim>;
    }),
  );
  return assemble(site, files);
}

/**
 * Whether a claim certainly has a full claim page (src/lib/claim-pages.ts): it is contested or
 * corroborated, more than one article states it, or an editor reviewed it. Single-source claims one
 * article states have a small page at their URL that leads to their sentence instead.
 */
export function hasFullPage(claim: { verdict: string; evidence: Array<{ article: string }>; reviewed?: unknown }): boolean {
  return claim.verdict !== 'single-source' || new Set(claim.evidence.map((e) => e.article)).size > 1 || Boolean(claim.reviewed);
}
