/**
 * Lighthouse (the npm package, default mobile config with simulated throttling) on a few pages of a
 * served site, driving Debian's Chromium (CHROME_PATH or /usr/bin/chromium) with the same headless
 * flags as the browser tests. Each page is audited `runs` times; the run with the median
 * performance score is kept. For every category below 100 it lists the audits that cost points.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';

/** Chromium flags shared with the Playwright setup, plus a bigger shared-memory allowance for Lighthouse. */
export const CHROMIUM_FLAGS = [...CHROMIUM_ARGS, '--disable-dev-shm-usage'];

/** Scores (0-100) of one page, the kept run's key metrics and what cost points. */
export interface LighthousePage {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Performance score of every run, in run order. */
  performanceRuns: number[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Bytes the page transferred (Lighthouse's total-byte-weight). */
  transferBytes: number;
  /** Audits below full score, by category, for categories under 100. */
  lost: Record<string, string[]>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Starts Chromium with remote debugging and resolves with its DevTools port. */
async function launchChromium(): Promise<{ port: number; process: ChildProcess; profile: string }> {
  const executable = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-chromium-'));
  const child = spawn(executable, [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${log}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return { port, process: child, profile };
}

/** Audits each page `runs` times and keeps the median-performance run; writes the JSON reports to `reportDir`. */
export async function auditPages(pages: Record<string, string>, runs: number, reportDir: string): Promise<Record<string, LighthousePage>> {
  mkdirSync(reportDir, { recursive: true });
  const chromium = await launchChromium();
  const out: Record<string, LighthousePage> = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
        writeFileSync(path.join(reportDir, `${name}-${run + 1}.json`), JSON.stringify(result.lhr));
        results.push(result.lhr);
      }
      const score = (lhr: Result, id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const kept = sorted[Math.floor((sorted.length - 1) / 2)] ?? sorted[0];
      if (!kept) continue;
      const numeric = (id: string): number => kept.audits[id]?.numericValue ?? Number.NaN;
      const lost: Record<string, string[]> = {};
      for (const id of CATEGORIES) {
        const category = kept.categories[id];
        if (!category || (category.score ?? 0) >= 1) continue;
        lost[id] = category.auditRefs
          .filter((ref) => ref.weight > 0 && (kept.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${ref.id} (${Math.round((kept.audits[ref.id]?.score ?? 0) * 100)})`);
      }
      out[name] = {
        url,
        performance: score(kept, 'performance'),
        accessibility: score(kept, 'accessibility'),
        bestPractices: score(kept, 'best-practices'),
        seo: score(kept, 'seo'),
        performanceRuns: results.map((lhr) => score(lhr, 'performance')),
        metrics: {
          fcpMs: Math.round(numeric('first-contentful-paint')),
          lcpMs: Math.round(numeric('largest-contentful-paint')),
          tbtMs: Math.round(numeric('total-blocking-time')),
          cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
          speedIndexMs: Math.round(numeric('speed-index')),
        },
        transferBytes: Math.round(numeric('total-byte-weight')),
        lost,
      };
    }
  } finally {
    chromium.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(chromium.profile, { recursive: true, force: true });
  }
  return out;
}
