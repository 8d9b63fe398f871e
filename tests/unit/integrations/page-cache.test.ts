import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { FileWriter } from '../../../src/integrations/file-writer.ts';
import { removeUngenerated } from '../../../src/integrations/page-cache.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'));
  dirs.push(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

describe('removing the cached pages no route generated', () => {
  test('removes those files and the folders they alone kept, nothing else', () => {
    const dist = tempDir();
    write(dist, { 'claims/kept/index.html': 'k', 'claims/gone/index.html': 'g', 'claims/gone-deep/a/index.html': 'd', 'index.html': 'home' });
    const restored = ['claims/kept/index.html', 'claims/gone/index.html', 'claims/gone-deep/a/index.html'].map((file) => path.join(dist, file));
    const generated = new Set([path.join(dist, 'claims/kept/index.html')]);
    expect(removeUngenerated(dist, restored, generated)).toBe(2);
    expect(existsSync(path.join(dist, 'claims/kept/index.html'))).toBe(true);
    expect(existsSync(path.join(dist, 'claims/gone'))).toBe(false);
    expect(existsSync(path.join(dist, 'claims/gone-deep'))).toBe(false);
    expect(existsSync(path.join(dist, 'claims'))).toBe(true);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('home');
  });

  test('a folder that still holds another file stays', () => {
    const dist = tempDir();
    write(dist, { 'stories/x/index.html': 'page', 'stories/x/rss.xml': 'feed' });
    expect(removeUngenerated(dist, [path.join(dist, 'stories/x/rss.xml')], new Set())).toBe(1);
    expect(readFileSync(path.join(dist, 'stories/x/index.html'), 'utf8')).toBe('page');
  });
});

describe("the build's file writer", () => {
  test('copies a folder and writes files on its thread; jobs report their files by name', async () => {
    const from = tempDir();
    const to = tempDir();
    write(from, { 'articles/a/index.html': 'A', 'cards/stories/s.png': 'PNG' });
    const writer = new FileWriter(ROOT);
    try {
      const copied = await writer.copyTree('restore', from, to);
      expect(copied.sort()).toEqual([path.join(to, 'articles/a/index.html'), path.join(to, 'cards/stories/s.png')]);
      await writer.write('small', to, [['claims/c/index.html', '<p>small</p>']]);
      expect(readFileSync(path.join(to, 'articles/a/index.html'), 'utf8')).toBe('A');
      expect(readFileSync(path.join(to, 'claims/c/index.html'), 'utf8')).toBe('<p>small</p>');
      expect(await writer.writtenExcept('restore')).toEqual([path.join(to, 'claims/c/index.html')]);
      expect(writer.job('nothing')).toBeUndefined();
      expect(() => writer.write('small', to, [])).toThrow(/already has a job named "small"/);
    } finally {
      await writer.close();
    }
  });

  test('copying a folder that does not exist copies nothing', async () => {
    const writer = new FileWriter(ROOT);
    try {
      expect(await writer.copyTree('restore', path.join(tempDir(), 'missing'), tempDir())).toEqual([]);
    } finally {
      await writer.close();
    }
  });

  test('a job that fails rejects with the reason, and close reports it', async () => {
    const to = tempDir();
    write(to, { blocker: 'a file where a folder must go' });
    const writer = new FileWriter(ROOT);
    await expect(writer.write('bad', to, [['blocker/index.html', 'x']])).rejects.toThrow(/file writer failed:[\s\S]*(ENOTDIR|EEXIST)/);
    await expect(writer.close()).rejects.toThrow(/file writer failed/);
  });
});
