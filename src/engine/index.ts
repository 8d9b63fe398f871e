/**
 * The engine's public entry: `analyzeCorpus(corpus, options) → CorpusAnalysis`, a pure function of
 * its input (no clock, no files, sorted output). Everything it knows of language comes in
 * `options.language`, every threshold in `options.config`, the pair model in `options.model`, and
 * the Markdown reading in `options.textBlocks`: a test can swap any of them.
 */
import { annotationKit } from './03-annotate/index.ts';
import { byPublished } from './03-annotate/near-duplicates.ts';
import { uniqueIds } from './06-judge/slug.ts';
import { resolveConfig, type ConfigOverride } from './config.ts';
import type { StageContext } from './contracts.ts';
import { defaultModel, type PairModel } from './04-match/model.ts';
import { english, type Language } from './language/index.ts';
import { runStages } from './pipeline.ts';
import { fnv1a32 } from './text.ts';
import type { ArticleAnalysis, ArticleInput, Claim, CorpusAnalysis, CorpusInput, Entity, OutletInput, StoryAnalysis, StoryInput, Verdict } from './types.ts';

export type * from './types.ts';
export { STAGES } from './pipeline.ts';

/** How to analyse a corpus. */
export interface AnalyzeOptions {
  /** Markdown body → the text blocks the article page shows (src/markdown/blocks.ts `markdownToBlocks`). */
  textBlocks: (markdown: string) => string[];
  /** Only analyse these stories (all when absent). */
  stories?: readonly string[];
  /** The language layer (default: English). */
  language?: Language;
  /** Overrides of the default thresholds and weights. */
  config?: ConfigOverride;
  /** The pair model (default: the committed weights). */
  model?: PairModel;
  /** Hears each stage's time per story (for the benchmark). */
  onStage?: (name: string, milliseconds: number) => void;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The context every stage reads, built once per analysis. */
export function stageContext(corpus: CorpusInput, options: AnalyzeOptions): StageContext {
  const lang = options.language ?? english();
  const model = options.model ?? defaultModel();
  // The model's thresholds were chosen with its weights; an explicit config override still wins.
  const { thresholds } = model;
  const fitted = { match: { linkThreshold: thresholds.link, clusterThreshold: thresholds.cluster, minLinkThreshold: thresholds.minLink }, quantities: { frameThreshold: thresholds.frame, conflictThreshold: thresholds.conflict } };
  return {
    lang,
    config: resolveConfig({
      ...options.config,
      match: { ...fitted.match, ...options.config?.match },
      quantities: { ...fitted.quantities, ...options.config?.quantities },
    }),
    model,
    kit: annotationKit(lang, corpus.outlets),
    textBlocks: options.textBlocks,
  };
}

/** One story and its articles, as `analyzeCorpus` hands them to the stages. */
export interface StoryTask {
  story: StoryInput;
  /** The story's articles in publication order (date, then id). */
  articles: ArticleInput[];
}

/**
 * One story's share of the analysis: what `assembleAnalysis` puts together. Claim ids are the
 * engine's slugs, made unique across stories only when assembled. Plain data, so it can be cached
 * or sent between threads.
 */
export interface StoryResult {
  /** The story's record, its `claims` still empty. */
  story: StoryAnalysis;
  /** Its articles in publication order. */
  articles: ArticleAnalysis[];
  claims: Claim[];
  /** Its entities, in the order the story met them. */
  entities: Entity[];
}

/** The stories `analyzeCorpus` analyses (all, or those in `only`), by id, each with its articles. */
export function storyTasks(corpus: CorpusInput, only: readonly string[] | null = null): StoryTask[] {
  const wanted = only ? new Set(only) : null;
  const stories = [...corpus.stories].filter((story) => !wanted || wanted.has(story.id)).sort(byId);
  const articlesOf = new Map<string, ArticleInput[]>();
  for (const article of corpus.articles) {
    const list = articlesOf.get(article.story);
    if (list) list.push(article);
    else articlesOf.set(article.story, [article]);
  }
  return stories.map((story) => ({ story, articles: [...(articlesOf.get(story.id) ?? [])].sort(byPublished) }));
}

/** The corpus's outlets by id, as every story's stages read them. */
export function outletMap(corpus: CorpusInput): Map<string, OutletInput> {
  return new Map(corpus.outlets.map((outlet) => [outlet.id, outlet]));
}

/** Analyses one story: its stages, then its part of the public analysis. Stories are independent. */
export function analyzeStory(task: StoryTask, ctx: StageContext, outlets: ReadonlyMap<string, OutletInput>, onStage?: AnalyzeOptions['onStage']): StoryResult {
  const { story, articles: storyArticles } = task;
  const result = runStages({ story, articles: storyArticles, outlets }, ctx, onStage);
  const sentencesOf = new Map<string, typeof result.sentences>();
  for (const sentence of result.sentences) {
    const list = sentencesOf.get(sentence.article);
    if (list) list.push(sentence);
    else sentencesOf.set(sentence.article, [sentence]);
  }
  const articles: ArticleAnalysis[] = storyArticles.map((article) => ({
    id: article.id,
    story: story.id,
    outlet: article.outlet,
    title: article.title,
    published: article.published,
    url: article.url ?? null,
    retrieved: article.retrieved ?? null,
    nearDuplicateOf: result.nearDuplicateOf.get(article.id) ?? null,
    sentences: sentencesOf.get(article.id) ?? [],
  }));
  const counts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 };
  for (const claim of result.judged) counts[claim.verdict]++;
  return {
    story: {
      id: story.id,
      title: story.title,
      date: story.date,
      articles: [...storyArticles].sort(byId).map((article) => article.id),
      outlets: [...new Set(storyArticles.map((article) => article.outlet))].sort(),
      claims: [],
      counts,
    },
    articles,
    claims: result.judged,
    entities: [...result.entities.values()],
  };
}

