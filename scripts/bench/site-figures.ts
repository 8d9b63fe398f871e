/**
 * The site's build figures for `npm run bench` (issue 15): what `dist` weighs by folder, its largest
 * pages, pages per second, and the rebuild after adding one article to the corpus with Astro's cache
 * folder kept from the clean build (the engine's per-story cache, Astro's content store and the share
 * cards live in that folder). Also the budgets the issue sets for them.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite, type BuildMeasure, type SiteBuild } from './build.ts';
import type { BuildProfile } from './build-phases.ts';
import { addOneArticle } from './rebuild.ts';
import { compareTrees, type TreeComparison } from './tree-diff.ts';
import { distFigures, type FolderFigure, type PageFigure } from './dist-figures.ts';
import type { Budget, BuildEntry } from './results.ts';

/** The rebuild after one new article, Astro's cache kept from the clean build. */
export interface BuildRebuild {
  ms: number;
  cpuMs: number | null;
  pages: number;
  /** The article that was added (and removed again afterwards), relative to the content folder. */
  added: string;
  profile: BuildProfile;
  load: [number, number];
  /**
   * The same content (with the new article) built from an empty cache folder, and how its output
   * compares with the rebuild's, file by file: the page cache must change nothing (absent when skipped).
   */
  clean?: { ms: number; cpuMs: number | null; load: [number, number]; profile: BuildProfile; comparison: TreeComparison };
}

/** What the output of one build weighs: by folder, and its largest pages. */
export interface OutputFigures {
  files: number;
  folders: FolderFigure[];
  largestPages: PageFigure[];
  /** The largest HTML page of each folder. */
  largestByFolder: PageFigure[];
}

/** Measures `dist` by folder and its 10 largest HTML pages. */
export function outputFigures(dist: string): OutputFigures {
  const figures = distFigures(dist, 10);
  return { files: figures.files, folders: figures.folders, largestPages: figures.largestPages, largestByFolder: figures.largestPageByFolder };
}

/** The BuildEntry of a clean build, with its output figures (`engineMs`: null when the engine was not timed). */
export function buildEntry(articles: number, build: BuildMeasure, engineMs: number | null, output: OutputFigures): BuildEntry {
  return {
    articles,
    ms: build.ms,
    cpuMs: build.cpuMs,
    pages: build.pages,
    pagesPerSecond: Math.round((build.pages / (build.ms / 1000)) * 10) / 10,
    distBytes: build.distBytes,
    peakRssMb: build.peakRssMb,
    engineShare: engineMs === null ? null : Math.round((engineMs / build.ms) * 1000) / 1000,
    files: output.files,
    folders: output.folders,
    largestPages: output.largestPages,
    largestByFolder: output.largestByFolder,
    profile: build.profile,
    load: build.load,
  };
}

/**
 * Adds one article to the corpus (addOneArticle: a later report by the first article's outlet with
 * one new sentence), rebuilds with the cache of the build `options.name` left, and removes the
 * article again, so the corpus is as generated. With `check`, the same content is also built from an
 * empty cache folder (`<name>-grown-clean`) and the two outputs compared byte for byte.
 */
