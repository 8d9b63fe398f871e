/**
 * The shape of `bench/results.json`, the budgets the issue sets, and how each budget is checked
 * against a results object. Shared by the bench and by the table printer.
 */
import type { LighthousePage } from './lighthouse.ts';
import type { FolderFigure, PageFigure } from './dist-figures.ts';
import type { PageWeight } from './page-weight.ts';
import type { ProfileSummary } from './profile.ts';
import type { BuildProfile } from './build-phases.ts';
import type { RebuildEntry } from './rebuild.ts';
import type { TreeComparison } from './tree-diff.ts';
import { siteBudgets } from './site-figures.ts';
import type { StageTimes } from './stages.ts';

/** One corpus the bench generated. */
export interface CorpusEntry {
  articles: number;
  stories: number;
  outlets: number;
  sentences: number;
  bytes: number;
  generateMs: number;
  dir: string;
}

/** The engine at one size: median wall time of `runs` fresh-process runs, as the build runs it (worker threads when it pays). */
export interface EngineEntry {
  articles: number;
  claims: number;
  ms: number;
  /** Articles analysed per second of wall time (median run). */
  articlesPerSecond: number;
  /** Worker threads the analysis ran on (0: one thread). */
  threads: number;
  peakRssMb: number;
  runs: number;
  runsMs: number[];
  /** Median CPU time (user + system, all threads) of the analysis; close to `ms` × threads on a quiet machine. */
  cpuMs: number;
  /** The same on one thread (`analyzeCorpus`'s own loop), median of as many runs. */
  singleThread?: { ms: number; cpuMs: number; runsMs: number[]; articlesPerSecond: number; peakRssMb: number };
  loadMs: number;
  sentences: number;
  verdicts: Record<string, number>;
  /** Milliseconds per 1,000 sentences, to compare sizes. */
  msPer1kSentences: number;
}

/** The naive all-pairs baseline at one size. */
export interface NaiveEntry {
  articles: number;
  ms: number;
  cutOff?: true;
  estimatedMs?: number;
  capMs: number;
  pairs: number;
  comparedPairs: number;
  clusters: number;
  /** Engine median ms / naive ms (the estimate when the naive run was cut off). */
  engineRatio: number;
}

/** The full `astro build` at one size. */
export interface BuildEntry {
  articles: number;
  ms: number;
  pages: number;
  pagesPerSecond: number;
  distBytes: number;
  peakRssMb: number | null;
  /** Engine median ms at this size / build ms: the share of the build the analysis takes (null when the engine was not timed: --build-only). */
  engineShare: number | null;
  /** User plus system CPU time (less skewed by other work on the machine than `ms`). */
  cpuMs?: number | null;
  /** Files in dist, dist by top-level folder, the 10 largest HTML pages, the largest page of each folder (issue 15). */
  files?: number;
  folders?: FolderFigure[];
  largestPages?: PageFigure[];
  largestByFolder?: PageFigure[];
  /** Time by phase and pages rendered by kind (scripts/bench/build-phases.ts). */
  profile?: BuildProfile;
  /** The one-minute load average when the build started and ended: other work on the machine. */
  load?: [number, number];
  /** The rebuild after adding one article, Astro's cache kept from this build (scripts/bench/site-figures.ts). */
  rebuild?: {
    ms: number;
    cpuMs: number | null;
    pages: number;
    added: string;
    profile?: BuildProfile;
    load?: [number, number];
    /** The same content from an empty cache folder, and how the two outputs compare (site-figures.ts). */
    clean?: { ms: number; cpuMs: number | null; load: [number, number]; profile: BuildProfile; comparison: TreeComparison };
  } | null;
}

/** Search latency at 10,000 claims, as scripts/bench-search.ts reports it. */
export interface SearchEntry {
  claims: number;
  /** The largest first-query transfer (search code and index files, gzipped) over the benchmark's queries. */
  payloadGzBytes: number;
  medianMs: number;
  p95Ms: number;
  [key: string]: unknown;
}

/** Share cards, as scripts/bench-cards.ts reports them. */
export interface CardsEntry {
  cards: number;
  medianMs: number;
  p95Ms: number;
  medianBytes: number;
  meanBytes: number;
  maxBytes: number;
  cachedMedianMs: number;
  [key: string]: unknown;
}

/** One budget and whether the measured value meets it. */
export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
}

