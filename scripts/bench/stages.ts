/**
 * Times the engine stage by stage, story by story, by running the same steps `analyzeStory` runs
 * (src/engine/pipeline.ts): normalize+segment each article, annotate the story, then
 * cross-reference (near-duplicates, match, relate, judge). Used by `--profile` to say where the
 * time goes and whether the cost per story grows faster than its number of articles.
 */
import type { LoadedCorpus } from '../../src/corpus/load.ts';
import { annotateStory } from '../../src/engine/03-annotate/index.ts';
import { crossReference, segmentArticle } from '../../src/engine/pipeline.ts';
import type { ArticleInput } from '../../src/engine/types.ts';

/** Milliseconds per stage, plus per-story costs by story size. */
export interface StageTimes {
  totalMs: number;
  sentences: number;
  claims: number;
  stagesMs: { segment: number; annotate: number; crossReference: number };
  /** Candidate pairs the matcher scored (from the engine's own stats), summed over stories. */
  candidatePairs: number;
  /** Mean milliseconds per article, for stories of 5-15, 16-30 and 31-50 articles. */
  msPerArticleBySize: Record<string, number>;
  slowestStories: Array<{ id: string; articles: number; sentences: number; ms: number; candidatePairs: number }>;
}

/** Runs every story through the stages, timing each. */
export async function timeStages(corpus: LoadedCorpus): Promise<StageTimes> {
  const stagesMs = { segment: 0, annotate: 0, crossReference: 0 };
  const bySize = new Map<string, { ms: number; articles: number }>();
  const stories: StageTimes['slowestStories'] = [];
  const articlesByStory = new Map<string, ArticleInput[]>();
  for (const article of corpus.articles) {
    const list = articlesByStory.get(article.story) ?? [];
    list.push(article);
    articlesByStory.set(article.story, list);
  }
  let sentences = 0;
  let claims = 0;
  let candidatePairs = 0;
  const start = performance.now();
  for (const story of corpus.stories) {
    const articles = (articlesByStory.get(story.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    const t0 = performance.now();
    const segmented = articles.map((article) => ({ id: article.id, outlet: article.outlet, sentences: segmentArticle(article) }));
    const t1 = performance.now();
    const annotated = annotateStory(segmented, corpus.outlets);
    const t2 = performance.now();
    const annotatedSentences = new Map([...annotated.sentences].map(([id, list]) => [id, [...list]]));
    const result = crossReference({ story, articles, outlets: corpus.outlets, entities: annotated.entities, sentences: annotatedSentences });
    const t3 = performance.now();
    stagesMs.segment += t1 - t0;
    stagesMs.annotate += t2 - t1;
    stagesMs.crossReference += t3 - t2;
    const storySentences = segmented.reduce((sum, article) => sum + article.sentences.length, 0);
    sentences += storySentences;
    claims += result.claims.length;
    candidatePairs += result.stats.candidatePairs;
    const bucket = articles.length <= 15 ? '5-15' : articles.length <= 30 ? '16-30' : '31-50';
    const entry = bySize.get(bucket) ?? { ms: 0, articles: 0 };
    entry.ms += t3 - t0;
    entry.articles += articles.length;
    bySize.set(bucket, entry);
    stories.push({ id: story.id, articles: articles.length, sentences: storySentences, ms: Math.round(t3 - t0), candidatePairs: result.stats.candidatePairs });
  }
  const totalMs = performance.now() - start;
  return {
    totalMs,
    sentences,
    claims,
    stagesMs: { segment: Math.round(stagesMs.segment), annotate: Math.round(stagesMs.annotate), crossReference: Math.round(stagesMs.crossReference) },
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
