/**
 * Made-up stories (tests/fixtures/stories/<name>/) with verdicts determined by reading the articles:
 * they share no names, places, numbers or wires with the seed story, so passing them shows the
 * rules are general.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import type { CorpusAnalysis } from '../../../src/engine/types.ts';
import { analyze } from './support/corpus.ts';
import { claimAcross as claimWith, show } from './support/find.ts';

const fixture = (name: string): string => path.resolve('tests/fixtures/stories', name);

describe('a factory fire with conflicting tolls and a denied cause', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyze(loadCorpus(fixture('factory-fire')));
  });
  const herald = 'herald-castell-fire';
  const coastline = 'coastline-castell-fire';
  const meridian = 'meridian-castell-toll';
  const tribune = 'tribune-castell-toll';

  test('no article is a near-duplicate of another', () => {
    expect(analysis.articles.map((a) => a.nearDuplicateOf)).toEqual([null, null, null, null]);
  });

  test('the death toll (12, at least 15, 14) is conflicting, with each value in the evidence', () => {
    const claim = claimWith(analysis, [[herald, 'killing 12 workers'], [coastline, 'At least 15 workers'], [meridian, 'Fourteen workers died']]);
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.kind).toBe('quantity');
    const values = new Map(claim?.evidence.map((e) => [e.article, e.value]));
    expect(values.get(herald)).toMatch(/12/);
    expect(values.get(coastline)).toMatch(/15/);
  });

  test('the cause reported from anonymous firefighters and denied by the owner is disputed', () => {
    const claim = claimWith(analysis, [[herald, 'solvents were kept illegally'], [coastline, 'denied that solvents']]);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.flags).toContain('anonymousSourcing');
    expect(claim?.evidence.find((e) => e.article === coastline)?.stance).toBe('denies');
  });

  test('the governor’s promise, quoted in two wordings, is corroborated with wordingVaries', () => {
    const claim = claimWith(analysis, [[herald, 'they will answer for it'], [coastline, 'whoever is responsible will answer for it']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).toContain('wordingVaries');
  });

  test('the hospital figure, from the agency and a paper citing it, is single-source with sharedUpstream', () => {
    const claim = claimWith(analysis, [[meridian, '23 people were being treated'], [tribune, '23 people were being treated']]);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
  });
});

describe('a trade deal with a reprinted agency report and a disputed clause', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyze(loadCorpus(fixture('trade-deal')));
  });
  const agency = 'eastwind-sallow-pact';
  const courier = 'courier-sallow-pact';
  const gazette = 'gazette-fishing-clause';
  const post = 'north-post-tariffs';

  test('the reprint is a near-duplicate of the agency report', () => {
    const reprint = analysis.articles.find((a) => a.id === courier);
    expect(reprint?.nearDuplicateOf).toBe(agency);
    expect(analysis.articles.filter((a) => a.nearDuplicateOf !== null)).toHaveLength(1);
  });


  test('the fishing clause, denied by the trade minister, is disputed', () => {
    const claim = claimWith(analysis, [[gazette, 'Estrelian trawlers fish'], [gazette, 'denied that any fishing clause']]);
    expect(claim?.verdict, show(claim)).toBe('disputed');
    expect(claim?.evidence.find((e) => e.text.includes('denied'))?.stance).toBe('denies');
  });

  test('the “new chapter” quote, reworded by an independent outlet, is corroborated with wordingVaries', () => {
    const claim = claimWith(analysis, [[agency, 'a new chapter for both our peoples'], [post, 'a new chapter for our two peoples']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).toContain('wordingVaries');
  });

  test('a quote only the agency and its reprint carry is single-source with sharedUpstream', () => {
    const claim = claimWith(analysis, [[agency, 'we will not close them again'], [courier, 'we will not close them again']]);
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
    expect(claim?.independentSources).toBe(1);
  });

});

describe('a dock strike whose negotiators are named in different words', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyze(loadCorpus(fixture('harbour-strike')));
  });
  const times = 'velmora-times-strike-talks';
  const wire = 'coastal-wire-strike-talks';
  const ledger = 'evening-ledger-strike';





  test('a report credited to the wire counts once with the wire', () => {
    const claim = claimWith(analysis, [[wire, 'final decision on wages'], [ledger, 'Coastal Wire reported']]);
    expect(claim?.evidence.find((e) => e.article === ledger)?.via).toBe('Coastal Wire');
    expect(claim?.verdict, show(claim)).toBe('single-source');
    expect(claim?.flags).toContain('sharedUpstream');
    expect(claim?.independentSources).toBe(1);
  });

  test('the same two people meeting and clashing are two claims', () => {
    const met = claimWith(analysis, [[times, 'met for nine hours']]);
    expect(met?.evidence.some((e) => e.text.includes('clashed'))).toBe(false);
  });
});

describe('a car recall with an anonymous claim rejected on record', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyze(loadCorpus(fixture('brake-recall')));
  });
  const standard = 'morning-standard-recall';
  const autoline = 'autoline-weekly-recall';

  test('the cost reported on record by one outlet and from anonymous sources by another is corroborated', () => {
    const claim = claimWith(analysis, [[standard, '200 million euros'], [autoline, '200 million euros']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    // One report is on record, so not every report rests on anonymous sources.
    expect(claim?.flags).not.toContain('anonymousSourcing');
    // Both sentences match by their words and agree on the number: the sentence, which says what the
    // money is for, stays the headline.
    expect(claim?.kind).toBe('statement');
    expect(claim?.statement).toMatch(/200 million euros/);
  });

});

describe('a trial in which the same people appear in sentences that say different things', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyze(loadCorpus(fixture('mayor-trial')));
  });

  test('arriving at and leaving the courthouse are not one claim', () => {
    const claim = claimWith(analysis, [['capital-herald-trial', 'arrived at the courthouse'], ['metro-wire-trial', 'left the courthouse']]);
    expect(claim, show(claim)).toBeUndefined();
  });


});
