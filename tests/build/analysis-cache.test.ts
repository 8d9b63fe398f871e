/**
 * Incremental builds, for real: the seed story and a second story are built with an empty cache,
 * then three articles join the seed story and the site is built again with the warm cache — only
 * that story is analysed again, and only its pages and the site-wide ones are rendered; the second
 * story's pages are kept from the page cache (src/lib/page-cache.ts) — and with an empty one. The
 * two builds of the grown content must be byte-identical, file for file; so must a build with
 * everything cached, and one with the page cache switched off. A change of the site's address or of
 * its code must leave no page kept.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildProfile, logLines, pageLines, type PageGroup } from '../../scripts/bench/build-phases.ts';
import { listFiles } from '../support/dist.ts';
import { assembleContent, buildSite, ROOT, WORK, type BuildResult } from '../support/site-build.ts';

/** A second, small story from the seed's outlets, so one story can stay cached while the other changes. */
const SECOND_STORY: Record<string, string> = {
  'stories/bridge-reopens-2025.md': '---\ntitle: The river bridge reopens\ndate: 2025-03-02\nsummary: The main river bridge reopened after two years of repairs.\n---\nTwo outlets reported the reopening.\n',
  'articles/kyiv-post-bridge-reopens.md':
    '---\ntitle: River bridge reopens after repairs\noutlet: kyiv-post\nstory: bridge-reopens-2025\npublished: 2025-03-02\n---\nThe main river bridge reopened on Sunday after two years of repairs.\n\nThe repairs cost 48 million euros, the city council said.\n\nTraffic resumed at noon, and the first tram crossed the bridge an hour later.\n',
  'articles/moscow-times-bridge-reopens.md':
    '---\ntitle: Bridge back in service\noutlet: moscow-times\nstory: bridge-reopens-2025\npublished: 2025-03-03\n---\nThe river bridge reopened on Sunday after repairs that took two years.\n\nThe city council put the cost of the repairs at 48 million euros.\n\nTrams crossed the bridge again on Sunday afternoon.\n',
};
const SEED_STORY = 'us-russia-talks-riyadh-2025';

/** The `[analysis]` line of a build's log: stories, how many came from the cache, how many were analysed. */
function analysisLine(result: BuildResult): { cached: number; analysed: number } {
  const match = /\[analysis\] (\d+) stories: (\d+) from the cache, (\d+) analysed/.exec(result.output);
  if (!match) throw new Error(`no [analysis] line in the build log:\n${result.output.slice(-2000)}`);
  return { cached: Number(match[2]), analysed: Number(match[3]) };
}

/**
 * The pages of a build by kind, rendered or kept from the page cache, from its log (without Astro's
 * colours, which it adds whenever `CI` is set). A log without a single page line fails here rather
 * than reading as "nothing kept".
 */
function pages(result: BuildResult): Map<string, PageGroup> {
  const groups = buildProfile(logLines(result.output), 0).pages;
  expect(groups.length, `no page lines in the build log:\n${result.output.slice(-2000)}`).toBeGreaterThan(0);
  return new Map(groups.map((group) => [group.group, group]));
}

/** How many pages a build kept from the page cache. */
function kept(result: BuildResult): number {
  return [...pages(result).values()].reduce((sum, group) => sum + group.restored, 0);
}

/** How the log shows one page: `kept` (from the page cache), `rendered`, or absent. */
function pageState(result: BuildResult, file: string): 'kept' | 'rendered' | 'absent' {
  const page = pageLines(logLines(result.output)).find((line) => line.file === `/${file}`);
  if (!page) return 'absent';
  return page.kept ? 'kept' : 'rendered';
}

/** Files that differ between two dist trees (or exist in only one). */
function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  const other = listFiles(b);
  const missing = [...files.filter((f) => !other.includes(f)), ...other.filter((f) => !files.includes(f))];
  return [...missing, ...files.filter((f) => other.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))];
}

