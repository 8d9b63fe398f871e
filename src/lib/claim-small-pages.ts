/**
 * The small pages of every claim without a page of its own (claim-pages.ts, claim-stub.ts), as one list:
 * the build renders it once (pages/claims/small-pages.json.ts) and the build's file writer writes the
 * files (small-pages-job.ts, integrations/claim-small-pages.ts), so tens of thousands of them cost no page renders; `astro dev`
 * serves each from the claim page route (pages/claims/[id].astro).
 */
import { landingSentence } from './claim-pages.ts';
import { claimStubHtml } from './claim-stub.ts';
import type { SiteAnalysis } from './analysis.ts';

/** One small page: its folder under `claims/` (the claim id) and its HTML. */
export interface SmallPage {
  id: string;
  html: string;
}

/** Site path of the list the build renders and the integration removes. */
export const SMALL_PAGES_LIST = 'claims/small-pages.json';

/** The build's file writer job (src/integrations/file-writer.ts) that writes the small pages. */
export const SMALL_PAGES_JOB = 'small-claim-pages';

/** The claim id shape (src/review/claim-ids.ts): nothing else may name a folder. */
const CLAIM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The files of the small pages, `[claims/<id>/index.html, html]`; throws on an id that is not a claim id. */
export function smallPageFiles(pages: readonly SmallPage[]): Array<[string, string]> {
  return pages.map((page) => {
    if (!CLAIM_ID.test(page.id)) throw new Error(`${SMALL_PAGES_LIST}: "${page.id}" is not a claim id`);
    return [`claims/${page.id}/index.html`, page.html];
  });
}

/** Every claim's small page, in claim order. `sentenceHref` gives the sentence's site path (with the base). */
export function smallPages(
  analysis: Pick<SiteAnalysis, 'claims' | 'content'>,
  sentenceHref: (article: string, sentenceId: string) => string,
): SmallPage[] {
  return analysis.claims.flatMap((claim) => {
    const sentence = landingSentence(claim);
    if (!sentence) return [];
    const href = sentenceHref(sentence.article, sentence.sentenceId);
    const outlets = [...new Set(claim.evidence.map((e) => e.outlet))].map((id) => analysis.content.outletById.get(id)?.data.name ?? id);
    return [{ id: claim.id, html: claimStubHtml({ statement: claim.statement, verdict: claim.verdict, outlets, href }) }];
  });
}
