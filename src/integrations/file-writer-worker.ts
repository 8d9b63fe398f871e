/**
 * A thread of the build's file writer (file-writer.ts): copies folders or writes files with plain
 * synchronous calls, one job after another, so the build's own thread never waits on them.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { WriterJob, WriterReply } from './file-writer.ts';

/** Every file under `dir`, as paths relative to it (none when it does not exist). */
function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Runs one job; returns the files it wrote, relative to its target folder. */
function run(job: WriterJob): string[] {
  const made = new Set<string>();
  const folderOf = (file: string): void => {
    const folder = path.dirname(file);
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
  if (job.kind === 'copy-tree') {
    const files = filesUnder(job.from);
    for (const file of files) {
      const target = path.join(job.to, file);
      folderOf(target);
      copyFileSync(path.join(job.from, file), target);
    }
    return files;
  }
  for (const [file, data] of job.files) {
    const target = path.join(job.to, file);
    folderOf(target);
    writeFileSync(target, data);
  }
  return job.files.map(([file]) => file);
}

parentPort?.on('message', (job: WriterJob) => {
  let reply: WriterReply;
  try {
    reply = { id: job.id, files: run(job) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
