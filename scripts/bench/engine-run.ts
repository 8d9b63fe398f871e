/**
 * Child process of the bench: loads a content tree with `loadCorpus` and times `analyzeCorpus` over
 * it once. Reports wall time of the analysis alone, the load time, the claims found and the
 * process's peak RSS. With `--stages`, also times the engine's stages per story (normalize+segment,
 * annotate, match+relate+judge) by calling them one by one, to show where the time goes.
 *
 * Usage: node --import tsx scripts/bench/engine-run.ts --content DIR [--stages]
 */
import { parseArgs } from 'node:util';
import { loadCorpus } from '../../src/corpus/load.ts';
import { analyzeContent } from '../../src/corpus/analyze.ts';
import type { Verdict } from '../../src/engine/types.ts';
import { peakRssMb, report } from './measure.ts';
import { timeStages, type StageTimes } from './stages.ts';

/** What one engine run reports. */
export interface EngineRun {
  articles: number;
  stories: number;
  sentences: number;
  claims: number;
  verdicts: Record<Verdict, number>;
  loadMs: number;
  ms: number;
  /** CPU time (user + system) of the analysis: less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  peakRssMb: number;
  stages: StageTimes | null;
}

const { values } = parseArgs({ options: { content: { type: 'string' }, stages: { type: 'boolean', default: false } } });
if (!values.content) throw new Error('engine-run: --content DIR is required');

const loadStart = performance.now();
const corpus = loadCorpus(values.content);
const loadMs = performance.now() - loadStart;

let stages: StageTimes | null = null;
let result: EngineRun;
if (values.stages) {
  const cpuStart = process.cpuUsage();
  stages = await timeStages(corpus);
  const cpu = process.cpuUsage(cpuStart);
  result = {
    articles: corpus.articles.length,
    stories: corpus.stories.length,
    sentences: stages.sentences,
    claims: stages.claims,
    verdicts: { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 },
    loadMs: Math.round(loadMs),
    ms: Math.round(stages.totalMs),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb(),
    stages,
  };
} else {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const analysis = analyzeContent(corpus);
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const verdicts: Record<Verdict, number> = { corroborated: 0, conflicting: 0, disputed: 0, 'single-source': 0 };
  for (const claim of analysis.claims) verdicts[claim.verdict] += 1;
  result = {
    articles: corpus.articles.length,
    stories: corpus.stories.length,
    sentences: analysis.articles.reduce((sum, article) => sum + article.sentences.length, 0),
    claims: analysis.claims.length,
    verdicts,
    loadMs: Math.round(loadMs),
    ms: Math.round(ms),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakRssMb: peakRssMb(),
    stages,
  };
}
report(result);
