/**
 * No furniture rule may eat article text: every quote of the hand-labelled seed story
 * (src/quality/sets/us-russia-talks-riyadh-2025/gold.json) must still be in the body the importer
 * makes from its raw seed, with the options an editor would pass (the seed fixtures' options.json).
 * The labelled set was made by reading the articles, not from importer output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { importRawText, type ImportOptions } from '../../../src/importer/clean-scrape.ts';

interface Gold {
  claims: Array<{ sources: Record<string, string[]> }>;
}

const gold = JSON.parse(readFileSync(path.resolve('src/quality/sets/us-russia-talks-riyadh-2025/gold.json'), 'utf8')) as Gold;
/** The raw seed file of each source of the labelled set (its prefix), and its importer fixture. */
const SEEDS: Array<[string, string]> = [
  ['000_', 'seed-000-kyiv-post'],
  ['001_', 'seed-001-moscow-times-one-line'],
  ['002_', 'seed-002-moscow-times'],
  ['003_', 'seed-003-rferl'],
  ['004_', 'seed-004-novaya-gazeta'],
];
const fold = (text: string): string =>
  text.normalize('NFKC').replace(/[“”„"«»]/g, '"').replace(/[‘’']/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').toLowerCase().trim();

test.each(SEEDS)('every labelled quote of seed %s survives the import', (prefix, fixture) => {
  const { seed, ...options } = JSON.parse(readFileSync(path.resolve('tests/fixtures/import', fixture, 'options.json'), 'utf8')) as ImportOptions & { seed: string };
  const result = importRawText(readFileSync(path.resolve('tests/fixtures/seeds', seed), 'utf8'), options);
  const body = fold(markdownToBlocks(result.markdown).join('\n'));
  const quotes = gold.claims.flatMap((claim) => Object.entries(claim.sources).filter(([key]) => key.startsWith(prefix)).flatMap(([, list]) => list));
  expect(quotes.length).toBeGreaterThan(5);
  expect(quotes.filter((quote) => !body.includes(fold(quote)))).toEqual([]);
});
