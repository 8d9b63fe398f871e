/**
 * The build warns about kept article lines that look like page furniture (issue 13): the warning
 * names the file and line, and the build still succeeds and publishes the article with the line in
 * it (editors decide). One real `astro build` of a small tree.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { articleFile, validTree, writeTree } from '../support/content-tree.ts';
import { buildSite } from '../support/site-build.ts';

const BODY = [
  'The bridge reopened on Thursday after eight months of repairs, the city said.',
  '',
  'Share on Facebook Share on X Email.',
  '',
  'Traffic resumed at noon and the first buses crossed an hour later.',
  '',
  'drone view',
  '',
].join('\n');

test('a kept share row and a caption fragment are warned about with file and line, and the build succeeds', () => {
  const tree = { ...validTree(), 'articles/daily-planet-bridge.md': articleFile({}, BODY) };
  const result = buildSite({ contentDir: writeTree(tree), name: 'furniture-warnings' });
  expect(result.ok, result.output.slice(-2000)).toBe(true);
  // The frontmatter takes lines 1-6, so the body's third line is line 9 and its seventh line 13.
  expect(result.output).toMatch(/kept line looks like furniture: \S*articles\/daily-planet-bridge\.md:9: looks like page furniture \(share or follow buttons\): "Share on Facebook Share on X Email\."/);
  expect(result.output).toMatch(/articles\/daily-planet-bridge\.md:13: a short line that is not a sentence[^\n]*"drone view"/);
  expect(result.output).not.toMatch(/daily-planet-bridge\.md:(?:7|11):/);
  const page = path.join(result.outDir, 'articles', 'daily-planet-bridge', 'index.html');
  expect(existsSync(page)).toBe(true);
  expect(readFileSync(page, 'utf8')).toContain('Share on Facebook Share on X Email.');
});
