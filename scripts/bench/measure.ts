/**
 * Runs a measurement in a fresh Node process (so each run pays its own start-up and its peak RSS is
 * its own), and small statistics helpers. A child prints one line `BENCH_RESULT <json>`; everything
 * else it prints is passed through to the bench's stderr, so engine logs stay visible.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the bench keeps its builds, profiles and servers' files (git-ignored). */
export const WORK = path.join(ROOT, '.cache', 'bench');

const MARKER = 'BENCH_RESULT ';

/** Prints a child's result for the parent to read. */
export function report(result: unknown): void {
  process.stdout.write(`\n${MARKER}${JSON.stringify(result)}\n`);
}

/** Options for a child run. */
export interface ChildOptions {
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeFlags?: string[];
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this many milliseconds. */
  timeoutMs?: number;
}

/** Runs `script` (TypeScript, through tsx) in a new Node process and returns its BENCH_RESULT. */
export function runChild<T>(script: string, args: string[], options: ChildOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      // Pass through whole lines that are not the result line.
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) if (line && !line.startsWith(MARKER)) process.stderr.write(`  | ${line}\n`);
    });
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(MARKER));
      if (code !== 0 || !line) {
        reject(new Error(`${path.relative(ROOT, script)} ${args.join(' ')} failed (exit ${code}${signal ? `, ${signal}` : ''})`));
        return;
      }
      resolve(JSON.parse(line.slice(MARKER.length)) as T);
    });
  });
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The peak resident set size of this process so far, in MB (Linux reports maxRSS in KiB). */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
