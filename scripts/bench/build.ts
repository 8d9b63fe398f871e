/**
 * Runs the full `astro build` of a content tree the way the tests do (own output and cache folders,
 * CONTENT_DIR/OUT_DIR/ASTRO_CACHE_DIR/BASE_PATH/SITE_URL in the environment) and measures it: wall
 * time, CPU time and peak RSS (GNU time), pages written and the size of `dist`. A clean build
 * starts without Astro's cache folder; `keepCache` keeps the one an earlier build left (a rebuild).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProfile, LineStamper, type BuildProfile } from './build-phases.ts';
import { ROOT, WORK } from './measure.ts';

const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/** Options of one build. */
export interface SiteBuild {
  /** Build name: output goes to `.cache/bench/<name>/dist`. */
  name: string;
  contentDir: string;
  base: string;
  site: string;
  /** Keep Astro's cache folder from the previous build of this name (default: start clean). */
  keepCache?: boolean;
}

/** What a build produced and cost. */
export interface BuildMeasure {
  ms: number;
  peakRssMb: number | null;
  /** User plus system CPU time of the build (GNU time); less skewed by other work than `ms`. */
  cpuMs: number | null;
  pages: number;
  distBytes: number;
  outDir: string;
  /** Time by phase and pages rendered or restored by kind, from the build's log (build-phases.ts). */
  profile: BuildProfile;
  /** The one-minute load average when the build started and ended. */
  load: [number, number];
}

/** The output folder of a named build. */
export function outDirOf(name: string): string {
  return path.join(WORK, name, 'dist');
}

/** Builds the site and measures it; throws with the build's last output lines if it fails. */
export async function buildSite(options: SiteBuild): Promise<BuildMeasure> {
  const dir = path.join(WORK, options.name);
  const outDir = outDirOf(options.name);
  const cacheDir = path.join(dir, 'astro-cache');
  rmSync(outDir, { recursive: true, force: true });
  if (!options.keepCache) rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const timeFile = path.join(dir, 'time.txt');
  rmSync(timeFile, { force: true });
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: options.contentDir,
    BASE_PATH: options.base,
    SITE_URL: options.site,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
  };
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', '%M %U %S', '-o', timeFile, process.execPath, ASTRO, 'build'] : [ASTRO, 'build'];
  const loadAtStart = os.loadavg()[0] ?? 0;
  const start = performance.now();
  // One stamper per stream, so a line cut in two chunks of one stream is never mixed with the other's.
  const streams = { out: new LineStamper(), err: new LineStamper() };
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (stamper: LineStamper) => (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      stamper.push(text, performance.now() - start);
      output = (output + text).slice(-20_000);
    };
    child.stdout.on('data', take(streams.out));
    child.stderr.on('data', take(streams.err));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, output }));
  });
  const ms = Math.round(performance.now() - start);
  const lines = [...streams.out.end(ms), ...streams.err.end(ms)].sort((a, b) => a.ms - b.ms);
  // The whole log, each line with its time, for a closer look than the phases give.
  writeFileSync(path.join(dir, 'build.log'), lines.map((line) => `${(line.ms / 1000).toFixed(3).padStart(8)} ${line.text}`).join('\n'));
  if (code !== 0) throw new Error(`astro build of ${options.name} failed (exit ${code}):\n${output.split('\n').slice(-30).join('\n')}`);
  const [kb, user, system] = (useTime && existsSync(timeFile) ? (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '') : '').split(' ').map(Number);
  const { pages, bytes } = walk(outDir);
  return {
    ms,
    peakRssMb: kb !== undefined && Number.isFinite(kb) ? Math.round(kb / 1024) : null,
    cpuMs: user !== undefined && system !== undefined && Number.isFinite(user + system) ? Math.round((user + system) * 1000) : null,
    pages,
    distBytes: bytes,
    outDir,
    profile: buildProfile(lines, ms),
    load: [Math.round(loadAtStart * 100) / 100, Math.round((os.loadavg()[0] ?? 0) * 100) / 100],
  };
}

/** Counts HTML pages and bytes under a folder. */
export function walk(dir: string): { pages: number; bytes: number } {
  let pages = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    bytes += statSync(file).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}