/**
 * Puts the stories' results together (in `storyTasks` order): claims ordered and their ids made
 * unique across the corpus, entities united, everything sorted. Takes ownership of the results.
 */
export function assembleAnalysis(corpus: CorpusInput, results: readonly StoryResult[]): CorpusAnalysis {
  const storyAnalyses: StoryAnalysis[] = [];
  const articles: ArticleAnalysis[] = [];
  const entities = new Map<string, Entity>();
  for (const result of results) {
    articles.push(...result.articles);
    for (const entity of result.entities) mergeEntity(entities, entity);
    storyAnalyses.push(result.story);
  }
  const ordered = orderClaims(results.map((result) => result.claims), articles);
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

/** Analyses every story of the corpus (or those in `options.stories`). Deterministic. */
export function analyzeCorpus(corpus: CorpusInput, options: AnalyzeOptions): CorpusAnalysis {
  const ctx = stageContext(corpus, options);
  const outlets = outletMap(corpus);
  const results = storyTasks(corpus, options.stories ?? null).map((task) => analyzeStory(task, ctx, outlets, options.onStage));
  return assembleAnalysis(corpus, results);
}

/** A claim with its anchor's position (`orderClaims`). */
interface PlacedClaim {
  claim: Claim;
  position: string;
}

/** The order of `orderClaims`: story, then anchor position, then key, then id. */
function byPlace({ claim: a, position: ka }: PlacedClaim, { claim: b, position: kb }: PlacedClaim): number {
  if (a.story !== b.story) return a.story < b.story ? -1 : 1;
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Claims in a stable order: story, then anchor position (article date and id, sentence index), then
 * key. `lists` are the claims of each story's result, in `storyTasks` order: each list is sorted on
 * its own (a few hundred claims, not the whole corpus's at once), and when every list's last claim
 * comes no later than the next list's first, as it does when the lists are stories in id order,
 * their concatenation is the one sort of all claims (a stable sort keeps equal claims in list
 * order); otherwise all claims are sorted together.
 */
function orderClaims(lists: ReadonlyArray<readonly Claim[]>, articles: readonly ArticleAnalysis[]): Claim[] {
  // Article ids are unique in a corpus; each article's sentence index is made when a claim first asks.
  const articleById = new Map<string, ArticleAnalysis>();
  for (const article of articles) articleById.set(article.id, article);
  const sentenceIndex = new Map<ArticleAnalysis, Map<string, number>>();
  const keyOf = (claim: Claim): string => {
    const article = articleById.get(claim.anchor.article);
    if (!article) return '';
    let index = sentenceIndex.get(article);
    if (!index) {
      index = new Map();
      for (let k = 0; k < article.sentences.length; k++) {
        const sentence = article.sentences[k] as (typeof article.sentences)[number];
        index.set(sentence.id, sentence.index);
      }
      sentenceIndex.set(article, index);
    }
    const at = index.get(claim.anchor.sentenceId);
    return at === undefined ? '' : `${article.published} ${article.id} ${String(at).padStart(6, '0')}`;
  };
  // Each claim's position once, not twice per comparison.
  const entries: PlacedClaim[] = [];
  let inOrder = true;
  for (const list of lists) {
    const block = list.map((claim) => ({ claim, position: keyOf(claim) })).sort(byPlace);
    const first = block[0];
    const last = entries[entries.length - 1];
    if (first && last && byPlace(last, first) > 0) inOrder = false;
    for (let k = 0; k < block.length; k++) entries.push(block[k] as PlacedClaim);
  }
  if (!inOrder) entries.sort(byPlace);
  return entries.map((entry) => entry.claim);
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
export function corpusDigest(corpus: CorpusInput, stories: readonly string[] | null = null): string {
  const parts: string[] = [JSON.stringify(stories)];
  for (const story of [...corpus.stories].sort(byId)) parts.push(JSON.stringify(story));
  for (const outlet of [...corpus.outlets].sort(byId)) parts.push(JSON.stringify(outlet));
  for (const article of [...corpus.articles].sort(byId)) parts.push(JSON.stringify(article));
  const text = parts.join('\u0000');
  // Two FNV-1a passes (forward and over a salted copy) and the length: collisions are not a concern here.
  return `${fnv1a32(text)}${fnv1a32(`salt\u0001${text}`)}-${text.length}`;
}
