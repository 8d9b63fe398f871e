/**
 * The public data export: stories, articles and claims in the shape DESIGN.md documents for outside
 * tools, plus the editors' reviews (who reviewed a claim and when, what the engine said before, the
 * corrections). On the site `/data/claims.json` holds it whole, once: the contract outside tools and
 * scorers read. A second copy cut by story would double the largest file of the site (about 80 MB
 * at 10,000 articles), so a tool that wants one story filters `claims` by `story`. Deterministic:
 * `generated` is the newest article or review date, not the clock, so an unchanged corpus gives
 * byte-identical files.
 */
import type { Claim, CorpusAnalysis, Evidence } from '../engine/types.ts';
import { applyReviews } from '../review/apply.ts';
import type { Correction, ReviewedAnalysis, ReviewedClaim } from '../review/types.ts';

/** One evidence sentence as exported. `text` is the sentence exactly as on the article page. */
export type ExportEvidence = Pick<Evidence, 'article' | 'sentenceId' | 'text' | 'stance' | 'value' | 'via'>;

/**
 * One claim as exported: the DESIGN.md fields, the engine's confidence, the claim's dates, and the
 * editors' review only where there is one (a claim without `reviewed` is the engine's automatic
 * result). Absent rather than null: at 10,000 articles four nulls on each unreviewed claim weigh
 * 4.5 MB.
 */
export type ExportClaim = Pick<Claim, 'id' | 'story' | 'kind' | 'statement' | 'verdict' | 'flags' | 'confidence' | 'explanation' | 'speakers'> &
  Pick<ReviewedClaim, 'datePublished' | 'dateModified'> & {
    url: string;
    /** Who reviewed the claim last, and when; absent for an automatic claim. */
    reviewed?: NonNullable<ReviewedClaim['reviewed']>;
    /** The rationale of the latest review that gave one. */
    rationale?: string;
    /** The latest editor's note (Markdown). */
    note?: string;
    /** What the engine said before the editors' review; present with `reviewed`. */
    automatic?: { verdict: Claim['verdict']; statement: string };
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
      ...(claim.reviewed ? { reviewed: { by: claim.reviewed.by, date: claim.reviewed.date } } : {}),
      ...(claim.rationale !== null ? { rationale: claim.rationale } : {}),
      ...(claim.note !== null ? { note: claim.note } : {}),
      ...(claim.reviewed ? { automatic: { verdict: claim.automatic.verdict, statement: claim.automatic.statement } } : {}),
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