export async function measureBuildRebuild(options: SiteBuild, check = true, log: (message: string) => void = () => undefined): Promise<BuildRebuild> {
  const added = addOneArticle(options.contentDir);
  try {
    const build = await buildSite({ ...options, keepCache: true });
    const rebuild: BuildRebuild = { ms: build.ms, cpuMs: build.cpuMs, pages: build.pages, added: path.relative(options.contentDir, added), profile: build.profile, load: build.load };
    if (check) {
      log(`  ${build.ms} ms; the same content from an empty cache, to compare the two outputs`);
      const clean = await buildSite({ ...options, name: `${options.name}-grown-clean` });
      const comparison = compareTrees(build.outDir, clean.outDir);
      rebuild.clean = { ms: clean.ms, cpuMs: clean.cpuMs, load: clean.load, profile: clean.profile, comparison };
      log(`  ${clean.ms} ms (CPU ${clean.cpuMs ?? '?'} ms); ${comparison.differing === 0 ? `byte-identical, ${comparison.files} files` : `${comparison.differing} files differ: ${comparison.examples.join(', ')}`}`);
      rmSync(clean.outDir, { recursive: true, force: true });
    }
    return rebuild;
  } finally {
    rmSync(added, { force: true });
  }
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** Issue 15's budgets for the site at 10,000 articles. */
export function siteBudgets(builds: readonly BuildEntry[] | undefined): Budget[] {
  const build = builds?.find((entry) => entry.articles === 10_000);
  const largest = build?.largestPages?.[0];
  const missing = (name: string, limit: string): Budget => ({ name, limit, value: 'not measured', pass: null });
  return [
    build ? { name: 'dist at 10,000 articles (issue 15)', limit: '<= 500 MB', value: mb(build.distBytes), pass: build.distBytes <= 500e6 } : missing('dist at 10,000 articles (issue 15)', '<= 500 MB'),
    largest
      ? { name: 'largest HTML page at 10,000 articles (issue 15)', limit: '<= 200 KB', value: `${kb(largest.bytes)} (${largest.file})`, pass: largest.bytes <= 200_000 }
      : missing('largest HTML page at 10,000 articles (issue 15)', '<= 200 KB'),
    build ? { name: 'clean build at 10,000 articles (issue 15)', limit: '<= 180 s', value: `${(build.ms / 1000).toFixed(1)} s`, pass: build.ms <= 180_000 } : missing('clean build at 10,000 articles (issue 15)', '<= 180 s'),
    build?.rebuild
      ? { name: 'rebuild after adding one article at 10,000 (issue 15)', limit: '<= 60 s', value: `${(build.rebuild.ms / 1000).toFixed(1)} s`, pass: build.rebuild.ms <= 60_000 }
      : missing('rebuild after adding one article at 10,000 (issue 15)', '<= 60 s'),
  ];
}

/** Report sections: the clean build and the rebuild after one article, by phase and by kind of page. */
export function buildTimeSections(builds: readonly BuildEntry[] | undefined): Array<[string, string[], string[][]]> {
  const out: Array<[string, string[], string[][]]> = [];
  const sec = (ms: number | undefined): string => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);
  for (const build of builds ?? []) {
    const clean = build.profile;
    if (!clean) continue;
    const rebuild = build.rebuild?.profile;
    const grown = build.rebuild?.clean;
    const loads = `load average ${build.load?.join(' → ') ?? '?'}${build.rebuild?.load ? `; rebuild ${build.rebuild.load.join(' → ')}` : ''}${grown ? `; empty cache ${grown.load.join(' → ')}` : ''}`;
    const names = [...new Set([...clean.phases.map((p) => p.name), ...(rebuild?.phases.map((p) => p.name) ?? []), ...(grown?.profile.phases.map((p) => p.name) ?? [])])];
    const phase = (profile: BuildProfile | undefined, name: string): string => sec(profile?.phases.find((p) => p.name === name)?.ms);
    out.push([
      `Where the build's time goes at ${build.articles.toLocaleString('en-US')} articles: clean build vs rebuild after one article${grown ? ', and that content from an empty cache' : ''} (${loads})`,
      ['phase', 'clean build', 'rebuild', ...(grown ? ['same content, empty cache'] : [])],
      [
        ...names.map((name) => [name, phase(clean, name), phase(rebuild, name), ...(grown ? [phase(grown.profile, name)] : [])]),
        ['total', sec(build.ms), sec(build.rebuild?.ms), ...(grown ? [sec(grown.ms)] : [])],
      ],
    ]);
    const groups = [...new Set([...clean.pages.map((g) => g.group), ...(rebuild?.pages.map((g) => g.group) ?? [])])];
    const count = (value: number | undefined): string => (value === undefined ? '-' : value.toLocaleString('en-US'));
    out.push([
      `Pages by kind at ${build.articles.toLocaleString('en-US')} articles: rendered or kept from the page cache, and the wall time each kind took`,
      ['kind', 'clean: rendered', 'clean: time', 'rebuild: rendered', 'rebuild: time', 'rebuild: kept'],
      groups.map((group) => {
        const c = clean.pages.find((g) => g.group === group);
        const r = rebuild?.pages.find((g) => g.group === group);
        return [group, count(c?.rendered), sec(c?.ms), count(r?.rendered), sec(r?.ms), count(r?.restored)];
      }),
    ]);
  }
  return out;
}

/** Report sections: dist by folder and the largest pages, per build size. */
export function siteSections(builds: readonly BuildEntry[] | undefined): Array<[string, string[], string[][]]> {
  const out: Array<[string, string[], string[][]]> = [];
  for (const build of builds ?? []) {
    if (!build.folders) continue;
    const largestIn = (folder: string): string => {
      const page = build.largestByFolder?.find((p) => p.file.startsWith(`${folder}/`) || (folder === '(root)' && !p.file.includes('/')));
      return page ? kb(page.bytes) : '';
    };
    out.push([
      `dist by folder at ${build.articles.toLocaleString('en-US')} articles (${mb(build.distBytes)} in ${(build.files ?? 0).toLocaleString('en-US')} files)`,
      ['folder', 'size', 'share', 'files', 'HTML pages', 'largest page'],
      build.folders.map((folder) => [
        folder.folder,
        mb(folder.bytes),
        `${((folder.bytes / build.distBytes) * 100).toFixed(1)}%`,
        folder.files.toLocaleString('en-US'),
        folder.pages.toLocaleString('en-US'),
        largestIn(folder.folder),
      ]),
    ]);
    out.push([
      `Largest HTML pages at ${build.articles.toLocaleString('en-US')} articles`,
      ['page', 'size'],
      (build.largestPages ?? []).map((page) => [page.file, kb(page.bytes)]),
    ]);
  }
  return out;
}
