/**
 * Each review action on a hand-built analysis (no engine): the editors' decision shows, the engine's
 * result stays beside it, URLs stay put, dates and change logs follow the content, and stale or
 * contradictory reviews fail with the file, the review and a "did you mean".
 */
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../../src/corpus/problems.ts';
import type { Claim } from '../../../src/engine/types.ts';
import { applyReviews } from '../../../src/review/apply.ts';
import type { ReviewedAnalysis, ReviewedClaim } from '../../../src/review/types.ts';
import { analysis, article, bridgeArticles, claim, reviews, sentenceId } from './fixture.ts';

function setup() {
  const { a, b, c } = bridgeArticles();
  const claims = {
    reopen: claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[a, 0], [b, 0]] }),
    cost: claim({ kind: 'quantity', statement: 'Cost of the repairs', verdict: 'conflicting', evidence: [[a, 1], [b, 1, 'conflicts']] }),
    furniture: claim({ statement: 'Read our newsletter every morning.', verdict: 'single-source', evidence: [[a, 2]] }),
    quote: claim({ kind: 'quote', statement: 'Mayor: “is the heart of the town”', verdict: 'corroborated', evidence: [[a, 3], [c, 1]] }),
    cars: claim({ statement: 'Cars crossed the river again on Monday.', verdict: 'single-source', evidence: [[c, 0]] }),
  };
  return { a, b, c, claims, engine: analysis([a, b, c], Object.values(claims)) };
}

const by = { by: 'Ada Editor', date: '2030-03-10' };
const ref = (articleId: string, quote: string) => ({ article: articleId, quote });

/** The reviewed claim that came from an engine claim. */
function from(result: ReviewedAnalysis, engine: Claim): ReviewedClaim {
  const found = result.claims.find((c) => c.origins.includes(engine.id));
  if (!found) throw new Error(`no claim from ${engine.id}`);
  return found;
}