/** A copy of the project (sources and config; node_modules linked), for a build with changed code. */
function projectCopy(name: string): string {
  const copy = path.join(WORK, name, 'project');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

const cacheDir = path.join(WORK, 'incremental-cache');
const copyCache = path.join(WORK, 'incremental-copy-cache');
const builds = {} as Record<
  'first' | 'grownCached' | 'grownClean' | 'allCached' | 'shrunk' | 'switchedOff' | 'otherBase' | 'copyFirst' | 'copyAgain' | 'copyChanged',
  BuildResult
>;
/** The site's name after the change of code: every page's title carries it. */
const NEW_NAME = 'Crosscheck Renamed';

beforeAll(() => {
  const write = (dir: string): string => {
    for (const [file, text] of Object.entries(SECOND_STORY)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  };
  const first = write(assembleContent('incremental-first', [path.join(ROOT, 'content')]));
  const grown = write(assembleContent('incremental-grown', [path.join(ROOT, 'content'), path.join(ROOT, 'tests/fixtures/permalinks')]));
  rmSync(cacheDir, { recursive: true, force: true });
  builds.first = buildSite({ name: 'incremental-first', contentDir: first, cacheDir });
  builds.grownCached = buildSite({ name: 'incremental-grown-cached', contentDir: grown, cacheDir });
  builds.grownClean = buildSite({ name: 'incremental-grown-clean', contentDir: grown });
  builds.allCached = buildSite({ name: 'incremental-all-cached', contentDir: grown, cacheDir });
  // The three articles leave again: their pages, kept in the cache, must not stay on the site.
  builds.shrunk = buildSite({ name: 'incremental-shrunk', contentDir: first, cacheDir });
  builds.switchedOff = buildSite({ name: 'incremental-switched-off', contentDir: grown, cacheDir, env: { FACTCHECK_PAGE_CACHE: '0' } });
  builds.otherBase = buildSite({ name: 'incremental-other-base', contentDir: grown, cacheDir, base: '/elsewhere/' });
  // The same content built from a copy of the project: once to fill its cache, once unchanged
  // (pages are kept), once after a change to a module every page uses (no page may be kept).
  const copy = projectCopy('incremental-copy');
  rmSync(copyCache, { recursive: true, force: true });
  builds.copyFirst = buildSite({ name: 'incremental-copy-first', contentDir: grown, cacheDir: copyCache, root: copy });
  builds.copyAgain = buildSite({ name: 'incremental-copy-again', contentDir: grown, cacheDir: copyCache, root: copy });
  const site = path.join(copy, 'src/lib/site.ts');
  const source = readFileSync(site, 'utf8');
  const name = /export const SITE_NAME = '[^']*';/;
  expect(source).toMatch(name);
  writeFileSync(site, source.replace(name, `export const SITE_NAME = '${NEW_NAME}';`));
  builds.copyChanged = buildSite({ name: 'incremental-copy-changed', contentDir: grown, cacheDir: copyCache, root: copy });
  for (const [name, result] of Object.entries(builds)) expect(result.ok, `${name}:\n${result.output.slice(-3000)}`).toBe(true);
}, 900_000);

describe('a rebuild after three articles join one of two stories', () => {
  test('the first build analyses both stories, the rebuild only the story that changed', () => {
    expect(analysisLine(builds.first)).toEqual({ cached: 0, analysed: 2 });
    expect(analysisLine(builds.grownCached)).toEqual({ cached: 1, analysed: 1 });
    expect(analysisLine(builds.grownClean)).toEqual({ cached: 0, analysed: 2 });
    expect(analysisLine(builds.allCached)).toEqual({ cached: 2, analysed: 0 });
  });

  test('the rebuild with the cache is byte-identical to a clean build', () => {
    expect(listFiles(builds.grownClean.outDir).length).toBeGreaterThan(50);
    expect(differences(builds.grownCached.outDir, builds.grownClean.outDir)).toEqual([]);
  });

  test('a build with every story from the cache is byte-identical too', () => {
    expect(differences(builds.allCached.outDir, builds.grownClean.outDir)).toEqual([]);
  });

  test('the new articles are on the site (the cache did not hide them)', () => {
    const first = listFiles(builds.first.outDir);
    const grown = listFiles(builds.grownCached.outDir);
    expect(grown.filter((file) => file.startsWith('articles/rferl-riyadh-analysis/'))).not.toEqual([]);
    expect(first.filter((file) => file.startsWith('articles/rferl-riyadh-analysis/'))).toEqual([]);
  });
});

describe('pages kept from the page cache', () => {
  test('the first build keeps nothing', () => {
    expect(kept(builds.first)).toBe(0);
    expect(pageState(builds.first, 'stories/bridge-reopens-2025/index.html')).toBe('rendered');
  });

  test('the rebuild keeps the unchanged story’s pages and renders the changed story’s and the site-wide ones', () => {
    const result = builds.grownCached;
    for (const file of ['stories/bridge-reopens-2025/index.html', 'stories/bridge-reopens-2025/rss.xml', 'articles/kyiv-post-bridge-reopens/index.html', 'articles/moscow-times-bridge-reopens/index.html', 'cards/stories/bridge-reopens-2025.png']) {
      expect(pageState(result, file), file).toBe('kept');
    }
    for (const file of [`stories/${SEED_STORY}/index.html`, 'articles/kyiv-post-riyadh-talks/index.html', 'articles/rferl-riyadh-analysis/index.html', 'index.html', 'stories/index.html', 'rss.xml']) {
      expect(pageState(result, file), file).toBe('rendered');
    }
  });

  test('the data exports are written afresh by the build’s file writer, never kept: they hold the new articles', () => {
    const exported = (result: BuildResult, file: string): string => readFileSync(path.join(result.outDir, file), 'utf8');
    for (const file of ['data/claims.json', 'data/claims.csv']) {
      expect(pageState(builds.grownCached, file), file).toBe('absent');
      expect(exported(builds.grownCached, file), file).toBe(exported(builds.grownClean, file));
    }
    expect(exported(builds.first, 'data/claims.json')).not.toContain('rferl-riyadh-analysis');
    expect(exported(builds.grownCached, 'data/claims.json')).toContain('rferl-riyadh-analysis');
  });

  test('with nothing changed, no page of a story, article, claim or person is rendered again', () => {
    const groups = pages(builds.allCached);
    for (const group of ['articles', 'stories/<id>/', 'stories/<id>/rss.xml', 'cards', 'claims', 'people']) {
      expect(groups.get(group)?.rendered, group).toBe(0);
      expect(groups.get(group)?.restored, group).toBeGreaterThan(0);
    }
  });

  test('kept pages are in the sitemap', () => {
    const sitemap = readFileSync(path.join(builds.allCached.outDir, 'sitemap-0.xml'), 'utf8');
    expect(pageState(builds.allCached, 'stories/bridge-reopens-2025/index.html')).toBe('kept');
    expect(sitemap).toContain('<loc>http://localhost:4330/factcheck/stories/bridge-reopens-2025/</loc>');
    expect(sitemap).toContain('<loc>http://localhost:4330/factcheck/articles/moscow-times-bridge-reopens/</loc>');
  });

  test('after articles are removed, the cached copies of their pages are gone: the same site as the first build', () => {
    expect(kept(builds.shrunk)).toBeGreaterThan(0);
    expect(builds.shrunk.output).toMatch(/cached pages that no route generated this time were removed/);
    expect(listFiles(builds.shrunk.outDir).filter((file) => file.startsWith('articles/rferl-riyadh-analysis/'))).toEqual([]);
    expect(differences(builds.shrunk.outDir, builds.first.outDir)).toEqual([]);
  });

  test('FACTCHECK_PAGE_CACHE=0 keeps nothing and builds the same site', () => {
    expect(kept(builds.switchedOff)).toBe(0);
    expect(differences(builds.switchedOff.outDir, builds.grownClean.outDir)).toEqual([]);
  });

  test('another base path keeps nothing: no page links under the old one', () => {
    expect(kept(builds.otherBase)).toBe(0);
    const stale = listFiles(builds.otherBase.outDir).filter(
      (file) => file.endsWith('.html') && readFileSync(path.join(builds.otherBase.outDir, file), 'utf8').includes('/factcheck/'),
    );
    expect(stale).toEqual([]);
  });

  test('a change of code keeps nothing: every page shows the change', () => {
    expect(kept(builds.copyAgain)).toBeGreaterThan(0);
    expect(kept(builds.copyChanged)).toBe(0);
    const articles = listFiles(builds.copyChanged.outDir).filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    expect(articles.length).toBeGreaterThan(5);
    for (const file of articles) expect(readFileSync(path.join(builds.copyChanged.outDir, file), 'utf8'), file).toContain(`· ${NEW_NAME}</title>`);
  });
});
