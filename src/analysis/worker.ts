/**
 * A thread of the analysis pool (pool.ts). It builds the engine's context once from the outlets and
 * config it is started with, then analyses the stories it is sent, one at a time, and sends each
 * result back serialized (pack.ts), and gzipped for the cache when there is one: the bytes cross
 * threads without a second copy.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ConfigOverride } from '../engine/config.ts';
import { analyzeStory, outletMap, stageContext, type StoryTask } from '../engine/index.ts';
import type { CorpusInput, OutletInput } from '../engine/types.ts';
import { markdownToBlocks } from '../markdown/blocks.ts';
import { packBytes, serializeResult } from './pack.ts';

/** What a worker is started with. */
export interface WorkerSetup {
  outlets: OutletInput[];
  config?: ConfigOverride | undefined;
  /** Also gzip each result for the cache (here, in parallel, rather than on the main thread). */
  packed: boolean;
}

/** One story to analyse; `index` is its place in the run's task list. */
export interface WorkerRequest {
  index: number;
  task: StoryTask;
}

/** Ready for stories; then per story its result (serialized and gzipped) or the error that stopped it. */
export type WorkerReply = { ready: true } | { index: number; raw: Uint8Array; packed: Uint8Array | null } | { index: number; error: string };

/** The buffers of `bytes` that can be handed over without copying (a Buffer may share a pooled one). */
function transferable(...bytes: Uint8Array[]): ArrayBuffer[] {
  return bytes.flatMap((b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer ? [b.buffer] : []));
}

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const corpus: CorpusInput = { stories: [], articles: [], outlets: setup.outlets };
  const ctx = stageContext(corpus, { textBlocks: markdownToBlocks, ...(setup.config ? { config: setup.config } : {}) });
  const outlets = outletMap(corpus);
  port.postMessage({ ready: true } satisfies WorkerReply);
  port.on('message', (request: WorkerRequest) => {
    let reply: Exclude<WorkerReply, { ready: true }>;
    try {
      const raw = serializeResult(analyzeStory(request.task, ctx, outlets));
      reply = { index: request.index, raw, packed: setup.packed ? packBytes(raw) : null };
    } catch (error) {
      reply = { index: request.index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, 'raw' in reply ? transferable(reply.raw, ...(reply.packed ? [reply.packed] : [])) : []);
  });
}
