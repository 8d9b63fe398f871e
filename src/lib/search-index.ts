/** The site's search index, built once per build from the analysis (see src/search/build-index.ts). */
import { buildSearchIndex, type IndexFiles } from '../search/build-index.ts';
import { searchRecords } from '../search/documents.ts';
import type { SiteAnalysis } from './analysis.ts';
import { hasOwnPage } from './claim-pages.ts';
import { excerptSentences } from './excerpts.ts';

let cached: Promise<IndexFiles> | undefined;

/**
 * The index files. Every word of an article finds it, but its text is stored (to quote in a result
 * and check a quoted phrase against) only as far as its page shows it (excerpts), and without the
 * sentences that claims with a page of their own cite: those claims' records hold and quote them.
 * Stored whole, the articles' text was a quarter of a year's index (14 MB).
 */
export function siteSearchIndex(analysis: SiteAnalysis): Promise<IndexFiles> {
  cached ??= Promise.resolve().then(() =>
    buildSearchIndex(
      searchRecords(analysis, {
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
    ),
  );
  return cached;
}
