/**
 * Units: the propositions later stages compare. A plain sentence is one unit, a compound one gives
 * a unit per clause; each unit carries its terms with offsets, its content terms (names and
 * attribution words set apart), entities without outlets, quotes, quantities, calendar dates with
 * where they are, speaker, and whether it is checkable, complete, negated, a denial or a hedge.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { isCaption, isCheckable, type Unit } from '../../../../src/engine/03-annotate/units.ts';
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
  'This story is still developing and will be updated.',
  'This report was provided by Harbour Press.',
  'The map is updated throughout the day as new counts come in.',
  'The port’s tide table was updated on Monday to show the dredged channel.',
  'Port security director Mira Chen said security guarantees for the ships would be needed.',
  'Fourteen dockers are still missing.',
  'Police arrested 12 people.',
  'The strike is over.',
  'Two dockers drowned.',
  'Pay was up 4%.',
  'Talks ended early.',
  'VESSBY, May 14.',
  'Holt resigned on 3 May.',
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
    ['the report speaking of itself', 'This story is still developing', false],
    ['a credit line of the report itself', 'This report was provided by', false],
    ['an embedded graphic’s note about itself', 'The map is updated', false],
    ['a table the news is about', 'tide table was updated', true],
    ['a plain statement', 'did not accept the offer', true],
    ['a hedged statement still states something', 'A new round of talks', true],
    ['a short sentence that states a figure in words', 'Fourteen dockers are still missing', true],
    ['a short sentence that states a figure in digits', 'Police arrested 12 people', true],
    ['a short sentence without a figure is still too short', 'The strike is over', false],
    ['three words that state a figure: what is counted and what happened to it', 'Two dockers drowned', true],
    ['a figure with two other words, one of them no term', 'Pay was up 4%', true],
    ['three words without a figure', 'Talks ended early', false],
    ['a dateline: a day of a month is no figure', 'VESSBY, May 14', false],
    ['a short sentence that gives a date', 'Holt resigned on 3 May', true],
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

describe('photo captions are not statements of the report', () => {
  test.each([
    ['a wire caption dated with weekday, day, month and the year', 'Rescuers work at the site of the derailed trains in Balasore district, Saturday, June 3, 2023.'],
    ['a caption dated "on" a day of the article\'s year', 'Protesters take part in a demonstration in Toulouse, southwestern France on March 7, 2023.'],
    ['a day-month-year date', 'Firefighters inspect the burnt warehouse on 3 June 2023.'],
    ['the photographer\'s credit in parentheses', 'Rescuers search the wreckage near the station (AP Photo/Rafiq Maqbool)'],
    ['the photographer\'s credit in brackets', 'Riot police on the sixth day of protests against the reform [Geoffroy Van Der Hasselt/AFP]'],
    ['page furniture dated the same way', 'Published on March 7, 2023, at 8:25 pm (Paris), updated on March 7, 2023, at 9:44 pm'],
    ['a caption closing on its credit', 'Microsoft global outage Photo: Getty Images.'],
  ])('%s', (_kind, text) => {
    expect(isCaption(text, '2023')).toBe(true);
  });

  test.each([
    ['a date of another year, as news copy writes it', 'On March 7, 2021, a similar strike closed every school in the city.'],
    ['a year alone', 'The worst crash was in 1981, when a train fell from a bridge in Bihar.'],
    ['a date without its year', 'During the March 7 actions, 80% of trains were cancelled.'],
    ['a byline date, not the date of a scene', 'Shares fell 3 per cent on the exchange by Gareth van Zyl July 19, 2023 as the outage spread.'],
    ['a wire credit without a photo', 'Police said 22 people were arrested (Reuters).'],
    ['an editor\'s note in brackets', 'The minister said the figures were [sic] final.'],
    ['a photo named in the sentence, no credit', 'The photo: it showed the wreckage of both trains, the ministry said.'],
  ])('%s', (_kind, text) => {
    expect(isCaption(text, '2023')).toBe(false);
  });

  test('a caption in an article gives no unit to compare; its neighbours still do', () => {
    const analysed = storyAt(corpusOf([{ id: 'a', outlet: 'kyiv-post', published: '2023-06-03', body: [
      'Rescuers work at the site of the derailed passenger trains in Balasore district, Saturday, June 3, 2023.',
      'Rescuers searched the wreckage of the two passenger trains in Balasore district on Saturday.',
    ] }]), 'annotate');
    expect(unitsOf(analysed, 'Rescuers work at the site').map((u) => u.checkable)).toEqual([false]);
    expect(unitsOf(analysed, 'Rescuers searched').every((u) => u.checkable)).toBe(true);
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

  test('a title before a name says who speaks, not what is said: its words are not content, the same words elsewhere are', () => {
    const unit = only('Port security director Mira Chen');
    expect(unit.speaker).toBe('mira-chen');
    expect(unit.terms).toContain('director');
    expect(unit.content).not.toContain('director');
    // "security" is in the title and in what she said: it stays, as "port" (no role word) does.
    expect(unit.content).toEqual(expect.arrayContaining(['secur', 'guarante', 'ship', 'port']));
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

describe('page furniture is no claim', () => {
  test('a byline with its date and a caption’s label, split from the text, are not checkable', () => {
    const furnished = storyAt(corpusOf([{ id: 'port', outlet: 'harbour-radio', body: [
      'Shares fell 3 per cent amid the harbour strike by Mara van Dijk July 19, 2024 Pictured left: Union leader Ilona Varkas speaking to dock workers in the port.',
    ] }], { outlets: [] }), 'annotate');
    expect(unitsOf(furnished, 'by Mara van Dijk').map((u) => u.checkable)).toEqual([false]);
    expect(unitsOf(furnished, 'Pictured left').map((u) => u.checkable)).toEqual([false]);
    expect(unitsOf(furnished, 'Shares fell').map((u) => u.checkable)).toEqual([true]);
  });
});

describe('complete sentences', () => {
  test('the last sentence of an article without a closing mark was cut off', () => {
    expect(only('to discuss wages').complete).toBe(false);
  });

  test('sentences that end as sentences end are complete', () => {
    expect(only('did not accept').complete).toBe(true);
  });

  test('a piece of spliced text that stops on a word no sentence ends on was cut off; one that stops on another word was not', () => {
    const spliced = storyAt(corpusOf([{ id: 'port', outlet: 'harbour-radio', body: [
      'Ferries were cancelled across the bay on Tuesday, with the port authority reporting thatDock workers said the strike was the largest in decades.',
      'Cargo ships waited in the outer harbourPilots refused to bring them in.',
    ] }], { outlets: [] }), 'annotate');
    // Two clauses: the first is whole, the second stops on "that".
    expect(unitsOf(spliced, 'with the port authority reporting').map((u) => u.complete)).toEqual([true, false]);
    expect(unitsOf(spliced, 'Cargo ships waited').map((u) => u.complete)).toEqual([true]);
  });

  test('in the cut-off last sentence of an article, the clauses before the last are whole', () => {
    const cut = storyAt(corpusOf([{ id: 'port', outlet: 'harbour-radio', body: ['Talks began at dawn.', 'Opinion polls had shown the union trailing the port authority, while the mayor and the governor'] }], { outlets: [] }), 'annotate');
    expect(unitsOf(cut, 'Opinion polls').map((u) => u.complete)).toEqual([true, false]);
  });
});

describe('relative clauses', () => {
  const story = (): AnnotatedStory => storyAt(corpusOf([{ id: 'port', outlet: 'harbour-radio', body: [
    'Petar Vask, who survived with a broken arm, was questioned by police in hospital on Sunday.',
    'The tunnel, which takes some 40,000 vehicles a day, will be closed for two weeks.',
    'Granvik first approached the company in 2024 with an offer of 31 ducats, which shareholders voted down.',
    'The Tahmir Front, which wants the hills ruled by its own clerics, has kidnapped at least 23 people since 2020.',
  ] }], { outlets: [] }), 'annotate');
  const texts = (s: AnnotatedStory, fragment: string): string[] => {
    const sentence = sentenceOf(s, fragment);
    return unitsOf(s, fragment).map((u) => sentence.text.slice(u.start, u.end));
  };

  test('a relative clause whose pronoun is its subject, set off by commas, is a unit of its own after the sentence’s, with its antecedent', () => {
    const s = story();
    expect(texts(s, 'Petar Vask')).toEqual(['Petar Vask, who survived with a broken arm, was questioned by police in hospital on Sunday.', 'who survived with a broken arm']);
    const [whole, relative] = unitsOf(s, 'Petar Vask');
    const sentence = sentenceOf(s, 'Petar Vask');
    expect(relative?.antecedent && sentence.text.slice(relative.antecedent.start, relative.antecedent.end)).toBe('Petar Vask');
    expect(whole?.antecedent).toBeUndefined();
    // The antecedent, named, is whom the clause speaks of.
    expect(relative?.entities).toEqual(whole?.entities.slice(0, 1));
    expect(texts(s, 'The tunnel')).toEqual(['The tunnel, which takes some 40,000 vehicles a day, will be closed for two weeks.', 'which takes some 40,000 vehicles a day']);
  });

  test('its figures stay with the sentence’s unit, which frames read with their context', () => {
    const [whole, relative] = unitsOf(story(), 'The tunnel');
    expect(relative?.quantities).toEqual([]);
    expect(whole?.quantities.map((q) => q.value)).toContain(40000);
  });

  test('a clause whose pronoun is an object ("which shareholders voted down") is no unit of its own', () => {
    expect(texts(story(), 'Granvik')).toHaveLength(1);
  });
});
