/**
 * `npm run analyze` reads content the way the build does: it lists what was skipped on purpose
 * and flags odd articles in the same words, and refuses bad content with the same report.
 * (The build's side is in tests/build/content-cases.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFile, validTree, writeTree } from '../../support/content-tree.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function analyze(contentDir: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/analyze.ts'), '--json'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run analyze', () => {
  test('names every skipped draft and stray file, and analyses the rest', () => {
    const root = writeTree({
      ...validTree(),
      'articles/.drafts/draft-one.md': articleFile(),
      'stories/2025/.draft-story.md': articleFile(),
      'notes.txt': 'editor notes',
      'articles/one-word.md': articleFile({}, Array.from({ length: 80 }, (_, i) => `Word${i}.`).join(' ')),
    });
    const result = analyze(root);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`skipped on purpose: ${path.join(root, 'articles/.drafts/draft-one.md')}`);
    expect(result.stderr).toContain(`skipped on purpose: ${path.join(root, 'stories/2025/.draft-story.md')}`);
    expect(result.stderr).toContain(`skipped on purpose: ${path.join(root, 'notes.txt')}`);
    expect(result.stderr).toContain(`warning: ${path.join(root, 'articles/one-word.md')}: far outside the shape of prose`);
    const data = JSON.parse(result.stdout) as { articles: Array<{ id: string }> };
    expect(data.articles.map((article) => article.id).sort()).toEqual(['daily-planet-bridge', 'one-word']);
  }, 60_000);

  test('refuses bad content with the build\'s report', () => {
    const root = writeTree({ ...validTree(), 'articles/lost.md': articleFile({}, 'Before.\n\n<script>\n\nAfter the script.\n') });
    const result = analyze(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Content check failed with 1 problem');
    expect(result.stderr).toContain(`${path.join(root, 'articles/lost.md')} (value: "After the script."): line 3 of the body: <script> is never closed`);
  }, 60_000);
});
