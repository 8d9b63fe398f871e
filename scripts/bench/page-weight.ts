/**
 * What a page costs to load before the reader does anything: its HTML plus every stylesheet,
 * script and module preload it references, each gzipped (level 6, as static hosts serve them).
 * Search bytes are not counted because the search index is fetched only when the reader searches.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one page and its assets, gzipped. */
export interface PageWeight {
  page: string;
  totalGz: number;
  files: Array<{ file: string; bytes: number; gz: number }>;
}

const gz = (data: Buffer): number => gzipSync(data, { level: 6 }).length;

/** Resolves an URL path of the site (under `base`) to a file in `dist`, or null. */
function fileOf(dist: string, base: string, href: string, pageFile: string): string | null {
  if (/^(https?:)?\/\//.test(href) || href.startsWith('data:')) return null;
  const clean = href.split(/[?#]/)[0] ?? '';
  const relative = clean.startsWith('/') ? (clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1)) : path.relative(dist, path.join(path.dirname(pageFile), clean));
  const file = path.join(dist, relative);
  return existsSync(file) ? file : null;
}

/** Weighs a page of a built site. `page` is a file path inside `dist` (e.g. `claims/x/index.html`). */
export function pageWeight(dist: string, base: string, page: string): PageWeight {
  const pageFile = path.join(dist, page);
  const html = readFileSync(pageFile);
  const text = html.toString('utf8');
  const files: PageWeight['files'] = [{ file: page, bytes: html.length, gz: gz(html) }];
  const seen = new Set<string>();
  const references = [
    ...text.matchAll(/<link\b[^>]*\brel=["']?(?:stylesheet|modulepreload|preload)["']?[^>]*>/gi),
    ...text.matchAll(/<script\b[^>]*\bsrc=[^>]*>/gi),
  ];
  for (const [tag] of references) {
    if (/\brel=["']?preload/i.test(tag) && !/\bas=["']?(script|style)/i.test(tag)) continue;
    const href = /\b(?:href|src)=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (!href) continue;
    const file = fileOf(dist, base, href, pageFile);
    if (!file || seen.has(file)) continue;
    seen.add(file);
    const data = readFileSync(file);
    files.push({ file: path.relative(dist, file), bytes: data.length, gz: gz(data) });
  }
  // Module scripts import their chunks: count static imports of the referenced scripts too.
  for (let i = 1; i < files.length; i++) {
    const entry = files[i];
    if (!entry?.file.endsWith('.js')) continue;
    const source = readFileSync(path.join(dist, entry.file), 'utf8');
    for (const match of source.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      const spec = match[1] ?? '';
      const file = spec.startsWith('.') ? path.join(path.dirname(path.join(dist, entry.file)), spec) : fileOf(dist, base, spec, pageFile);
      if (!file || !existsSync(file) || seen.has(file)) continue;
      seen.add(file);
      const data = readFileSync(file);
      files.push({ file: path.relative(dist, file), bytes: data.length, gz: gz(data) });
    }
  }
  return { page, totalGz: files.reduce((sum, file) => sum + file.gz, 0), files };
}
