/**
 * Made-up stories (tests/fixtures/stories/<name>/) with verdicts determined by reading the articles:
 * they share no names, places, numbers or wires with the seed story, so passing them shows the
 * rules are general.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { analyzeCorpus } from '../../../src/engine/index.ts';
import type { CorpusAnalysis } from '../../../src/engine/types.ts';
import { claimWith, describe as show } from './helpers/find.ts';

const fixture = (name: string): string => path.resolve('tests/fixtures/stories', name);

describe('a factory fire with conflicting tolls and a denied cause', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyzeCorpus(loadCorpus(fixture('factory-fire')));
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

  test('the investigation, reported by two outlets, is corroborated', () => {
    const claim = claimWith(analysis, [[herald, 'an investigation into the cause'], [coastline, 'announced an investigation']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
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
    analysis = analyzeCorpus(loadCorpus(fixture('trade-deal')));
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

  test('the number of products freed of tariffs (1,400 vs 1,200) is conflicting', () => {
    const claim = claimWith(analysis, [[agency, 'tariffs on 1,400 products'], [post, 'tariffs on 1,200 products']]);
    expect(claim?.verdict, show(claim)).toBe('conflicting');
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

  test('ratification by both parliaments, in the agency report and the Gazette, is corroborated', () => {
    const claim = claimWith(analysis, [[agency, 'ratified by both parliaments'], [gazette, 'must still ratify']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });
});

describe('a dock strike whose negotiators are named in different words', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyzeCorpus(loadCorpus(fixture('harbour-strike')));
  });
  const times = 'velmora-times-strike-talks';
  const wire = 'coastal-wire-strike-talks';
  const radio = 'harbour-radio-strike-talks';
  const ledger = 'evening-ledger-strike';

  test('"was headed by A and B" and "representing ... were A and B" are one corroborated claim', () => {
    const claim = claimWith(analysis, [[times, 'The union delegation was headed by'], [wire, 'Representing the dockworkers were']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.statement).toBe('The union delegation was headed by Ilona Varkas and Teodor Blum.');
  });

  test('the other clause of the same sentence lines up with another outlet', () => {
    const claim = claimWith(analysis, [[times, 'represented by its director'], [radio, 'attended for the management']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });

  test('"were present" and "declined to take part" report the same absence', () => {
    const claim = claimWith(analysis, [[times, 'were present at the talks'], [radio, 'declined to take part']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });

  test('"as Harbour Radio had earlier reported" after a named speaker does not make the two one source', () => {
    const claim = claimWith(analysis, [[radio, 'the strike would go on through the weekend'], [ledger, 'continue through the weekend']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.evidence.find((e) => e.article === ledger)?.via).toBeNull();
  });

  test('a report credited to the wire counts once with the wire', () => {
    const claim = claimWith(analysis, [[wire, 'final decision on wages'], [ledger, 'Coastal Wire reported']]);
    expect(claim?.evidence.find((e) => e.article === ledger)?.via).toBe('Coastal Wire');
    expect(claim?.independentSources).toBe(2);
  });

  test('the same two people meeting and clashing are two claims', () => {
    const met = claimWith(analysis, [[times, 'met for nine hours']]);
    expect(met?.evidence.some((e) => e.text.includes('clashed'))).toBe(false);
  });
});

describe('a car recall with an anonymous claim rejected on record', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyzeCorpus(loadCorpus(fixture('brake-recall')));
  });
  const standard = 'morning-standard-recall';
  const autoline = 'autoline-weekly-recall';
  const northgate = 'northgate-recall';

  test('the cost reported on record by one outlet and from anonymous sources by another is corroborated', () => {
    const claim = claimWith(analysis, [[standard, '200 million euros'], [autoline, '200 million euros']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
    expect(claim?.flags).not.toContain('anonymousSourcing');
    // No noun says what the euros measure: the statement names the unit.
    expect(claim?.statement).toBe('Amount in euros');
  });

  test('"approved" and "endorsed" the plan are one claim', () => {
    const claim = claimWith(analysis, [[standard, 'approved the company'], [northgate, 'endorsed']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });
});

describe('a trial in which the same people appear in sentences that say different things', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyzeCorpus(loadCorpus(fixture('mayor-trial')));
  });

  test('arriving at and leaving the courthouse are not one claim', () => {
    const claim = claimWith(analysis, [['capital-herald-trial', 'arrived at the courthouse'], ['metro-wire-trial', 'left the courthouse']]);
    expect(claim, show(claim)).toBeUndefined();
  });

  test('rejecting a request is a refusal, not a denial: the ruling is corroborated', () => {
    const claim = claimWith(analysis, [['metro-wire-trial', 'rejected a defence request'], ['ledger-online-trial', 'refused to delay the trial']]);
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });

  test('the sum of the bribes (1.2 / about 1.2 / 1.5 million) is conflicting', () => {
    const claim = claimWith(analysis, [['capital-herald-trial', '1.2 million crowns'], ['metro-wire-trial', '1.5 million crowns']]);
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });
});
