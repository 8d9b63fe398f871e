/**
 * What a built site weighs, so each change to the output can be measured: bytes and files of
 * `dist` by top-level folder (claims/, stories/, data/, ...), HTML pages, and the largest HTML
 * pages. GitHub Pages refuses a published site over 1 GB; issue 15 asks for at most 500 MB at
 * 10,000 articles and no page over 200 KB.
 *
 * `tsx scripts/bench/dist-figures.ts DIST [--top N] [--json]` prints the figures of one build.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** One top-level folder (or `(root)` for files directly in dist). */
export interface FolderFigure {
  folder: string;
  bytes: number;
  files: number;
  pages: number;
}

/** An HTML page and its size. */
export interface PageFigure {
  /** Path inside dist, e.g. `outlets/wire-one/index.html`. */
  file: string;
  bytes: number;
}

/** The figures of one `dist`. */
export interface DistFigures {
  bytes: number;
  files: number;
  pages: number;
  /** Largest first. */
  folders: FolderFigure[];
  /** The largest HTML pages, largest first. */
  largestPages: PageFigure[];
  /** The largest HTML page of each top-level folder, largest first. */
  largestPageByFolder: PageFigure[];
}

/** Measures a built site: every file under `dist`, by its top-level folder. */
export function distFigures(dist: string, top = 10): DistFigures {
  const folders = new Map<string, FolderFigure>();
  const pages: PageFigure[] = [];
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const file = path.relative(dist, absolute).split(path.sep).join('/');
    const size = statSync(absolute).size;
    const folder = file.includes('/') ? (file.split('/')[0] as string) : '(root)';
    const figure = folders.get(folder) ?? { folder, bytes: 0, files: 0, pages: 0 };
    figure.bytes += size;
    figure.files += 1;
    bytes += size;
    files += 1;
    if (entry.name.endsWith('.html')) {
      figure.pages += 1;
      pages.push({ file, bytes: size });
    }
    folders.set(folder, figure);
  }
  const bySize = (a: { bytes: number; file?: string; folder?: string }, b: { bytes: number; file?: string; folder?: string }): number =>
    b.bytes - a.bytes || String(a.file ?? a.folder).localeCompare(String(b.file ?? b.folder));
  pages.sort(bySize);
  const largestPageByFolder = new Map<string, PageFigure>();
  for (const page of pages) {
    const folder = page.file.includes('/') ? (page.file.split('/')[0] as string) : '(root)';
    if (!largestPageByFolder.has(folder)) largestPageByFolder.set(folder, page);
  }
  return {
    bytes,
    files,
    pages: pages.length,
    folders: [...folders.values()].sort(bySize),
    largestPages: pages.slice(0, top),
    largestPageByFolder: [...largestPageByFolder.values()],
  };
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} KB`;

/** The figures as a plain-text table. */
export function formatDistFigures(figures: DistFigures): string {
  const lines = [`dist: ${mb(figures.bytes)} in ${figures.files.toLocaleString('en-US')} files, ${figures.pages.toLocaleString('en-US')} HTML pages`];
  for (const folder of figures.folders) {
    const largest = figures.largestPageByFolder.find((page) => page.file.startsWith(`${folder.folder}/`) || (folder.folder === '(root)' && !page.file.includes('/')));
    lines.push(
      `  ${folder.folder.padEnd(20)} ${mb(folder.bytes).padStart(10)}  ${String(folder.files).padStart(7)} files  ${String(folder.pages).padStart(7)} pages${largest ? `  largest ${kb(largest.bytes)}` : ''}`,
    );
  }
  lines.push('largest pages:');
  for (const page of figures.largestPages) lines.push(`  ${kb(page.bytes).padStart(10)}  ${page.file}`);
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } }, allowPositionals: true });
  const dist = positionals[0];
  if (!dist) {
    process.stderr.write('Usage: tsx scripts/bench/dist-figures.ts DIST [--top N] [--json]\n');
    process.exit(2);
  }
  const figures = distFigures(path.resolve(dist), Number(values.top));
  process.stdout.write(values.json ? `${JSON.stringify(figures, null, 2)}\n` : formatDistFigures(figures));
}
