/**
 * What a story's analysis depends on, as a digest: the engine's code and data, the Markdown reader
 * that turns bodies into text blocks, the packages they use (the lockfile), the ICU build that
 * splits sentences, the config, every outlet (outlet names are recognised in every story), and the
 * story with its articles. Two runs with the same key give the same result, so a cached result can
 * stand in for a new analysis.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryTask } from '../engine/index.ts';
import type { ConfigOverride } from '../engine/config.ts';
import type { OutletInput } from '../engine/types.ts';

/** Bump when the shape of a cached result changes without any source under `CODE` changing. */
const FORMAT = 'story-result-2';

/** Folders (under the project root) whose files shape a story's result. */
const CODE = ['src/engine', 'src/markdown'];

/** Every file under `dir`, as paths relative to `root`, sorted. */
function filesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(root, relative));
    else if (entry.isFile()) out.push(relative);
  }
  return out.sort();
}

/** A digest of the engine version: its sources and data, the Markdown reader, the lockfile and the runtime's Unicode data. */
export function engineVersion(root: string): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\n${process.versions.node} icu ${process.versions.icu} unicode ${process.versions.unicode}\n`);
  for (const file of [...CODE.flatMap((dir) => filesUnder(root, dir)), 'package-lock.json']) {
    hash.update(`${file}\n`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** The part of every story's key that all stories of one run share. */
export function runKey(version: string, outlets: readonly OutletInput[], config: ConfigOverride | undefined): string {
  const sorted = [...outlets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return createHash('sha256').update(JSON.stringify([version, config ?? null, sorted])).digest('hex');
}

/** The cache key of one story: the run's key and the story with its articles (metadata and bodies). */
export function storyKey(run: string, task: StoryTask): string {
  return createHash('sha256').update(run).update(JSON.stringify(task)).digest('hex');
}
