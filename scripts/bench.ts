/**
 * `npm run bench [-- options]`: measures how the product scales and writes bench/results.json.
 *
 * For each size it generates a corpus (scripts/generate-corpus.ts, fixed seed), then measures, each
 * in a fresh Node process: the engine alone as the build runs it (src/analysis/, worker threads when
 * it pays; median wall and CPU time, articles per second, peak RSS, claims) and on one thread, the
 * naive all-pairs baseline on the same corpus (time-capped), the analysis step of a rebuild after one
 * article is added (clean vs with the per-story cache), and the full `astro build` (with a cached
 * rebuild after one article, both timed by phase from their logs; `--build-only` times the builds
 * alone). At the largest size it times the engine's stages. Then search at 10,000 claims (scripts/bench-search.ts), Lighthouse on four pages of
 * the seed site built under a base path, and the claim page's gzipped weight; finally it checks
 * the budgets and prints a table. Speed is measured here, never by timed tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './bench/corpus/generate.ts';
import { buildSite, outDirOf } from './bench/build.ts';
import { buildEntry, measureBuildRebuild, outputFigures } from './bench/site-figures.ts';
import type { EngineRun } from './bench/engine-run.ts';
import { auditPages } from './bench/lighthouse.ts';
import { median, ROOT, runChild, WORK } from './bench/measure.ts';
import type { NaiveResult } from './bench/naive-baseline.ts';
import { pageWeight } from './bench/page-weight.ts';
import { measureRebuild } from './bench/rebuild.ts';
import { summariseProfile } from './bench/profile.ts';
import { checkBudgets, type BenchResults, type CardsEntry, type SearchEntry } from './bench/results.ts';
import { serveStatic } from './bench/serve.ts';
import { formatMarkdown, formatReport } from './bench/table.ts';

const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,10000    corpus sizes in articles                          [1000,10000]
  --engine-only         only the engine and the naive baseline (no build, search, Lighthouse)
  --build-only          only the full astro builds (clean, and the rebuild after one article)
  --out FILE            where to write the results                        [bench/results.json]
  --seed S              corpus seed                                       [1]
  --runs N              engine runs per size (median is reported)         [3 up to 2,000 articles, else 2]
  --naive-cap SECONDS   stop the naive baseline after this long and extrapolate   [120]
  --lighthouse-runs N   Lighthouse runs per page (median kept)            [3]
  --no-build            skip the full astro builds
  --no-rebuild          skip the rebuild after adding one article (at the largest size)
  --no-rebuild-check    skip the clean build of the same content that the rebuild's output is compared with
  --no-search           skip scripts/bench-search.ts
  --no-lighthouse       skip Lighthouse and the claim page weight
  --profile             also time the engine's stages and take a CPU profile at the largest size
  --print FILE          measure nothing: print the report of an earlier results file
  --markdown            with --print, print Markdown tables (for the README)
  -h, --help            show this help

Exit code 1 when a budget fails, 2 on wrong arguments.
`;

const ENGINE_RUN = path.join(ROOT, 'scripts', 'bench', 'engine-run.ts');
const NAIVE_RUN = path.join(ROOT, 'scripts', 'bench', 'naive-run.ts');
const SEARCH_BENCH = path.join(ROOT, 'scripts', 'bench-search.ts');
const BASE = '/factcheck/';
const SEARCH_TIMEOUT_MS = 15 * 60_000;

const log = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

function parse(): ReturnType<typeof parseOptions> | null {
  try {
    return parseOptions();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
    return null;
  }
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      'engine-only': { type: 'boolean', default: false },
      'build-only': { type: 'boolean', default: false },
      out: { type: 'string', default: path.join('bench', 'results.json') },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string' },
      'naive-cap': { type: 'string', default: '120' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      'no-rebuild-check': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-lighthouse': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      print: { type: 'string' },
      markdown: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values['engine-only'] && values['build-only']) throw new Error('--engine-only and --build-only exclude each other');
  const sizes = values.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 5)) throw new Error(`--sizes must be whole numbers of at least 5, got "${values.sizes}"`);
  const positive = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const number = Number(value);
    if (!(number > 0)) throw new Error(`--${name} must be a positive number, got "${value}"`);
    return number;
  };
  return {
    help: values.help,
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    engineOnly: values['engine-only'],
    buildOnly: values['build-only'],
    out: path.resolve(values.out),
    seed: values.seed,
    runs: positive('runs', values.runs),
    naiveCapMs: (positive('naive-cap', values['naive-cap']) ?? 120) * 1000,
    lighthouseRuns: positive('lighthouse-runs', values['lighthouse-runs']) ?? 3,
    build: !values['engine-only'] && !values['no-build'],
    rebuild: !values['engine-only'] && !values['no-build'] && !values['no-rebuild'],
    rebuildCheck: !values['no-rebuild-check'],
    search: !values['engine-only'] && !values['build-only'] && !values['no-search'],
    lighthouse: !values['engine-only'] && !values['build-only'] && !values['no-lighthouse'],
    profile: values.profile,
    print: values.print,
    markdown: values.markdown,
  };
}

/** Facts about the machine and the code that was measured. */
function machine(): BenchResults['machine'] {
  const chromium = spawnSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    chromium: chromium.status === 0 ? chromium.stdout.trim() : null,
    commit: commit.status === 0 ? commit.stdout.trim() : null,
    dirty: status.status === 0 ? status.stdout.trim() !== '' : false,
    loadAverageStart: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

/** Runs scripts/bench-search.ts and reads its --out file. */
async function runSearchBench(): Promise<SearchEntry | { error: string }> {
  if (!existsSync(SEARCH_BENCH)) return { error: 'scripts/bench-search.ts does not exist yet' };
  const outFile = path.join(WORK, 'search.json');
  rmSync(outFile, { force: true });
  const code = await new Promise<number | string | null>((resolve) => {
    // In its own process group, so a timeout also ends the browser it started.
    const child = spawn(process.execPath, ['--import', 'tsx', SEARCH_BENCH, '--out', outFile], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      resolve('a timeout after 15 minutes');
    }, SEARCH_TIMEOUT_MS);
    child.on('close', (exit) => {
      clearTimeout(timer);
      resolve(exit);
    });
    child.on('error', () => resolve(-1));
  });
  if (code !== 0 || !existsSync(outFile)) return { error: `scripts/bench-search.ts exited with ${code}` };
  return JSON.parse(readFileSync(outFile, 'utf8')) as SearchEntry;
}

