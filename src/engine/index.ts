/**
 * The engine's public entry: `analyzeCorpus(corpus) → CorpusAnalysis`, a pure function of its
 * input (no clock, no files, sorted output), and `analyzeCorpusCached`, which every page of a build
 * calls so the analysis runs once per distinct corpus.
 */
import { analyzeStory, STAGES } from './pipeline.ts';
import { uniqueIds } from './slug.ts';
import { fnv1a32 } from './text.ts';
import type {
  AnalyzeOptions,
  ArticleAnalysis,
  ArticleInput,
  Claim,
  CorpusAnalysis,
  CorpusInput,
  Entity,
  StoryAnalysis,
  Verdict,
} from './types.ts';

export { STAGES };
export type * from './types.ts';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Analyses every story of the corpus (or those in `options.stories`). Deterministic. */
export function analyzeCorpus(corpus: CorpusInput, options: AnalyzeOptions = {}): CorpusAnalysis {
  const wanted = options.stories ? new Set(options.stories) : null;
  const stories = [...corpus.stories].filter((story) => !wanted || wanted.has(story.id)).sort(byId);
  const storyAnalyses: StoryAnalysis[] = [];
  const articles: ArticleAnalysis[] = [];
  const claims: Claim[] = [];
  const entities = new Map<string, Entity>();
  const articlesOf = new Map<string, ArticleInput[]>();
  for (const article of corpus.articles) {
    const list = articlesOf.get(article.story);
    if (list) list.push(article);
    else articlesOf.set(article.story, [article]);
  }
  for (const story of stories) {
    const storyArticles = [...(articlesOf.get(story.id) ?? [])].sort(byId);
    const result = analyzeStory(story, storyArticles, corpus.outlets);
    for (const article of storyArticles) {
      articles.push({
        id: article.id,
        story: story.id,
        outlet: article.outlet,
        title: article.title,
        published: article.published,
        url: article.url ?? null,
        retrieved: article.retrieved ?? null,
        nearDuplicateOf: result.nearDuplicateOf.get(article.id) ?? null,
        sentences: result.sentences.get(article.id) ?? [],
      });
    }
    for (const entity of result.entities) mergeEntity(entities, entity);
    claims.push(...result.claims);
    const counts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 };
    for (const claim of result.claims) counts[claim.verdict]++;
    storyAnalyses.push({
      id: story.id,
      title: story.title,
      date: story.date,
      articles: storyArticles.map((article) => article.id),
      outlets: [...new Set(storyArticles.map((article) => article.outlet))].sort(),
      claims: [],
      counts,
    });
  }
  const ordered = orderClaims(claims, articles);
  const ids = uniqueIds(ordered.map((claim) => claim.id));
  ordered.forEach((claim, n) => (claim.id = ids[n] ?? claim.id));
  const claimsOf = new Map<string, string[]>();
  for (const claim of ordered) {
    const list = claimsOf.get(claim.story);
    if (list) list.push(claim.id);
    else claimsOf.set(claim.story, [claim.id]);
  }
  for (const story of storyAnalyses) story.claims = claimsOf.get(story.id) ?? [];
  return {
    stories: storyAnalyses,
    articles: articles.sort(byId),
    claims: ordered,
    entities: [...entities.values()].sort(byId),
    outlets: [...corpus.outlets].sort(byId),
  };
}

/** Claims in a stable order: story, then anchor position (article date and id, sentence index). */
function orderClaims(claims: Claim[], articles: readonly ArticleAnalysis[]): Claim[] {
  const byArticle = new Map<string, ArticleAnalysis>();
  for (const article of articles) byArticle.set(article.id, article);
  const indexOf = new Map<ArticleAnalysis, Map<string, number>>();
  const keys = new Map<Claim, string>();
  for (const claim of claims) {
    const article = byArticle.get(claim.anchor.article);
    if (!article) {
      keys.set(claim, '');
      continue;
    }
    let index = indexOf.get(article);
    if (!index) {
      index = new Map(article.sentences.map((sentence) => [sentence.id, sentence.index]));
      indexOf.set(article, index);
    }
    const n = index.get(claim.anchor.sentenceId);
    keys.set(claim, n === undefined ? '' : `${article.published} ${article.id} ${String(n).padStart(6, '0')}`);
  }
  return [...claims].sort((a, b) => {
    if (a.story !== b.story) return a.story < b.story ? -1 : 1;
    const ka = keys.get(a) ?? '';
    const kb = keys.get(b) ?? '';
    if (ka !== kb) return ka < kb ? -1 : 1;
    if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** One entity per id across stories: aliases and roles united. */
function mergeEntity(entities: Map<string, Entity>, entity: Entity): void {
  const known = entities.get(entity.id);
  if (!known) {
    entities.set(entity.id, { ...entity, aliases: [...entity.aliases].sort(), roles: [...entity.roles].sort() });
    return;
  }
  known.aliases = [...new Set([...known.aliases, ...entity.aliases])].sort();
  known.roles = [...new Set([...known.roles, ...entity.roles])].sort();
}

/** A digest of everything the analysis depends on: ids, metadata and bodies, in a fixed order. */
export function corpusDigest(corpus: CorpusInput, options: AnalyzeOptions = {}): string {
  const parts: string[] = [JSON.stringify(options.stories ?? null)];
  for (const story of [...corpus.stories].sort(byId)) parts.push(JSON.stringify(story));
  for (const outlet of [...corpus.outlets].sort(byId)) parts.push(JSON.stringify(outlet));
  for (const article of [...corpus.articles].sort(byId)) parts.push(JSON.stringify(article));
  const text = parts.join('\u0000');
  // Two FNV-1a passes (forward and over a salted copy) and the length: collisions are not a concern here.
  return `${fnv1a32(text)}${fnv1a32(`salt\u0001${text}`)}-${text.length}`;
}

const cache = new Map<string, CorpusAnalysis>();
/** How many distinct corpora the cache keeps (a build has one; dev server edits add more). */
const CACHE_SIZE = 4;

/** `analyzeCorpus`, memoised by the corpus digest: every page of a build shares one analysis. */
export function analyzeCorpusCached(corpus: CorpusInput, options: AnalyzeOptions = {}): CorpusAnalysis {
  const digest = corpusDigest(corpus, options);
  const hit = cache.get(digest);
  if (hit) return hit;
  const analysis = analyzeCorpus(corpus, options);
  cache.set(digest, analysis);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return analysis;
}
