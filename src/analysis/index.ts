/**
 * The site's analysis run: the engine over every story, with two things the pure engine does not
 * do. Stories whose inputs are unchanged since the last build come from the cache on disk
 * (cache.ts, keyed by story-key.ts), and the others are analysed on one thread per core (pool.ts:
 * this one and a worker thread for each other core) when there are enough of them to pay for
 * starting the threads, else on this thread. Either way the result is the engine's `analyzeCorpus`
 * output, value for value.
 *
 * This thread analyses its share itself rather than leaving every core to a worker: a worker's
 * results cost it serializing and this thread reading back (with the collections of what it reads,
 * about a tenth of the analysis's CPU at 10,000 articles), and a third busy thread on two cores only
 * takes turns with the other two. At 10,000 articles on two cores, one worker beside this thread took
 * a median 36.4 s of CPU against 38.8 s for two workers, and 943 MB of peak RSS against 1,155 MB
 * (four alternating pairs, on a machine busy with other work).
 */
import os from 'node:os';
import type { ConfigOverride } from '../engine/config.ts';
import { analyzeStory, assembleAnalysis, outletMap, stageContext, storyTasks, type StoryResult } from '../engine/index.ts';
import type { StageContext } from '../engine/contracts.ts';
import type { CorpusAnalysis, CorpusInput, OutletInput } from '../engine/types.ts';
import { markdownToBlocks } from '../markdown/blocks.ts';
import { StoryCache } from './cache.ts';
import { withEngineFlags } from './compiler.ts';
import { packBytes, readResult, serializeResult } from './pack.ts';
import { analyzeInThreads } from './pool.ts';
import { engineVersion, runKey, storyKey } from './story-key.ts';

/** Below this many articles to analyse, a worker thread's start-up (half a second, then its own JIT warm-up) costs more than it saves. */
export const WORKER_MIN_ARTICLES = 2000;

/** How to run the analysis. */
export interface RunOptions {
  /** The project root: the engine's sources (for the cache key) and the worker script are under it. */
  root: string;
  /** Astro's cache directory, or null for no cache. */
  cacheDir: string | null;
  /**
   * Worker threads: `auto` (the default: when there is enough to analyse, one thread per core, this
   * one among them) or a number of workers (0: this thread only), this thread then only feeding them.
   */
  workers?: number | 'auto';
  /** Engine config overrides (part of the cache key). */
  config?: ConfigOverride;
}

/** The analysis and how it was obtained. */
export interface AnalysisRun {
  analysis: CorpusAnalysis;
  stories: number;
  /** Stories whose result came from the cache. */
  cached: number;
  /** Stories analysed in this run. */
  analysed: number;
  /** Worker threads the analysis ran on (0: this thread alone, or nothing to analyse); with `auto`, this thread analysed beside them. */
  workers: number;
  /** Stories analysed on worker threads (the others of `analysed` on this one, alone or beside them). */
  inWorkers: number;
  /** Cache entries removed (stories changed or gone). */
  pruned: number;
  /** The first error met writing the cache, if any (the analysis is complete all the same). */
  cacheError: Error | null;
}

/** How many threads analyse `articles` articles of `stories` stories: a number of workers, or with `auto` the cores to use, this thread among them (0: this thread only). */
export function threadsFor(articles: number, stories: number, workers: RunOptions['workers'] = 'auto'): number {
  if (workers !== 'auto') return Math.max(0, Math.min(workers, stories));
  const cores = os.availableParallelism();
  return cores > 1 && articles >= WORKER_MIN_ARTICLES ? Math.min(cores, stories) : 0;
}

/** Analyses the corpus: cached stories read back, the rest analysed (on worker threads when it pays). */
export async function analyzeSite(corpus: CorpusInput, options: RunOptions): Promise<AnalysisRun> {
  const tasks = storyTasks(corpus);
  const results: Array<StoryResult | null> = tasks.map(() => null);
  const cache = options.cacheDir ? new StoryCache(options.cacheDir) : null;
  const run = cache ? runKey(engineVersion(options.root), corpus.outlets, options.config) : '';
  const keys = cache ? tasks.map((task) => storyKey(run, task)) : [];
  if (cache) keys.forEach((key, i) => (results[i] = cache.get(key)));
  const missing = results.flatMap((result, i) => (result ? [] : [i]));
  let cacheError: Error | null = null;
  const store = (i: number, packed: Uint8Array): void => {
    const error = cache?.put(keys[i] as string, packed) ?? null;
    cacheError ??= error;
  };
  const articles = missing.reduce((sum, i) => sum + (tasks[i]?.articles.length ?? 0), 0);
  const threads = threadsFor(articles, missing.length, options.workers);
  // With `auto`, this thread is one of the threads.
  const hereToo = (options.workers ?? 'auto') === 'auto';
  const workers = hereToo ? Math.max(0, threads - 1) : threads;
  let inWorkers = 0;
  /** Analyses the story at `i` on this thread (the engine context is made once, when first needed). */
  let context: { ctx: StageContext; outlets: ReadonlyMap<string, OutletInput> } | null = null;
  const analyseHere = (i: number): void => {
    context ??= { ctx: stageContext(corpus, { textBlocks: markdownToBlocks, ...(options.config ? { config: options.config } : {}) }), outlets: outletMap(corpus) };
    const result = analyzeStory(tasks[i] as (typeof tasks)[number], context.ctx, context.outlets);
    if (cache) store(i, packBytes(serializeResult(result)));
    results[i] = result;
  };
  // Without TurboFan while stories are analysed, on the threads and here, and with threads on every
  // core, without parallel scavenges (compiler.ts).
  if (workers > 0) {
    const pool = { root: options.root, threads: workers, setup: { outlets: corpus.outlets, config: options.config, packed: cache !== null }, ...(hereToo ? { here: analyseHere } : {}) };
    const threadsFillCores = workers + (hereToo ? 1 : 0) >= os.availableParallelism();
    await withEngineFlags(
      () =>
        analyzeInThreads(tasks, missing, pool, (i, raw, packed) => {
          inWorkers++;
          results[i] = readResult(raw);
          if (packed) store(i, packed);
        }),
      { threadsFillCores },
    );
  } else if (missing.length > 0) {
    await withEngineFlags(async () => {
      for (const i of missing) analyseHere(i);
    });
  }
  const pruned = cache ? cache.prune(new Set(keys)) : 0;
  return {
    analysis: assembleAnalysis(corpus, results as StoryResult[]),
    stories: tasks.length,
    cached: tasks.length - missing.length,
    analysed: missing.length,
    workers,
    inWorkers,
    pruned,
    cacheError,
  };
}
