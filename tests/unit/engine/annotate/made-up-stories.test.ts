/**
 * Two made-up stories (fixtures/), with names, places and numbers that appear nowhere in the
 * engine's rules: proof that the annotator is general. Expectations come from the fixture texts.
 */
import { describe, expect, test } from 'vitest';
import { annotate, entityByAlias, fixtureStory, nameOf, sentenceWith } from './helpers.ts';

describe('made-up story: a mine collapse', () => {
  const result = annotate(fixtureStory('mine-collapse'));

  test('people, organisations and places', () => {
    expect(result.entities.map((e) => [e.kind, e.name])).toEqual([
      ['outlet', 'AFP'],
      ['organization', 'Andes Copper Corp'],
      ['person', 'Catalina Herrera'],
      ['place', 'Copiapo'],
      ['person', 'Miguel Angel Sotomayor'],
      ['outlet', 'Reuters'],
      ['place', 'Santiago'],
      ['person', 'Tomas Ibarra'],
    ]);
  });

  test.each([
    ['Miguel Ángel Sotomayor', 'Miguel Angel Sotomayor'],
    ['Sotomayor', 'Miguel Angel Sotomayor'],
    ['Tomás Ibarra', 'Tomas Ibarra'],
    ['Andes Copper Corporation', 'Andes Copper Corp'],
    ['Herrera', 'Catalina Herrera'],
  ])('%s is %s', (alias, name) => {
    expect(entityByAlias(result, alias).name).toBe(name);
  });

  test('the death tolls are twelve and fourteen miners', () => {
    const tolls = [...result.sentences.values()].flat().flatMap((s) => s.quantities.filter((q) => q.unit === 'miner').map((q) => [q.value, q.qualifier]));
    expect(tolls).toEqual([[12, 'exact'], [14, 'exact']]);
  });

  test('"about 40 workers" is an interval', () => {
    const q = sentenceWith(result, 'about 40 workers had been rescued').quantities[0];
    // "about" allows 10 % or half the rounding step (10), whichever is more: 40 ± 5.
    expect(q).toMatchObject({ value: 40, low: 35, high: 45, unit: 'worker', qualifier: 'about', measures: 'worker' });
  });

  test.each([
    ['regional governor Miguel Ángel Sotomayor said', 'Miguel Angel Sotomayor', 'said', null, false],
    ['She added that the mine', 'Catalina Herrera', 'added', null, false],
    ['We did everything humanly possible', 'Miguel Angel Sotomayor', 'said', null, false],
    ['The mountain simply gave way', 'Miguel Angel Sotomayor', 'said', null, false],
    ['Officials familiar with the investigation', null, 'said', null, true],
    ['We have not seen any such warning', 'Tomas Ibarra', 'said', 'AFP', false],
    ['According to Reuters', null, 'according to', 'Reuters', false],
  ])('"%s" → %s / %s / via %s / anonymous %s', (fragment, speaker, cue, via, anonymous) => {
    const s = sentenceWith(result, fragment);
    expect(nameOf(result, s.attribution.speaker)).toBe(speaker);
    expect(s.attribution).toMatchObject({ cue, via, anonymous });
  });

  test.each([
    ['denied that it had ignored warnings', 'denies'],
    ['rejected the allegation', 'denies'],
    ['We have not seen any such warning', 'denies'],
    ['the death toll could rise', 'hedges'],
    ['Twelve miners were killed', 'asserts'],
  ])('"%s" %s', (fragment, polarity) => {
    expect(sentenceWith(result, fragment).polarity).toBe(polarity);
  });
});

describe('made-up story: a central bank decision and a denied leak', () => {
  const result = annotate(fixtureStory('rate-decision'));

  test.each([
    ['Solbreg', 'Ingrid Solberg'],
    ['Central Bank of Norway', 'Central Bank of Norway'],
  ])('%s is %s', (alias, name) => {
    expect(entityByAlias(result, alias).name).toBe(name);
  });

  test('the rate decision is measured on the rate', () => {
    const rates = [...result.sentences.values()].flat().flatMap((s) => s.quantities.filter((q) => q.measures === 'rate').map((q) => `${q.value} ${q.unit}`));
    expect(rates).toEqual(['4.25 percent', '0.5 percentage-point', '4.25 percent']);
  });

  test.each([
    ['Solbreg, who took office in 2022', 'Ingrid Solberg', 'warned', null, false, 'hedges'],
    ['simply not true', 'Henrik Aas', 'said', 'Reuters', false, 'denies'],
    ['dismissed the report', 'Henrik Aas', 'dismissed', null, false, 'denies'],
    ['There was no leak', 'Henrik Aas', 'told', 'Reuters', false, 'asserts'],
    ['Bloomberg had reported on Monday', null, 'reported', 'Bloomberg', true, 'asserts'],
    ['According to two sources close to the board', null, null, null, true, 'asserts'],
  ])('"%s" → %s / %s / via %s / anonymous %s / %s', (fragment, speaker, cue, via, anonymous, polarity) => {
    const s = sentenceWith(result, fragment);
    expect(nameOf(result, s.attribution.speaker)).toBe(speaker);
    expect(s.attribution).toMatchObject({ cue, via, anonymous });
    expect(s.polarity).toBe(polarity);
  });

  test('the year a governor took office is not a quantity', () => {
    expect(sentenceWith(result, 'who took office in 2022').quantities).toEqual([]);
  });
});
