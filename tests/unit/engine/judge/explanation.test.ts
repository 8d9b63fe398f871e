/**
 * Explanations (one sentence built only from the evidence: who says what, how many independent
 * sources, who denies it, what the sourcing rests on) and quantity headings (what a frame
 * measures, in words).
 */
import { describe, expect, test } from 'vitest';
import type { QuantityFrame, RelatedClaim } from '../../../../src/engine/contracts.ts';
import type { Unit } from '../../../../src/engine/03-annotate/units.ts';
import { explain, listing } from '../../../../src/engine/06-judge/explanation.ts';
import { frameHeading } from '../../../../src/engine/06-judge/statement.ts';
import type { Quantity } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, outlet, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { claimWith, show } from '../support/find.ts';

const OUTLETS = [outlet('kyiv-post', 'Kyiv Post'), outlet('moscow-times', 'The Moscow Times'), outlet('rferl', 'RFE/RL')];
const MEETING = '2025-02-18';
const analysisOf = (specs: ArticleSpec[]) => analyze(corpusOf(specs, { outlets: OUTLETS, stories: [{ id: 'test-story', title: 't', date: MEETING, summary: '' }] }));

describe('listing', () => {
  test.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('%j → "%s"', (items, text) => {
    expect(listing(items)).toBe(text);
  });
});

