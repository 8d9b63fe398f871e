/**
 * The public data export `/data/claims.json`: stories, articles and claims in the shape DESIGN.md
 * documents for outside tools. Deterministic: `generated` is the newest article date, not the clock,
 * so an unchanged corpus gives a byte-identical file.
 */
import type { Claim, CorpusAnalysis, Evidence } from '../engine/types.ts';

/** One evidence sentence as exported. `text` is the sentence exactly as on the article page. */
export type ExportEvidence = Pick<Evidence, 'article' | 'sentenceId' | 'text' | 'stance' | 'value' | 'via'>;

/** One claim as exported; `url` is absolute. */
export type ExportClaim = Pick<Claim, 'id' | 'story' | 'kind' | 'statement' | 'verdict' | 'flags' | 'explanation' | 'speakers'> & {
  url: string;
  evidence: ExportEvidence[];
};

/** The whole `/data/claims.json` document. */
export interface ClaimsExport {
  generated: string;
  stories: Array<{ id: string; title: string }>;
  articles: Array<{
    id: string;
    story: string;
    outlet: string;
    title: string;
    url: string | null;
    published: string;
    nearDuplicateOf: string | null;
  }>;
  claims: ExportClaim[];
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

/** Builds the claims.json document from an analysis. */
export function buildClaimsExport(analysis: CorpusAnalysis, options: ClaimsExportOptions): ClaimsExport {
  const root = siteRoot(options.site);
  return {
    generated: generatedDate(analysis),
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
      explanation: claim.explanation,
      speakers: [...claim.speakers],
      evidence: claim.evidence.map((e) => ({
        article: e.article,
        sentenceId: e.sentenceId,
        text: e.text,
        stance: e.stance,
        value: e.value,
        via: e.via,
      })),
    })),
  };
}
