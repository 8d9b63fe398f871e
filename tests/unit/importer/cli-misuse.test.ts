/**
 * Misuses of the import command, run in-process against a throw-away content root: each must give
 * one clear message that names the file or option and how to fix it, and must write nothing (and
 * change nothing outside the content tree). Written from the classes of misuse (paths and links,
 * unreadable or non-text input, sizes, references, contradicting flags), not from one example.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runImport } from '../../../src/importer/cli/run.ts';

const STORY = 'harbour-strike-2025';
const ARTICLE = [
  'Port Workers End Strike After Pay Deal',
  '',
  'By Alicia Romero',
  '',
  'March 3, 2025',
  '',
  'Dock workers at the container port voted on Monday to accept a new contract, ending a nine-day strike.',
  '',
  'The deal raises wages by 14 percent over three years, according to a summary released by the union.',
  '',
].join('\n');

let work: string;
let root: string;
let outside: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'import-misuse-'));
  root = path.join(work, 'content');
  outside = path.join(work, 'outside');
  mkdirSync(path.join(root, 'stories'), { recursive: true });
  mkdirSync(path.join(root, 'articles'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'stories', `${STORY}.md`), '---\ntitle: Harbour strike\ndate: 2025-03-03\nsummary: A test story.\n---\nIntro.\n');
  writeFileSync(path.join(root, 'outlets.yaml'), '- id: meridian-post\n  name: The Meridian Post\n  url: https://meridian.example/\n  kind: newspaper\n');
  writeFileSync(path.join(work, 'article.txt'), ARTICLE);
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Runs the command in-process; returns the exit code and everything it printed. */
function run(...args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = runImport(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    cwd: work,
    env: { CONTENT_DIR: root },
  });
  return { status, out, err };
}

const base = ['--story', STORY, '--outlet', 'meridian-post'];
/** Every file under the content tree, relative, so "writes nothing" can be checked exactly. */
const treeFiles = (): string[] => (readdirSync(root, { recursive: true }) as string[]).map(String).sort();

describe('a normal import (the baseline the misuses are compared with)', () => {
  test('writes one article with the headline, date and byline found in the text', () => {
    const { status, out } = run('article.txt', ...base);
    expect(status).toBe(0);
    const file = path.join(root, 'articles', 'meridian-post-port-workers-end-strike-after-pay.md');
    expect(out).toContain('Wrote');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Port Workers End Strike After Pay Deal"');
    expect(text).toContain('published: 2025-03-03');
    expect(text).toContain('author: "Alicia Romero"');
  });
});