describe('explanations', () => {
  test('two outlets that give one value both say it', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Tuesday’s four-hour meeting in Riyadh produced no breakthrough.'] },
      ]),
      'four-hour meeting in Riyadh ended without a deal',
    );
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.explanation).toBe('Kyiv Post and The Moscow Times both say four hours.');
  });

  test('a value that ends on its own full stop ends the sentence: "8:15 p.m.", not "8:15 p.m.."', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The ferry sank at 8:15 p.m. on Tuesday off the coast, the coast guard said.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The ferry sank at 8:15 p.m. on Tuesday, rescuers said.'] },
      ]),
      'The ferry sank at 8:15 p.m. on Tuesday off the coast',
    );
    expect(claim?.explanation, show(claim)).toMatch(/8:15 p\.m\.$/);
  });

  test('three outlets that give one value all say it', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The four-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
        { id: 'c', outlet: 'rferl', body: ['The four-hour meeting in Riyadh ended without a joint statement on Tuesday.'] },
      ]),
      'four-hour meeting in Riyadh ended without a deal',
    );
    expect(claim?.explanation, show(claim)).toBe('Kyiv Post, The Moscow Times and RFE/RL all say four hours.');
  });

  test('conflicting values are listed by outlet', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'moscow-times', body: ['The 4.5-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
      ]),
      'four-hour meeting',
    );
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.explanation).toBe('Kyiv Post says four hours; The Moscow Times says 4.5 hours.');
    // Two outlets that disagree are two sources of the claim, as the claim page and share card say.
    expect(claim?.independentSources).toBe(2);
  });

  test('a count reported on different days is given in the order it was published, as a figure that may have been updated', () => {
    const analysis = analyze(
      corpusOf(
        [
          { id: 'a', outlet: 'kyiv-post', published: '2030-03-02', body: ['At least 120 people were killed in the train crash near the station on Friday.'] },
          { id: 'b', outlet: 'moscow-times', published: '2030-03-03', body: ['The train crash near the station on Friday killed 275 people, officials said.'] },
        ],
        { outlets: OUTLETS, stories: [{ id: 'test-story', title: 't', date: '2030-03-02', summary: '' }] },
      ),
    );
    const claim = claimWith(analysis, 'At least 120 people');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.explanation).toBe('Kyiv Post (2 March) says at least 120 people; The Moscow Times (3 March) says 275 people. The reports are from different days: a later figure may update an earlier one.');
  });

  test('one figure written twice in a report ("at least 288 people", "288") is not two figures: the count is a running one', () => {
    const analysis = analyze(
      corpusOf(
        [
          { id: 'a', outlet: 'kyiv-post', published: '2030-03-02', body: ['At least 288 people were killed in the train crash near the station on Friday, officials said.', 'The death toll has reached 288, said Anil Kumar, a railway spokesman.'] },
          { id: 'b', outlet: 'moscow-times', published: '2030-03-03', body: ['The train crash near the station on Friday killed 275 people, officials said.'] },
        ],
        { outlets: OUTLETS, stories: [{ id: 'test-story', title: 't', date: '2030-03-02', summary: '' }] },
      ),
    );
    const claim = claimWith(analysis, 'At least 288 people');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.explanation, show(claim)).toMatch(/The reports are from different days: a later figure may update an earlier one\.$/);
    expect(claim?.explanation, show(claim)).not.toMatch(/more than one figure/);
    expect(claim?.evidence.filter((e) => e.outlet === 'kyiv-post').map((e) => e.value)).toEqual(['at least 288 people', '288']);
  });

  test('organisers\' and police figures in one report: one conflicting claim, the police figure with its noun left out', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The teachers\' union said 50,000 people marched in Ostrava on Monday. Police put the number at 12,000. Police said 14 had been arrested.'] },
        { id: 'b', outlet: 'moscow-times', body: ['Organisers said 50,000 marched in Ostrava on Monday against the school closures. The police, however, said there were 12,000.'] },
      ]),
      'Police put the number at 12,000',
    );
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    const texts = claim?.evidence.map((e) => e.text) ?? [];
    expect(texts.some((t) => t.includes('there were 12,000')), show(claim)).toBe(true);
    expect(texts.some((t) => t.includes('50,000 marched')), show(claim)).toBe(true);
    // The arrests are another count: what happened to those 14 is said in their own sentence.
    expect(texts.some((t) => t.includes('14 had been arrested')), show(claim)).toBe(false);
    // Who gives each figure where the sentence says so; "Organisers" are people, not a source named.
    expect(claim?.explanation).toBe(
      "Kyiv Post says 50,000 people (citing the teachers' union) and 12,000 (citing police); The Moscow Times says 50,000 and 12,000 (citing the police). A report gives more than one figure: it quotes sources that disagree, or a count at different times.",
    );
  });

  test('how long something lasted does not grow as it is reported: no update is suggested across days', () => {
    const analysis = analyze(
      corpusOf(
        [
          { id: 'a', outlet: 'kyiv-post', published: '2030-03-02', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
          { id: 'b', outlet: 'moscow-times', published: '2030-03-03', body: ['The 4.5-hour meeting in Riyadh ended without a breakthrough on Tuesday.'] },
        ],
        { outlets: OUTLETS, stories: [{ id: 'test-story', title: 't', date: '2030-03-02', summary: '' }] },
      ),
    );
    const claim = claimWith(analysis, 'four-hour meeting');
    expect(claim?.explanation).toBe('Kyiv Post says four hours; The Moscow Times says 4.5 hours.');
  });

  test('two articles of one outlet giving one value: only that outlet says it', () => {
    const claim = claimWith(
      analysisOf([
        { id: 'a', outlet: 'kyiv-post', body: ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'] },
        { id: 'b', outlet: 'kyiv-post', body: ['Tuesday’s four-hour meeting in Riyadh produced no breakthrough.'] },
      ]),
      'four-hour meeting in Riyadh ended without a deal',
    );
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.explanation).toBe('Only Kyiv Post (2 articles) says four hours.');
  });

  test('a single report from unnamed sources says so', () => {
    const claim = claimWith(analysisOf([{ id: 'a', outlet: 'kyiv-post', body: ['The delegations agreed to restore embassy staffing, officials familiar with the talks said.'] }]), 'embassy staffing');
    expect(claim?.explanation, show(claim)).toBe('Only Kyiv Post reports it from anonymous sources.');
  });

  test('denials by two people: they deny it; a denial without a speaker is a source the outlet quotes', () => {
    const analysis = analysisOf([
      { id: 'a', outlet: 'kyiv-post', body: ['According to diplomatic sources, the two sides discussed a three-stage peace plan in Riyadh on Tuesday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Foreign Minister Sergei Lavrov denied any knowledge of the “three-stage plan” on Wednesday.'] },
      { id: 'c', outlet: 'rferl', body: ['Kremlin spokesman Dmitry Peskov denied that any “three-stage plan” had been discussed.'] },
    ]);
    const claim = claimWith(analysis, 'three-stage peace plan');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.explanation).toBe('Kyiv Post reports it from anonymous sources; Sergei Lavrov and Dmitry Peskov deny it.');
  });

  test('a denial in a clause that closes the sentence is its subject’s, not the sentence speaker’s', () => {
    const analysis = analysisOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Opposition leader Jonas Reiter said the budget hid a 3 billion crown cut to regional hospitals.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Jonas Reiter said the budget hid a 3 billion crown cut to regional hospitals, which the finance ministry denied.'] },
    ]);
    const claim = claimWith(analysis, 'Opposition leader Jonas Reiter said');
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.explanation).toMatch(/; the finance ministry denies it\.$/);
  });

  test('a conflict without values names who reports and who contradicts', () => {
    const story = storyAt(
      corpusOf(
        [
          { id: 'a', outlet: 'kyiv-post', body: ['The city council approved a new water tariff for farms in the valley on Monday.'] },
          { id: 'b', outlet: 'moscow-times', body: ['A new water tariff for valley farms was approved by the city council on Monday.'] },
        ],
        { outlets: OUTLETS },
      ),
      'relate',
    );
    const claim = story.claims.find((c) => c.evidence.length === 2);
    if (!claim) throw new Error('the two tariff sentences were not matched');
    const [first, second] = claim.evidence as [RelatedClaim['evidence'][number], RelatedClaim['evidence'][number]];
    const conflicting = { ...claim, evidence: [first, { ...second, stance: 'conflicts' as const }] };
    expect(explain(story, conflicting, { verdict: 'conflicting', flags: [], independentSources: 1, confidence: 1 })).toBe('Kyiv Post reports it; The Moscow Times contradicts it.');
  });
});

