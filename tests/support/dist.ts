/** Reading a built site from disk: every HTML page parsed, with its ids and links. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** One built HTML page. */
export interface BuiltPage {
  /** Path of the file relative to the dist folder, e.g. `claims/x/index.html`. */
  file: string;
  /** The URL path it is served at under `base`, e.g. `/factcheck/claims/x/`. */
  url: string;
  html: string;
  tree: Root;
  ids: Set<string>;
}

/** Every file below `dir`, relative, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Parses every `.html` file of a dist folder. */
export function readPages(dist: string, base: string): BuiltPage[] {
  return listFiles(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(path.join(dist, file), 'utf8');
      const tree = fromHtml(html);
      const ids = new Set<string>();
      walk(tree, (element) => {
        const id = element.properties.id;
        if (typeof id === 'string') ids.add(id);
      });
      const url = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file, url, html, tree, ids };
    });
}

/** Calls `visit` on every element of a tree. */
export function walk(node: Root | Element, visit: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child);
    walk(child, visit);
    if (child.content) walk(child.content as unknown as Root, visit);
  }
}
