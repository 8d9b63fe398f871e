/**
 * The labelled stories themselves (not the engine): every set has its raw sources, its imported
 * content tree, a GOLD.md and a gold.json whose relations are known and whose every quote is
 * verbatim in its raw source and still in the imported article (an importer that dropped a quoted
 * sentence would silently make a claim unfindable).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/quality/score.ts';
import { labelledSets } from '../../../src/quality/sets.ts';

const RELATIONS = new Set(['agree', 'variance', 'conflict', 'disputed', 'uncertain']);
const sets = labelledSets();
/** Article text without frontmatter, whitespace collapsed, as a reader sees it. */
const body = (file: string): string => normalize(file.replace(/^---[\s\S]*?\n---\n/, '').replace(/[*_`\\]/g, ''));

describe('the labelled real stories', () => {
  test('there are the seed story and the four real development stories', () => {
    expect(sets.map((set) => set.id)).toEqual([
      '2023-03-france-pension-strike',
      '2023-05-turkey-election-first-round',
      '2023-06-odisha-train-collision',
      '2024-07-crowdstrike-outage',
      'us-russia-talks-riyadh-2025',
    ]);
  });

  describe.each(sets.map((set) => [set.id, set] as const))('%s', (_, set) => {
    test('has raw sources, a content tree and a GOLD.md', () => {
      for (const part of ['raw', 'content/articles', 'content/outlets.yaml', 'GOLD.md']) expect(existsSync(path.join(set.dir, part)), part).toBe(true);
    });

    test('claim ids are unique and every relation is known', () => {
      const ids = set.gold.claims.map((claim) => claim.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const claim of set.gold.claims) expect(RELATIONS.has(claim.relation), claim.id).toBe(true);
    });

    test('every quote is verbatim in its raw source and in the imported article', () => {
      const missing: string[] = [];
      const articles = [...set.articleFiles.values()].map(body);
      for (const claim of set.gold.claims) {
        for (const [key, quotes] of Object.entries(claim.sources)) {
          // Raw scrapes keep inline HTML such as `<u>said</u>`; quotes are written without it.
          const raw = set.sources.get(key)?.replace(/<\/?[a-z][^>]*>/gi, '');
          for (const quote of quotes) {
            if (raw === undefined || !raw.includes(quote)) missing.push(`${claim.id}: not in raw ${key}: ${quote}`);
            else if (!articles.some((text) => text.includes(normalize(quote)))) missing.push(`${claim.id}: not in any article: ${quote}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  });
});