describe('quantity headings name what a frame measures', () => {
  const UNIT = {} as Unit;
  /** A quantity claim with one value and the given frame, enough for frameHeading. */
  function heading(frame: Partial<QuantityFrame['label']> & { scope?: string | null }, q: Partial<Quantity> & { unit: string }, frameUnit = q.unit): string {
    const quantity: Quantity = { value: 1, low: 1, high: 1, granularity: 1, qualifier: 'exact', measures: null, modifier: null, surface: '1', start: 0, end: 1, ...q };
    const label = { unit: q.unit, measures: null, predicate: null, scope: null, owner: null, ...frame };
    const group = { frame: { key: 'k', unit: frameUnit, measures: label.measures, predicate: label.predicate, owner: label.owner, scope: frame.scope ?? null, label } };
    return frameHeading({ kind: 'quantity', group, anchor: UNIT, evidence: [{ unit: UNIT, quantity, sentence: { text: '1 flight was cancelled in 1981.' } }] } as unknown as RelatedClaim, 2030);
  }

  test.each([
    ['a duration of a named thing', heading({ measures: 'meeting' }, { unit: 'hour' }), 'How long the meeting lasted'],
    ['a duration of nothing named', heading({}, { unit: 'day' }), 'Duration in days'],
    ['people, named by the counted noun, and what happened to them', heading({ predicate: 'killed' }, { unit: 'worker' }, 'person'), 'Number of workers killed'],
    ['people in a place the story counts apart', heading({ predicate: 'marched', scope: 'Paris' }, { unit: 'person' }, 'person'), 'Number of people marched in Paris'],
    ['a share with its owner', heading({ owner: 'Kemal Kilicdaroglu', measures: 'vote' }, { unit: 'percent' }), "Kemal Kilicdaroglu's share of the vote"],
    ['a percentage of something that changed', heading({ measures: 'inflation', predicate: 'rose' }, { unit: 'percent' }), 'Inflation rose'],
    ['a bare percentage', heading({}, { unit: 'percent' }), 'Percentage'],
    ['an amount of money', heading({}, { unit: 'eur' }), 'Amount, in euros'],
    ['an amount of money for something', heading({ measures: 'recall' }, { unit: 'eur' }), 'Recall, in euros'],
    ['an amount of money someone has', heading({ owner: 'Ostova' }, { unit: 'usd' }), 'Amount of Ostova, in dollars'],
    ['a bare number counts the noun before it', heading({ measures: 'toll' }, { unit: 'count' }), 'Toll'],
    ['a count of things and what happened to them', heading({ predicate: 'cancelled' }, { unit: 'flight' }), 'Number of flights cancelled'],
  ])('%s', (_case, actual, expected) => {
    expect(actual).toBe(expected);
  });

  test.each([
    ['y1981', ' in an earlier event (1981)'],
    ['y2031', ' in 2031'],
    ['m1-d31', ' on 31 January'],
    ['m3', ' on March'],
    ['earlier', ' (an earlier count)'],
    ['before', ' (before the change)'],
  ])('a frame scoped to %s reads "%s" in a story of 2030 (a year before it is an earlier event\'s; before: the first value of "from X to Y")', (scope, words) => {
    const quantity: Quantity = { value: 1, low: 1, high: 1, granularity: 1, qualifier: 'exact', measures: null, modifier: null, surface: '1', start: 0, end: 1, unit: 'flight' };
    const label = { unit: 'flight', measures: null, predicate: 'cancelled', scope: null, owner: null };
    const group = { frame: { key: 'k', unit: 'flight', measures: null, predicate: 'cancelled', owner: null, scope, label } };
    expect(frameHeading({ kind: 'quantity', group, anchor: UNIT, evidence: [{ unit: UNIT, quantity, sentence: { text: '1 flight was cancelled in 1981.' } }] } as unknown as RelatedClaim, 2030)).toBe(`Number of flights cancelled${words}`);
  });
});