/** Runs scripts/bench-cards.ts (2,000 cards) and reads its --out file. */
async function runCardsBench(): Promise<CardsEntry | { error: string }> {
  const outFile = path.join(WORK, 'cards.json');
  rmSync(outFile, { force: true });
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-cards.ts'), '--out', outFile], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('close', resolve);
    child.on('error', () => resolve(-1));
  });
  if (code !== 0 || !existsSync(outFile)) return { error: `scripts/bench-cards.ts exited with ${code}` };
  return JSON.parse(readFileSync(outFile, 'utf8')) as CardsEntry;
}

/** The four pages Lighthouse audits: home, the first story, the heaviest claim page, the longest article. */
function pickPages(dist: string): Record<string, string> {
  const dirs = (sub: string): string[] =>
    existsSync(path.join(dist, sub))
      ? readdirSync(path.join(dist, sub)).filter((name) => existsSync(path.join(dist, sub, name, 'index.html')) && !/^\d+$/.test(name))
      : [];
  const heaviest = (sub: string, names: string[]): string | undefined =>
    names.map((name) => [name, statSync(path.join(dist, sub, name, 'index.html')).size] as const).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  // Claim pages, not the paginated claims index (claims/2/, claims/3/, ...: left out by dirs()).
  const claims = dirs('claims');
  // Story pages, not the story list's filter folders (contested/, month/, page/).
  const story = dirs('stories')
    .filter((name) => !['contested', 'month', 'page'].includes(name))
    .sort()[0];
  const claim = heaviest('claims', claims);
  const article = heaviest('articles', dirs('articles'));
  if (!story || !claim || !article) throw new Error(`the seed site has no story, claim or article page in ${dist}`);
  return { home: '', story: `stories/${story}/`, claim: `claims/${claim}/`, article: `articles/${article}/` };
}

