/**
 * The public data export: stories, articles and claims in the shape DESIGN.md documents for outside
 * tools, plus the editors' reviews (who reviewed a claim and when, what the engine said before, the
 * corrections). On the site `/data/claims.json` holds it whole (the contract outside tools and
 * scorers read), each story also naming its own file (`/data/stories/<id>.json`, the same shape for
 * that story alone) for a tool that wants one story without the archive. Deterministic: `generated` is the newest article or
 * review date, not the clock, so an unchanged corpus gives byte-identical files.
 */
import type { Claim, CorpusAnalysis, Evidence } from '../engine/types.ts';
import { storyClaimsPath } from '../lib/paths.ts';
import { applyReviews } from '../review/apply.ts';
import type { Correction, ReviewedAnalysis, ReviewedClaim } from '../review/types.ts';

/** One evidence sentence as exported. `text` is the sentence exactly as on the article page. */
export type ExportEvidence = Pick<Evidence, 'article' | 'sentenceId' | 'text' | 'stance' | 'value' | 'via'>;

/** One claim as exported; `url` is absolute. */
export type ExportClaim = Pick<Claim, 'id' | 'story' | 'kind' | 'statement' | 'verdict' | 'flags' | 'confidence' | 'explanation' | 'speakers'> &
  Pick<ReviewedClaim, 'reviewed' | 'rationale' | 'note' | 'datePublished' | 'dateModified'> & {
    url: string;
    /** What the engine said before the editors' review; null for a claim no editor reviewed. */
    automatic: { verdict: Claim['verdict']; statement: string } | null;
    evidence: ExportEvidence[];
  };

/** An article as exported. */
export interface ExportArticle {
  id: string;
  story: string;
  outlet: string;
  title: string;
  url: string | null;
  published: string;
  nearDuplicateOf: string | null;
}

/** The whole `/data/claims.json` document. */
export interface ClaimsExport {
  generated: string;
  stories: Array<{ id: string; title: string }>;
  articles: ExportArticle[];
  claims: ExportClaim[];
  /** Every review that changed a verdict or a headline, or removed a claim; newest first. */
  corrections: Correction[];
}

/** `/data/claims.json` on the site: the whole export, plus where each story's own file is. */
export interface SiteClaims extends Omit<ClaimsExport, 'stories'> {
  /** Each story with its number of claims and the absolute URL of its own file (the ClaimsExport shape). */
  stories: Array<{ id: string; title: string; claims: number; claimsFile: string }>;
}

/** Options: `site` is the absolute origin plus base path, e.g. `https://x.github.io/factcheck/`. */
export interface ClaimsExportOptions {
  site: string;
}

/** `site` with exactly one trailing slash; throws a clear error for a relative or malformed origin. */
export function siteRoot(site: string): string {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(`The site address "${site}" is not an absolute URL; use e.g. https://example.github.io/factcheck/`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}/`;
}

/** The newest date among articles' `published` and `retrieved`, or the epoch for an empty corpus. */
export function generatedDate(analysis: CorpusAnalysis): string {
  let newest = '';
  for (const article of analysis.articles) {
    for (const date of [article.published, article.retrieved]) if (date && date > newest) newest = date;
  }
  return newest || '1970-01-01';
}

/**
 * Builds the claims.json document. The site passes its reviewed analysis; the engine's own output
 * (quality scoring, scripts) is exported as the site would show it with no review: the same shape,
 * ids and dates.
 */
export function buildClaimsExport(input: CorpusAnalysis | ReviewedAnalysis, options: ClaimsExportOptions): ClaimsExport {
  const analysis = 'corrections' in input ? input : applyReviews(input, []);
  const root = siteRoot(options.site);
  const reviewDates = analysis.corrections.map((correction) => correction.date);
  for (const claim of analysis.claims) if (claim.reviewed) reviewDates.push(claim.reviewed.date);
  const generated = [generatedDate(analysis), ...reviewDates].sort().at(-1) ?? generatedDate(analysis);
  return {
    generated,
    stories: analysis.stories.map((story) => ({ id: story.id, title: story.title })),
    articles: analysis.articles.map((article) => ({
      id: article.id,
      story: article.story,
      outlet: article.outlet,
      title: article.title,
      url: article.url,
      published: article.published,
      nearDuplicateOf: article.nearDuplicateOf,
    })),
    claims: analysis.claims.map((claim) => ({
      id: claim.id,
      url: `${root}claims/${claim.id}/`,
      story: claim.story,
      kind: claim.kind,
      statement: claim.statement,
      verdict: claim.verdict,
      flags: [...claim.flags],
      confidence: claim.confidence,
      explanation: claim.explanation,
      speakers: [...claim.speakers],
      reviewed: claim.reviewed ? { by: claim.reviewed.by, date: claim.reviewed.date } : null,
      rationale: claim.rationale,
      note: claim.note,
      automatic: claim.reviewed ? { verdict: claim.automatic.verdict, statement: claim.automatic.statement } : null,
      datePublished: claim.datePublished,
      dateModified: claim.dateModified,
      evidence: claim.evidence.map((e) => ({
        article: e.article,
        sentenceId: e.sentenceId,
        text: e.text,
        stance: e.stance,
        value: e.value,
        via: e.via,
      })),
    })),
    corrections: analysis.corrections.map((correction) => ({ ...correction, changes: [...correction.changes] })),
  };
}

/**
 * The export cut into one document per story, each in the ClaimsExport shape with only that story's
 * articles, claims and corrections. Each is dated by its own newest article or review, so a story's
 * file changes only when that story does.
 */
export function splitByStory(
  whole: ClaimsExport,
  input: { articles: ReadonlyArray<{ story: string; published: string; retrieved: string | null }> },
): Map<string, ClaimsExport> {
  const newest = new Map<string, string>();
  const bump = (story: string, date: string | null | undefined): void => {
    if (date && date > (newest.get(story) ?? '')) newest.set(story, date);
  };
  for (const article of input.articles) {
    bump(article.story, article.published);
    bump(article.story, article.retrieved);
  }
  for (const claim of whole.claims) bump(claim.story, claim.reviewed?.date);
  for (const correction of whole.corrections) bump(correction.story, correction.date);
  const parts = new Map<string, ClaimsExport>();
  for (const story of whole.stories) {
    parts.set(story.id, { generated: newest.get(story.id) ?? whole.generated, stories: [story], articles: [], claims: [], corrections: [] });
  }
  for (const article of whole.articles) parts.get(article.story)?.articles.push(article);
  for (const claim of whole.claims) parts.get(claim.story)?.claims.push(claim);
  for (const correction of whole.corrections) parts.get(correction.story)?.corrections.push(correction);
  return parts;
}

/** `/data/claims.json`: the whole export, each story with its claim count and the URL of its own file. */
export function buildSiteClaims(whole: ClaimsExport, options: ClaimsExportOptions): SiteClaims {
  const root = siteRoot(options.site);
  const counts = new Map<string, number>();
  for (const claim of whole.claims) counts.set(claim.story, (counts.get(claim.story) ?? 0) + 1);
  return {
    generated: whole.generated,
    stories: whole.stories.map((story) => ({
      id: story.id,
      title: story.title,
      claims: counts.get(story.id) ?? 0,
      claimsFile: `${root}${storyClaimsPath(story.id)}`,
    })),
    articles: whole.articles,
    claims: whole.claims,
    corrections: whole.corrections,
  };
}
