/**
 * Times the engine stage by stage, story by story, through the stage list the engine itself runs
 * (src/engine/pipeline.ts `runStages`). Used by `--profile` to say where the time goes and whether
 * the cost per story grows faster than its number of articles.
 */
import type { LoadedCorpus } from '../../src/corpus/load.ts';
import { byPublished } from '../../src/engine/03-annotate/near-duplicates.ts';
import { stageContext } from '../../src/engine/index.ts';
import { runStages } from '../../src/engine/pipeline.ts';
import type { ArticleInput } from '../../src/engine/types.ts';
import { markdownToBlocks } from '../../src/markdown/blocks.ts';

/** Milliseconds per stage, plus per-story costs by story size. */
export interface StageTimes {
  totalMs: number;
  sentences: number;
  claims: number;
  stagesMs: Record<string, number>;
  /** Candidate pairs the matcher scored (from the engine's own stats), summed over stories. */
  candidatePairs: number;
  /** Mean milliseconds per article, for stories of 5-15, 16-30 and 31-50 articles. */
  msPerArticleBySize: Record<string, number>;
  slowestStories: Array<{ id: string; articles: number; sentences: number; ms: number; candidatePairs: number }>;
}

/** Runs every story through the stages, timing each. */
export async function timeStages(corpus: LoadedCorpus): Promise<StageTimes> {
  const ctx = stageContext(corpus, { textBlocks: markdownToBlocks });
  const outlets = new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
  const stagesMs: Record<string, number> = {};
  const bySize = new Map<string, { ms: number; articles: number }>();
  const stories: StageTimes['slowestStories'] = [];
  const articlesByStory = new Map<string, ArticleInput[]>();
  for (const article of corpus.articles) articlesByStory.set(article.story, [...(articlesByStory.get(article.story) ?? []), article]);
  let sentences = 0;
  let claims = 0;
  let candidatePairs = 0;
  const start = performance.now();
  for (const story of corpus.stories) {
    const articles = [...(articlesByStory.get(story.id) ?? [])].sort(byPublished);
    const t0 = performance.now();
    const result = runStages({ story, articles, outlets }, ctx, (name, ms) => (stagesMs[name] = (stagesMs[name] ?? 0) + ms));
    const ms = performance.now() - t0;
    sentences += result.sentences.length;
    claims += result.judged.length;
    candidatePairs += result.stats.candidatePairs;
    const bucket = articles.length <= 15 ? '5-15' : articles.length <= 30 ? '16-30' : '31-50';
    const entry = bySize.get(bucket) ?? { ms: 0, articles: 0 };
    entry.ms += ms;
    entry.articles += articles.length;
    bySize.set(bucket, entry);
    stories.push({ id: story.id, articles: articles.length, sentences: result.sentences.length, ms: Math.round(ms), candidatePairs: result.stats.candidatePairs });
  }
  return {
    totalMs: performance.now() - start,
    sentences,
    claims,
    stagesMs: Object.fromEntries(Object.entries(stagesMs).map(([name, ms]) => [name, Math.round(ms)])),
    candidatePairs,
    msPerArticleBySize: Object.fromEntries(
      ['5-15', '16-30', '31-50'].filter((bucket) => bySize.has(bucket)).map((bucket) => {
        const entry = bySize.get(bucket) ?? { ms: 0, articles: 1 };
        return [bucket, Math.round((entry.ms / entry.articles) * 100) / 100];
      }),
    ),
    slowestStories: stories.sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
