import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { MANIFEST_FILE, generateCorpus, storySizes, writeCorpus } from '../../../scripts/bench/corpus/generate.ts';
import { LAST_NAMES, SEED_WORDS } from '../../../scripts/bench/corpus/names.ts';
import { Rng } from '../../../scripts/bench/corpus/random.ts';
import { render } from '../../../scripts/bench/corpus/template.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { segmentText } from '../../../src/engine/02-segment.ts';

const corpus = generateCorpus({ articles: 400, seed: 'unit' });
const articleFiles = [...corpus.files].filter(([file]) => file.startsWith('articles/'));
const bodyOf = (text: string): string => text.replace(/^---\n[\s\S]*?\n---\n/, '');
const allText = articleFiles.map(([, text]) => bodyOf(text)).join('\n');

describe('the seeded random source', () => {
  test('gives the same stream for the same seed and a different one for another seed', () => {
    const a = new Rng(5);
    const b = new Rng(5);
    const c = new Rng(6);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('templates', () => {
  test('pick one alternative per group, nested groups included, and fill slots', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 20; i++) {
      const text = render('[the fire|a [big|huge] blaze] broke out in {city}.', rng, (name) => (name === 'city' ? 'Porto' : '?'));
      expect(text).toMatch(/^(The fire|A big blaze|A huge blaze) broke out in Porto\.$/);
    }
  });

  test('fail loudly on an unknown slot or an unbalanced bracket', () => {
    const rng = new Rng(1);
    expect(() => render('{nope}', rng, (name) => {
      throw new Error(`unknown slot {${name}}`);
    })).toThrow(/nope/);
    expect(() => render('[a|b', rng, () => '')).toThrow(/unclosed/);
  });
});

describe('generateCorpus', () => {
  test('writes byte-identical files for the same seed, and different files for another seed', () => {
    const again = generateCorpus({ articles: 400, seed: 'unit' });
    expect([...again.files]).toEqual([...corpus.files]);
    const other = generateCorpus({ articles: 400, seed: 'other' });
    expect(other.files.get('outlets.yaml')).not.toEqual(corpus.files.get('outlets.yaml'));
  });

  test('splits the articles into stories of 5 to 50 articles that add up to the total', () => {
    for (const total of [5, 37, 400, 10_000]) {
      const sizes = storySizes(new Rng(total), total);
      expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(total);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
    }
    expect(articleFiles).toHaveLength(400);
    expect(corpus.manifest.storyDetails.reduce((sum, story) => sum + story.articles, 0)).toBe(400);
  });

  test('writes a content tree that loadCorpus reads without a problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
    writeCorpus(dir, corpus);
    const loaded = loadCorpus(dir);
    expect(loaded.articles).toHaveLength(400);
    expect(loaded.stories).toHaveLength(corpus.manifest.stories);
    expect(loaded.outlets).toHaveLength(corpus.manifest.outlets);
    expect(loaded.outlets.filter((outlet) => outlet.kind === 'agency').length).toBe(corpus.manifest.agencies);
    const outletsPerStory = new Map<string, Set<string>>();
    for (const article of loaded.articles) {
      outletsPerStory.set(article.story, (outletsPerStory.get(article.story) ?? new Set()).add(article.outlet));
    }
    // Stories are covered by several outlets, not by one outlet many times.
    for (const outlets of outletsPerStory.values()) expect(outlets.size).toBeGreaterThanOrEqual(4);
    expect(existsSync(path.join(dir, MANIFEST_FILE))).toBe(true);
  });

  test('gives every article 15 to 30 sentences as the engine segments them', () => {
    const counts = articleFiles.map(([, text]) =>
      bodyOf(text)
        .split(/\n\n+/)
        .reduce((sum, paragraph) => sum + segmentText(paragraph).length, 0),
    );
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(15);
    expect(Math.max(...counts)).toBeLessThanOrEqual(30);
  });

  test('plants agreement, conflicting numbers, reworded quotes, denials, anonymous sources, wires and filler', () => {
    const { tags, roles, sentences } = corpus.manifest;
    expect(tags.fact).toBeGreaterThan(sentences * 0.15);
    expect(tags.quantityConflict).toBeGreaterThan(tags.quantity * 0.05);
    expect(tags.quantityConflict).toBeLessThan(tags.quantity * 0.4);
    expect(tags.quoteReworded).toBeGreaterThan(tags.quote * 0.15);
    expect(tags.rumour).toBeGreaterThan(0);
    expect(tags.denial).toBeGreaterThan(0);
    expect(tags.anonymous).toBeGreaterThan(tags.rumour);
    expect(tags.wire).toBeGreaterThan(0);
    expect(tags.filler / sentences).toBeGreaterThan(0.15);
    expect(tags.filler / sentences).toBeLessThan(0.5);
    expect(roles.wire).toBeGreaterThan(0);
    expect(roles.reprint).toBeGreaterThan(0);
    const contested = corpus.manifest.storyDetails.flatMap((story) => story.quantities).filter((quantity) => {
      const values = new Set(Object.values(quantity.reported));
      return values.size > 1;
    });
    expect(contested.length).toBeGreaterThan(10);
    expect(corpus.manifest.storyDetails.filter((story) => story.rumour && story.rumour.deniers.length > 0).length).toBeGreaterThan(5);
  });

  test('writes the planted phenomena in the words news articles use', () => {
    expect(allText).toMatch(/denied any knowledge of|called the reports fake|dismissed the reports as|never heard of/);
    expect(allText).toMatch(/familiar with the matter|on condition of anonymity|not authorised to speak publicly/);
    expect(allText).toMatch(/\b(more than|nearly|about|at least|almost|roughly) [\d$€a-z]/);
    const outlets = yaml.load(corpus.files.get('outlets.yaml') ?? '') as Array<{ name: string; kind: string }>;
    const agencies = outlets.filter((outlet) => outlet.kind === 'agency').map((outlet) => outlet.name);
    expect(agencies.length).toBeGreaterThan(0);
    expect(agencies.some((name) => allText.includes(`according to ${name}`) || allText.includes(`${name} reported`))).toBe(true);
    expect(allText).toMatch(/\(([A-Z][a-z]+ ?)+\) — /); // a wire dateline
  });

  test('reprints are near-duplicates of their wire article', () => {
    const byId = new Map(articleFiles.map(([file, text]) => [path.basename(file, '.md'), bodyOf(text)]));
    const pairs = corpus.manifest.storyDetails.flatMap((story) => story.reprints.flatMap((wire) => wire.copies.map((copy) => [wire.wire, copy] as const)));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [wire, copy] of pairs) {
      const original = new Set(segmentText(byId.get(wire) ?? '').map((s) => s.text));
      const copied = segmentText(byId.get(copy) ?? '').map((s) => s.text);
      const shared = copied.filter((sentence) => original.has(sentence)).length;
      expect(shared / copied.length).toBeGreaterThan(0.7);
    }
  });

  test('spells some names in more than one way across outlets', () => {
    const variants = LAST_NAMES.filter((name) => name.length > 1 && name.filter((spelling) => allText.includes(spelling)).length > 1);
    expect(variants.length).toBeGreaterThan(0);
  });

  test("never uses the seed story's people, places, outlets or numbers", () => {
    const everything = [...corpus.files.values()].join('\n');
    for (const word of SEED_WORDS) expect(everything, word).not.toMatch(new RegExp(`\\b${word.replace(/[.]/g, '\\.')}\\b`));
  });

  test('has no template leftovers or broken punctuation in the text', () => {
    expect(allText).not.toMatch(/[{}[\]]|\s[,.]|,[.,]|\s{3,}/);
  });
});
