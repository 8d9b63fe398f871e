/** The site's search index, built once per build from the analysis (see src/search/build-index.ts). */
import { buildSearchIndex, type IndexFiles } from '../search/build-index.ts';
import { searchRecords } from '../search/documents.ts';
import type { SiteAnalysis } from './analysis.ts';
import { excerptSentences } from './excerpts.ts';

let cached: Promise<IndexFiles> | undefined;

/** The index files; article text is stored only as far as its page shows it (excerpts). */
export function siteSearchIndex(analysis: SiteAnalysis): Promise<IndexFiles> {
  cached ??= Promise.resolve().then(() =>
    buildSearchIndex(
      searchRecords(analysis, {
        shownSentences: (id) => {
          const article = analysis.articleById.get(id);
          const outlet = article ? analysis.content.outletById.get(article.outlet) : undefined;
          if (!article || outlet?.data.reuse === 'full') return undefined;
          return excerptSentences(article.sentences, new Set(analysis.claimsBySentence.get(id)?.keys() ?? []));
        },
      }),
    ),
  );
  return cached;
}
