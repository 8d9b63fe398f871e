/**
 * The analysis runs with V8's TurboFan off (src/analysis/compiler.ts), and with worker threads on
 * every core without parallel scavenges, concurrent typed-array sweeping or concurrent compiling: flags of the whole process, which must be on again for the
 * rest of the build once the last analysis has ended, whether that analysis succeeded or failed.
 * Checked in child processes: with V8's own test functions, which tell whether a function was
 * compiled by TurboFan, and with V8's trace of each young-generation collection, which gives the time
 * helper threads spent in it.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COMPILER = pathToFileURL(path.join(ROOT, 'src', 'analysis', 'compiler.ts')).href;

/** Whether a fresh function can be compiled by TurboFan at each step, as the child reports it. */
const TURBOFAN_CHILD = `
const { withEngineFlags } = await import(${JSON.stringify(COMPILER)});
const status = new Function('f', 'return %GetOptimizationStatus(f)');
const optimise = new Function('f', '%PrepareFunctionForOptimization(f); f(1); f(2); %OptimizeFunctionOnNextCall(f); f(3);');
// V8's OptimizationStatus bit for code made by TurboFan.
const TURBOFANNED = 1 << 6;
const turbofan = () => {
  const f = new Function('x', 'return x * 2 + 1');
  optimise(f);
  return (status(f) & TURBOFANNED) !== 0;
};
const seen = { before: turbofan() };
await withEngineFlags(async () => {
  seen.during = turbofan();
  // A second analysis that ends while the first still runs leaves TurboFan off.
  await withEngineFlags(async () => {});
  seen.afterInner = turbofan();
});
seen.after = turbofan();
await withEngineFlags(async () => { throw new Error('a failed analysis'); }).catch(() => {});
seen.afterFailure = turbofan();
console.log(JSON.stringify(seen));
`;

test('TurboFan is off while an analysis runs and on again when the last one has ended, even after a failure', () => {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', TURBOFAN_CHILD], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({
    before: true,
    during: false,
    afterInner: false,
    after: true,
    afterFailure: true,
  });
});

/**
 * Young-generation collections with 400,000 live objects to copy in each phase: before, during an
 * analysis on threads that fill the cores, during one that does not, after it and after a failed
 * one; two per phase, since V8 sometimes makes the one asked for a full collection. V8's
 * `--trace-gc-nvp` line of each gives `background.scavenge.parallel`, the helpers' time in it. V8 prints those lines itself, out of step with the child's console, so the child marks its
 * phases through V8's own printing too (`%DebugPrint`).
 */
const SCAVENGE_CHILD = `
const { withEngineFlags } = await import(${JSON.stringify(COMPILER)});
const mark = new Function('text', '%DebugPrint(text)');
const collect = (phase) => {
  const live = [];
  for (let i = 0; i < 400000; i++) live.push({ i, text: 'x' + i });
  mark('phase-start ' + phase);
  gc({ type: 'minor' });
  gc({ type: 'minor' });
  mark('phase-end');
  return live.length;
};
collect('before');
await withEngineFlags(async () => collect('filling'), { threadsFillCores: true });
await withEngineFlags(async () => collect('oneThread'));
collect('after');
await withEngineFlags(async () => { throw new Error('a failed analysis'); }, { threadsFillCores: true }).catch(() => {});
collect('afterFailure');
`;

test('with threads on every core, young-generation collections run without helper threads, which are back once the analysis has ended', () => {
  // A young generation the 400,000 objects fit in, so that they are all there to copy when asked.
  const flags = ['--allow-natives-syntax', '--expose-gc', '--trace-gc-nvp', '--min-semi-space-size=64', '--max-semi-space-size=64'];
  const run = spawnSync(process.execPath, [...flags, '--import', 'tsx', '--input-type=module', '-e', SCAVENGE_CHILD], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  // The helpers' milliseconds in each phase's young-generation collections, the most of them.
  const helpers: Record<string, number> = {};
  let phase: string | null = null;
  for (const line of run.stdout.split('\n')) {
    const start = /phase-start (\w+)/.exec(line);
    if (start) phase = start[1] ?? null;
    else if (line.includes('phase-end')) phase = null;
    else if (phase !== null && / gc=s /.test(line)) {
      helpers[phase] = Math.max(helpers[phase] ?? 0, Number(/ background\.scavenge\.parallel=([\d.]+)/.exec(line)?.[1]));
    }
  }
  expect(Object.keys(helpers).sort()).toEqual(['after', 'afterFailure', 'before', 'filling', 'oneThread']);
  expect(helpers.filling).toBe(0);
  for (const parallel of ['before', 'oneThread', 'after', 'afterFailure']) expect(helpers[parallel], parallel).toBeGreaterThan(0);
});

test('with threads on every core, typed arrays that died are also swept, and code optimised, on the thread that needs it', async () => {
  const { flagsOff } = await import('../../../src/analysis/compiler.ts');
  expect(flagsOff({ threadsFillCores: true })).toEqual(['turbofan', 'parallel-scavenge', 'concurrent-array-buffer-sweeping', 'concurrent-recompilation']);
  expect(flagsOff({})).toEqual(['turbofan']);
});