describe('files outside the content tree', () => {
  test('--force refuses to write through a symbolic link and leaves its target alone', () => {
    const victim = path.join(outside, 'victim.txt');
    writeFileSync(victim, 'do not touch');
    symlinkSync(victim, path.join(root, 'articles', 'linked.md'));
    const { status, err } = run('article.txt', ...base, '--id', 'linked', '--force');
    expect(status).toBe(1);
    expect(err).toContain('articles/linked.md is a symbolic link');
    expect(err).toContain('never writes through links');
    expect(readFileSync(victim, 'utf8')).toBe('do not touch');
  });

  test('a dangling symbolic link at the target is refused too (it would create a file elsewhere)', () => {
    symlinkSync(path.join(outside, 'new.md'), path.join(root, 'articles', 'dangling.md'));
    const { status, err } = run('article.txt', ...base, '--id', 'dangling', '--force');
    expect(status).toBe(1);
    expect(err).toContain('is a symbolic link');
    expect(existsSync(path.join(outside, 'new.md'))).toBe(false);
  });

  test('an articles folder that is a link out of the tree is refused', () => {
    rmSync(path.join(root, 'articles'), { recursive: true });
    symlinkSync(outside, path.join(root, 'articles'));
    const { status, err } = run('article.txt', ...base);
    expect(status).toBe(1);
    expect(err).toContain('is a symbolic link');
    expect(readdirSync(outside)).toEqual([]);
  });

  test('a linked sub-folder is never searched or written into, even when it holds the same id', () => {
    mkdirSync(path.join(outside, 'sub'));
    writeFileSync(path.join(outside, 'sub', 'kept.md'), 'outside');
    symlinkSync(path.join(outside, 'sub'), path.join(root, 'articles', '2025'));
    run('article.txt', ...base, '--id', 'kept', '--force');
    expect(readFileSync(path.join(outside, 'sub', 'kept.md'), 'utf8')).toBe('outside');
    expect(readdirSync(path.join(outside, 'sub'))).toEqual(['kept.md']);
  });

  test.each([
    ['a path with a slash', '../outside/evil'],
    ['a path with a backslash', '..\\evil'],
    ['a parent reference', '..'],
    ['an absolute path', '/tmp/evil'],
    ['a hidden name', '.evil'],
  ])('--id with %s is refused as a path', (_name, id) => {
    const before = treeFiles();
    const { status, err } = run('article.txt', ...base, '--id', id);
    expect(status).toBe(2);
    expect(err).toContain(`--id "${id}" is a path`);
    expect(treeFiles()).toEqual(before);
    expect(readdirSync(outside)).toEqual([]);
  });

  test('--id with the .md extension says to drop it', () => {
    const { status, err } = run('article.txt', ...base, '--id', 'port-deal.md');
    expect(status).toBe(2);
    expect(err).toContain('write --id port-deal');
  });

  test('an article of the same id in a sub-folder is overwritten in place with --force, never duplicated', () => {
    mkdirSync(path.join(root, 'articles', '2025'));
    writeFileSync(path.join(root, 'articles', '2025', 'port-deal.md'), 'old');
    const refused = run('article.txt', ...base, '--id', 'port-deal');
    expect(refused.status).toBe(1);
    expect(refused.err).toContain('articles/2025/port-deal.md already exists');
    expect(run('article.txt', ...base, '--id', 'port-deal', '--force').status).toBe(0);
    expect(readFileSync(path.join(root, 'articles', '2025', 'port-deal.md'), 'utf8')).toContain('Dock workers');
    expect(existsSync(path.join(root, 'articles', 'port-deal.md'))).toBe(false);
  });

});

