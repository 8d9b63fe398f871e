/**
 * Search at scale, measured in a real browser: generates N synthetic claims (default 10,000, with
 * 3.4 claims per article as the engine finds at 10,000 generated articles, evidence sentences and
 * article text), builds the search index exactly as the site does (records → index files), bundles
 * the site's own search code with Vite into a page with the header box and the search page's
 * markup, serves it, and types realistic queries character by character in headless Chromium.
 * Reports what the first query of a fresh page transfers (search code and index files, each
 * gzipped at level 6, as GitHub Pages serves them) and the time from each keystroke to rendered
 * results (DOM updated and laid out), median and 95th percentile.
 *
 *   node --import tsx scripts/bench-search.ts [--claims 10000] [--rounds 3] [--seed N] [--out FILE]
 *
 * Writes `{claims, payloadGzBytes, medianMs, p95Ms, ...}` to FILE or stdout, where payloadGzBytes
 * is the largest first-query transfer over all benchmark queries; details go to stderr.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { buildSearchIndex } from '../src/search/build-index.ts';
import { searchRecords } from '../src/search/documents.ts';
import { INDEX_DIR } from '../src/search/keys.ts';
import { CHROMIUM_ARGS, systemChromium } from './lib/chromium.ts';
import { syntheticSearchSource } from './lib/synthetic-claims.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORK = path.join(ROOT, '.cache', 'bench-search');
const CHROMIUM = systemChromium() ?? '/usr/bin/chromium';

/** What readers type: names (some misspelt), topics, phrases, a hyphenated term, an outlet, several words. */
export const QUERIES = [
  'ushakov',
  'lavrow',
  'Ushkaov',
  'three-stage',
  'peace plan',
  '"security guarantees"',
  'ceasefire talks',
  'rubio embassy',
  'lavrov denies',
  '"denied any knowledge"',
  'four-hour meeting',
  'sanctions',
  'kremlin aide',
  'zelensky',
  'moscow times',
  'prisoner exchange',
  'embasy staffing rubio',
];

const { values } = parseArgs({
  options: {
    claims: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '20250218' },
    out: { type: 'string' },
    delay: { type: 'string', default: '50' },
  },
});
const claims = Number(values.claims);
const rounds = Number(values.rounds);
const log = (...parts: unknown[]): void => console.error('[bench-search]', ...parts);

