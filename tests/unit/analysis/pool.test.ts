/**
 * How the analysis threads load the TypeScript sources (src/analysis/pool.ts): with Node's own type
 * stripping, which needs the engine and everything a worker imports to be erasable TypeScript (no
 * parameter properties, enums or namespaces); and through tsx when a worker's sources need more.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { analyzeInThreads, defaultLoader } from '../../../src/analysis/pool.ts';
import type { StoryTask } from '../../../src/engine/index.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORK = path.join(ROOT, '.cache', 'tests', 'analysis-pool');

const task = (id: string): StoryTask => ({ story: { id, title: id, date: '2025-01-01', summary: '' }, articles: [] });

/** A stand-in project under WORK whose analysis worker is `worker` (TypeScript source); returns its root. */
function standIn(name: string, worker: string): string {
  const root = path.join(WORK, name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'src', 'analysis'), { recursive: true });
  writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(root, 'src', 'analysis', 'worker.ts'), worker);
  return root;
}

describe('worker sources', () => {
  test('this Node strips types, so the threads run without a compiler', () => {
    expect(defaultLoader()).toBe('native');
  });

  test("the worker and everything it imports load with Node's type stripping alone", () => {
    // Outside a worker thread the script only loads its imports (it has no parent port to serve).
    const run = spawnSync(process.execPath, [path.join(ROOT, 'src', 'analysis', 'worker.ts')], { cwd: ROOT, encoding: 'utf8' });
    const hint = 'a file under src/engine, src/markdown or src/analysis uses TypeScript that Node cannot strip (a parameter property, an enum, a namespace): write it as plain fields and functions, or the analysis threads fall back to the slower tsx';
    expect(run.stderr, hint).toBe('');
    expect(run.status, hint).toBe(0);
  });

  test('a worker whose sources need a compiler is started again through tsx, and every story still comes back', async () => {
    // A stand-in project whose worker uses a parameter property and echoes each story id.
    const root = standIn('needs-compiler', `import { parentPort } from 'node:worker_threads';
import { serialize } from 'node:v8';
class Echo {
  constructor(readonly tag: string) {}
}
const echo = new Echo('compiled');
if (parentPort) {
  const port = parentPort;
  port.postMessage({ ready: true });
  port.on('message', (request: { index: number; task: { story: { id: string } } }) => {
    port.postMessage({ index: request.index, raw: serialize({ id: request.task.story.id, tag: echo.tag }), packed: null });
  });
}
`);
    const tasks = ['a', 'b', 'c', 'd', 'e'].map(task);
    const heard: Array<[number, unknown]> = [];
    await analyzeInThreads(tasks, [0, 1, 2, 3, 4], { root, threads: 2, setup: { outlets: [], packed: false }, loader: 'native' }, (index, raw) => {
      heard.push([index, deserialize(raw)]);
    });
    expect(heard.sort((x, y) => x[0] - y[0])).toEqual(tasks.map((t, i) => [i, { id: t.story.id, tag: 'compiled' }]));
  }, 60_000);

  test('a worker that fails for any other reason fails the run with its error', async () => {
    const root = standIn('broken', "throw new Error('no language data here');\n");
    await expect(analyzeInThreads([task('a')], [0], { root, threads: 1, setup: { outlets: [], packed: false } }, () => undefined)).rejects.toThrow('no language data here');
  }, 60_000);
});

describe('this thread beside the workers', () => {
  test('given an analyser of its own, this thread takes stories from the small end of the queue, and every story is analysed once', async () => {
    const root = standIn('here-too', `import { parentPort } from 'node:worker_threads';
import { serialize } from 'node:v8';
if (parentPort) {
  const port = parentPort;
  port.postMessage({ ready: true });
  port.on('message', (request: { index: number }) => port.postMessage({ index: request.index, raw: serialize(request.index), packed: null }));
}
`);
    // Story i has i + 1 articles of one character: the queue runs from index 7 (largest) down to 0.
    const tasks = Array.from({ length: 8 }, (_, i) => ({ ...task(`s${i}`), articles: Array.from({ length: i + 1 }, (_, k) => ({ id: `a${k}`, title: '', story: `s${i}`, outlet: 'o', published: '2025-01-01', body: 'x' })) }));
    const here: number[] = [];
    const there: number[] = [];
    await analyzeInThreads(tasks, tasks.map((_, i) => i), { root, threads: 1, setup: { outlets: [], packed: false }, loader: 'native', here: (index) => here.push(index) }, (index, raw) => {
      expect(deserialize(raw)).toBe(index);
      there.push(index);
    });
    expect([...here, ...there].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
    // This thread starts at once with the smallest story, while the worker loads.
    expect(here[0]).toBe(0);
    expect(here).toEqual([...here].sort((a, b) => a - b));
  }, 60_000);
});
