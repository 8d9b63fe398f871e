import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { distFigures } from '../../../scripts/bench/dist-figures.ts';
import type { BuildEntry } from '../../../scripts/bench/results.ts';
import { siteBudgets } from '../../../scripts/bench/site-figures.ts';

/** A small dist: bytes chosen so each folder's total can be checked by hand. */
function dist(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'dist-figures-'));
  const files: Record<string, number> = {
    'index.html': 300,
    'robots.txt': 20,
    'claims/a/index.html': 1000,
    'claims/b/index.html': 4000,
    'claims/index.html': 2500,
    'data/stories/a.json': 7000,
    'data/claims.json': 600,
  };
  for (const [file, size] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x'.repeat(size));
  }
  return root;
}

describe('dist figures', () => {
  const figures = distFigures(dist(), 3);

  test('count every file, by top-level folder, largest folder first', () => {
    expect(figures.bytes).toBe(15_420);
    expect(figures.files).toBe(7);
    expect(figures.pages).toBe(4);
    expect(figures.folders).toEqual([
      { folder: 'data', bytes: 7600, files: 2, pages: 0 },
      { folder: 'claims', bytes: 7500, files: 3, pages: 3 },
      { folder: '(root)', bytes: 320, files: 2, pages: 1 },
    ]);
  });

  test('list the largest HTML pages, and the largest of each folder', () => {
    expect(figures.largestPages).toEqual([
      { file: 'claims/b/index.html', bytes: 4000 },
      { file: 'claims/index.html', bytes: 2500 },
      { file: 'claims/a/index.html', bytes: 1000 },
    ]);
    expect(figures.largestPageByFolder).toEqual([
      { file: 'claims/b/index.html', bytes: 4000 },
      { file: 'index.html', bytes: 300 },
    ]);
  });
});

describe('issue 15 budgets', () => {
  const build = (distBytes: number, largest: number, ms: number, rebuildMs: number | null): BuildEntry => ({
    articles: 10_000,
    ms,
    pages: 1,
    pagesPerSecond: 1,
    distBytes,
    peakRssMb: null,
    engineShare: 0,
    largestPages: [{ file: 'outlets/x/index.html', bytes: largest }],
    rebuild: rebuildMs === null ? null : { ms: rebuildMs, cpuMs: null, pages: 1, added: 'a.md' },
  });

  test('pass at the limits and fail just over them', () => {
    expect(siteBudgets([build(500e6, 200_000, 180_000, 60_000)]).map((b) => b.pass)).toEqual([true, true, true, true]);
    expect(siteBudgets([build(500e6 + 1, 200_001, 180_001, 60_001)]).map((b) => b.pass)).toEqual([false, false, false, false]);
  });

  test('say "not measured" for what a run did not measure', () => {
    expect(siteBudgets(undefined).map((b) => b.pass)).toEqual([null, null, null, null]);
    const noRebuild = siteBudgets([build(1, 1, 1, null)]);
    expect(noRebuild[3]).toMatchObject({ value: 'not measured', pass: null });
  });
});