/** The ContentError message an apply throws. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('without reviews', () => {
  test('sources that appear on the first day are one entry, contradictions included', () => {
    const { a, c } = bridgeArticles();
    const same = article('b-same-day', { outlet: 'wire', published: '2030-03-01' }, ['The repairs cost 46 million euros, according to documents.']);
    const cost = claim({ kind: 'quantity', statement: 'Cost', verdict: 'conflicting', evidence: [[a, 1], [same, 0, 'conflicts']] });
    const [reviewed] = applyReviews(analysis([a, same, c], [cost]), []).claims;
    expect(reviewed?.changes).toEqual([{ date: '2030-03-01', kind: 'first-reported', text: 'First reported by DAILY, with a conflicting account from WIRE' }]);
  });

  test('every claim is automatic, with content dates and a first-report entry', () => {
    const { engine, claims } = setup();
    const result = applyReviews(engine, []);
    expect(result.claims.every((c) => c.reviewed === null && c.reviews.length === 0)).toBe(true);
    const reopen = from(result, claims.reopen);
    // b-wire appeared on its retrieved date (2 March), a-daily on its published date (1 March).
    expect(reopen.datePublished).toBe('2030-03-01');
    expect(reopen.dateModified).toBe('2030-03-02');
    expect(reopen.changes.map((change) => change.text)).toEqual(['Added: WIRE (supports)', 'First reported by DAILY']);
    expect(from(result, claims.cost).changes.map((change) => change.text)).toEqual(['Added: WIRE, with a conflicting account', 'First reported by DAILY']);
    expect(result.corrections).toEqual([]);
    expect(result.stories[0]?.counts).toEqual({ corroborated: 2, conflicting: 1, disputed: 0, 'single-source': 2 });
  });
});

describe('each review action', () => {
  test('a verdict with a rationale: the engine verdict stays beside it, a correction is listed', () => {
    const { engine, claims } = setup();
    const before = applyReviews(engine, []);
    const result = applyReviews(engine, [reviews([{ claim: ref('a-daily', 'The repairs cost 40 million'), ...by, verdict: 'corroborated', rationale: 'The 46 million includes VAT.' }])]);
    const cost = from(result, claims.cost);
    expect(cost.verdict).toBe('corroborated');
    expect(cost.automatic.verdict).toBe('conflicting');
    expect(cost.reviewed).toEqual({ by: 'Ada Editor', date: '2030-03-10' });
    expect(cost.rationale).toBe('The 46 million includes VAT.');
    expect(cost.id).toBe(from(before, claims.cost).id);
    expect(cost.dateModified).toBe('2030-03-10');
    expect(cost.changes[0]).toEqual({ date: '2030-03-10', kind: 'review', by: 'Ada Editor', text: 'Reviewed by Ada Editor: verdict corrected from Conflicting to Corroborated' });
    expect(result.corrections).toEqual([
      { date: '2030-03-10', by: 'Ada Editor', story: 'bridge', claim: cost.id, statement: 'Cost of the repairs', changes: ['Verdict: Conflicting → Corroborated'], rationale: 'The 46 million includes VAT.' },
    ]);
    expect(result.stories[0]?.counts.conflicting).toBe(0);
    expect(result.stories[0]?.counts.corroborated).toBe(3);
  });

  test('the same verdict confirms the automatic one: reviewed, but no correction', () => {
    const { engine, claims } = setup();
    const result = applyReviews(engine, [reviews([{ claim: ref('a-daily', 'The bridge reopened'), ...by, verdict: 'corroborated', rationale: 'Checked both reports.' }])]);
    const reopen = from(result, claims.reopen);
    expect(reopen.reviewed).not.toBeNull();
    expect(reopen.reviews[0]?.actions).toEqual(['verdict confirmed as Corroborated']);
    expect(result.corrections).toEqual([]);
  });

  test('a new headline and an editor’s note keep the claim’s URL', () => {
    const { engine, claims } = setup();
    const id = from(applyReviews(engine, []), claims.reopen).id;
    const result = applyReviews(engine, [reviews([{ claim: ref('b-wire', 'open again'), ...by, statement: 'The bridge reopened after two years', note: 'See **the notice**.' }])]);
    const reopen = from(result, claims.reopen);
    expect(reopen.id).toBe(id);
    expect(reopen.statement).toBe('The bridge reopened after two years');
    expect(reopen.automatic.statement).toBe('The bridge reopened on Monday.');
    expect(reopen.note).toBe('See **the notice**.');
    expect(result.corrections[0]?.changes).toEqual(['Headline: “The bridge reopened on Monday.” → “The bridge reopened after two years”']);
  });

  test('removing a sentence that is not the same fact recounts the sources', () => {
    const { engine, claims } = setup();
    const result = applyReviews(engine, [
      reviews([{ claim: ref('a-daily', 'The repairs cost'), ...by, remove: [ref('b-wire', '46 million euros')], verdict: 'single-source', rationale: 'The wire reports the whole budget.' }]),
    ]);
    const cost = from(result, claims.cost);
    expect(cost.evidence.map((e) => e.article)).toEqual(['a-daily']);
    expect(cost.independentSources).toBe(1);
    expect(cost.explanation).toBe('The wire reports the whole budget.');
    expect(cost.automatic.explanation).toBe('Engine explanation of Cost of the repairs');
    expect(cost.reviews[0]?.actions[0]).toBe('removed WIRE’s sentence (not the same fact)');
  });

  test('adding a sentence by quote marks the quoted words; adding one already there changes its stance', () => {
    const { engine, claims, c } = setup();
    const result = applyReviews(engine, [
      reviews([{ claim: ref('a-daily', 'The bridge reopened'), ...by, add: [{ ...ref('c-radio', 'crossed the river again'), stance: 'supports' }], verdict: 'corroborated', rationale: 'Radio reports it too.' }]),
    ]);
    const reopen = from(result, claims.reopen);
    const added = reopen.evidence.find((e) => e.article === 'c-radio');
    expect(added?.sentenceId).toBe(c.sentences[0]?.id);
    expect(added?.text).toBe('Cars crossed the river again on Monday.');
    expect(added?.marks).toEqual([[5, 28]]);
    expect(added?.text.slice(5, 28)).toBe('crossed the river again');
    expect(reopen.independentSources).toBe(3);

    const stance = applyReviews(engine, [
      reviews([{ claim: ref('a-daily', 'The repairs cost'), ...by, add: [{ ...ref('b-wire', '46 million'), stance: 'supports' }], verdict: 'corroborated', rationale: 'Same figure with VAT.' }]),
    ]);
    const cost = from(stance, claims.cost);
    expect(cost.evidence.map((e) => e.stance)).toEqual(['supports', 'supports']);
    expect(cost.reviews[0]?.actions[0]).toBe('WIRE’s sentence now counts as “supports” (was “conflicts”)');
  });

  test('a merge joins the evidence and leads the merged claim’s URL to the claim it joined', () => {
    const { engine, claims } = setup();
    const ids = applyReviews(engine, []);
    const result = applyReviews(engine, [
      reviews([{ claim: ref('a-daily', 'The bridge reopened'), ...by, merge: [ref('c-radio', 'Cars crossed')], verdict: 'corroborated', rationale: 'Cars crossing again is the reopening.' }]),
    ]);
    const reopen = from(result, claims.reopen);
    const carsId = from(ids, claims.cars).id;
    expect(result.claims.some((c) => c.id === carsId)).toBe(false);
    expect(reopen.origins).toEqual([claims.reopen.id, claims.cars.id]);
    expect(reopen.evidence).toHaveLength(3);
    expect(result.reviewedAliases.get(carsId)).toMatchObject({ action: 'merged', to: [reopen.id], date: '2030-03-10', statement: 'Cars crossed the river again on Monday.' });
  });

  test('a split with sentences left behind needs a verdict for them; the rest keeps its URL', () => {
    const { engine, claims } = setup();
    const quoteId = from(applyReviews(engine, []), claims.quote).id;
    const part = { sentences: [ref('c-radio', 'told the radio')], verdict: 'single-source', statement: 'The mayor told the radio the bridge is the heart of the town' };
    expect(failure(() => applyReviews(engine, [reviews([{ claim: ref('a-daily', 'The mayor said'), ...by, split: [part], rationale: 'Two occasions.' }])]))).toContain(
      'the split leaves 1 sentence in the claim',
    );
    const result = applyReviews(engine, [reviews([{ claim: ref('a-daily', 'The mayor said'), ...by, split: [part], verdict: 'single-source', rationale: 'Two occasions.' }])]);
    const rest = result.claims.find((c) => c.id === quoteId);
    const split = result.claims.find((c) => c.statement === part.statement);
    expect(rest?.evidence.map((e) => e.article)).toEqual(['a-daily']);
    expect(rest?.verdict).toBe('single-source');
    expect(split?.evidence.map((e) => e.article)).toEqual(['c-radio']);
    expect(split?.id).toMatch(/^mayor-told-radio-bridge-heart-town-[0-9a-f]{12}$/);
    expect(split?.id).not.toBe(quoteId);
    expect(split?.reviewed).toEqual({ by: 'Ada Editor', date: '2030-03-10' });
    expect(result.reviewedAliases.has(quoteId)).toBe(false);
  });

  test('a split that moves every sentence leads the old URL to the new claims', () => {
    const { engine, claims } = setup();
    const quoteId = from(applyReviews(engine, []), claims.quote).id;
    const result = applyReviews(engine, [
      reviews([
        {
          claim: ref('a-daily', 'The mayor said'),
          ...by,
          split: [
            { sentences: [ref('a-daily', 'The mayor said')], verdict: 'single-source' },
            { sentences: [ref('c-radio', 'told the radio')], verdict: 'single-source' },
          ],
          rationale: 'Two occasions.',
        },
      ]),
    ]);
    const alias = result.reviewedAliases.get(quoteId);
    expect(alias?.action).toBe('split');
    expect(alias?.to).toHaveLength(2);
    for (const id of alias?.to ?? []) expect(result.claims.some((c) => c.id === id)).toBe(true);
    // Without a statement, a part is headed by its first sentence.
    expect(result.claims.filter((c) => alias?.to.includes(c.id)).map((c) => c.statement)).toEqual([
      'The mayor said the bridge "is the heart of the town".',
      'The mayor told the radio the bridge "is the heart of the town".',
    ]);
  });

  test('hiding page furniture takes it off the site, onto the corrections page and into the alias map', () => {
    const { engine, claims } = setup();
    const id = from(applyReviews(engine, []), claims.furniture).id;
    const result = applyReviews(engine, [reviews([{ claim: ref('a-daily', 'Read our newsletter'), ...by, hide: true, rationale: 'Page furniture.' }])]);
    expect(result.claims.some((c) => c.id === id)).toBe(false);
    expect(result.removed.map((r) => r.id)).toEqual([id]);
    expect(result.reviewedAliases.get(id)).toMatchObject({ action: 'removed', to: [], rationale: 'Page furniture.' });
    expect(result.corrections[0]).toMatchObject({ claim: null, changes: ['Removed: not a claim'], statement: 'Read our newsletter every morning.' });
    expect(result.stories[0]?.claims).not.toContain(id);
    expect(result.stories[0]?.counts['single-source']).toBe(1);
  });
});

describe('order, redundancy and conflicts between reviews', () => {
  test('reviews apply oldest first whatever their order in the file; the latest stamps the claim', () => {
    const { engine, claims } = setup();
    const result = applyReviews(engine, [
      reviews([
        { claim: ref('a-daily', 'The repairs cost'), by: 'Second', date: '2030-03-12', verdict: 'corroborated', rationale: 'Later: VAT explained.' },
        { claim: ref('a-daily', 'The repairs cost'), by: 'First', date: '2030-03-11', verdict: 'disputed', rationale: 'Earlier.' },
      ]),
    ]);
    const cost = from(result, claims.cost);
    expect(cost.verdict).toBe('corroborated');
    expect(cost.reviewed).toEqual({ by: 'Second', date: '2030-03-12' });
    expect(cost.reviews.map((r) => `${r.verdictBefore}→${r.verdictAfter}`)).toEqual(['conflicting→disputed', 'disputed→corroborated']);
    expect(result.corrections.map((c) => c.date)).toEqual(['2030-03-12', '2030-03-11']);
  });

  test('a line the engine has since made true is a warning, not a failure', () => {
    const { engine } = setup();
    const result = applyReviews(engine, [
      reviews([{ claim: ref('a-daily', 'The bridge reopened'), ...by, remove: [ref('c-radio', 'Cars crossed')], merge: [ref('b-wire', 'open again')], verdict: 'corroborated', rationale: 'Checked.' }]),
    ]);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'merge[0]: “The bridge reopened on Monday.” is already part of this claim; the line can go',
      expect.stringMatching(/^remove\[0\]: sentence s-[0-9a-f]{8} of c-radio is not in this claim any more; the line can go$/),
    ]);
  });

  test('a review of a claim an earlier review hid fails', () => {
    const { engine } = setup();
    const message = failure(() =>
      applyReviews(engine, [
        reviews([
          { claim: ref('a-daily', 'Read our newsletter'), ...by, hide: true, rationale: 'Furniture.' },
          { claim: ref('a-daily', 'Read our newsletter'), by: 'Other', date: '2030-03-11', verdict: 'corroborated', rationale: 'x' },
        ]),
      ]),
    );
    expect(message).toContain('content/reviews/bridge.yaml: field "[1].claim"');
    expect(message).toContain('an earlier review hid this claim');
  });

  test('removing every sentence fails and says to hide instead', () => {
    const { engine } = setup();
    const message = failure(() =>
      applyReviews(engine, [reviews([{ claim: ref('c-radio', 'Cars crossed'), ...by, remove: [ref('c-radio', 'Cars crossed')], verdict: 'single-source', rationale: 'x' }])]),
    );
    expect(message).toContain('leaves the claim with no evidence');
    expect(message).toContain('hide the claim instead');
  });
});

describe('stale reviews fail with the file, the review, what no longer matches and a "did you mean"', () => {
  test('a quote that is no longer in the article', () => {
    const { engine } = setup();
    const message = failure(() => applyReviews(engine, [reviews([{ claim: ref('a-daily', 'The repairs cost 45 million'), ...by, verdict: 'corroborated', rationale: 'x' }])]));
    expect(message).toContain('content/reviews/bridge.yaml: field "[0].claim" (value: "The repairs cost 45 million")');
    expect(message).toContain('review [0] (by Ada Editor, 2030-03-10): the quote is not in any sentence of a-daily');
    expect(message).toContain(`did you mean sentence ${sentenceId('The repairs cost 40 million euros.')}: "The repairs cost 40 million euros."?`);
    expect(message).toContain('[stale-review]');
  });

  test('a pinned sentence that was edited: the quote is found in its new version', () => {
    const { b, c } = bridgeArticles();
    const edited = article('a-daily', { outlet: 'daily', published: '2030-03-01' }, ['The bridge reopened on Monday after 26 months of repairs.', 'The repairs cost 40 million euros.']);
    const engine = analysis([edited, b, c], [claim({ statement: 'The bridge reopened on Monday.', verdict: 'corroborated', evidence: [[edited, 0], [b, 0]] })]);
    const old = sentenceId('The bridge reopened on Monday after two years of repairs.');
    const message = failure(() =>
      applyReviews(engine, [reviews([{ claim: { ...ref('a-daily', 'The bridge reopened on Monday'), sentence: old }, ...by, verdict: 'corroborated', rationale: 'x' }])]),
    );
    expect(message).toContain(`sentence ${old} is no longer in a-daily: the sentence was edited, and the quote is now in ${edited.sentences[0]?.id}`);
    expect(message).toContain('The bridge reopened on Monday after 26 months of repairs.');
  });

  test('a sentence no claim holds any more points at the closest sentence a claim holds', () => {
    const { engine } = setup();
    const message = failure(() => applyReviews(engine, [reviews([{ claim: ref('b-wire', 'Officials denied'), ...by, verdict: 'disputed', rationale: 'x' }])]));
    expect(message).toContain('no claim holds sentence');
    expect(message).toMatch(/did you mean sentence s-[0-9a-f]{8}: "/);
  });

  test('a sentence that holds two claims needs the kind or the clause', () => {
    const { a, b } = bridgeArticles();
    const both = article('both', { outlet: 'daily', published: '2030-03-01' }, ['The bridge reopened and tolls rose to 5 euros.']);
    const engine = analysis([both, a, b], [
      claim({ statement: 'The bridge reopened.', verdict: 'corroborated', evidence: [[both, 0, 'supports', 'The bridge reopened'], [a, 0]] }),
      claim({ statement: 'Tolls rose to 5 euros.', verdict: 'single-source', evidence: [[both, 0, 'supports', 'tolls rose to 5 euros']] }),
    ]);
    const message = failure(() => applyReviews(engine, [reviews([{ claim: ref('both', 'The bridge reopened and tolls rose to 5 euros.'), ...by, verdict: 'disputed', rationale: 'x' }])]));
    expect(message).toContain('holds 2 claims and the review does not say which: "The bridge reopened." (statement); "Tolls rose to 5 euros." (statement)');
    expect(message).toContain('[ambiguous-review]');
    // The clause's words pick one.
    const result = applyReviews(engine, [reviews([{ claim: ref('both', 'tolls rose to 5'), ...by, verdict: 'disputed', rationale: 'x' }])]);
    expect(result.claims.find((c) => c.verdict === 'disputed')?.statement).toBe('Tolls rose to 5 euros.');
  });

  test('a sentence that holds its own claim and a phrase claim: the whole sentence quoted means its own claim, the phrase quoted the phrase claim', () => {
    const { a, b } = bridgeArticles();
    const both = article('both', { outlet: 'daily', published: '2030-03-01' }, ['The mayor called the reopening “historic” and thanked the engineers.']);
    const engine = analysis([both, a, b], [
      claim({ statement: 'The mayor called the reopening “historic” and thanked the engineers.', verdict: 'single-source', evidence: [[both, 0, 'supports', 'The mayor called the reopening “historic” and thanked the engineers']] }),
      claim({ statement: 'Called “historic”: the mayor called the reopening “historic” (Daily).', verdict: 'corroborated', evidence: [[both, 0, 'supports', 'called the reopening “historic”'], [a, 0]] }),
    ]);
    const whole = applyReviews(engine, [reviews([{ claim: ref('both', 'The mayor called the reopening “historic” and thanked the engineers.'), ...by, verdict: 'disputed', rationale: 'x' }])]);
    expect(whole.claims.find((c) => c.verdict === 'disputed')?.statement).toBe('The mayor called the reopening “historic” and thanked the engineers.');
    const phrase = applyReviews(engine, [reviews([{ claim: ref('both', 'called the reopening “historic”'), ...by, verdict: 'disputed', rationale: 'x' }])]);
    expect(phrase.claims.find((c) => c.verdict === 'disputed')?.statement).toBe('Called “historic”: the mayor called the reopening “historic” (Daily).');
  });

  test('every stale review is reported at once', () => {
    const { engine } = setup();
    const message = failure(() =>
      applyReviews(engine, [
        reviews([
          { claim: ref('a-daily', 'no such words'), ...by, verdict: 'corroborated', rationale: 'x' },
          { claim: ref('a-daily', 'The bridge reopened'), ...by, merge: [ref('c-radio', 'nor these')], verdict: 'corroborated', rationale: 'x' },
        ]),
      ]),
    );
    expect(message).toContain('Content check failed with 2 problems');
    expect(message).toContain('field "[0].claim"');
    expect(message).toContain('field "[1].merge[0]"');
  });
});
