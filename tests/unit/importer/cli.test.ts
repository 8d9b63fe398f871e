/**
 * The import CLI, run as a real process (the same Node as the tests, through tsx) against a
 * throw-away content root passed in CONTENT_DIR.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';

const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const SCRIPT = path.resolve('scripts/import.ts');
const SEED_002 = path.resolve('tests/fixtures/seeds/002_ac6b38469b239619.txt');
const SEED_004 = path.resolve('tests/fixtures/seeds/004_b1d429fb114ec2e4.txt');
const STORY = 'talks-2025';

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  mkdirSync(path.join(root, 'stories'));
  mkdirSync(path.join(root, 'articles'));
  writeFileSync(path.join(root, 'stories', `${STORY}.md`), '---\ntitle: Talks\ndate: 2025-02-18\nsummary: A test story.\n---\nIntro.\n');
  writeFileSync(
    path.join(root, 'outlets.yaml'),
    '- id: moscow-times\n  name: The Moscow Times\n  url: https://www.themoscowtimes.com/\n  kind: online\n' +
      '- id: novaya-gazeta-europe\n  name: Novaya Gazeta Europe\n  url: https://novayagazeta.eu/\n  kind: online\n',
  );
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Runs the CLI; returns its exit code and output. */
function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [TSX, SCRIPT, ...args], {
    env: { ...process.env, CONTENT_DIR: root, INIT_CWD: process.cwd() },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const articleFiles = (): string[] => readdirSync(path.join(root, 'articles'));

describe('npm run import', () => {
  test('writes an article the corpus loader accepts and prints every removed line with its reason', () => {
    const { status, stdout, stderr } = run(SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--id', 'mt-talks');
    expect(status).toBe(0);
    expect(stdout).toContain('mt-talks.md');
    expect(stderr).toContain('[headline] Russia and U.S. Agree to Start Ukraine Peace Talks');
    expect(stderr).toContain('[link to another article] Related article: Here\'s What Putin\'s Peace Talks Playbook Looks Like');
    expect(stderr).toContain('[address after "Original url:"] https://www.themoscowtimes.com/');
    const corpus = loadCorpus(root);
    expect(corpus.articles.map((a) => a.id)).toEqual(['mt-talks']);
    expect(corpus.articles[0]).toMatchObject({ outlet: 'moscow-times', story: STORY, published: '2025-02-18' });
    expect(corpus.articles[0]?.url).toMatch(/a88061$/);
  });

  test('names the file after the outlet and the first title words when no --id is given', () => {
    const { status } = run(SEED_002, '--story', STORY, '--outlet', 'moscow-times');
    expect(status).toBe(0);
    expect(articleFiles()).toEqual(['moscow-times-russia-and-us-agree-to-start.md']);
  });

  test('refuses to overwrite an existing article without --force and names the file', () => {
    const existing = path.join(root, 'articles', 'mt-talks.md');
    writeFileSync(existing, 'keep me');
    const { status, stderr } = run(SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--id', 'mt-talks');
    expect(status).not.toBe(0);
    expect(stderr).toContain('mt-talks.md already exists');
    expect(stderr).toContain('--force');
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
  });

  test('overwrites an existing article with --force', () => {
    const existing = path.join(root, 'articles', 'mt-talks.md');
    writeFileSync(existing, 'old');
    expect(run(SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--id', 'mt-talks', '--force').status).toBe(0);
    expect(readFileSync(existing, 'utf8')).toMatch(/^---\ntitle: "Russia and U\.S\./);
  });

  test('fails on an unknown outlet with a did-you-mean, and writes nothing', () => {
    const { status, stderr } = run(SEED_002, '--story', STORY, '--outlet', 'moscow-time');
    expect(status).toBe(1);
    expect(stderr).toContain('unknown outlet "moscow-time"');
    expect(stderr).toContain('did you mean "moscow-times"?');
    expect(articleFiles()).toEqual([]);
  });

  test('fails on an unknown story with a did-you-mean, and writes nothing', () => {
    const { status, stderr } = run(SEED_002, '--story', 'talks-2024', '--outlet', 'moscow-times');
    expect(status).toBe(1);
    expect(stderr).toContain('unknown story "talks-2024" (did you mean "talks-2025"?)');
    expect(articleFiles()).toEqual([]);
  });

  test('--dry-run prints the article file and writes nothing', () => {
    const { status, stdout, stderr } = run(SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--id', 'mt-talks', '--dry-run');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: "Russia and U\.S\. Agree/);
    expect(stdout).toContain('\n---\nRussian and U.S. officials on Tuesday');
    expect(stderr).toContain('nothing written');
    expect(articleFiles()).toEqual([]);
  });

  test('asks for --title when the text has no headline', () => {
    const { status, stderr } = run(SEED_004, '--story', STORY, '--outlet', 'novaya-gazeta-europe', '--published', '2025-02-18');
    expect(status).toBe(1);
    expect(stderr).toContain('no headline found');
    expect(stderr).toContain('--title');
    expect(articleFiles()).toEqual([]);
  });

  test('asks for --published when the text has no date', () => {
    const { status, stderr } = run(SEED_004, '--story', STORY, '--outlet', 'novaya-gazeta-europe', '--title', 'Talks');
    expect(status).toBe(1);
    expect(stderr).toContain('--published YYYY-MM-DD');
  });

  test('writes the given title, date, url and retrieved day into the frontmatter', () => {
    const { status } = run(
      SEED_004, '--story', STORY, '--outlet', 'novaya-gazeta-europe', '--id', 'ng-talks',
      '--title', 'Talks: “serious” # 1', '--published', '2025-02-18', '--url', 'https://novayagazeta.eu/a', '--retrieved', '2026-11-21',
    );
    expect(status).toBe(0);
    const article = loadCorpus(root).articles[0];
    expect(article).toMatchObject({ title: 'Talks: “serious” # 1', published: '2025-02-18', url: 'https://novayagazeta.eu/a', retrieved: '2026-11-21' });
  });

  test.each([
    ['no raw file', [], 'give the saved page, text file or folder to import'],
    ['a missing --story', [SEED_002, '--outlet', 'moscow-times'], '--story is required'],
    ['an unknown option', [SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--titel', 'x'], "Unknown option '--titel'"],
    ['a date that is not a date', [SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--published', '18/02/2025'], 'write it YYYY-MM-DD'],
    ['an id with capitals', [SEED_002, '--story', STORY, '--outlet', 'moscow-times', '--id', 'Bad_Id'], 'not a valid id'],
  ])('exits with code 2 and the usage on %s', (_name, args, message) => {
    const { status, stderr } = run(...args);
    expect(status).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run import');
    expect(existsSync(path.join(root, 'articles')) ? articleFiles() : []).toEqual([]);
  });
});
