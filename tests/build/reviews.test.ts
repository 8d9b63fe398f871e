/**
 * A review that no longer matches its article stops a real `astro build` with one message naming the
 * review file, the review, what no longer matches and the closest current sentence, and no stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { assembleContent, buildSite, ROOT } from '../support/site-build.ts';

test('an edited sentence makes its review stale, and the build says which and what it reads now', () => {
  const content = assembleContent('stale-review', [path.join(ROOT, 'tests/fixtures/reviews')]);
  const file = path.join(content, 'articles/lakeside-gazette-bridge.md');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain('The repairs cost 42 million crowns, according to the city council.');
  writeFileSync(file, text.replace('The repairs cost 42 million crowns, according', 'The repairs cost 43 million crowns, according'));

  const result = buildSite({ name: 'stale-review', contentDir: content });
  expect(result.ok, result.output.slice(-2000)).toBe(false);
  expect(result.output).toContain('reviews/ardlow-bridge-reopens.yaml: field "[1].claim" (value: "The repairs cost 42 million crowns")');
  expect(result.output).toContain('review [1] (by Mira Holt, 2031-04-14): the quote is not in any sentence of lakeside-gazette-bridge');
  expect(result.output).toMatch(/did you mean sentence s-[0-9a-f]{8}: "The repairs cost 43 million crowns, according to the city council\."\?/);
  expect(result.output).toContain('[stale-review]');
  expect(result.output).toContain('Content check failed with 1 problem');
  expect(result.output, 'no stack trace').not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
});