/** Nearest-rank quantile of sorted numbers. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** The markup of the header box and the search page, as SearchBox.astro and search/index.astro render it. */
function harnessHtml(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Search benchmark</title></head>
<body>
<header class="site-header"><div class="wrap bar">
  <form class="search-box" role="search" action="/search/" method="get" data-search-box>
    <label for="site-search" class="visually-hidden">Search claims, articles and people</label>
    <input id="site-search" name="q" type="search" autocomplete="off" spellcheck="false" data-search-input>
    <button type="submit">Search</button>
    <div class="search-popup" data-search-popup hidden>
      <p class="search-summary" data-search-summary></p>
      <div id="site-search-listbox" class="search-listbox" role="listbox" aria-label="Search suggestions" data-search-listbox></div>
      <p class="search-popup-more"><a href="/search/" data-search-more>See all results</a></p>
    </div>
    <div class="visually-hidden" role="status" data-search-live></div>
  </form>
</div></header>
<main id="main"><div class="wrap">
  <h1>Search</h1>
  <div class="search-page" data-search-page>
  <form class="search-page-form" role="search" action="/search/" method="get">
    <label for="search-page-input">Search claims, articles and people</label>
    <div class="search-page-row"><input id="search-page-input" name="q" type="search" autocomplete="off" data-search-input><button type="submit">Search</button></div>
  </form>
  <p class="search-page-summary" data-search-summary></p>
  <div class="visually-hidden" role="status" data-search-live></div>
  <div class="search-page-results" data-search-results></div>
  </div>
</div></main>
<script type="module" src="./main.ts"></script>
</body></html>`;
}

/**
 * Warns when the harness uses a hook (`data-search-*`, an id) the site no longer renders: in its
 * components, or in the header script that writes the suggestions popup on first use.
 */
function checkHarnessMarkup(): void {
  const components = ['src/components/SearchBox.astro', 'src/pages/search/index.astro', 'src/search/header-search.ts']
    .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
    .join('\n');
  const hooks = new Set(harnessHtml().match(/data-search-[a-z-]+|id="(?:site-)?search[a-z-]*"/g) ?? []);
  const missing = [...hooks].filter((hook) => !components.includes(hook.replace(/^id="(.*)"$/, '$1')));
  if (missing.length > 0) log(`warning: the harness markup uses ${missing.join(', ')}, which the components no longer have`);
}

/** Bundles the site's search code into the harness page with Vite, as Astro would. */
async function buildHarness(dir: string): Promise<string> {
  const source = path.join(dir, 'src');
  const dist = path.join(dir, 'dist');
  mkdirSync(path.join(source, 'search'), { recursive: true });
  writeFileSync(path.join(source, 'search', 'index.html'), harnessHtml());
  const styles = readFileSync(path.join(ROOT, 'src/components/SearchStyles.astro'), 'utf8');
  writeFileSync(path.join(source, 'search', 'results.css'), /<style is:global>([\s\S]*?)<\/style>/.exec(styles)?.[1] ?? '');
  const relative = (file: string): string => path.relative(path.join(source, 'search'), path.join(ROOT, file)).split(path.sep).join('/');
  writeFileSync(
    path.join(source, 'search', 'main.ts'),
    `import '${relative('src/styles/global.css')}';\nimport './results.css';\nimport { installSearch } from '${relative('src/search/bootstrap.ts')}';\nimport { mountSearchPage } from '${relative('src/search/search-page.ts')}';\ninstallSearch();\nmountSearchPage();\n`,
  );
  writeFileSync(path.join(source, 'astro-config-stub.ts'), "export const base = '/';\n");
  await build({
    root: source,
    base: '/',
    logLevel: 'warn',
    configFile: false,
    resolve: { alias: { 'astro:config/client': path.join(source, 'astro-config-stub.ts') } },
    build: { outDir: dist, emptyOutDir: true, rollupOptions: { input: path.join(source, 'search', 'index.html') } },
  });
  return dist;
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves a folder; `/search/` serves its index.html. */
function serve(dist: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    let pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(dist, pathname);
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    });
  });
}

/** Timings of one view. */
interface Run {
  latencies: number[];
  searchMs: number[];
  buildMs: number[];
  layoutMs: number[];
  loadMs: number[];
}

/**
 * Types every query letter by letter into `selector`, `rounds` times, each round on a freshly
 * loaded page (so no round profits from the caches and compiled code of the one before), and
 * collects each keystroke's latency: from the key event to the results rendered and laid out.
 */
async function typeQueries(page: Page, url: string, selector: string, formSelector: string): Promise<Run> {
  const run: Run = { latencies: [], searchMs: [], buildMs: [], layoutMs: [], loadMs: [] };
  for (let round = 0; round < rounds; round++) {
    await page.goto(url);
    await page.locator('.search-page-summary', { hasText: /^Search / }).waitFor({ timeout: 60_000 });
    run.loadMs.push(await page.evaluate(() => performance.now()));
    await page.evaluate((form) => {
      const state = window as unknown as { __t0: number; __armed: boolean; __run: Omit<Run, 'loadMs'> };
      state.__run = { latencies: [], searchMs: [], buildMs: [], layoutMs: [] };
      state.__armed = false;
      window.addEventListener('keydown', (event) => (state.__t0 = event.timeStamp), true);
      document.querySelector(form)?.addEventListener('search:rendered', (event) => {
        if (!state.__armed) return;
        const rendered = performance.now();
        void document.body.getBoundingClientRect(); // style and layout of the new results
        const laidOut = performance.now();
        state.__run.latencies.push(laidOut - state.__t0);
        state.__run.layoutMs.push(laidOut - rendered);
        const detail = (event as CustomEvent<{ searchMs: number; buildMs?: number }>).detail;
        state.__run.searchMs.push(detail.searchMs);
        if (detail.buildMs !== undefined) state.__run.buildMs.push(detail.buildMs);
      });
    }, formSelector);
    const input = page.locator(selector);
    for (const query of QUERIES) {
      await input.fill('');
      await input.focus();
      await page.evaluate(() => ((window as unknown as { __armed: boolean }).__armed = true));
      await page.keyboard.type(query, { delay: Number(values.delay) });
      await page.waitForTimeout(80);
      await page.evaluate(() => ((window as unknown as { __armed: boolean }).__armed = false));
    }
    const result = await page.evaluate(() => (window as unknown as { __run: Omit<Run, 'loadMs'> }).__run);
    run.latencies.push(...result.latencies);
    run.searchMs.push(...result.searchMs);
    run.buildMs.push(...result.buildMs);
    run.layoutMs.push(...result.layoutMs);
  }
  for (const list of Object.values(run) as number[][]) list.sort((a, b) => a - b);
  return run;
}

/**
 * Opens the search page in a fresh browser context (empty cache), types `query` and waits for its
 * results; returns the gzipped size of every script and index file it fetched on the way.
 */
async function firstQueryTransfer(browser: Browser, url: string, dist: string, query: string): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const pathname = new URL(request.url()).pathname;
    if (pathname.endsWith('.js') || pathname.endsWith('.json')) fetched.add(pathname);
  });
  await page.goto(url);
  await page.locator('.search-page-summary', { hasText: /^Search / }).waitFor({ timeout: 60_000 });
  const rendered = page.evaluate(
    (text) =>
      new Promise<void>((resolve) => {
        document.querySelector('[data-search-page] form')?.addEventListener('search:rendered', (event) => {
          if ((event as CustomEvent<{ query: string }>).detail.query === text) resolve();
        });
      }),
    query,
  );
  await page.locator('#search-page-input').fill(query);
  await rendered;
  await context.close();
  let bytes = 0;
  for (const file of fetched) bytes += gzipSync(readFileSync(path.join(dist, decodeURIComponent(file)))).length;
  return { bytes, files: fetched.size };
}

async function main(): Promise<void> {
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });

  log(`generating ${claims.toLocaleString('en')} claims`);
  const source = syntheticSearchSource({ claims, seed: Number(values.seed) });
  const started = performance.now();
  const records = searchRecords(source);
  const files = buildSearchIndex(records);
  const buildMs = performance.now() - started;
  const count = (kind: string): number => records.filter((record) => record.kind === kind).length;

  checkHarnessMarkup();
  const dist = await buildHarness(WORK);
  let indexBytes = 0;
  let indexGzBytes = 0;
  for (const [file, data] of files) {
    const target = path.join(dist, INDEX_DIR, `${file}.json`);
    mkdirSync(path.dirname(target), { recursive: true });
    const json = JSON.stringify(data);
    writeFileSync(target, json);
    indexBytes += json.length;
    indexGzBytes += gzipSync(json).length;
  }
  log(
    `records: ${count('claim')} claims, ${count('article')} articles, ${count('person')} people;`,
    `index built in ${Math.round(buildMs)} ms: ${files.size.toLocaleString('en')} files, ${indexBytes.toLocaleString('en')} bytes,`,
    `${indexGzBytes.toLocaleString('en')} gzipped`,
  );
  const assets = readdirSync(path.join(dist, 'assets')).filter((name) => name.endsWith('.js'));
  const jsGz = assets.map((name) => [name, gzipSync(readFileSync(path.join(dist, 'assets', name))).length] as const);
  log(`search code: ${jsGz.map(([name, bytes]) => `${name} ${bytes.toLocaleString('en')} B gz`).join(', ')}`);

  const { server, origin } = await serve(dist);
  const browser = await chromium.launch({ ...(existsSync(CHROMIUM) ? { executablePath: CHROMIUM } : {}), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => log('page error:', error.message));
    page.on('console', (message) => log(`console ${message.type()}:`, message.text()));
    const url = `${origin}/search/`;
    const pageRun = await typeQueries(page, url, '#search-page-input', '[data-search-page] form');
    const headerRun = await typeQueries(page, url, '#site-search', 'form[data-search-box]');
    log(`index fetched, parsed and indexed (ms after navigation): median ${Math.round(quantile(pageRun.loadMs, 0.5))}, worst ${Math.round(pageRun.loadMs.at(-1) ?? 0)}`);
    const summarize = (name: string, run: Run): void => {
      const list = run.latencies;
      log(
        `${name}: ${list.length} keystrokes, keystroke to rendered results median ${round2(quantile(list, 0.5))} ms,`,
        `p95 ${round2(quantile(list, 0.95))} ms, max ${round2(list.at(-1) ?? Number.NaN)} ms;`,
        `of which searching median ${round2(quantile(run.searchMs, 0.5))} ms (p95 ${round2(quantile(run.searchMs, 0.95))}),`,
        `style and layout median ${round2(quantile(run.layoutMs, 0.5))} ms (p95 ${round2(quantile(run.layoutMs, 0.95))})`,
      );
    };
    summarize('search page (up to 20 results)', pageRun);
    summarize('header suggestions (up to 11)', headerRun);
    log(`search page DOM building median ${round2(quantile(pageRun.buildMs, 0.5))} ms, p95 ${round2(quantile(pageRun.buildMs, 0.95))} ms`);
    const pageLatencies = pageRun.latencies;

    // What the first query of a fresh page transfers, for every benchmark query.
    const transfers: Array<{ query: string; bytes: number; files: number }> = [];
    for (const query of QUERIES) transfers.push({ query, ...(await firstQueryTransfer(browser, url, dist, query)) });
    transfers.sort((a, b) => a.bytes - b.bytes);
    const largest = transfers.at(-1) ?? { query: '', bytes: 0, files: 0 };
    log(
      `first query transfer (search code + index files, gzipped): median ${Math.round(quantile(transfers.map((t) => t.bytes), 0.5) / 1024)} KB,`,
      `largest ${Math.round(largest.bytes / 1024)} KB in ${largest.files} files for ${JSON.stringify(largest.query)}`,
    );
    log(`load average ${os.loadavg().map((load) => load.toFixed(2)).join(' ')} on ${os.cpus().length} cores`);

    const result = {
      claims: count('claim'),
      articles: count('article'),
      payloadGzBytes: largest.bytes,
      firstQueryMedianGzBytes: quantile(transfers.map((t) => t.bytes), 0.5),
      indexGzBytes,
      indexFiles: files.size,
      medianMs: round2(quantile(pageLatencies, 0.5)),
      p95Ms: round2(quantile(pageLatencies, 0.95)),
      headerMedianMs: round2(quantile(headerRun.latencies, 0.5)),
      headerP95Ms: round2(quantile(headerRun.latencies, 0.95)),
    };
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
