/**
 * Stages 4-6 of one story, in order, on already annotated sentences: near-duplicate detection,
 * match, relate, judge. Split from `pipeline.ts` so tests can run it on hand-built annotations.
 */
import { matchStory } from './04-match/index.ts';
import { relateStory } from './05-relate/index.ts';
import { judgeStory } from './06-judge/index.ts';
import { findNearDuplicates } from './near-duplicates.ts';
import { buildSourceModel } from './sources.ts';
import { buildStoryContext } from './story-context.ts';
import type { AnnotatedSentence, ArticleInput, Claim, Entity, OutletInput, StoryInput } from './types.ts';

/** What stages 4-6 need: a story's articles with their annotated sentences. */
export interface AnnotatedStory {
  story: StoryInput;
  articles: readonly ArticleInput[];
  outlets: readonly OutletInput[];
  entities: readonly Entity[];
  sentences: ReadonlyMap<string, readonly AnnotatedSentence[]>;
}

/** The result of analysing one story. */
export interface StoryResult {
  claims: Claim[];
  entities: Entity[];
  sentences: Map<string, AnnotatedSentence[]>;
  nearDuplicateOf: Map<string, string | null>;
  stats: { sentences: number; candidatePairs: number; skippedBlocks: number };
}

/** Near-duplicates, then stage 4 (match), 5 (relate) and 6 (judge) on an annotated story. */
export function crossReference(input: AnnotatedStory): Omit<StoryResult, 'entities' | 'sentences'> {
  const nearDuplicateOf = findNearDuplicates(
    input.articles.map((article) => ({
      id: article.id,
      published: article.published,
      text: (input.sentences.get(article.id) ?? []).map((sentence) => sentence.text).join(' '),
    })),
  );
  const ctx = buildStoryContext({ ...input, nearDuplicateOf });
  const sources = buildSourceModel(ctx);
  const match = matchStory(ctx, sources);
  const related = relateStory(match, sources);
  const claims = judgeStory(related, ctx, sources);
  return { claims, nearDuplicateOf, stats: match.stats };
}

