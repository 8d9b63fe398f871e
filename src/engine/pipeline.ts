/**
 * The engine's stages and their order, declared in one place. Per story:
 * normalize → segment → annotate → (near-duplicates) → match → relate → judge.
 * `crossReference` (cross-reference.ts) runs stages 4-6 on already annotated sentences, so tests and
 * tools can feed hand-built annotations; `analyzeStory` runs everything from Markdown.
 */
import { segmentArticle } from './article-sentences.ts';
import { annotateStory } from './03-annotate/index.ts';
import { crossReference, type StoryResult } from './cross-reference.ts';
import type { ArticleInput, OutletInput, StoryInput } from './types.ts';

export { crossReference, type AnnotatedStory, type StoryResult } from './cross-reference.ts';
export { segmentArticle } from './article-sentences.ts';

/** The stages, in the order they run. */
export const STAGES = ['normalize', 'segment', 'annotate', 'match', 'relate', 'judge'] as const;

/** All six stages for one story. */
export function analyzeStory(story: StoryInput, articles: readonly ArticleInput[], outlets: readonly OutletInput[]): StoryResult {
  const segmented = articles.map((article) => ({ id: article.id, outlet: article.outlet, sentences: segmentArticle(article) }));
  const annotated = annotateStory(segmented, outlets);
  const sentences = new Map([...annotated.sentences].map(([id, list]) => [id, [...list]]));
  const result = crossReference({ story, articles, outlets, entities: annotated.entities, sentences });
  return { ...result, entities: [...annotated.entities], sentences };
}
