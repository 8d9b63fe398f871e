/** The site's search index, built once per build from the analysis (see src/search/build-index.ts). */
import { buildSearchIndex, type IndexFiles } from '../search/build-index.ts';
import { searchRecords } from '../search/documents.ts';
import type { SiteAnalysis } from './analysis.ts';
import { hasOwnPage } from './claim-pages.ts';
import { excerptSentences } from './excerpts.ts';

let cached: Promise<IndexFiles> | undefined;

/**
 * The index files. A claim with a page of its own has a record; a claim that one article states,
 * which leads to its sentence, is found through that article's record, which quotes the sentence
 * (47,000 records of a year's 87,000 repeated their article's words: 15 MB). Every word of an
 * article finds it, but its text is stored (to quote in a result and check a quoted phrase against)
 * only as far as its page shows it (excerpts), and without the sentences that claims with a page of
 * their own cite: those claims' records hold and quote them (the articles' text whole was 14 MB).
 */
export function siteSearchIndex(analysis: SiteAnalysis): Promise<IndexFiles> {
  // Built once: every file of the index asks for it.
  cached ??= Promise.resolve().then(() => {
    const own = new Set(analysis.claims.filter(hasOwnPage).map((claim) => claim.id));
    return buildSearchIndex(
      searchRecords(analysis, {
        claimRecord: (claim) => own.has(claim.id),
        leadsToSentence: (claim) => !own.has(claim.id),
        storedSentences: (id) => {
          const article = analysis.articleById.get(id);
          if (!article) return undefined;
          const outlet = analysis.content.outletById.get(article.outlet);
          const cites = analysis.claimsBySentence.get(id);
          const claimed = new Set(cites?.keys() ?? []);
          const shown = outlet?.data.reuse === 'full' ? article.sentences.map((sentence) => sentence.id) : excerptSentences(article.sentences, claimed);
          // A sentence a claim with a page of its own cites is quoted by that claim's record.
          const quoted = (sentence: string): boolean => (cites?.get(sentence) ?? []).some(hasOwnPage);
          return new Set([...shown].filter((sentence) => !quoted(sentence)));
        },
      }),
    );
  });
  return cached;
}
