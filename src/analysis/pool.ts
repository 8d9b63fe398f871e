/**
 * Stories analysed in parallel: worker threads (worker.ts, each with its own engine context) take
 * stories from one queue, largest first, so no thread is left with a big story at the end, while
 * this thread reads their results back, and, when it is given a story analyser of its own
 * (`PoolOptions.here`), analyses stories from the small end of the same queue between replies. The engine is pure and stories are independent, so the
 * results are the same as on one thread. Workers run the TypeScript sources with Node's own type
 * stripping (the engine is erasable TypeScript: tests/unit/analysis/pool.test.ts): no compiler
 * in each thread, and no helper code wrapped around every function as tsx's build adds. On a Node
 * without it, or should a worker's sources ever need more than stripping, they run through tsx.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoryTask } from '../engine/index.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker.ts';

/** How to run the pool. */
export interface PoolOptions {
  /** The project root (its `src/analysis/worker.ts` is run, with its own `tsx`). */
  root: string;
  /** Worker threads (at least one). */
  threads: number;
  setup: WorkerSetup;
  /** How workers load the sources (default: `defaultLoader()`). */
  loader?: Loader;
  /**
   * Analyses the story at an index of `tasks` on this thread. Given, this thread takes the smallest
   * story left in the queue, one at a time, and hears the workers' replies (sending each its next
   * story) between two: a story of its own is never so long that a worker, which holds `PREFETCH`
   * stories, runs dry. Absent, this thread only hands out stories and reads results.
   */
  here?: (index: number) => void;
}

/** Hears each story a worker analysed: its index in `tasks`, the serialized bytes and (for the cache) the gzipped ones. */
export type OnResult = (index: number, raw: Uint8Array, packed: Uint8Array | null) => void;

/**
 * Young generation of a worker thread, in MB: two semi-spaces of 64 MB (and the space for large
 * young objects), Node 24's default for every thread, set here so that an older Node's smaller
 * default does not apply. The 96 MB set before gave a worker semi-spaces of 32 MB. The 120 largest
 * stories of the 10,000-article corpus, analysed in one worker as the pool runs them (serialized,
 * dropped), three alternating pairs: 210-212 scavenges with 96 MB, 114-117 with 192 MB; the worker's
 * CPU a median 20.2 → 18.4 s, lower in each pair.
 */
const YOUNG_GENERATION_MB = 192;

/** Stories a worker holds at once, so it never waits for this thread to send the next. */
const PREFETCH = 2;

/**
 * The environment of a worker: this thread's, with Node's on-disk compile cache on (in Node's own
 * default folder unless NODE_COMPILE_CACHE names another; NODE_DISABLE_COMPILE_CACHE still turns it
 * off). Each worker strips the types of every source it imports and compiles them, about half of
 * its start-up (0.5 s of CPU per worker); with the cache, a worker after the first build reads
 * both back (0.25 s), and a changed source file misses its entry and is stripped again.
 */
function workerEnv(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? path.join(os.tmpdir(), 'node-compile-cache') };
}

/** How a worker loads the TypeScript sources: `native` (Node strips the types) or `tsx`. */
export type Loader = 'native' | 'tsx';

/** The loader to start workers with: Node's type stripping when this Node has it. */
export function defaultLoader(): Loader {
  return process.features.typescript ? 'native' : 'tsx';
}

/** Errors of a worker that could not load its sources natively (syntax that needs more than stripping). */
const NEEDS_COMPILER = new Set(['ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', 'ERR_UNKNOWN_FILE_EXTENSION', 'ERR_INVALID_TYPESCRIPT_SYNTAX']);

/** Rough work of a story: the length of its articles. */
const size = (task: StoryTask): number => task.articles.reduce((sum, article) => sum + article.body.length, 0);

/** Analyses `tasks` at `indexes` on `threads` workers; resolves when every result was heard. */
export async function analyzeInThreads(tasks: readonly StoryTask[], indexes: readonly number[], options: PoolOptions, onResult: OnResult): Promise<void> {
  const queue = [...indexes].sort((a, b) => size(tasks[b] as StoryTask) - size(tasks[a] as StoryTask) || a - b);
  if (queue.length === 0) return;
  const script = pathToFileURL(path.join(options.root, 'src', 'analysis', 'worker.ts'));
  const tsx = pathToFileURL(createRequire(path.join(options.root, 'package.json')).resolve('tsx')).href;
  let loader = options.loader ?? defaultLoader();
  const env = workerEnv();
  const workers: Worker[] = [];
  let outstanding = 0;
  let failure: Error | null = null;
  let settle: (() => void) | null = null;
  const fail = (error: unknown): void => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    settle?.();
  };
  /** Sends the next story to `worker`; false when there is none left. */
  const feed = (worker: Worker): boolean => {
    const index = queue.shift();
    const task = index === undefined ? undefined : tasks[index];
    if (index === undefined || !task) return false;
    outstanding++;
    worker.postMessage({ index, task } satisfies WorkerRequest);
    return true;
  };
  const start = (): void => {
    // A young generation as large as this thread's: a story's working data lives for the whole story,
    // and fewer scavenges copy it fewer times. `execArgv` is set, so the worker never inherits this
    // thread's own loader flags.
    const used = loader;
    const execArgv = used === 'native' ? [] : ['--import', tsx];
    const worker = new Worker(script, { workerData: options.setup, env, execArgv, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    let ready = false;
    // Stories sent to this worker and not yet answered.
    let held = 0;
    workers.push(worker);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        ready = true;
        for (let k = 0; k < PREFETCH; k++) if (feed(worker)) held++;
        if (held === 0) void worker.terminate();
        return;
      }
      outstanding--;
      held--;
      if ('error' in reply) {
        fail(new Error(`analysing story "${tasks[reply.index]?.story.id}" failed in a worker thread:\n${reply.error}`));
        return;
      }
      try {
        onResult(reply.index, reply.raw, reply.packed);
      } catch (error) {
        fail(error);
        return;
      }
      if (feed(worker)) held++;
      // A worker with nothing left to do goes at once: its heap is freed while the others finish.
      else if (held === 0) void worker.terminate();
      if (outstanding === 0 && queue.length === 0) settle?.();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      // Sources Node cannot strip (it has taken no story yet): this worker and the next go through tsx.
      if (!ready && used === 'native' && NEEDS_COMPILER.has(error.code ?? '')) {
        loader = 'tsx';
        start();
        return;
      }
      fail(error);
    });
    worker.on('exit', (code) => {
      if (held > 0) fail(new Error(`an analysis worker thread stopped (exit code ${code}) with ${held} stories unfinished`));
    });
  };
  const workerCount = Math.max(1, Math.min(options.threads, queue.length));
  for (let n = 0; n < workerCount; n++) start();
  try {
    if (options.here) {
      // It starts at once, while the workers load their sources.
      for (let index = queue.pop(); index !== undefined && !failure; index = queue.pop()) {
        options.here(index);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    if (!failure && (outstanding > 0 || queue.length > 0)) {
      await new Promise<void>((resolve) => {
        settle = resolve;
        if (failure || (outstanding === 0 && queue.length === 0)) resolve();
      });
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
}
