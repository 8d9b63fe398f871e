import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { compareTrees } from '../../../scripts/bench/tree-diff.ts';

const root = mkdtempSync(path.join(os.tmpdir(), 'tree-diff-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A folder with these files (relative path → text). */
function tree(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('comparing two built sites', () => {
  test('the same files with the same bytes are identical', () => {
    const files = { 'index.html': '<p>a</p>', 'claims/x/index.html': '<p>x</p>' };
    expect(compareTrees(tree('same-a', files), tree('same-b', files))).toEqual({ files: 2, otherFiles: 2, differing: 0, examples: [] });
  });

  test('a changed byte of the same size, a file in one tree only, and a longer file all count', () => {
    const a = tree('diff-a', { 'a.html': 'abc', 'b.html': 'same', 'c.html': 'short', 'only-a.html': '1' });
    const b = tree('diff-b', { 'a.html': 'abd', 'b.html': 'same', 'c.html': 'shorter', 'only-b/x.html': '2' });
    expect(compareTrees(a, b)).toEqual({ files: 4, otherFiles: 4, differing: 4, examples: ['a.html', 'c.html', 'only-a.html', 'only-b/x.html'] });
    expect(compareTrees(a, b, 2).examples).toEqual(['a.html', 'c.html']);
  });
});
