import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { writeSmallPages } from '../../../src/integrations/claim-small-pages.ts';
import { FileWriter, shareBuildWriter } from '../../../src/integrations/file-writer.ts';
import { RESTORE_JOB } from '../../../src/integrations/page-cache.ts';
import { SMALL_PAGES_JOB } from '../../../src/lib/claim-small-pages.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site holding only the list of small pages. */
function builtSite(pages: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'small-pages-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'claims'));
  writeFileSync(path.join(dir, 'claims', 'small-pages.json'), JSON.stringify(pages));
  return dir;
}

describe('writing the small claim pages after the build', () => {
  test('writes each page under claims/<id>/ and removes the list', async () => {
    const dir = builtSite([
      { id: 'bridge-reopened-0123456789ab', html: '<!DOCTYPE html><title>a</title>' },
      { id: 'traffic-resumed-0123456789ac', html: '<!DOCTYPE html><title>b</title>' },
    ]);
    expect(await writeSmallPages(pathToFileURL(`${dir}/`))).toBe(2);
    expect(readFileSync(path.join(dir, 'claims/bridge-reopened-0123456789ab/index.html'), 'utf8')).toBe('<!DOCTYPE html><title>a</title>');
    expect(readFileSync(path.join(dir, 'claims/traffic-resumed-0123456789ac/index.html'), 'utf8')).toBe('<!DOCTYPE html><title>b</title>');
    expect(existsSync(path.join(dir, 'claims/small-pages.json'))).toBe(false);
  });

  test.each(['../escape', 'a/b', 'Capital-0123', ''])('refuses an id that is not a claim id: %j', async (id) => {
    const dir = builtSite([{ id, html: 'x' }]);
    await expect(writeSmallPages(pathToFileURL(`${dir}/`))).rejects.toThrow(/is not a claim id/);
  });
});

describe('small pages beside the page cache in a build', () => {
  test('a claim whose old page the cache put back over its small page ends with the small page', async () => {
    const small = { id: 'bridge-reopened-0123456789ab', html: '<!DOCTYPE html><title>small</title>' };
    const dir = builtSite([small]);
    const cached = mkdtempSync(path.join(tmpdir(), 'small-pages-cache-'));
    dirs.push(cached);
    mkdirSync(path.join(cached, 'claims', small.id), { recursive: true });
    writeFileSync(path.join(cached, 'claims', small.id, 'index.html'), '<!DOCTYPE html><title>last build’s full page</title>');
    const writer = new FileWriter(ROOT);
    shareBuildWriter(writer);
    try {
      // The write thread writes the small page first, then the copy thread puts the old page back over it.
      await writer.write(SMALL_PAGES_JOB, dir, [[`claims/${small.id}/index.html`, small.html]]);
      await writer.copyTree(RESTORE_JOB, cached, dir);
      expect(readFileSync(path.join(dir, 'claims', small.id, 'index.html'), 'utf8')).toContain('full page');
      expect(await writeSmallPages(pathToFileURL(`${dir}/`))).toBe(1);
      expect(readFileSync(path.join(dir, 'claims', small.id, 'index.html'), 'utf8')).toBe(small.html);
    } finally {
      shareBuildWriter(undefined);
      await writer.close();
    }
  });
});
