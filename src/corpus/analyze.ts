/**
 * The engine over Markdown content: what every script, test and page that starts from files in
 * `content/` runs. The engine itself takes the Markdown reader as an option so it stays free of
 * remark; this is the one place that supplies it.
 */
import { analyzeCorpus, corpusDigest, type AnalyzeOptions, type CorpusAnalysis, type CorpusInput } from '../engine/index.ts';
import { markdownToBlocks } from '../markdown/blocks.ts';

export function analyzeContent(corpus: CorpusInput, options: Partial<AnalyzeOptions> = {}): CorpusAnalysis {
  return analyzeCorpus(corpus, { textBlocks: markdownToBlocks, ...options });
}

/** The last few analyses, by the digest of their corpus: the dev server's pages rerun nothing unchanged. */
const recent = new Map<string, CorpusAnalysis>();
const RECENT = 4;

/** `analyzeContent` with the default options, memoised on the corpus digest. */
export function analyzeContentCached(corpus: CorpusInput): CorpusAnalysis {
  const digest = corpusDigest(corpus);
  const hit = recent.get(digest);
  if (hit) return hit;
  const analysis = analyzeContent(corpus);
  recent.set(digest, analysis);
  while (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return analysis;
}
