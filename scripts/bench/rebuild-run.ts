/**
 * Child process of the bench: the analysis step of a build, as the build runs it (src/analysis/:
 * the per-story cache in `--cache`, worker threads when it pays), timed from loading the content to
 * the assembled analysis. Run on an empty cache, then again after one article was added, it gives
 * the rebuild time clean and cached.
 *
 * Usage: node --import tsx scripts/bench/rebuild-run.ts --content DIR --cache DIR
 */
import { parseArgs } from 'node:util';
import { analyzeSite } from '../../src/analysis/index.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { peakRssMb, report, ROOT } from './measure.ts';

/** What one analysis step reports. */
export interface RebuildRun {
  articles: number;
  stories: number;
  cached: number;
  analysed: number;
  threads: number;
  loadMs: number;
  /** Load and analysis together: what the build waits for. */
  ms: number;
  cpuMs: number;
  peakRssMb: number;
}

const { values } = parseArgs({ options: { content: { type: 'string' }, cache: { type: 'string' } } });
if (!values.content || !values.cache) throw new Error('rebuild-run: --content DIR and --cache DIR are required');

const cpuStart = process.cpuUsage();
const start = performance.now();
const corpus = loadCorpus(values.content);
const loadMs = performance.now() - start;
const run = await analyzeSite(corpus, { root: ROOT, cacheDir: values.cache, workers: 'auto' });
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
report({
  articles: corpus.articles.length,
  stories: run.stories,
  cached: run.cached,
  analysed: run.analysed,
  threads: run.workers,
  loadMs: Math.round(loadMs),
  ms: Math.round(ms),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  peakRssMb: peakRssMb(),
} satisfies RebuildRun);
