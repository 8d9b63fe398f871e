/**
 * Data integrity of the /factcheck/ build: every article of the content tree is on the site and in
 * claims.json, and every evidence sentence in claims.json is verbatim, under its id, on its
 * article page. (The build itself refuses to finish otherwise: src/lib/analysis.ts and
 * src/lib/annotate-article.ts; this checks the result from the outside.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { readPages, walk } from '../support/dist.ts';
import { readExport } from '../support/export.ts';
import { WORK } from '../support/site-build.ts';

const DIST = path.join(WORK, 'e2e', 'dist');
const CONTENT = path.join(WORK, 'e2e', 'content');

interface Export {
  articles: Array<{ id: string }>;
  claims: Array<{ id: string; story: string; evidence: Array<{ article: string; sentenceId: string; text: string }> }>;
}

const textOf = (element: Element): string =>
  element.children
    .map((child) => {
      if (child.type === 'text') return child.value;
      if (child.type !== 'element' || child.properties.dataFootnoteRef !== undefined) return '';
      return textOf(child);
    })
    .join('');

test('every article in the content tree has a page and is in claims.json', () => {
  const files = readdirSync(path.join(CONTENT, 'articles'), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.basename(file, '.md'));
  expect(files.length).toBeGreaterThanOrEqual(5);
  const data = JSON.parse(readFileSync(path.join(DIST, 'data/claims.json'), 'utf8')) as Export;
  expect(data.articles.map((article) => article.id).sort()).toEqual([...files].sort());
  for (const id of files) expect(existsSync(path.join(DIST, 'articles', id, 'index.html')), id).toBe(true);
});

test('every evidence sentence in the story files is verbatim on its article page', () => {
  const data = readExport<Export['claims'][number]>(DIST);
  const sentences = new Map<string, string>();
  for (const page of readPages(DIST, '/factcheck/').filter((p) => p.file.startsWith('articles/'))) {
    const article = page.file.split('/')[1] ?? '';
    walk(page.tree, (element) => {
      const className = element.properties.className;
      if (element.tagName === 'span' && Array.isArray(className) && className.includes('s')) {
        sentences.set(`${article} ${String(element.properties.id)}`, textOf(element).replace(/\s+/g, ' ').trim());
      }
    });
  }
  let checked = 0;
  const wrong: string[] = [];
  for (const claim of data.claims) {
    for (const evidence of claim.evidence) {
      checked++;
      const onPage = sentences.get(`${evidence.article} ${evidence.sentenceId}`);
      if (onPage !== evidence.text) wrong.push(`${claim.id}: ${evidence.article}#${evidence.sentenceId}: ${JSON.stringify(onPage)}`);
    }
  }
  expect(checked).toBeGreaterThan(100);
  expect(wrong).toEqual([]);
});
