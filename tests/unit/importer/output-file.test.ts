/**
 * Writing an article file: atomic replacement, and taking a refused article back out (the old
 * content restored, or no file), which the import command does when the corpus check refuses it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { articleTarget, restoreArticle, writeArticle } from '../../../src/importer/cli/output-file.ts';

let root: string;
const show = (file: string): string => path.relative(root, file);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-output-'));
  mkdirSync(path.join(root, 'articles'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a new article is written, and taking it back removes it without leaving a temporary file', () => {
  const target = articleTarget(root, 'articles', 'port-deal', false, show);
  writeArticle(target, 'new text');
  expect(readFileSync(target.file, 'utf8')).toBe('new text');
  restoreArticle(target);
  expect(existsSync(target.file)).toBe(false);
  expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
});

test('an overwritten article gets its old bytes back when taken back', () => {
  const file = path.join(root, 'articles', 'port-deal.md');
  const old = Buffer.from('---\ntitle: Old\n---\nCaf\u00e9 text.\n', 'utf8');
  writeFileSync(file, old);
  const target = articleTarget(root, 'articles', 'port-deal', true, show);
  writeArticle(target, 'replacement');
  expect(readFileSync(file, 'utf8')).toBe('replacement');
  restoreArticle(target);
  expect(readFileSync(file).equals(old)).toBe(true);
});

test('without --force an existing article is refused before anything is written', () => {
  writeFileSync(path.join(root, 'articles', 'port-deal.md'), 'keep');
  expect(() => articleTarget(root, 'articles', 'port-deal', false, show)).toThrow('articles/port-deal.md already exists; pass --force');
});

test('two files with the same id in the tree are named, and neither is chosen', () => {
  mkdirSync(path.join(root, 'articles', 'a'));
  mkdirSync(path.join(root, 'articles', 'b'));
  writeFileSync(path.join(root, 'articles', 'a', 'port-deal.md'), 'one');
  writeFileSync(path.join(root, 'articles', 'b', 'port-deal.md'), 'two');
  expect(() => articleTarget(root, 'articles', 'port-deal', true, show)).toThrow('is already used by 2 files');
});
