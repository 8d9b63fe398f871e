/**
 * The review queue puts contested, uncertain and newly changed claims first, and every stub it prints
 * is a valid review that names exactly its claim (pasted with a rationale, it applies to that claim).
 */
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { analyzeContent } from '../../../src/corpus/analyze.ts';
import type { Claim } from '../../../src/engine/types.ts';
import { applyReviews } from '../../../src/review/apply.ts';
import { reviewQueue, reviewStub, stubContext } from '../../../src/review/queue.ts';
import type { ReviewedAnalysis } from '../../../src/review/types.ts';
import { analysis, article, bridgeArticles, claim, reviews } from './fixture.ts';

const options = { limit: 10, by: 'Ada Editor', date: '2030-04-01' };

function setup() {
  const { a, b, c } = bridgeArticles();
  const later = article('d-late', { outlet: 'late', published: '2030-03-20' }, ['The bridge reopened on Monday, the council confirmed.']);
  const claims = {
    reopen: claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0], [later, 0]] }),
    cost: claim({ kind: 'quantity', statement: 'Cost of the repairs', verdict: 'conflicting', evidence: [[a, 1], [b, 1, 'conflicts']] }),
    tolls: claim({ statement: 'Tolls will rise next year.', verdict: 'single-source', evidence: [[c, 2]] }),
    cars: claim({ statement: 'Cars crossed the river again on Monday.', verdict: 'single-source', evidence: [[c, 0]] }),
    quote: { ...claim({ kind: 'quote', statement: 'Mayor: heart of the town', verdict: 'corroborated', evidence: [[a, 3], [c, 1]] }), confidence: 0.3 } as Claim,
  };
  return { claims, engine: analysis([a, b, c, later], Object.values(claims)) };
}

/** Fills a stub's rationale and reads it back as a review list. */
function pasted(stub: string): unknown[] {
  return yaml.load(stub.replace('rationale: ""', 'rationale: "Checked."'), { schema: yaml.CORE_SCHEMA }) as unknown[];
}

describe('the review queue', () => {
  test('lists contested, low-confidence and single-source-with-denial claims, most urgent first, with reasons', () => {
    const { engine, claims } = setup();
    // Tolls is denied elsewhere in the story (b-wire's third sentence) and shares its words: "tolls", "rise".
    const items = reviewQueue(applyReviews(engine, []), options)[0]?.items ?? [];
    expect(items.map((item) => item.claim.origins[0])).toEqual([claims.cost.id, claims.quote.id]);
    expect(items[0]?.reasons).toEqual(['contested verdict (Conflicting)']);
    expect(items[1]?.reasons).toEqual(['low engine confidence (0.30)']);
  });

  test('a single source with a denial of the same matter nearby is queued', () => {
    const { a, b, c } = bridgeArticles();
    const tolls = claim({ statement: 'Tolls will rise next year.', verdict: 'single-source', evidence: [[c, 2]] });
    const withEntity = { ...tolls, entities: ['officials'] };
    const denial = b.sentences[2];
    if (denial) denial.mentions = [{ entity: 'officials', start: 0, end: 9, pronoun: false }];
    denial?.terms.push('rise', 'tolls', 'next', 'year');
    const items = reviewQueue(applyReviews(analysis([a, b, c], [withEntity]), []), options)[0]?.items ?? [];
    expect(items.map((item) => item.reasons)).toEqual([['single source, with a denial nearby in b-wire: "Officials denied that tolls would rise."']]);
  });

  test('a reviewed claim comes back only when evidence appeared after the review', () => {
    const { engine } = setup();
    const reviewed = (date: string): ReviewedAnalysis =>
      applyReviews(engine, [reviews([{ claim: { article: 'a-daily', quote: 'The bridge reopened' }, by: 'Ada', date, verdict: 'corroborated', rationale: 'Checked.' }])]);
    const before = reviewQueue(reviewed('2030-03-10'), options)[0]?.items ?? [];
    expect(before.map((item) => item.reasons[0])).toContain('evidence changed since the review of 2030-03-10: new sentences from LATE');
    const after = reviewQueue(reviewed('2030-03-25'), options)[0]?.items ?? [];
    expect(after.some((item) => item.claim.statement === 'The bridge reopened on Monday.')).toBe(false);
  });

  test('each stub, pasted with a rationale, applies to exactly its claim', () => {
    const { engine } = setup();
    const queue = reviewQueue(applyReviews(engine, []), options)[0]?.items ?? [];
    expect(queue.length).toBeGreaterThan(0);
    for (const item of queue) {
      expect(item.stub).not.toContain('CHECK:');
      const applied = applyReviews(engine, [reviews(pasted(item.stub))]);
      const target = applied.claims.find((c) => c.reviewed !== null);
      expect(target?.id).toBe(item.claim.id);
    }
  });
});

describe('stubs on the seed story', () => {
  test('the stub of every claim names that claim, also where one sentence holds several claims', () => {
    const engine = analyzeContent(loadCorpus(path.resolve(import.meta.dirname, '../../../content')));
    const site = applyReviews(engine, []);
    const context = stubContext(site);
    expect(site.claims.length).toBeGreaterThan(20);
    for (const claimed of site.claims) {
      const stub = reviewStub(claimed, context, options);
      const applied = applyReviews(engine, [{ ...reviews(pasted(stub)), story: claimed.story }]);
      expect(applied.claims.filter((c) => c.reviewed !== null).map((c) => c.id), stub).toEqual([claimed.id]);
    }
  });
});
