/**
 * Builds the site for tests: assembles a content root, runs `astro build` with its own output and
 * cache folders, and reports the result. Shared by the browser tests and the build-level tests.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where tests put their builds (git-ignored). */
export const WORK = path.join(ROOT, '.cache', 'tests');
/** The Astro CLI, run with the project's own Node 24. */
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const NODE = path.join(ROOT, 'node_modules', '.bin', 'node');

/** Options for one test build. */
export interface BuildOptions {
  /** Content root to build. */
  contentDir: string;
  /** Name of the build; its output goes to `.cache/tests/<name>/dist`. */
  name: string;
  /** Base path, e.g. `/factcheck/`. */
  base?: string;
  /** Site origin. */
  site?: string;
  /** Share one Astro cache folder between builds (default: a fresh one per build). */
  cacheDir?: string;
  /** More environment variables, e.g. `FACTCHECK_PAGE_CACHE: '0'`. */
  env?: Record<string, string>;
  /** The project to build (default: this one; a test may build a copy with a change). */
  root?: string;
}

/** What a build produced. */
export interface BuildResult {
  ok: boolean;
  outDir: string;
  output: string;
  status: number | null;
}

/** The environment a test build runs with. */
export function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  const dir = path.join(WORK, options.name);
  return {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.base ?? '/factcheck/',
    SITE_URL: options.site ?? 'http://localhost:4330',
    OUT_DIR: path.join(dir, 'dist'),
    ASTRO_CACHE_DIR: options.cacheDir ?? path.join(dir, 'astro-cache'),
    ...options.env,
  };
}

/** Runs `astro build` for a content root; never throws on a failed build. */
export function buildSite(options: BuildOptions): BuildResult {
  const env = buildEnv(options);
  const outDir = env.OUT_DIR ?? '';
  rmSync(outDir, { recursive: true, force: true });
  if (!options.cacheDir) rmSync(env.ASTRO_CACHE_DIR ?? '', { recursive: true, force: true });
  const run: SpawnSyncReturns<string> = spawnSync(NODE, [ASTRO, 'build'], {
    cwd: options.root ?? ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: run.status === 0, outDir, output: `${run.stdout}\n${run.stderr}`, status: run.status };
}

/**
 * Makes a content root under `.cache/tests/<name>/content` from the project's content plus
 * extra trees (e.g. test fixtures) copied on top, and returns its path.
 */
export function assembleContent(name: string, layers: string[]): string {
  const target = path.join(WORK, name, 'content');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const layer of layers) cpSync(layer, target, { recursive: true });
  return target;
}
