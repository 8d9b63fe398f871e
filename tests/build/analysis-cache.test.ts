/**
 * Incremental builds, for real: the seed story and a second story are built with an empty cache,
 * then three articles join the seed story and the site is built again with the warm cache — only
 * that story is analysed again — and with an empty one. The two builds of the grown content must
 * be byte-identical, file for file; a last build with everything cached must be too.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
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

/** The `[analysis]` line of a build's log: stories, how many came from the cache, how many were analysed. */
function analysisLine(result: BuildResult): { cached: number; analysed: number } {
  const match = /\[analysis\] (\d+) stories: (\d+) from the cache, (\d+) analysed/.exec(result.output);
  if (!match) throw new Error(`no [analysis] line in the build log:\n${result.output.slice(-2000)}`);
  return { cached: Number(match[2]), analysed: Number(match[3]) };
}

/** Files that differ between two dist trees (or exist in only one). */
function differences(a: string, b: string): string[] {
  const files = listFiles(a);
  const other = listFiles(b);
  const missing = [...files.filter((f) => !other.includes(f)), ...other.filter((f) => !files.includes(f))];
  return [...missing, ...files.filter((f) => other.includes(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))];
}

const cacheDir = path.join(WORK, 'incremental-cache');
const builds = {} as Record<'first' | 'grownCached' | 'grownClean' | 'allCached', BuildResult>;

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
  for (const [name, result] of Object.entries(builds)) expect(result.ok, `${name}:\n${result.output.slice(-3000)}`).toBe(true);
}, 600_000);

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
