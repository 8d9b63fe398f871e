/**
 * No furniture rule may eat article text: every quote of the hand-labelled seed story
 * (tests/fixtures/labelled/) must still be in the body the importer makes from its raw seed, with
 * the options an editor would pass (the seed fixtures' options.json). The labelled set was made by
 * reading the articles, not from importer output.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/engine/01-normalize.ts';
import { importRawText, type ImportOptions } from '../../../src/importer/clean-scrape.ts';

interface Labelled {
  claims: Array<{ evidence: Array<{ article: string; quote: string }> }>;
}

const labelled = JSON.parse(readFileSync(path.resolve('tests/fixtures/labelled/us-russia-talks-riyadh-2025.json'), 'utf8')) as Labelled;
/** The article id of each seed in the labelled set, and its importer fixture (see the set's README). */
const SEEDS: Array<[string, string]> = [
  ['kyiv-post-riyadh-talks', 'seed-000-kyiv-post'],
  ['moscow-times-peace-talks', 'seed-001-moscow-times-one-line'],
  ['moscow-times-peace-talks-2', 'seed-002-moscow-times'],
  ['rferl-what-we-learned', 'seed-003-rferl'],
  ['novaya-gazeta-first-round-riyadh', 'seed-004-novaya-gazeta'],
];
const fold = (text: string): string =>
  text.normalize('NFKC').replace(/[“”„"«»]/g, '"').replace(/[‘’']/g, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').toLowerCase().trim();

test.each(SEEDS)('every labelled quote of %s survives the import', (article, fixture) => {
  const { seed, ...options } = JSON.parse(readFileSync(path.resolve('tests/fixtures/import', fixture, 'options.json'), 'utf8')) as ImportOptions & { seed: string };
  const result = importRawText(readFileSync(path.resolve('tests/fixtures/seeds', seed), 'utf8'), options);
  const body = fold(markdownToBlocks(result.markdown).join('\n'));
  const quotes = labelled.claims.flatMap((claim) => claim.evidence.filter((item) => item.article === article).map((item) => item.quote));
  expect(quotes.length).toBeGreaterThan(5);
  expect(quotes.filter((quote) => !body.includes(fold(quote)))).toEqual([]);
});