/** Everything `npm run bench` writes. */
export interface BenchResults {
  generated: string;
  command: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGb: number;
    node: string;
    chromium: string | null;
    commit: string | null;
    dirty: boolean;
    /** 1, 5 and 15 minute load averages when the bench started and ended (other work skews the figures). */
    loadAverageStart: number[];
    loadAverageEnd?: number[];
  };
  seed: string;
  notes: string[];
  corpus: CorpusEntry[];
  engine: EngineEntry[];
  naiveBaseline: NaiveEntry[];
  /** Engine time at the largest size / at the smallest (near-linear means close to the size ratio). */
  scaling: { from: number; to: number; timeRatio: number; cpuTimeRatio: number; sizeRatio: number } | null;
  build?: BuildEntry[];
  search?: SearchEntry | { error: string };
  cards?: CardsEntry | { error: string };
  lighthouse?: Record<string, LighthousePage>;
  lighthouseSite?: { content: string; base: string; pages: Record<string, string>; runs: number };
  claimPageBytesGz?: number;
  claimPage?: PageWeight;
  profile?: { articles: number; stages: StageTimes | null; cpu: ProfileSummary | null };
  /** The engine's stages timed on one thread at the largest size. */
  stages?: { articles: number; times: StageTimes } | { articles: number; error: string };
  /** The analysis step of a rebuild after one article was added: clean vs cached. */
  rebuild?: RebuildEntry[];
  budgets: Budget[];
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** Checks every budget the results have figures for; others are listed as not measured. */
export function checkBudgets(results: BenchResults): Budget[] {
  const budgets: Budget[] = [];
  const engine10k = results.engine.find((entry) => entry.articles === 10_000);
  budgets.push(
    engine10k
      ? { name: 'engine at 10,000 articles: throughput', limit: '>= 1,000 articles/s', value: `${engine10k.articlesPerSecond} articles/s (${(engine10k.ms / 1000).toFixed(1)} s)`, pass: engine10k.articlesPerSecond >= 1000 }
      : { name: 'engine at 10,000 articles: throughput', limit: '>= 1,000 articles/s', value: 'not measured', pass: null },
    engine10k
      ? { name: 'engine at 10,000 articles: peak RSS', limit: '<= 1.5 GB', value: `${engine10k.peakRssMb} MB`, pass: engine10k.peakRssMb <= 1536 }
      : { name: 'engine at 10,000 articles: peak RSS', limit: '<= 1.5 GB', value: 'not measured', pass: null },
  );
  const rebuild10k = results.rebuild?.find((entry) => entry.articles === 10_000);
  budgets.push(
    rebuild10k
      ? { name: 'analysis after adding one article (10,000, cached)', limit: '<= 60 s', value: `${(rebuild10k.cached.ms / 1000).toFixed(1)} s (clean ${(rebuild10k.clean.ms / 1000).toFixed(1)} s)`, pass: rebuild10k.cached.ms <= 60_000 }
      : { name: 'analysis after adding one article (10,000, cached)', limit: '<= 60 s', value: 'not measured', pass: null },
  );
  const engine1k = results.engine.find((entry) => entry.articles === 1_000);
  budgets.push(
    engine1k && engine10k
      ? { name: 'engine time 10,000 / 1,000 articles', limit: '< 12', value: (engine10k.ms / engine1k.ms).toFixed(2), pass: engine10k.ms / engine1k.ms < 12 }
      : { name: 'engine time 10,000 / 1,000 articles', limit: '< 12', value: 'not measured', pass: null },
  );
  if (results.lighthouse) {
    for (const [page, scores] of Object.entries(results.lighthouse)) {
      const values = `perf ${scores.performance}, a11y ${scores.accessibility}, best ${scores.bestPractices}, seo ${scores.seo}`;
      budgets.push({
        name: `Lighthouse ${page} page`,
        limit: 'perf >= 98, others 100',
        value: values,
        pass: scores.performance >= 98 && scores.accessibility === 100 && scores.bestPractices === 100 && scores.seo === 100,
      });
    }
  } else {
    budgets.push({ name: 'Lighthouse (home, story, claim, article)', limit: 'perf >= 98, others 100', value: 'not measured', pass: null });
  }
  budgets.push(
    results.claimPageBytesGz !== undefined
      ? { name: 'claim page transfer (HTML+CSS+JS, gzip)', limit: '< 30 KB', value: kb(results.claimPageBytesGz), pass: results.claimPageBytesGz < 30_000 }
      : { name: 'claim page transfer (HTML+CSS+JS, gzip)', limit: '< 30 KB', value: 'not measured', pass: null },
  );
  const search = results.search && 'claims' in results.search ? results.search : null;
  budgets.push(
    search
      ? { name: 'search first query transfer at 10,000 claims (issue 14)', limit: '<= 300 KB gz', value: kb(search.payloadGzBytes), pass: search.payloadGzBytes <= 300_000 }
      : { name: 'search first query transfer at 10,000 claims (issue 14)', limit: '<= 300 KB gz', value: 'not measured', pass: null },
    search
      ? { name: 'search keystroke to results (issues 5, 14)', limit: 'median < 16 ms, p95 <= 50 ms', value: `median ${search.medianMs} ms, p95 ${search.p95Ms} ms`, pass: search.medianMs < 16 && search.p95Ms <= 50 }
      : { name: 'search keystroke to results (issues 5, 14)', limit: 'median < 16 ms, p95 <= 50 ms', value: 'not measured', pass: null },
  );
  budgets.push(...siteBudgets(results.build));
  return budgets;
}
