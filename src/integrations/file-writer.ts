/**
 * The build's file writer: a worker thread (file-writer-worker.ts) that copies and writes files while
 * the build's own thread bundles, analyses and renders. A rebuild puts back tens of thousands of
 * cached pages and writes tens of thousands of small claim pages; on a busy machine each new folder
 * and file costs a good part of a millisecond of the kernel's time, which a second thread overlaps
 * with the rest of the build instead of adding to it.
 *
 * One writer serves the whole build: the page cache integration (page-cache.ts) starts it and puts
 * it where the rendering code, bundled apart from the integrations, finds it too (`buildWriter()`).
 * Jobs have names; a job's promise resolves with the paths of the files it wrote.
 *
 * It has two threads: copies (the page cache putting tens of thousands of pages back) run on one,
 * writes (small claim pages, the search index) on the other, so a rebuild that renders little does
 * not wait for the one after the other. Jobs on one thread run in order; a copy and a write run at
 * the same time, so when both put a file at one path the caller decides which wins
 * (claim-small-pages.ts writes its pages again where the copy put a page back).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** One job for the worker thread. */
export type WriterJob =
  | { id: number; kind: 'copy-tree'; from: string; to: string }
  | { id: number; kind: 'write'; to: string; files: Array<[string, string]> };

/** The worker's answer to a job. */
export type WriterReply = { id: number; files: string[] } | { id: number; error: string };

/** Where the writer of the running build is kept (the integrations and the pages are separate bundles). */
const SHARED = Symbol.for('factcheck.build-writer');

/** The writer's threads: one for copies, one for writes (see the module comment). */
type Lane = 'copy' | 'write';

/** Worker threads that write files; see the module comment. */
export class FileWriter {
  readonly #workers: Record<Lane, Worker>;
  readonly #waiting = new Map<number, { resolve: (files: string[]) => void; reject: (error: Error) => void }>();
  readonly #jobs = new Map<string, Promise<string[]>>();
  #next = 0;

  /** Starts the threads; `root` is the project root (its `src/integrations/file-writer-worker.ts` is run through tsx). */
  constructor(root: string) {
    const script = pathToFileURL(path.join(root, 'src', 'integrations', 'file-writer-worker.ts'));
    const tsx = pathToFileURL(createRequire(path.join(root, 'package.json')).resolve('tsx')).href;
    const failAll = (error: Error): void => {
      for (const waiting of this.#waiting.values()) waiting.reject(error);
      this.#waiting.clear();
    };
    const start = (): Worker => {
      const worker = new Worker(script, { execArgv: ['--import', tsx] });
      // A failed build must still end: a thread never keeps the process alive on its own.
      worker.unref();
      worker.on('message', (reply: WriterReply) => {
        const waiting = this.#waiting.get(reply.id);
        this.#waiting.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(`the build's file writer failed:\n${reply.error}`));
        else waiting?.resolve(reply.files);
      });
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`the build's file writer stopped (exit code ${code})`)));
      return worker;
    };
    this.#workers = { copy: start(), write: start() };
  }

  #send(name: string, job: WriterJob): Promise<string[]> {
    if (this.#jobs.has(name)) throw new Error(`the build's file writer already has a job named "${name}"`);
    const done = new Promise<string[]>((resolve, reject) => this.#waiting.set(job.id, { resolve, reject })).then((files) =>
      files.map((file) => path.join(job.to, file)),
    );
    // A failure is reported to whoever awaits the job (or by `settle()`), never as an unhandled rejection.
    done.catch(() => undefined);
    this.#jobs.set(name, done);
    this.#workers[job.kind === 'copy-tree' ? 'copy' : 'write'].postMessage(job);
    return done;
  }

  /** Copies every file under `from` to the same place under `to`. */
  copyTree(name: string, from: string, to: string): Promise<string[]> {
    return this.#send(name, { id: this.#next++, kind: 'copy-tree', from, to });
  }

  /** Writes files (`[path relative to to, contents]`) under `to`. */
  write(name: string, to: string, files: Array<[string, string]>): Promise<string[]> {
    return this.#send(name, { id: this.#next++, kind: 'write', to, files });
  }

  /** The named job, if it was started. */
  job(name: string): Promise<string[]> | undefined {
    return this.#jobs.get(name);
  }

  /** Every file the jobs other than `except` wrote, once they are done. */
  async writtenExcept(except: string): Promise<string[]> {
    const lists = await Promise.all([...this.#jobs].filter(([name]) => name !== except).map(([, job]) => job));
    return lists.flat();
  }

  /** Waits for every job (throwing the first failure) and stops the threads. */
  async close(): Promise<void> {
    try {
      await Promise.all(this.#jobs.values());
    } finally {
      await Promise.all(Object.values(this.#workers).map((worker) => worker.terminate()));
    }
  }
}

/** The running build's writer, if its integration started one (never in `astro dev`). */
export function buildWriter(): FileWriter | undefined {
  return (globalThis as Record<symbol, FileWriter | undefined>)[SHARED];
}

/** Makes `writer` the running build's writer (undefined: none). */
export function shareBuildWriter(writer: FileWriter | undefined): void {
  (globalThis as Record<symbol, FileWriter | undefined>)[SHARED] = writer;
}
