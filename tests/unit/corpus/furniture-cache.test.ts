/**
 * The furniture warnings of unchanged articles come from the last build's cache, and only those: an
 * edited body, a file whose lines moved, or changed checking code is checked again, and the warnings
 * are the same with the cache as without it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FURNITURE_CODE, FurnitureCache, furnitureCodeVersion } from '../../../src/corpus/furniture-cache.ts';
import { furnitureWarnings } from '../../../src/corpus/furniture-warnings.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { articleFile, validTree, writeTree, type Tree } from '../../support/content-tree.ts';

const SHARE_ROW = 'Share on Facebook Share on X Email.';
const BODY = `The bridge reopened on Thursday, the city said.\n\n${SHARE_ROW}\n\nTraffic resumed at noon and buses crossed an hour later.\n`;
const OTHER_BODY = 'The wire service said traffic resumed at noon, two hours early.\n\ndrone view\n';

/** Two articles, one with a share row and one with a caption fragment. */
function tree(overrides: Tree = {}): Tree {
  return {
    ...validTree(),
    'articles/daily-planet-bridge.md': articleFile({}, BODY),
    'articles/wire-one-bridge.md': articleFile({ outlet: 'wire-one' }, OTHER_BODY),
    ...overrides,
  };
}

/** The warnings of a content tree, through a cache in `cacheDir` under `version`, and how many articles came from it. */
function check(content: string, cacheDir: string, version = 'v1') {
  const corpus = loadCorpus(content);
  const cache = new FurnitureCache(cacheDir, version);
  const warnings = furnitureWarnings(corpus.articles, corpus.files, cache);
  expect(cache.save()).toBeNull();
  return { warnings, hits: cache.hits, uncached: furnitureWarnings(corpus.articles, corpus.files) };
}

const lines = (warnings: ReturnType<typeof check>['warnings']) => warnings.map((w) => `${path.basename(w.file)}:${w.line} ${w.text}`);

describe('the furniture warnings cache', () => {
  test('a second build with the same articles checks none of them again and warns the same', () => {
    const content = writeTree(tree());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'furniture-cache-'));
    const first = check(content, cacheDir);
    expect(first.hits).toBe(0);
    expect(lines(first.warnings)).toEqual(['daily-planet-bridge.md:9 Share on Facebook Share on X Email.', 'wire-one-bridge.md:9 drone view']);
    const second = check(content, cacheDir);
    expect(second.hits).toBe(2);
    expect(second.warnings).toEqual(first.warnings);
    expect(second.warnings).toEqual(second.uncached);
  });

  test('an edited body is checked again: a share row removed is no longer warned about', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'furniture-cache-'));
    check(writeTree(tree()), cacheDir);
    const edited = check(writeTree(tree({ 'articles/daily-planet-bridge.md': articleFile({}, BODY.replace(`${SHARE_ROW}\n\n`, '')) })), cacheDir);
    expect(edited.hits).toBe(1);
    expect(lines(edited.warnings)).toEqual(['wire-one-bridge.md:9 drone view']);
    expect(edited.warnings).toEqual(edited.uncached);
  });

  test('a frontmatter line added moves the warning one line down, though the body is the same', () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'furniture-cache-'));
    check(writeTree(tree()), cacheDir);
    const moved = check(writeTree(tree({ 'articles/daily-planet-bridge.md': articleFile({ author: 'Ada Reporter' }, BODY) })), cacheDir);
    expect(moved.hits).toBe(1);
    expect(lines(moved.warnings)).toContain('daily-planet-bridge.md:10 Share on Facebook Share on X Email.');
    expect(moved.warnings).toEqual(moved.uncached);
  });

  test('another version of the checking code starts afresh', () => {
    const content = writeTree(tree());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'furniture-cache-'));
    check(content, cacheDir, 'v1');
    expect(check(content, cacheDir, 'v2').hits).toBe(0);
  });

  test('an unreadable cache file is no cache', () => {
    const content = writeTree(tree());
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'furniture-cache-'));
    const first = check(content, cacheDir);
    writeFileSync(new FurnitureCache(cacheDir, 'v1').file, '{"version":"v1","entr');
    const again = check(content, cacheDir);
    expect(again.hits).toBe(0);
    expect(again.warnings).toEqual(first.warnings);
  });
});

describe('the version of the checking code', () => {
  /** A project root with the files the version reads. */
  function project(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'furniture-root-'));
    const files: Record<string, string> = {
      'src/importer/furniture.ts': 'export const rules = 1;\n',
      'src/importer/nested/captions.ts': 'export const captions = 1;\n',
      'src/engine/02-segment.ts': 'export const segment = 1;\n',
      'src/corpus/furniture-warnings.ts': 'export const warnings = 1;\n',
      'src/corpus/furniture-cache.ts': 'export const cache = 1;\n',
      'src/corpus/load.ts': 'export const load = 1;\n',
      'package-lock.json': '{}\n',
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  test.each(['src/importer/nested/captions.ts', 'src/engine/02-segment.ts', 'src/corpus/furniture-warnings.ts', 'src/corpus/furniture-cache.ts', 'package-lock.json'])(
    'changes when %s changes',
    (file) => {
      const root = project();
      const before = furnitureCodeVersion(root);
      expect(furnitureCodeVersion(root)).toBe(before);
      writeFileSync(path.join(root, file), '// changed\n');
      expect(furnitureCodeVersion(root)).not.toBe(before);
    },
  );

  test('does not change with code that does not check articles', () => {
    const root = project();
    const before = furnitureCodeVersion(root);
    writeFileSync(path.join(root, 'src/corpus/load.ts'), '// changed\n');
    expect(furnitureCodeVersion(root)).toBe(before);
  });
});

describe('the code the version covers', () => {
  test('holds every module the warnings import, however indirectly', () => {
    const root = path.resolve(import.meta.dirname, '../../..');
    const seen = new Set<string>();
    const stack = [path.join(root, 'src/corpus/furniture-warnings.ts')];
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
        const resolved = path.resolve(path.dirname(file), target);
        if (existsSync(resolved)) stack.push(resolved);
      }
    }
    expect(seen.size).toBeGreaterThan(3);
    const covered = (file: string): boolean => FURNITURE_CODE.some((entry) => file === entry || file.startsWith(`${entry}/`));
    expect([...seen].map((file) => path.relative(root, file).split(path.sep).join('/')).filter((file) => !covered(file))).toEqual([]);
  });
});
