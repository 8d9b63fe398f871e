/**
 * Child process of the bench: loads a content tree with `loadCorpus` and times its analysis once,
 * the way the build runs it (src/analysis/: worker threads when it pays, here without the cache),
 * or on this thread alone (`--threads 0`). Reports wall and CPU time of the analysis alone (CPU of
 * every thread: on a busy machine it says more than wall time), the load time, the claims found
 * and the process's peak RSS (worker threads included). With `--stages`, it instead times the
 * engine's stages per story on this thread, to show where the time goes.
 *
 * Usage: node --import tsx scripts/bench/engine-run.ts --content DIR [--threads auto|N] [--stages]
 */
import { parseArgs } from 'node:util';
import { analyzeSite } from '../../src/analysis/index.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import type { Verdict } from '../../src/engine/types.ts';
import { peakRssMb, report, ROOT } from './measure.ts';
import { timeStages, type StageTimes } from './stages.ts';

/** What one engine run reports. */
export interface EngineRun {
  articles: number;
  stories: number;
  sentences: number;
  claims: number;
  verdicts: Record<Verdict, number>;
  /** Worker threads the analysis ran on (0: this thread only). */
  threads: number;
  /** Stories analysed on this thread (all of them with no workers; with `--threads auto`, its share beside them). */
  storiesHere: number;
  loadMs: number;
  ms: number;
  /** CPU time (user + system, every thread) of the analysis: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  peakRssMb: number;
  stages: StageTimes | null;
}

const { values } = parseArgs({ options: { content: { type: 'string' }, threads: { type: 'string', default: 'auto' }, stages: { type: 'boolean', default: false } } });
if (!values.content) throw new Error('engine-run: --content DIR is required');
const threads = values.threads === 'auto' ? 'auto' : Number(values.threads);
if (threads !== 'auto' && !(Number.isInteger(threads) && threads >= 0)) throw new Error(`engine-run: --threads must be "auto" or a whole number, got "${values.threads}"`);

const loadStart = performance.now();
const corpus = loadCorpus(values.content);
const loadMs = performance.now() - loadStart;

let result: EngineRun;
if (values.stages) {
  const cpuStart = process.cpuUsage();
  const stages = await timeStages(corpus);
  const cpu = process.cpuUsage(cpuStart);
  result = {
    articles: corpus.articles.length,
    stories: corpus.stories.length,
    sentences: stages.sentences,
    claims: stages.claims,
    verdicts: { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 },
    threads: 0,
    storiesHere: corpus.stories.length,
    loadMs: Math.round(loadMs),
    ms: Math.round(stages.totalMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb(),
    stages,
  };
} else {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const run = await analyzeSite(corpus, { root: ROOT, cacheDir: null, workers: threads });
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const { analysis } = run;
  const verdicts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 };
  for (const claim of analysis.claims) verdicts[claim.verdict] += 1;
  result = {
    articles: corpus.articles.length,
    stories: corpus.stories.length,
    sentences: analysis.articles.reduce((sum, article) => sum + article.sentences.length, 0),
    claims: analysis.claims.length,
    verdicts,
    threads: run.workers,
    storiesHere: run.analysed - run.inWorkers,
    loadMs: Math.round(loadMs),
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb(),
    stages: null,
  };
}
report(result);
