/**
 * Every link in the built site resolves (issue: reliability). Reads the `/factcheck/` build that the
 * browser tests serve, straight from disk: every same-site href/src points at a file, every
 * #fragment at an id on its target page, no page loads anything from another origin, and links to
 * other sites carry rel="noopener noreferrer".
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, ElementContent, Root } from 'hast';
import { readPages, walk, type BuiltPage } from '../support/dist.ts';
import { WORK } from '../support/site-build.ts';

const BASE = '/factcheck/';
const DIST = path.join(WORK, 'e2e', 'dist');

/** The file a same-site URL path is served from, or undefined. */
function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(BASE)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(BASE.length));
  const candidate = path.join(DIST, relative);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Attributes that load or link something. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'srcSet', 'poster', 'data'] as const;
/** Elements whose URL the browser fetches as part of the page (not navigation). */
const LOADS = new Set(['script', 'link', 'img', 'iframe', 'source', 'video', 'audio', 'embed', 'object', 'input', 'track']);

test.describe('the built site under /factcheck/', () => {
  let pages: BuiltPage[];
  const byUrl = new Map<string, BuiltPage>();

  test.beforeAll(() => {
    expect(existsSync(DIST), `build first: ${DIST}`).toBe(true);
    pages = readPages(DIST, BASE);
    for (const page of pages) byUrl.set(page.url, page);
  });

  test('has pages of every kind', () => {
    const kinds = ['claims/', 'stories/', 'articles/', 'outlets/', 'people/', 'methodology/', 'search/'];
    for (const kind of kinds) expect(pages.some((page) => page.url.startsWith(`${BASE}${kind}`)), kind).toBe(true);
    expect(pages.some((page) => page.file === '404.html')).toBe(true);
  });

  test('every same-site link and resource resolves, fragments included', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      walk(page.tree, (element) => {
        for (const attribute of URL_ATTRIBUTES) {
          const value = element.properties[attribute];
          if (typeof value !== 'string' || value === '') continue;
          const url = new URL(value, `http://site.test${page.url}`);
          if (url.origin !== 'http://site.test') continue;
          checked++;
          const target = fileFor(url.pathname);
          if (!target) {
            broken.push(`${page.file}: ${element.tagName} ${attribute}="${value}" → no file`);
            continue;
          }
          if (url.hash.length > 1 && target.endsWith('.html')) {
            const targetPage = byUrl.get(url.pathname) ?? pages.find((p) => path.join(DIST, p.file) === target);
            const fragment = decodeURIComponent(url.hash.slice(1));
            if (!targetPage?.ids.has(fragment)) broken.push(`${page.file}: ${value} → no element with id "${fragment}"`);
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  test('no page loads a script, stylesheet, font or image from another origin', () => {
    const foreign: string[] = [];
    for (const page of pages) {
      walk(page.tree, (element) => {
        if (!LOADS.has(element.tagName)) return;
        if (element.tagName === 'link' && !/stylesheet|icon|preload|modulepreload|manifest/.test(String(element.properties.rel ?? ''))) return;
        for (const attribute of ['src', 'href', 'srcSet', 'data'] as const) {
          const value = element.properties[attribute];
          if (typeof value !== 'string') continue;
          if (new URL(value, 'http://site.test/').origin !== 'http://site.test') foreign.push(`${page.file}: ${element.tagName} ${value}`);
        }
      });
      for (const match of readFileSync(path.join(DIST, page.file), 'utf8').matchAll(/url\(\s*['"]?(https?:)?\/\//g)) {
        foreign.push(`${page.file}: CSS ${match[0]}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  test('links to other sites carry rel="noopener noreferrer"', () => {
    const unsafe: string[] = [];
    for (const page of pages) {
      walk(page.tree, (element) => {
        if (element.tagName !== 'a' || typeof element.properties.href !== 'string') return;
        if (new URL(element.properties.href, 'http://site.test/').origin === 'http://site.test') return;
        if (!/^https?:/i.test(element.properties.href)) return;
        const rel = new Set(Array.isArray(element.properties.rel) ? element.properties.rel.map(String) : []);
        if (!rel.has('noopener') || !rel.has('noreferrer')) unsafe.push(`${page.file}: ${element.properties.href}`);
      });
    }
    expect(unsafe).toEqual([]);
  });

  test('no words run together where markup meets text (whitespace lost between inline elements)', () => {
    // "See<a>all claims</a>" reads "Seeall claims"; "<a>CSV</a>,<a>JSON</a>" reads "CSV,JSON".
    // Article text is the outlets' own and is left out; everything the site writes is checked.
    const INLINE = new Set(['a', 'strong', 'em', 'b', 'i', 'time', 'abbr', 'code', 'cite', 'small', 'kbd', 'label']);
    const textOf = (node: ElementContent): string =>
      node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';
    const joined: string[] = [];
    const check = (element: Root | Element, file: string): void => {
      if (element.type === 'element' && String(element.properties.className ?? '').includes('article-body')) return;
      const children = (element.children as Array<Root['children'][number]>).filter(
        (child): child is Element | Extract<ElementContent, { type: 'text' }> => child.type === 'element' || child.type === 'text',
      );
      children.forEach((child, index) => {
        if (child.type === 'element') check(child, file);
        const next = children[index + 1];
        if (!next) return;
        // Text or an inline element on both sides, and at least one element.
        const inline = (node: Element | { type: 'text' }): boolean => node.type === 'text' || INLINE.has((node as Element).tagName);
        if (!inline(child) || !inline(next) || (child.type === 'text' && next.type === 'text')) return;
        const left = textOf(child);
        const right = textOf(next);
        if (/[\p{L}\p{N},;:]$/u.test(left) && /^[\p{L}\p{N}\p{S}]/u.test(right)) joined.push(`${file}: …${left.slice(-20)}|${right.slice(0, 20)}…`);
      });
    };
    for (const page of pages) check(page.tree, page.file);
    expect(joined).toEqual([]);
  });

  test('every page carries a Content-Security-Policy without inline-script allowances or third parties', () => {
    for (const page of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(page.html)?.[1];
      expect(csp, page.file).toBeDefined();
      // The small pages of claims without a page of their own load nothing: 'none'.
      expect(csp).toMatch(/default-src '(self|none)'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:\/\//);
    }
  });
});
