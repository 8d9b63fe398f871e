/**
 * Stories analysed in parallel: worker threads (worker.ts), each with its own engine context, take
 * stories one at a time, largest first so no thread is left with a big story at the end. The
 * engine is pure and stories are independent, so the results are the same as on one thread.
 * Workers run the TypeScript sources through tsx, the loader the project's scripts use.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoryTask } from '../engine/index.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker.ts';

/** How to run the pool. */
export interface PoolOptions {
  /** The project root (its `src/analysis/worker.ts` is run, with its own `tsx`). */
  root: string;
  /** Number of threads (at least one). */
  threads: number;
  setup: WorkerSetup;
}

/** Hears each story's result as it arrives: its index in `tasks`, the serialized and the gzipped bytes. */
export type OnResult = (index: number, raw: Uint8Array, packed: Uint8Array) => void;

/** Rough work of a story: the length of its articles. */
const size = (task: StoryTask): number => task.articles.reduce((sum, article) => sum + article.body.length, 0);

/** Analyses `tasks` (those at `indexes`, or all) on worker threads; resolves when every result was heard. */
export function analyzeInWorkers(tasks: readonly StoryTask[], indexes: readonly number[], options: PoolOptions, onResult: OnResult): Promise<void> {
  const queue = [...indexes].sort((a, b) => size(tasks[b] as StoryTask) - size(tasks[a] as StoryTask) || a - b);
  if (queue.length === 0) return Promise.resolve();
  const script = pathToFileURL(path.join(options.root, 'src', 'analysis', 'worker.ts'));
  const tsx = pathToFileURL(createRequire(path.join(options.root, 'package.json')).resolve('tsx')).href;
  const threads = Math.max(1, Math.min(options.threads, queue.length));
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let pending = queue.length;
    let failed = false;
    const stop = (error: Error | null): void => {
      if (failed) return;
      if (error) failed = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      const index = queue.shift();
      const task = index === undefined ? undefined : tasks[index];
      if (index !== undefined && task) worker.postMessage({ index, task } satisfies WorkerRequest);
    };
    for (let n = 0; n < threads; n++) {
      const worker = new Worker(script, { workerData: options.setup, execArgv: ['--import', tsx] });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if ('error' in reply) {
          stop(new Error(`analysing story "${tasks[reply.index]?.story.id}" failed in a worker thread:\n${reply.error}`));
          return;
        }
        try {
          onResult(reply.index, reply.raw, reply.packed);
        } catch (error) {
          stop(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        if (--pending === 0) stop(null);
        else feed(worker);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => {
        if (pending > 0 && !failed) stop(new Error(`an analysis worker thread stopped (exit code ${code}) with ${pending} stories left`));
      });
      feed(worker);
    }
  });
}
