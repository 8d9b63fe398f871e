/**
 * The analysis runs with V8's TurboFan off (src/analysis/compiler.ts), a flag of the whole process:
 * it must be on again for the rest of the build once the last analysis has ended, whether that
 * analysis succeeded or failed. Checked in a child process with V8's own test functions, which tell
 * whether a function was compiled by TurboFan.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const COMPILER = pathToFileURL(path.join(ROOT, 'src', 'analysis', 'compiler.ts')).href;

/** Whether a fresh function can be compiled by TurboFan at each step, as the child reports it. */
const CHILD = `
const { withoutTurbofan } = await import(${JSON.stringify(COMPILER)});
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
await withoutTurbofan(async () => {
  seen.during = turbofan();
  // A second analysis that ends while the first still runs leaves TurboFan off.
  await withoutTurbofan(async () => {});
  seen.afterInner = turbofan();
});
seen.after = turbofan();
await withoutTurbofan(async () => { throw new Error('a failed analysis'); }).catch(() => {});
seen.afterFailure = turbofan();
console.log(JSON.stringify(seen));
`;

test('TurboFan is off while an analysis runs and on again when the last one has ended, even after a failure', () => {
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', CHILD], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout)).toEqual({ before: true, during: false, afterInner: false, after: true, afterFailure: true });
});
