/**
 * What stages 4-6 know about one story: its articles in publication order, their outlets, the
 * annotated sentences and the near-duplicate groups. Built once per story by the pipeline and passed
 * down, so no stage re-derives it.
 */
import { byPublished } from './near-duplicates.ts';
import type { AnnotatedSentence, ArticleInput, Entity, OutletInput, StoryInput } from './types.ts';

/** One story, ready for matching. */
export interface StoryContext {
  story: StoryInput;
  /** Articles in publication order (date, then id): "earlier" everywhere means earlier here. */
  articles: ArticleInput[];
  /** Article id → its position in `articles`. */
  rank: Map<string, number>;
  /** Article id → its outlet. */
  outletOf: Map<string, OutletInput>;
  /** Every outlet of the corpus by id (a `via` may name an outlet with no article in this story). */
  outlets: Map<string, OutletInput>;
  entities: Map<string, Entity>;
  /** All sentences of the story, article by article in publication order, then reading order. */
  sentences: AnnotatedSentence[];
  /** Article id → the earlier article it copies, or null. */
  nearDuplicateOf: Map<string, string | null>;
}

/** Assembles a StoryContext from the pieces the first three stages produce. */
export function buildStoryContext(input: {
  story: StoryInput;
  articles: readonly ArticleInput[];
  outlets: readonly OutletInput[];
  entities: readonly Entity[];
  sentences: ReadonlyMap<string, readonly AnnotatedSentence[]>;
  nearDuplicateOf: ReadonlyMap<string, string | null>;
}): StoryContext {
  const articles = [...input.articles].sort(byPublished);
  const outlets = new Map(input.outlets.map((outlet) => [outlet.id, outlet]));
  const outletOf = new Map<string, OutletInput>();
  for (const article of articles) {
    outletOf.set(article.id, outlets.get(article.outlet) ?? { id: article.outlet, name: article.outlet, url: '', kind: 'other' });
  }
  return {
    story: input.story,
    articles,
    rank: new Map(articles.map((article, i) => [article.id, i])),
    outletOf,
    outlets,
    entities: new Map(input.entities.map((entity) => [entity.id, entity])),
    sentences: articles.flatMap((article) => [...(input.sentences.get(article.id) ?? [])].sort((a, b) => a.index - b.index)),
    nearDuplicateOf: new Map(articles.map((article) => [article.id, input.nearDuplicateOf.get(article.id) ?? null])),
  };
}

/** Sentence order used for anchors and evidence: article publication order, then reading order. */
export function compareSentences(ctx: StoryContext, a: AnnotatedSentence, b: AnnotatedSentence): number {
  const ra = ctx.rank.get(a.article) ?? 0;
  const rb = ctx.rank.get(b.article) ?? 0;
  return ra - rb || a.index - b.index;
}
