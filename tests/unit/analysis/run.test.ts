/**
 * The site's analysis runner (src/analysis/): worker threads and the per-story cache must give the
 * engine's own `analyzeCorpus` output, value for value, and the cache must re-analyse exactly the
 * stories whose inputs changed. The corpus is the benchmark's generator at a small size, so it has
 * a dozen stories of varied length.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../scripts/bench/corpus/generate.ts';
import { analyzeSite, threadsFor, WORKER_MIN_ARTICLES } from '../../../src/analysis/index.ts';
import { CACHE_FOLDER } from '../../../src/analysis/cache.ts';
import { loadCorpus, type LoadedCorpus } from '../../../src/corpus/load.ts';
import { analyzeCorpus } from '../../../src/engine/index.ts';
import type { CorpusAnalysis, CorpusInput } from '../../../src/engine/types.ts';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORK = path.join(ROOT, '.cache', 'tests', 'analysis-run');

/** A digest of the whole analysis as the site serialises it (JSON), so a mismatch does not print megabytes. */
const digest = (analysis: CorpusAnalysis): string => createHash('sha256').update(JSON.stringify(analysis)).digest('hex');
const reference = (corpus: CorpusInput): string => digest(analyzeCorpus(corpus, { textBlocks: markdownToBlocks }));

let corpus: LoadedCorpus;
let expected: string;

beforeAll(() => {
  const dir = path.join(WORK, 'corpus');
  rmSync(WORK, { recursive: true, force: true });
  writeCorpus(dir, generateCorpus({ articles: 240, seed: 'analysis-run' }));
  corpus = loadCorpus(dir);
  expected = reference(corpus);
}, 120_000);

/** The corpus with one more article in the story of its first article: a copy with its own id and one new sentence. */
function withOneMoreArticle(base: CorpusInput): CorpusInput {
  const model = base.articles[0];
  if (!model) throw new Error('the generated corpus has no article');
  const added = { ...model, id: `${model.id}-follow-up`, published: '2099-01-01', body: `${model.body}\n\nThe council will meet again on Monday to review the findings.\n` };
  return { ...base, articles: [...base.articles, added] };
}

describe('worker threads', () => {
  test('two worker threads give the same analysis as one thread', async () => {
    expect(corpus.stories.length).toBeGreaterThan(4);
    const run = await analyzeSite(corpus, { root: ROOT, cacheDir: null, workers: 2 });
    expect(run.workers).toBe(2);
    expect([run.analysed, run.inWorkers]).toEqual([corpus.stories.length, corpus.stories.length]);
    expect(digest(run.analysis)).toBe(expected);
  }, 120_000);

  test('small runs stay on this thread; large ones use every core when there is more than one', () => {
    expect(threadsFor(5, 1)).toBe(0);
    expect(threadsFor(WORKER_MIN_ARTICLES - 1, 10)).toBe(0);
    const large = threadsFor(10_000, 500);
    expect(large === 0 || large >= 2).toBe(true);
    expect(threadsFor(10_000, 1, 4)).toBe(1);
    expect(threadsFor(10_000, 500, 0)).toBe(0);
  });
});

describe('the per-story cache', () => {
  const cacheDir = path.join(WORK, 'astro-cache');
  const entries = (): string[] => readdirSync(path.join(cacheDir, CACHE_FOLDER)).sort();

  test('a second run reads every story back and gives the same analysis', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const first = await analyzeSite(corpus, { root: ROOT, cacheDir, workers: 0 });
    expect([first.cached, first.analysed]).toEqual([0, corpus.stories.length]);
    expect(entries()).toHaveLength(corpus.stories.length);
    const second = await analyzeSite(corpus, { root: ROOT, cacheDir, workers: 0 });
    expect([second.cached, second.analysed]).toEqual([corpus.stories.length, 0]);
    expect(digest(first.analysis)).toBe(expected);
    expect(digest(second.analysis)).toBe(expected);
  }, 120_000);

  test('after one article is added, only its story is analysed again, and the result is that of a clean run', async () => {
    const grown = withOneMoreArticle(corpus);
    const before = entries();
    const run = await analyzeSite(grown, { root: ROOT, cacheDir, workers: 0 });
    expect([run.cached, run.analysed]).toEqual([corpus.stories.length - 1, 1]);
    // The story's old entry is replaced by its new one.
    expect(run.pruned).toBe(1);
    expect(entries().filter((name) => !before.includes(name))).toHaveLength(1);
    expect(digest(run.analysis)).toBe(reference(grown));
    expect(digest(run.analysis)).not.toBe(expected);
  }, 120_000);

  test('results analysed on worker threads are cached like the others', async () => {
    const dir = path.join(WORK, 'astro-cache-threads');
    rmSync(dir, { recursive: true, force: true });
    const threaded = await analyzeSite(corpus, { root: ROOT, cacheDir: dir, workers: 2 });
    expect(threaded.inWorkers).toBe(corpus.stories.length);
    const again = await analyzeSite(corpus, { root: ROOT, cacheDir: dir, workers: 2 });
    expect([again.cached, again.analysed, again.workers]).toEqual([corpus.stories.length, 0, 0]);
    expect(digest(again.analysis)).toBe(expected);
  }, 120_000);

  test('an unreadable entry is analysed again, not trusted', async () => {
    rmSync(cacheDir, { recursive: true, force: true });
    await analyzeSite(corpus, { root: ROOT, cacheDir, workers: 0 });
    const [first] = entries();
    writeFileSync(path.join(cacheDir, CACHE_FOLDER, first as string), 'not a cached result');
    const run = await analyzeSite(corpus, { root: ROOT, cacheDir, workers: 0 });
    expect([run.cached, run.analysed]).toEqual([corpus.stories.length - 1, 1]);
    expect(digest(run.analysis)).toBe(expected);
  }, 120_000);

  test('a cache folder that cannot be written costs the cache, not the analysis', async () => {
    const blocked = path.join(WORK, 'blocked');
    rmSync(blocked, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    // A file where the cache folder should be: nothing can be written under it.
    writeFileSync(blocked, 'not a folder');
    const run = await analyzeSite(corpus, { root: ROOT, cacheDir: blocked, workers: 0 });
    expect(run.cacheError).toBeInstanceOf(Error);
    expect(run.analysed).toBe(corpus.stories.length);
    expect(digest(run.analysis)).toBe(expected);
  }, 120_000);

  test('another engine config or another outlet list misses the cache', async () => {
    mkdirSync(cacheDir, { recursive: true });
    const config = await analyzeSite(corpus, { root: ROOT, cacheDir, workers: 0, config: { denials: { threshold: 0.9 } } });
    expect(config.cached).toBe(0);
    const renamed = corpus.outlets.map((outlet, i) => (i === 0 ? { ...outlet, name: `${outlet.name} Online` } : outlet));
    const outlets = await analyzeSite({ ...corpus, outlets: renamed }, { root: ROOT, cacheDir, workers: 0 });
    expect(outlets.cached).toBe(0);
  }, 120_000);
});
