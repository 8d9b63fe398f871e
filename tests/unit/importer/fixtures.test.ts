/**
 * Fixture tests for the importer: each folder in tests/fixtures/import/ holds an input (its own
 * `input.txt`, or a raw seed from tests/fixtures/seeds/ named in `options.json`, which also holds
 * the options the editor would pass), and the expected output beside it:
 *   - `expected.md`: the Markdown body;
 *   - `expected-report.json`: detected title/date/url/author and every removed line with its reason.
 *
 * The expected files were checked BY HAND, line by line, against the raw input: every article
 * sentence present and verbatim (HTML tags aside), nothing else present, every removed line really
 * page furniture. Do not regenerate them without reading the diff the same way.
 *
 * To regenerate after an intended change: `UPDATE_FIXTURES=1 npx vitest run tests/unit/importer`,
 * then review `git diff tests/fixtures/import`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { segmentText } from '../../../src/engine/02-segment.ts';
import { importRawText, type ImportOptions, type ImportResult } from '../../../src/importer/clean-scrape.ts';

const FIXTURES = path.resolve('tests/fixtures/import');
const SEEDS = path.resolve('tests/fixtures/seeds');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

interface FixtureCase {
  name: string;
  dir: string;
  seed: string | undefined;
  raw: string;
  options: ImportOptions;
}

function loadCase(name: string): FixtureCase {
  const dir = path.join(FIXTURES, name);
  const optionsFile = path.join(dir, 'options.json');
  const { seed, ...options } = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as ImportOptions & { seed?: string })
    : {};
  const raw = readFileSync(seed === undefined ? path.join(dir, 'input.txt') : path.join(SEEDS, seed), 'utf8');
  return { name, dir, seed, raw, options };
}

const cases = readdirSync(FIXTURES).sort().map(loadCase);

/** Everything but the Markdown: the part of the result an editor reads in the CLI's report. */
function report(result: ImportResult): object {
  const { markdown: _markdown, notes: _notes, ...rest } = result;
  return rest;
}

/** The text a reader sees, block by block, after the site's own Markdown pipeline. */
const rendered = (markdown: string): string => markdownToBlocks(markdown).join('\n');

/** Word tokens of a text, sorted, so two texts can be compared as multisets of words. */
const wordBag = (text: string): string[] => (text.match(/[\p{L}\p{N}]+/gu) ?? []).sort();

/**
 * The raw text with the removed pieces cut out (each once, where it was), HTML tags dropped, and
 * list markers ("1.", "•") dropped, since a rendered list shows its numbers without them being text.
 */
function rawMinusRemoved(raw: string, result: ImportResult): string {
  let rest = raw;
  for (const { line } of result.removed) {
    const at = rest.indexOf(line);
    if (at < 0) throw new Error(`removed line is not in the raw text: ${line}`);
    rest = `${rest.slice(0, at)}\n${rest.slice(at + line.length)}`;
  }
  return rest.replace(/<\/?[A-Za-z][^>]*>/g, '').replace(/^[ \t]*(?:\d{1,3}[.)]|[•*+-])[ \t]+/gm, '');
}

test('there is a fixture for each of the five seeds', () => {
  expect(cases.filter((c) => c.seed !== undefined).map((c) => c.seed)).toEqual(readdirSync(SEEDS).sort());
});

describe.each(cases)('fixture $name', ({ dir, raw, options }) => {
  const result = importRawText(raw, options);
  const expectedMd = path.join(dir, 'expected.md');
  const expectedReport = path.join(dir, 'expected-report.json');
  if (UPDATE) {
    writeFileSync(expectedMd, result.markdown);
    writeFileSync(expectedReport, `${JSON.stringify(report(result), null, 2)}\n`);
  }

  test('the Markdown body matches expected.md', () => {
    expect(result.markdown).toBe(readFileSync(expectedMd, 'utf8'));
  });

  test('the detected metadata and removed lines match expected-report.json', () => {
    expect(report(result)).toEqual(JSON.parse(readFileSync(expectedReport, 'utf8')));
  });

  test('the body renders without any Markdown syntax characters leaking from escapes', () => {
    expect(rendered(result.markdown)).not.toMatch(/\\[\\`*_[\]<~&#>+=|.)-]/);
  });
});

describe.each(cases.filter((c) => c.seed !== undefined))('seed $seed keeps every word and sentence', ({ raw, options }) => {
  const result = importRawText(raw, options);
  const text = rendered(result.markdown);

  test('the words of the output are exactly the words of the raw text minus the removed lines', () => {
    expect(wordBag(text)).toEqual(wordBag(rawMinusRemoved(raw, result)));
  });

  test('every sentence of the raw text that was not removed appears verbatim in the output', () => {
    const kept = rawMinusRemoved(raw, result).split('\n').map((line) => line.trim()).filter(Boolean);
    const flat = text.replace(/\s+/g, ' ');
    const missing = kept.flatMap((line) => segmentText(line).map((s) => s.text)).filter((sentence) => !flat.includes(sentence));
    expect(missing).toEqual([]);
  });

  test('no removed line is still in the output', () => {
    for (const { line } of result.removed) expect(text).not.toContain(line.replace(/<[^>]*>/g, ''));
  });
});