describe('input files that cannot be imported', () => {
  test.each([
    ['missing', (): string => 'no-such-file.txt', 'does not exist; check the path'],
    ['empty', (): string => writeInput('empty.txt', ''), 'is empty (0 bytes)'],
    ['white space only', (): string => writeInput('blank.txt', ' \n\n\t\n'), 'holds only white space'],
    ['a folder without articles', (): string => (mkdirSync(path.join(work, 'nothing')), 'nothing'), 'folder has no .html, .htm or .txt file'],
    ['a PDF', (): string => writeInput('page.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj')), 'is a PDF document'],
    ['a Word document', (): string => writeInput('page.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0])), 'is a ZIP archive'],
    ['an image', (): string => writeInput('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])), 'is an image'],
    ['binary bytes', (): string => writeInput('data.txt', Buffer.from([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x01])), 'is a binary file'],
    ['UTF-16 with a byte-order mark', (): string => writeInput('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])), 'iconv -f UTF-16LE -t UTF-8'],
    ['UTF-16 without a byte-order mark', (): string => writeInput('utf16be.txt', Buffer.from(ARTICLE, 'utf16le').swap16()), 'iconv -f UTF-16BE -t UTF-8'],
    ['Windows-1252 text', (): string => writeInput('cp1252.txt', Buffer.from(`${ARTICLE}Caf\u00e9 \u0093quoted\u0094.\n`, 'latin1')), 'is not UTF-8 text (first bad byte at offset'],
    ['a device', (): string => '/dev/zero', 'is not a regular file'],
  ])('%s', (_name, make, message) => {
    const input = make();
    const before = treeFiles();
    const { status, err } = run(input, ...base);
    expect(status).toBe(1);
    expect(err).toContain(message);
    expect(treeFiles()).toEqual(before);
  });

  test('an unreadable file names the file and the permissions', () => {
    const input = writeInput('locked.txt', ARTICLE);
    chmodSync(input, 0o000);
    const { status, err } = run(input, ...base);
    chmodSync(input, 0o644);
    // root can read anything; only an ordinary user sees the refusal.
    if (process.getuid?.() === 0) expect(status).toBe(0);
    else expect(err).toContain('cannot be read');
  });

  test('a symbolic link loop as input is named as a loop', () => {
    symlinkSync(path.join(work, 'loop.txt'), path.join(work, 'loop.txt'));
    const { status, err } = run('loop.txt', ...base);
    expect(status).toBe(1);
    expect(err).toContain('loop.txt is a symbolic link that points to itself');
  });

  test('an enormous file is refused before it is read', () => {
    writeInput('huge.txt', Buffer.alloc(11 * 1024 * 1024, 0x61));
    const { status, err } = run('huge.txt', ...base);
    expect(status).toBe(1);
    expect(err).toContain('huge.txt is 11.0 MB');
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test('a text far longer than any article is refused after cleaning', () => {
    const sentence = 'The committee met again on Tuesday and discussed the harbour budget at length. ';
    writeInput('long.txt', `${ARTICLE}\n${`${sentence.repeat(40)}\n\n`.repeat(60)}`);
    const { status, err } = run('long.txt', ...base);
    expect(status).toBe(1);
    expect(err).toMatch(/long\.txt holds [\d,]+ words of text, far more than a news article/);
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test('an HTML page that declares windows-1252 is decoded as such', () => {
    const page = `<html><head><meta charset="windows-1252"><title>Port deal</title></head><body><h1>Port Workers End Strike</h1><p>Published March 3, 2025</p>${'<p>Dock workers voted on Monday to accept the contract, \u0093a fair deal\u0094, the union said after the meeting ended.</p>'.repeat(4)}</body></html>`;
    writeInput('page.html', Buffer.from(page, 'latin1'));
    const { status, err } = run('page.html', ...base, '--id', 'port-deal');
    expect(status).toBe(0);
    expect(err).toContain('decoded as windows-1252');
    expect(readFileSync(path.join(root, 'articles', 'port-deal.md'), 'utf8')).toContain('“a fair deal”');
  });
});

describe('references and flags', () => {
  test.each([
    ['an unknown story', ['--story', 'harbor-strike-2025', '--outlet', 'meridian-post'], 'unknown story "harbor-strike-2025" (did you mean "harbour-strike-2025"?)'],
    ['an unknown outlet', ['--story', STORY, '--outlet', 'meridian-posts'], 'unknown outlet "meridian-posts" (did you mean "meridian-post"?)'],
  ])('%s gets a did-you-mean and nothing is written', (_name, args, message) => {
    const { status, err } = run('article.txt', ...args);
    expect(status).toBe(1);
    expect(err).toContain(message);
    expect(err).toContain('Nothing was imported');
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test.each([
    ['a flag given twice', [...base, '--story', 'other'], '--story given more than once'],
    ['--retrieved with --retrieved-from-file', [...base, '--retrieved', '2025-03-04', '--retrieved-from-file'], 'contradict each other'],
    ['--id with two files', [...base, '--id', 'port-deal', 'article.txt'], '--id describes one article, but 2 inputs were given'],
    ['--title with a folder and a file', [...base, '--title', 'Port deal', 'pages/'], '--title describes one article, but 2 inputs were given'],
    ['a story id that is not an id', ['--story', 'Harbour Strike', '--outlet', 'meridian-post'], '--story "Harbour Strike" is not an id'],
    ['an empty title', [...base, '--title', '  '], '--title is empty'],
    ['a title with a text-direction override', [...base, '--title', 'Port \u202edeal'], 'control or text-direction characters'],
    ['a url that is not a web address', [...base, '--url', 'javascript:alert(1)'], 'is not a web address'],
    ['an impossible date', [...base, '--published', '2025-02-30'], 'is not a date'],
    ['a misspelt option', [...base, '--titel', 'x'], "Unknown option '--titel'"],
  ])('%s is refused with the usage and nothing is written', (_name, args, message) => {
    const { status, err } = run(...args, 'article.txt');
    expect(status).toBe(2);
    expect(err).toContain(message);
    expect(err).toContain('Usage: npm run import');
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test('options that npm took for itself (written before "--") are named, with the fix', () => {
    let err = '';
    const status = runImport(['article.txt', STORY], {
      out: () => undefined,
      err: (text) => {
        err += text;
      },
      cwd: work,
      env: { CONTENT_DIR: root, npm_lifecycle_event: 'import', npm_config_story: 'true', npm_config_dry_run: 'true' },
    });
    expect(status).toBe(2);
    expect(err).toContain('npm took --story, --dry-run for itself');
    expect(err).toContain('npm run import -- <files>');
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test('a folder given with a per-article option is refused once its files are counted', () => {
    mkdirSync(path.join(work, 'pages'));
    writeFileSync(path.join(work, 'pages', 'a.txt'), ARTICLE);
    writeFileSync(path.join(work, 'pages', 'b.txt'), ARTICLE.replace('Port Workers', 'Dock Workers'));
    const { status, err } = run('pages', ...base, '--published', '2025-03-03');
    expect(status).toBe(2);
    expect(err).toContain('the inputs hold 2 files');
    expect(readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  test('a content tree without outlets.yaml is named', () => {
    rmSync(path.join(root, 'outlets.yaml'));
    const { status, err } = run('article.txt', ...base);
    expect(status).toBe(1);
    expect(err).toContain('outlets.yaml does not exist');
  });

  test('problems in other files of the tree do not stop the import; they are reported', () => {
    writeFileSync(path.join(root, 'articles', 'broken.md'), '---\ntitle: Broken\noutlet: nowhere\nstory: nowhere\npublished: 2025-03-03\n---\nText.\n');
    const { status, err } = run('article.txt', ...base, '--id', 'port-deal');
    expect(status).toBe(0);
    expect(err).toContain('other problems (above)');
    expect(existsSync(path.join(root, 'articles', 'port-deal.md'))).toBe(true);
  });
});

describe('several files at once', () => {
  test('a folder imports every page and text in it, a bad file is reported and the others still import, with one summary', () => {
    mkdirSync(path.join(work, 'pages', 'more'), { recursive: true });
    writeFileSync(path.join(work, 'pages', 'a.txt'), ARTICLE);
    writeFileSync(path.join(work, 'pages', 'b.txt'), ARTICLE.replace('Port Workers End Strike After Pay Deal', 'Dock Strike Ends as Union Accepts Offer'));
    writeFileSync(path.join(work, 'pages', 'more', 'empty.txt'), '');
    writeFileSync(path.join(work, 'pages', 'notes.docx'), 'not imported');
    writeFileSync(path.join(work, 'pages', '.hidden.txt'), ARTICLE);
    const { status, err } = run('pages', ...base);
    expect(status).toBe(1);
    expect(readdirSync(path.join(root, 'articles')).sort()).toEqual([
      'meridian-post-dock-strike-ends-as-union-accepts.md',
      'meridian-post-port-workers-end-strike-after-pay.md',
    ]);
    expect(err).toContain('Summary: 2 of 3 files imported.');
    expect(err).toMatch(/FAILED \S*pages\/more\/empty\.txt: .*is empty/);
    expect(err).toMatch(/skipped \S*pages\/notes\.docx: not a \.html, \.htm or \.txt file/);
    expect(err).toMatch(/skipped \S*pages\/\.hidden\.txt: hidden file or folder/);
  });

  test('two files that would get the same id: the second is refused, the first kept', () => {
    writeInput('copy.txt', ARTICLE);
    const { status, err } = run('article.txt', 'copy.txt', ...base);
    expect(status).toBe(1);
    expect(err).toMatch(/copy\.txt would get the id "meridian-post-port-workers-end-strike-after-pay", which \S*article\.txt got in this run/);
    expect(readdirSync(path.join(root, 'articles'))).toHaveLength(1);
  });

  test('the same file named twice is imported once', () => {
    const { status, err } = run('article.txt', './article.txt', ...base);
    expect(status).toBe(0);
    expect(err).toContain('named twice; imported once');
  });
});

describe('--retrieved-from-file', () => {
  test("takes the file's modification day, and only when asked", () => {
    const input = path.join(work, 'article.txt');
    const day = new Date(2025, 2, 5, 12, 0, 0);
    utimesSync(input, day, day);
    expect(run('article.txt', ...base, '--id', 'with-day', '--retrieved-from-file').status).toBe(0);
    expect(readFileSync(path.join(root, 'articles', 'with-day.md'), 'utf8')).toContain('retrieved: 2025-03-05');
    expect(run('article.txt', ...base, '--id', 'without-day').status).toBe(0);
    expect(readFileSync(path.join(root, 'articles', 'without-day.md'), 'utf8')).not.toContain('retrieved:');
  });
});

function writeInput(name: string, content: string | Buffer): string {
  const file = path.join(work, name);
  writeFileSync(file, content);
  return file;
}
