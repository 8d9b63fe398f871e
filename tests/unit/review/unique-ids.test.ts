/**
 * Every claim id is unique and well-formed on real and generated content, whatever claims the engine
 * finds: the seed story, every real labelled story (tests/fixtures/devsets/, copies of the project's
 * labelled sets, loaded as run-set.mjs does: one outlet per header, the text after the header) and a
 * 1,000-article generated corpus. The engine runs for real here.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generateCorpus, writeCorpus } from '../../../scripts/bench/corpus/generate.ts';
import { loadCorpus, slugify } from '../../../src/corpus/load.ts';
import { analyzeContent } from '../../../src/corpus/analyze.ts';
import type { CorpusAnalysis, CorpusInput } from '../../../src/engine/types.ts';
import { applyReviews } from '../../../src/review/apply.ts';
import { articleOrder, engineClaimIds, idAnchor, idTail, sentenceKey } from '../../../src/review/claim-ids.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DEVSETS = path.join(ROOT, 'tests/fixtures/devsets');

/** A labelled set as a corpus: the header's outlet, date and title, the text after the first blank line. */
function devset(name: string): CorpusInput {
  const dir = path.join(DEVSETS, name);
  const files = readdirSync(dir).filter((file) => file.endsWith('.txt')).sort();
  const outlets = new Map<string, string>();
  const articles = files.map((file) => {
    const [head = '', ...rest] = readFileSync(path.join(dir, file), 'utf8').split(/\n\s*\n/);
    const fields: Record<string, string> = {};
    for (const line of head.split('\n')) {
      const match = /^(\w+):\s*(.*)$/.exec(line);
      if (match?.[1]) fields[match[1]] = match[2] ?? '';
    }
    const outletName = (fields.outlet ?? file).replace(/\s*\(.*\)\s*$/, '');
    outlets.set(slugify(outletName), outletName);
    return {
      id: slugify(file.replace(/\.txt$/, '')),
      title: fields.title ?? file,
      story: name,
      outlet: slugify(outletName),
      published: /\d{4}-\d{2}-\d{2}/.exec(fields.date ?? '')?.[0] ?? '2024-01-01',
      body: rest.join('\n\n'),
    };
  });
  return {
    stories: [{ id: name, title: name, date: '2024-01-01', summary: name }],
    outlets: [...outlets].map(([id, name]) => ({ id, name, url: `https://${id}.example/`, kind: 'newspaper' as const })),
    articles,
  };
}

/** Checks the ids of an analysis and returns how many claims share an anchor sentence with another. */
function checkIds(analysis: CorpusAnalysis): number {
  const ids = engineClaimIds(analysis.claims, articleOrder(analysis.articles));
  expect(new Set(ids).size).toBe(analysis.claims.length);
  for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-[0-9a-f]{12}$/);
  // The sentence part of each id names the claim's anchor sentence.
  const order = articleOrder(analysis.articles);
  let sharing = 0;
  const perSentence = new Map<string, number>();
  analysis.claims.forEach((claim, n) => {
    const anchor = idAnchor(claim.evidence, order);
    expect(anchor).toBeDefined();
    const key = sentenceKey(anchor?.article ?? '', anchor?.sentenceId ?? '');
    expect(idTail(ids[n] ?? '')?.slice(0, 8)).toBe(key);
    perSentence.set(key, (perSentence.get(key) ?? 0) + 1);
  });
  for (const count of perSentence.values()) if (count > 1) sharing += count;
  // The site's analysis (reviews applied, none here) keeps exactly these ids.
  expect(applyReviews(analysis, []).claims.map((claim) => claim.id)).toEqual(ids);
  return sharing;
}

describe('claim ids are unique', () => {
  test('on the seed story', () => {
    const analysis = analyzeContent(loadCorpus(path.join(ROOT, 'content')));
    expect(analysis.claims.length).toBeGreaterThan(20);
    const sharing = checkIds(analysis);
    console.log(`seed story: ${analysis.claims.length} claims, ${sharing} of them share their anchor sentence with another claim`);
  });

  const sets = readdirSync(DEVSETS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  test('the real labelled sets are all here', () => {
    expect(sets.length).toBeGreaterThanOrEqual(4);
  });
  test.each(sets)('on the real labelled story %s', (name) => {
    const analysis = analyzeContent(devset(name));
    expect(analysis.articles.length).toBeGreaterThanOrEqual(6);
    expect(analysis.claims.length).toBeGreaterThan(10);
    checkIds(analysis);
  });

  test('on a 1,000-article generated corpus', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ids-1000-'));
    writeCorpus(dir, generateCorpus({ articles: 1000, seed: 1 }));
    const analysis = analyzeContent(loadCorpus(dir));
    expect(analysis.articles.length).toBe(1000);
    expect(analysis.claims.length).toBeGreaterThan(1000);
    checkIds(analysis);
  });
});
