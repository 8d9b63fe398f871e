/**
 * The furniture warnings of unchanged articles, kept in Astro's cache folder between builds. Checking
 * every line of every article (furniture-warnings.ts) took 2.5-3 s of each build at 10,000 articles,
 * rebuilds after one article included. An article's warnings depend on its file's text and body and
 * on the code that checks them, so an entry is keyed by a digest of the file and body, under a version
 * that covers the checking code, the engine's sentence splitter it uses (src/importer/captions.ts),
 * the lockfile and the runtime's Unicode data: a change to any of them starts the cache afresh. The
 * cache is one file, written whole after each build with the entries of that build's articles.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SuspiciousLine } from '../importer/suspicious-lines.ts';

/** The cache's folder name inside Astro's cache directory. */
export const FURNITURE_CACHE_FOLDER = 'factcheck-furniture';

/** Bump when the shape of an entry changes without any source under `FURNITURE_CODE` changing. */
const FORMAT = 'furniture-1';

/** Folders and files (under the project root) whose code decides an article's warnings (a test checks it holds every module they import). */
export const FURNITURE_CODE = ['src/importer', 'src/engine', 'src/corpus/furniture-warnings.ts', 'src/corpus/furniture-cache.ts', 'package-lock.json'];

/** Every file at `entry` (a file, or a folder searched through), relative to `root`, sorted. */
function filesAt(root: string, entry: string): string[] {
  let children;
  try {
    children = readdirSync(path.join(root, entry), { withFileTypes: true });
  } catch {
    return [entry];
  }
  return children
    .flatMap((child) => (child.isDirectory() ? filesAt(root, path.posix.join(entry, child.name)) : child.isFile() ? [path.posix.join(entry, child.name)] : []))
    .sort();
}

/** A digest of the code that checks articles for furniture, with the runtime's Unicode data. */
export function furnitureCodeVersion(root: string): string {
  const parts = [`${FORMAT}\n${process.versions.node} icu ${process.versions.icu} unicode ${process.versions.unicode}\n`];
  for (const file of FURNITURE_CODE.flatMap((entry) => filesAt(root, entry))) parts.push(`${file}\n`, hash('sha256', readFileSync(path.join(root, file)), 'hex'));
  return hash('sha256', parts.join('\n'), 'hex');
}

/** The key of one article's entry: its file's text (null when it could not be read) and its body. */
export function articleKey(text: string | null, body: string): string {
  return hash('sha256', `${text === null ? 'unread' : `read ${text.length}\n${text}`}\n${body}`, 'hex');
}

interface Stored {
  version: string;
  entries: Record<string, SuspiciousLine[]>;
}

/** Warnings by article key: those of the last build (when its code was the same) and this build's. */
export class FurnitureCache {
  readonly file: string;
  readonly #version: string;
  readonly #previous: Map<string, SuspiciousLine[]>;
  readonly #current = new Map<string, SuspiciousLine[]>();
  /** Entries found in the last build's file this time. */
  hits = 0;

  constructor(cacheDir: string, version: string) {
    this.file = path.join(cacheDir, FURNITURE_CACHE_FOLDER, 'warnings.json');
    this.#version = version;
    this.#previous = new Map();
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Stored;
      if (stored.version === version) for (const [key, lines] of Object.entries(stored.entries)) this.#previous.set(key, lines);
    } catch {
      // No cache yet, or one that cannot be read: every article is checked.
    }
  }

  /** The warnings under `key`, from the last build or computed now; either way kept for the next build. */
  get(key: string, compute: () => SuspiciousLine[]): SuspiciousLine[] {
    let lines = this.#current.get(key) ?? this.#previous.get(key);
    if (lines !== undefined && !this.#current.has(key)) this.hits++;
    lines ??= compute();
    this.#current.set(key, lines);
    return lines;
  }

  /** Writes this build's entries (whole or not at all); returns the error when it could not (the cache only saves time). */
  save(): Error | null {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.file), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ version: this.#version, entries: Object.fromEntries(this.#current) } satisfies Stored));
      renameSync(temporary, this.file);
      return null;
    } catch (error) {
      rmSync(temporary, { force: true });
      return error instanceof Error ? error : new Error(String(error));
    }
  }
}
