/**
 * Units: the propositions later stages compare. A plain sentence is one unit, a compound one gives
 * a unit per clause; each unit carries its terms with offsets, its content terms (names and
 * attribution words set apart), entities without outlets, quotes, quantities, calendar dates with
 * where they are, speaker, and whether it is checkable, complete, negated, a denial or a hedge.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { isCheckable, type Unit } from '../../../../src/engine/03-annotate/units.ts';
import { DEFAULT_CONFIG } from '../../../../src/engine/config.ts';
import type { AnnotatedStory } from '../../../../src/engine/contracts.ts';
import { corpusOf, storyAt } from '../support/corpus.ts';
import { sentenceOf, unitsOf } from '../support/find.ts';

const SENTENCES = [
  'Talks between the union and the port authority ended on Thursday without an agreement, leaving about 3,000 dock workers on strike.',
  'The union did not accept the offer made on March 7 by the port authority.',
  'Ilona Varkas said the offer was “not good enough to end the strike” on Tuesday.',
  'Not bad at all.',
  'What Happens Next For The Port',
  'Will the strike end before the summer season?',
  'Reporting by Anna Berg; editing by Tom Hill.',
  'The port authority denied that any ships had been turned away during the strike, calling the reports false.',
  'The strike began on 7 March 2023 and continued on Tuesday, Reuters reported.',
  'A new round of talks between the union and the port is unlikely before the end of the month.',
  'The port authority said it would meet the union again in the coming week to discuss wages',
];

let story: AnnotatedStory;
beforeAll(() => {
  story = storyAt(corpusOf([{ id: 'port', outlet: 'harbour-radio', body: SENTENCES }], { outlets: [] }), 'annotate');
});

/** The one unit of a sentence that is not compound. */
function only(fragment: string): Unit {
  const units = unitsOf(story, fragment);
  expect(units).toHaveLength(1);
  return units[0] as Unit;
}

/** The text of a unit's clause. */
const clause = (unit: Unit): string => story.sentences[unit.s]?.text.slice(unit.start, unit.end) ?? '';

describe('one unit per proposition', () => {
  test('a compound sentence gives one unit per clause, each with its own terms and numbers', () => {
    const units = unitsOf(story, 'leaving about 3,000');
    expect(units.map(clause)).toEqual([
      'Talks between the union and the port authority ended on Thursday without an agreement',
      'leaving about 3,000 dock workers on strike.',
    ]);
    expect(units.map((u) => [u.part, u.parts])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(units.map((u) => u.quantities.map((q) => q.surface))).toEqual([[], ['about 3,000 dock workers']]);
    expect(units[1]?.terms).toContain('3000');
    expect(units[0]?.terms).not.toContain('3000');
  });

  test('a plain sentence is one unit over the whole sentence', () => {
    const unit = only('did not accept');
    expect([unit.start, unit.end, unit.part, unit.parts]).toEqual([0, sentenceOf(story, 'did not accept').text.length, 0, 1]);
  });

  test('a denial is never split: what is denied is the whole sentence', () => {
    const unit = only('denied that any ships');
    expect(unit.denial).toBe(true);
    expect(clause(unit)).toBe(sentenceOf(story, 'denied that any ships').text);
  });

  test('units are numbered in story order and point at their sentence', () => {
    story.units.forEach((unit, i) => {
      expect(unit.i).toBe(i);
      expect(story.sentences[unit.s]?.article).toBe(unit.article);
    });
  });

  test('every term offset points at its word', () => {
    for (const unit of story.units) {
      const text = story.sentences[unit.s]?.text ?? '';
      expect(unit.offsets).toHaveLength(unit.terms.length);
      unit.terms.forEach((_, k) => {
        const word = text.slice(unit.offsets[k], unit.ends[k]);
        expect(word.length).toBeGreaterThan(0);
        expect(unit.offsets[k]).toBeGreaterThanOrEqual(unit.start);
      });
    }
  });
});

describe('checkable statements', () => {
  test.each([
    ['a fragment of fewer than six words', 'Not bad at all.', false],
    ['a heading (most words capitalised, no end mark)', 'What Happens Next For The Port', false],
    ['a question outside quotation marks', 'Will the strike end', false],
    ['a credit line', 'Reporting by Anna Berg', false],
    ['a plain statement', 'did not accept the offer', true],
    ['a hedged statement still states something', 'A new round of talks', true],
  ])('%s: checkable %s', (_kind, fragment, checkable) => {
    for (const unit of unitsOf(story, fragment)) expect(unit.checkable).toBe(checkable);
  });

  test('the thresholds come from the config: fewer words or terms than asked make no statement', () => {
    const sentence = sentenceOf(story, 'did not accept');
    expect(isCheckable(sentence, DEFAULT_CONFIG.segment)).toBe(true);
    expect(isCheckable(sentence, { ...DEFAULT_CONFIG.segment, minWords: 20 })).toBe(false);
    expect(isCheckable(sentence, { ...DEFAULT_CONFIG.segment, minTerms: 20 })).toBe(false);
  });
});

describe('what a unit says', () => {
  test('a negation outside quotation marks negates; one inside a quotation does not', () => {
    expect(only('did not accept').negated).toBe(true);
    expect(only('not good enough').negated).toBe(false);
  });

  test('a hedge is marked', () => {
    expect(only('is unlikely before the end').hedged).toBe(true);
    expect(only('did not accept').hedged).toBe(false);
  });

  test('names and attribution words are not content; an outlet is not an entity of the claim', () => {
    const unit = only('Reuters reported');
    expect(unit.names.has('reuters')).toBe(true);
    expect(unit.content).not.toContain('reuters');
    expect(unit.entities).toEqual([]);
    const said = only('Ilona Varkas said');
    expect(said.content).not.toContain('ilona');
    expect(said.entities).toEqual(['ilona-varkas']);
    expect(said.speaker).toBe('ilona-varkas');
  });

  test('quotes and quantities belong to the clause they are in', () => {
    expect(only('Ilona Varkas said').quotes.map((q) => q.text)).toEqual(['not good enough to end the strike']);
  });
});

describe('calendar dates with where they are', () => {
  test.each([
    ['a month and day', 'did not accept', ['m3-d7'], ['March']],
    ['a day before the month, a year and a weekday', 'The strike began on 7 March', ['m3-d7', 'y2023', 'w-tuesday'], ['March', '2023', 'Tuesday']],
    ['a weekday', 'ended on Thursday', ['w-thursday'], ['Thursday']],
    ['a weekday after a quotation', 'Ilona Varkas said', ['w-tuesday'], ['Tuesday']],
  ])('%s', (_kind, fragment, dates, words) => {
    const [unit] = unitsOf(story, fragment);
    const text = sentenceOf(story, fragment).text;
    expect(unit?.dates).toEqual(dates);
    expect(unit?.dateAt.map((at, k) => text.slice(at, at + (words[k]?.length ?? 0)))).toEqual(words);
  });
});

describe('complete sentences', () => {
  test('the last sentence of an article without a closing mark was cut off', () => {
    expect(only('to discuss wages').complete).toBe(false);
  });

  test('sentences that end as sentences end are complete', () => {
    expect(only('did not accept').complete).toBe(true);
  });
});
