import { describe, expect, test } from 'vitest';
import { buildProfile, LineStamper, logLines, pageGroup } from '../../../scripts/bench/build-phases.ts';

/** A short astro build log as the bench receives it: each line with the seconds since the start. */
const LOG: Array<[number, string]> = [
  [1.5, '01:12:07 [factcheck:content-guard] content OK: 47 stories, 25 outlets, 1000 articles'],
  [2.0, '01:12:09 [content] Syncing content'],
  [4.0, '01:12:13 [content] Synced content'],
  [4.1, '01:12:13 [build] ✓ Completed in 5.35s.'],
  [9.0, ' generating static routes '],
  [12.0, '[analysis] 47 stories: 46 from the cache, 1 analysed on the main thread'],
  [13.0, "[page-cache] keys of 47 stories' pages in 283 ms"],
  [15.0, '01:12:32   ├─ /articles/a/index.html (cached)'],
  [15.1, '01:12:32   ├─ /articles/b/index.html (+12ms) '],
  [15.2, '01:12:32   ├─ /claims/c-0123/index.html (+1.5s) '],
  [15.3, '01:12:32   ├─ /claims/2/index.html (+3ms) '],
  [15.4, '01:12:32   ├─ /claims/small-pages.json (+40ms) '],
  [15.5, '01:12:32   ├─ /stories/s/index.html (restored)'],
  [15.6, '01:12:32   ├─ /stories/s/2/index.html (cached)'],
  [15.7, '01:12:32   ├─ /stories/s/rss.xml (+2ms) '],
  [15.8, '01:12:32   └─ /stories/contested/index.html (+1ms) '],
  [20.0, '01:12:51 ✓ Completed in 1m 2s.'],
  [20.1, '01:12:51 [build] ✓ Completed in 37.73s.'],
  [23.0, '01:12:52 [factcheck:claim-small-pages] 4578 small claim pages written'],
  [24.0, '01:12:52 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
];

describe('a build’s time by phase, from its log', () => {
  const profile = buildProfile(
    LOG.map(([s, text]) => ({ ms: s * 1000, text })),
    25_000,
  );

  test('the integrations after the pages may log in any order', () => {
    const swapped = LOG.map(([sec, text]): [number, string] => [sec, text]);
    const small = swapped.findIndex(([, text]) => text.includes('small claim pages'));
    const map = swapped.findIndex(([, text]) => text.includes('sitemap-index'));
    const [a, b] = [swapped[small] as [number, string], swapped[map] as [number, string]];
    swapped[small] = [a[0], b[1]];
    swapped[map] = [b[0], a[1]];
    const phases = buildProfile(swapped.map(([sec, text]) => ({ ms: sec * 1000, text })), 25_000).phases.slice(-3);
    expect(phases).toEqual([
      { name: 'sitemap', ms: 3000 },
      { name: 'small claim pages', ms: 1000 },
      { name: 'rest (page count, exit)', ms: 1000 },
    ]);
  });

  test('each phase runs from the line that ends the one before to its own last line', () => {
    expect(profile.phases).toEqual([
      { name: 'config and content check', ms: 1500 },
      { name: 'content layer sync', ms: 2500 },
      { name: 'types and Vite bundles', ms: 5000 },
      { name: 'content and analysis', ms: 3000 },
      { name: 'page cache keys', ms: 1000 },
      { name: 'other static paths', ms: 2000 },
      { name: 'pages (render or restore)', ms: 5000 },
      { name: 'small claim pages', ms: 3000 },
      { name: 'sitemap', ms: 1000 },
      { name: 'rest (page count, exit)', ms: 1000 },
    ]);
  });

  test('pages are counted by kind, rendered or kept, each kind with the time between its lines and the line before', () => {
    const byGroup = Object.fromEntries(profile.pages.map((group) => [group.group, group]));
    // The first page line starts the count; each later one adds the 100 ms since the line before.
    expect(byGroup['articles']).toEqual({ group: 'articles', rendered: 1, restored: 1, ms: 100 });
    expect(byGroup['claims']).toEqual({ group: 'claims', rendered: 1, restored: 0, ms: 100 });
    expect(byGroup['claims (index, lists)']).toEqual({ group: 'claims (index, lists)', rendered: 2, restored: 0, ms: 200 });
    expect(byGroup['stories/<id>/']).toEqual({ group: 'stories/<id>/', rendered: 0, restored: 2, ms: 200 });
    expect(byGroup['stories/<id>/rss.xml']).toMatchObject({ rendered: 1, ms: 100 });
    expect(byGroup['stories (lists)']).toMatchObject({ rendered: 1, ms: 100 });
  });

  test('two pages rendering at once: a path cut short by the next page’s time stamp, a kept page behind a rendering one, a time alone', () => {
    // What Astro prints with build.concurrency 2: `├─ <path>` before a render, its time after it.
    const lines = [
      { ms: 1000, text: '05:04:51   ├─ /404.html05:04:51   ├─ /articles/a/index.html (+44ms) ' },
      { ms: 1100, text: '05:04:51   ├─ /articles/b/index.html05:04:51   ├─ /articles/c/index.html (cached)' },
      { ms: 1200, text: ' (+50ms) ' },
      { ms: 1300, text: '05:04:51   └─ /stories/s/index.html (+9ms) ' },
    ];
    const groups = Object.fromEntries(buildProfile(lines, 2000).pages.map((group) => [group.group, group]));
    expect(groups).toEqual({
      '(root)': { group: '(root)', rendered: 1, restored: 0, ms: 0 },
      articles: { group: 'articles', rendered: 2, restored: 1, ms: 100 },
      'stories/<id>/': { group: 'stories/<id>/', rendered: 1, restored: 0, ms: 200 },
    });
  });

  test('page kinds', () => {
    expect(pageGroup('/index.html')).toBe('(root)');
    expect(pageGroup('/people/x/index.html')).toBe('people');
    expect(pageGroup('/people/x/2/index.html')).toBe('people');
    expect(pageGroup('/people/index.html')).toBe('people (lists)');
    expect(pageGroup('/organisations/page/2/index.html')).toBe('organisations (lists)');
    expect(pageGroup('/stories/month/2025-02/index.html')).toBe('stories (lists)');
  });
});

describe('stamping lines as they arrive', () => {
  test('a line cut across chunks gets the time its end arrived; colours are dropped', () => {
    const stamper = new LineStamper();
    stamper.push('one\ntw', 10);
    stamper.push('o\n\u001b[32mthree\u001b[39m', 20);
    expect(stamper.end(30)).toEqual([
      { ms: 10, text: 'one' },
      { ms: 20, text: 'two' },
      { ms: 30, text: 'three' },
    ]);
  });

  test('a whole log as Astro prints it under CI (coloured) reads like a plain one: a kept page and a rendered one', () => {
    // What piccolore makes of `├─ <dim>path</dim>` and `(cached)` / `(+3ms)` when CI is set.
    const coloured = '  \u001b[32m├─\u001b[39m \u001b[2m/stories/a/index.html\u001b[22m \u001b[32m(cached)\u001b[39m\n  \u001b[34m├─\u001b[39m \u001b[2m/stories/b/index.html\u001b[22m \u001b[2m(+3ms)\u001b[22m \n';
    const lines = logLines(coloured);
    expect(lines.map((line) => line.text)).toEqual(['  ├─ /stories/a/index.html (cached)', '  ├─ /stories/b/index.html (+3ms) ']);
    expect(buildProfile(lines, 0).pages).toEqual([{ group: 'stories/<id>/', rendered: 1, restored: 1, ms: 0 }]);
  });
});