async function main(): Promise<void> {
  const options = parse();
  if (!options) return;
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }
  if (options.print) {
    const earlier = JSON.parse(readFileSync(options.print, 'utf8')) as BenchResults;
    process.stdout.write(options.markdown ? formatMarkdown(earlier) : formatReport(earlier));
    return;
  }
  mkdirSync(WORK, { recursive: true });
  const argv = process.argv.slice(2);
  const results: BenchResults = {
    generated: new Date().toISOString(),
    command: `npm run bench${argv.length > 0 ? ` -- ${argv.join(' ')}` : ''}`,
    machine: machine(),
    seed: options.seed,
    notes: [],
    corpus: [],
    engine: [],
    naiveBaseline: [],
    scaling: null,
    budgets: [],
  };
  const busy = results.machine.loadAverageStart[0] ?? 0;
  if (busy > 0.5 * results.machine.cores) {
    const note = `the machine was busy when the bench started (load average ${busy} on ${results.machine.cores} cores): times are inflated`;
    results.notes.push(note);
    log(`warning: ${note}`);
  }
  const save = (): void => {
    results.machine.loadAverageEnd = os.loadavg().map((load) => Math.round(load * 100) / 100);
    results.budgets = checkBudgets(results);
    mkdirSync(path.dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  };

  /** The engine as the build runs it and on one thread, the naive baseline, and the analysis step of a rebuild, at one size; returns the engine's median ms. */
  const measureEngine = async (size: number, dir: string): Promise<number> => {
    const runs = options.runs ?? (size <= 2000 ? 3 : 2);
    const engineRuns: EngineRun[] = [];
    const singleRuns: EngineRun[] = [];
    // Alternating the two kinds of run, so a burst of other work on the machine hits both alike.
    for (let run = 1; run <= runs; run++) {
      for (const [threads, list] of [['auto', engineRuns], ['0', singleRuns]] as const) {
        log(`engine, ${size} articles, run ${run}/${runs}, ${threads === 'auto' ? 'as the build runs it' : 'one thread'}`);
        const result = await runChild<EngineRun>(ENGINE_RUN, ['--content', dir, '--threads', threads]);
        log(`  ${result.ms} ms (CPU ${result.cpuMs} ms, ${result.threads} worker threads), ${result.claims} claims, peak RSS ${result.peakRssMb} MB`);
        list.push(result);
      }
    }
    const first = engineRuns[0] as EngineRun;
    const ms = Math.round(median(engineRuns.map((run) => run.ms)));
    const singleMs = Math.round(median(singleRuns.map((run) => run.ms)));
    if (singleRuns.some((run) => run.claims !== first.claims) || engineRuns.some((run) => run.claims !== first.claims)) {
      results.notes.push(`at ${size} articles the runs found different numbers of claims: ${[...engineRuns, ...singleRuns].map((run) => run.claims).join(', ')}`);
    }
    results.engine.push({
      articles: size,
      claims: first.claims,
      ms,
      articlesPerSecond: Math.round(size / (ms / 1000)),
      threads: first.threads,
      peakRssMb: Math.max(...engineRuns.map((run) => run.peakRssMb)),
      runs,
      runsMs: engineRuns.map((run) => run.ms),
      cpuMs: Math.round(median(engineRuns.map((run) => run.cpuMs))),
      singleThread: {
        ms: singleMs,
        cpuMs: Math.round(median(singleRuns.map((run) => run.cpuMs))),
        runsMs: singleRuns.map((run) => run.ms),
        articlesPerSecond: Math.round(size / (singleMs / 1000)),
        peakRssMb: Math.max(...singleRuns.map((run) => run.peakRssMb)),
      },
      loadMs: Math.round(median(engineRuns.map((run) => run.loadMs))),
      sentences: first.sentences,
      verdicts: first.verdicts,
      msPer1kSentences: Math.round((ms / first.sentences) * 1000 * 10) / 10,
    });

    log(`naive all-pairs baseline, ${size} articles (cap ${options.naiveCapMs / 1000} s)`);
    const naive = await runChild<NaiveResult>(NAIVE_RUN, ['--content', dir, '--cap-ms', String(options.naiveCapMs)]);
    log(`  ${naive.ms} ms over ${naive.comparedPairs.toLocaleString('en-US')} of ${naive.pairs.toLocaleString('en-US')} pairs${naive.cutOff ? ' (cut off)' : ''}`);
    results.naiveBaseline.push({
      articles: size,
      ms: naive.ms,
      ...(naive.cutOff ? { cutOff: true as const, estimatedMs: naive.estimatedMs ?? naive.ms } : {}),
      capMs: options.naiveCapMs,
      pairs: naive.pairs,
      comparedPairs: naive.comparedPairs,
      clusters: naive.clusters,
      engineRatio: Math.round((ms / (naive.cutOff ? (naive.estimatedMs ?? naive.ms) : naive.ms)) * 100) / 100,
    });
    save();

    log(`rebuild after one article, ${size} articles: the analysis step clean and with the cache`);
    try {
      results.rebuild ??= [];
      results.rebuild.push(await measureRebuild(dir, size, log));
    } catch (error) {
      results.notes.push(`rebuild measure at ${size} articles failed: ${(error as Error).message.split('\n')[0]}`);
      log((error as Error).message);
    }
    save();
    return ms;
  };

  for (const size of options.sizes) {
    const dir = path.join(ROOT, 'bench', 'corpus', `${size}-seed-${options.seed}`);
    log(`generating ${size.toLocaleString('en-US')} articles into ${path.relative(ROOT, dir)}`);
    const started = performance.now();
    const corpus = generateCorpus({ articles: size, seed: options.seed });
    writeCorpus(dir, corpus);
    results.corpus.push({
      articles: size,
      stories: corpus.manifest.stories,
      outlets: corpus.manifest.outlets,
      sentences: corpus.manifest.sentences,
      bytes: corpus.manifest.bytes,
      generateMs: Math.round(performance.now() - started),
      dir: path.relative(ROOT, dir),
    });

    // The engine's median time at this size (null with --build-only, which times the builds alone).
    let ms: number | null = null;
    if (!options.buildOnly) ms = await measureEngine(size, dir);

    if (options.build) {
      log(`astro build, ${size} articles`);
      try {
        const siteBuild = { name: `build-${size}`, contentDir: dir, base: BASE, site: 'http://localhost:4330' };
        const build = await buildSite(siteBuild);
        const entry = buildEntry(size, build, ms, outputFigures(build.outDir));
        results.build ??= [];
        results.build.push(entry);
        log(`  ${build.ms} ms (CPU ${build.cpuMs ?? '?'} ms), ${build.pages} pages, dist ${(build.distBytes / 1e6).toFixed(1)} MB, peak RSS ${build.peakRssMb} MB`);
        if (options.rebuild && size === options.sizes.at(-1)) {
          log(`  rebuild after adding one article, Astro's cache kept`);
          entry.rebuild = await measureBuildRebuild(siteBuild, options.rebuildCheck, log);
          log(`  ${entry.rebuild.ms} ms (CPU ${entry.rebuild.cpuMs ?? '?'} ms)`);
        }
        // The output is large and only its size matters here.
        rmSync(build.outDir, { recursive: true, force: true });
      } catch (error) {
        results.notes.push(`astro build at ${size} articles failed: ${(error as Error).message.split('\n')[0]}`);
        log((error as Error).message);
      }
      save();
    }
  }

  const smallest = results.engine[0];
  const largest = results.engine.at(-1);
  if (smallest && largest && largest !== smallest) {
    results.scaling = {
      from: smallest.articles,
      to: largest.articles,
      timeRatio: Math.round((largest.ms / smallest.ms) * 100) / 100,
      cpuTimeRatio: Math.round((largest.cpuMs / smallest.cpuMs) * 100) / 100,
      sizeRatio: largest.articles / smallest.articles,
    };
  }

  if (largest && !options.buildOnly) {
    const dir = path.join(ROOT, results.corpus.at(-1)?.dir ?? '');
    log(`stages: each stage timed on one thread at ${largest.articles} articles`);
    try {
      const run = await runChild<EngineRun>(ENGINE_RUN, ['--content', dir, '--stages']);
      if (run.stages) results.stages = { articles: largest.articles, times: run.stages };
    } catch (error) {
      results.stages = { articles: largest.articles, error: (error as Error).message.split('\n')[0] ?? '' };
    }
    save();
  }

  if (options.search) {
    log('search at 10,000 claims (scripts/bench-search.ts)');
    results.search = await runSearchBench();
    save();
    log('share cards (scripts/bench-cards.ts)');
    results.cards = await runCardsBench();
    save();
  }

  if (options.lighthouse) {
    const content = path.join(ROOT, 'content');
    const name = 'seed-site';
    const dist = outDirOf(name);
    // Serve first, so the site is built for the exact origin Lighthouse sees (canonical URLs).
    const server = await serveStatic(dist, BASE);
    try {
      const origin = new URL(server.url).origin;
      log(`astro build of the seed site (content/) under ${BASE} for ${origin}`);
      await buildSite({ name, contentDir: content, base: BASE, site: origin });
      const pages = pickPages(dist);
      results.lighthouseSite = { content: 'content/ (seed story)', base: BASE, pages, runs: options.lighthouseRuns };
      log(`Lighthouse on ${Object.values(pages).map((page) => BASE + page).join(', ')}`);
      results.lighthouse = await auditPages(
        Object.fromEntries(Object.entries(pages).map(([page, url]) => [page, server.url + url])),
        options.lighthouseRuns,
        path.join(WORK, 'lighthouse'),
      );
      results.claimPage = pageWeight(dist, BASE, path.join(pages.claim ?? '', 'index.html'));
      results.claimPageBytesGz = results.claimPage.totalGz;
    } catch (error) {
      results.notes.push(`Lighthouse on the seed site failed: ${(error as Error).message.split('\n')[0]}`);
      log((error as Error).message);
    } finally {
      await server.close();
    }
    save();
  }

  if (options.profile && largest) {
    const dir = path.join(ROOT, results.corpus.at(-1)?.dir ?? '');
    log(`profile: stage timings at ${largest.articles} articles`);
    let stages = null;
    try {
      stages = (await runChild<EngineRun>(ENGINE_RUN, ['--content', dir, '--stages'])).stages;
    } catch (error) {
      results.notes.push(`stage timing failed: ${(error as Error).message}`);
    }
    log(`profile: CPU profile at ${largest.articles} articles`);
    const profileDir = path.join(WORK, 'profile');
    rmSync(profileDir, { recursive: true, force: true });
    await runChild<EngineRun>(ENGINE_RUN, ['--content', dir], { nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] });
    const profileFile = readdirSync(profileDir).find((file) => file.endsWith('.cpuprofile'));
    results.profile = { articles: largest.articles, stages, cpu: profileFile ? summariseProfile(path.join(profileDir, profileFile)) : null };
    if (profileFile) results.notes.push(`CPU profile: ${path.relative(ROOT, path.join(profileDir, profileFile))} (open in Chrome DevTools)`);
  }

  save();
  process.stdout.write(`\n${formatReport(results)}\nWrote ${path.relative(process.cwd(), options.out)}\n`);
  if (results.budgets.some((budget) => budget.pass === false)) process.exitCode = 1;
}

await main();
