/**
 * The per-story cache on disk: one file per story result, named by its key (story-key.ts), in a
 * folder of Astro's cache directory, so a rebuild re-analyses only the stories whose inputs changed.
 * Results are stored in V8's serialization format (it keeps every value as it was, `Infinity`
 * included, which JSON would not), gzipped. An unreadable entry is a miss, never an error.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readResult } from './pack.ts';
import type { StoryResult } from '../engine/index.ts';

/** The cache's folder name inside Astro's cache directory. */
export const CACHE_FOLDER = 'factcheck-analysis';

const SUFFIX = '.v8.gz';

/** Story results on disk, by key. */
export class StoryCache {
  readonly dir: string;

  constructor(cacheDir: string) {
    this.dir = path.join(cacheDir, CACHE_FOLDER);
  }

  #file(key: string): string {
    return path.join(this.dir, `${key}${SUFFIX}`);
  }

  /** The cached result for `key`, or null when there is none (or it cannot be read). */
  get(key: string): StoryResult | null {
    let packed: Buffer;
    try {
      packed = readFileSync(this.#file(key));
    } catch {
      return null;
    }
    try {
      return readResult(gunzipSync(packed));
    } catch {
      // A truncated or foreign file: drop it and analyse the story again.
      rmSync(this.#file(key), { force: true });
      return null;
    }
  }

  /**
   * Stores a packed result (gzipped `v8.serialize` of a StoryResult), written whole or not at all.
   * Returns the error when it could not be written: the cache only saves time, so the caller goes on.
   */
  put(key: string, packed: Uint8Array): Error | null {
    const temporary = `${this.#file(key)}.${process.pid}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      writeFileSync(temporary, packed);
      renameSync(temporary, this.#file(key));
      return null;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there either.
      }
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Removes every entry not in `keep` (results of stories that changed or are gone), and stray files. */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    for (const name of names) {
      if (name.endsWith(SUFFIX) && keep.has(name.slice(0, -SUFFIX.length))) continue;
      rmSync(path.join(this.dir, name), { force: true });
      removed++;
    }
    return removed;
  }
}
