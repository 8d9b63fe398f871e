/**
 * Compound sentences are compared clause by clause: each clause may report a different fact.
 * Split points are English syntax, never inside a quotation, and never leave a fragment.
 */
import { describe, expect, test } from 'vitest';
import { clauseSpans, leansOnClauseBefore } from '../../../../src/engine/03-annotate/clauses.ts';
import { DEFAULT_CONFIG } from '../../../../src/engine/config.ts';
import { verbWords } from '../../../../src/engine/03-annotate/units.ts';
import { english } from '../../../../src/engine/language/index.ts';

const MIN_WORDS = DEFAULT_CONFIG.segment.minClauseWords;

/** The clause texts of a sentence without quotations, with the language's verbs. */
const verbs = verbWords(english());
const split = (text: string): string[] => clauseSpans(text, [], MIN_WORDS, verbs).map((span) => text.slice(span.start, span.end));

/** The clause texts of a sentence, with quotation spans found the simple way (curly quotes). */
function clauses(text: string): string[] {
  const quotes = [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1]?.length ?? 0) }));
  return clauseSpans(text, quotes, MIN_WORDS).map((span) => text.slice(span.start, span.end));
}

describe('compound sentences are split into clauses', () => {
  test.each([
    [
      'The union delegation was headed by Ilona Varkas and Teodor Blum, while the port authority was represented by its director Rafael Ostrander.',
      ['The union delegation was headed by Ilona Varkas and Teodor Blum', 'while the port authority was represented by its director Rafael Ostrander.'],
    ],
    [
      'Talks between the union and the port authority ended on Thursday without an agreement, leaving about 3,000 workers on strike.',
      ['Talks between the union and the port authority ended on Thursday without an agreement', 'leaving about 3,000 workers on strike.'],
    ],
    [
      'Both capitals ruled out any participation by the smaller states at this stage, with the regional president vowing not to recognise the results.',
      ['Both capitals ruled out any participation by the smaller states at this stage', 'with the regional president vowing not to recognise the results.'],
    ],
    [
      'New teams of negotiators would make contact as soon as they were appointed, the aide said, adding that the president had yet to decide who would lead them.',
      ['New teams of negotiators would make contact as soon as they were appointed, the aide said', 'adding that the president had yet to decide who would lead them.'],
    ],
    [
      'These comprise restoring the missions in both capitals, appointing a team to negotiate an end to the dispute, and ensuring that both delegations remain engaged.',
      ['These comprise restoring the missions in both capitals', 'appointing a team to negotiate an end to the dispute', 'and ensuring that both delegations remain engaged.'],
    ],
    [
      'On trade, he said there was a mutual desire to find solutions, and the council will wait for the ministry to appoint its representatives.',
      ['On trade, he said there was a mutual desire to find solutions', 'and the council will wait for the ministry to appoint its representatives.'],
    ],
    [
      'The port will stay closed until Friday; the union has called a new strike for Monday.',
      ['The port will stay closed until Friday', 'the union has called a new strike for Monday.'],
    ],
    [
      'The council voted to raise the water tariff for farms and to build a new reservoir near the town.',
      ['The council voted to raise the water tariff for farms', 'and to build a new reservoir near the town.'],
    ],
    [
      'Top officials have finished their first round of talks on the border, as both capitals agreed to move quickly to normalise their ties.',
      ['Top officials have finished their first round of talks on the border', 'as both capitals agreed to move quickly to normalise their ties.'],
    ],
  ])('%s', (sentence, expected) => {
    expect(clauses(sentence)).toEqual(expected);
  });
});

describe('sentences that stay whole', () => {
  test.each([
    // "as X had earlier reported" credits a report; it is not a clause.
    ['The minister said the summit would not take place next week, as Bloomberg had earlier reported.'],
    // A piece shorter than six words stays with its neighbour.
    ['A fire tore through the textile factory on Monday night, killing 12 workers, officials said.'],
    // No split inside a quotation.
    ['She called the plan “a good start, while far from finished, and a sign of goodwill” at the briefing.'],
    // "such as", "as well as", "as soon as" and "described ... as" are not conjunctions.
    ['The ministry listed priorities such as restoring staff at the embassies as well as reopening consulates.'],
    ['Lavrov described the discussions as useful and said the delegates had heard each other clearly.'],
    // An "as" whose words reach a subordinator ("before") before any verb is a preposition: the verb is the subordinate clause's.
    ['The spokesman criticized the two mayors for referring to the candidate as the next president of the country in speeches before the count ended.'],
    // ", and" joins a list, not a clause, when no finite verb follows.
    ['The plan would involve a ceasefire, elections in the region, and the signing of a final peace agreement.'],
    // A passive "as" clause says what was going on meanwhile: the sentence's background.
    ['The mayor was locked in a tight race early on Monday, with a run-off against his rival possible as the final votes were counted.'],
    // A subordinate clause that opens the sentence keeps its main clause after a semicolon written for a comma.
    ['Because the software is used by many airports, banks and stock exchanges; the impact of the outage is severe and widespread.'],
    // An -ing word before the subject of a verb of its own is no participial clause.
    ['In addition to the marches through many cities in the country, blocking actions were also recorded at the ports.'],
    // The second "as" of an equative comparison is its second term, not a clause.
    ['The charity\'s director, Anna Berg, said the six would be given as much time as they needed before deciding whether to return to the field.'],
    ['The tremor was felt as far away as the capital, some 300km to the south.'],
    ['Short sentence.'],
  ])('%s', (sentence) => {
    expect(clauses(sentence)).toEqual([sentence]);
  });
});

test('clauses cover the sentence in order, without overlap', () => {
  const text = 'The Russian side is headed by two envoys, while the American side is headed by three officials and an adviser.';
  const spans = clauseSpans(text, [], MIN_WORDS);
  expect(spans).toHaveLength(2);
  expect(spans[0]?.start).toBe(0);
  expect((spans[0]?.end ?? 0) <= (spans[1]?.start ?? 0)).toBe(true);
  expect(spans[1]?.end).toBe(text.length);
});

test('the shortest clause is a setting: with a minimum of one word a short participial clause stands alone', () => {
  const text = 'A fire tore through the textile factory on Monday night, killing 12 workers, officials said.';
  expect(clauseSpans(text, [], MIN_WORDS).map((span) => text.slice(span.start, span.end))).toEqual([text]);
  expect(clauseSpans(text, [], 1).map((span) => text.slice(span.start, span.end))).toEqual([
    'A fire tore through the textile factory on Monday night',
    'killing 12 workers, officials said.',
  ]);
});

describe('without a comma, "and", "whereas" or "while" splits only between clauses with subjects and verbs of their own', () => {

  test.each([
    [
      'About 40,000 people marched through the capital on Sunday and strikes closed most of the ports along the coast.',
      ['About 40,000 people marched through the capital on Sunday', 'and strikes closed most of the ports along the coast.'],
    ],
    [
      'Heavy cranes were brought in to lift the carriages and divers were sent to search the river bed.',
      ['Heavy cranes were brought in to lift the carriages', 'and divers were sent to search the river bed.'],
    ],
    [
      'The governing party is polling at 41 per cent whereas its main rival is ahead in the northern provinces.',
      ['The governing party is polling at 41 per cent', 'whereas its main rival is ahead in the northern provinces.'],
    ],
    [
      'About 40,000 people marched through the capital on Sunday while strikes closed most of the ports along the coast.',
      ['About 40,000 people marched through the capital on Sunday', 'while strikes closed most of the ports along the coast.'],
    ],
    // A participle after an article modifies a noun ("an estimated 40,000"): it reports no one's words.
    [
      'An estimated 40,000 people marched through the capital on Sunday and strikes closed most of the ports along the coast.',
      ['An estimated 40,000 people marched through the capital on Sunday', 'and strikes closed most of the ports along the coast.'],
    ],
    [
      'The crowd in the capital was an estimated 40,000 and strikes closed most of the ports along the coast.',
      ['The crowd in the capital was an estimated 40,000', 'and strikes closed most of the ports along the coast.'],
    ],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
    // Without the language's verbs nothing is known to be a clause: the sentence stays whole.
    expect(clauses(text)).toEqual([text]);
  });

  test.each([
    // "and" joins two subjects of one verb, in a subordinate clause or a verb of saying's object.
    'Rubbish piled up in the old town after street sweepers and bus drivers joined the walkout.',
    'The minister told reporters in the capital that Greek and Turkish negotiators agreed to meet again next month.',
    'He said a meeting between the two foreign ministers and their deputies was unlikely this week.',
    // "and" joins two verbs of one subject, or two nouns.
    'The two sides agreed to reopen the consulates and create a joint commission tasked with the border.',
    'Firefighters climbed onto the roof to break open doors and windows using cutting torches and heavy hydraulic tools.',
    'Fears are growing in the border towns and coastal villages that the dam could fail.',
    'Thousands of travellers were stranded as trains and ferries stopped running on Friday.',
    // "while" with a pronoun subject leans on the clause before; with a participle it has no subject.
    'The minister was injured on the bridge while he was inspecting the damage after the storm.',
    'The minister praised the progress of the talks while downplaying the chances of a quick deal.',
    // What a verb of saying reports stays the speaker's: an estimate is a verb of saying here.
    'Organisers estimated that 40,000 people marched through the capital while strikes closed most of the ports.',
  ])('stays one clause: %s', (text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('after ", and" a clause with a subject and a finite verb of its own, the verb any the language knows', () => {

  test.each([
    [
      'There were some scuffles at the edge of the harbour rally, and police said 14 people had been detained.',
      ['There were some scuffles at the edge of the harbour rally', 'and police said 14 people had been detained.'],
    ],
    [
      'Survivors were taken to a gymnasium used as a shelter, and volunteers handed out blankets and hot tea to the families.',
      ['Survivors were taken to a gymnasium used as a shelter', 'and volunteers handed out blankets and hot tea to the families.'],
    ],
    [
      'Only half of the ferries sailed on Tuesday, and the city tram network operated on a reduced timetable.',
      ['Only half of the ferries sailed on Tuesday', 'and the city tram network operated on a reduced timetable.'],
    ],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
    // FINITE's auxiliaries and a capitalised or determined subject alone do not reach these.
    expect(clauses(text)).toEqual([text]);
  });

  test.each([
    // The only verb before "and" is a relative clause's: "and" joins two subjects of "occurred".
    'The collision involving two express trains, which were carrying about 2,000 passengers, and a freight train occurred shortly after dusk.',
    // Inside what a verb of saying reports, the clause is the speaker's.
    'The engineer said the signal was set for the main line, and the train switched onto the siding instead.',
    // A verb phrase sharing the subject before.
    'The marchers crossed the bridge at noon, and chanted slogans against the reform outside the parliament.',
  ])('stays one clause: %s', (text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('a speech tag after joined clauses governs them all: they stay one unit', () => {

  test('"X and Y, a witness said, while Z": X and Y keep the witness; Z is a clause of its own', () => {
    expect(split('Several passengers are still trapped in the overturned carriages and the search is continuing, a local witness said, while officials expect the number of injured to rise.')).toEqual([
      'Several passengers are still trapped in the overturned carriages and the search is continuing, a local witness said',
      'while officials expect the number of injured to rise.',
    ]);
  });

  test('", and" before a tag: "…, and police closed the square, the mayor said."', () => {
    const text = 'Hundreds of people gathered outside the town hall on Sunday, and police closed the square to traffic, the mayor told reporters.';
    expect(split(text)).toEqual([text]);
  });
});

test('a clause whose subject is a pronoun stays with the clause it leans on', () => {
  const text = 'Both ferries were sailing at full speed in thick fog and it has been blamed by investigators for the deaths of many passengers.';
  expect(split(text)).toEqual([text]);
});

describe('clauses and what a verb of saying reports (with the language\'s verbs)', () => {
  const split = (text: string): string[] => {
    const quotes = [...text.matchAll(/“([^”]*)”/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1]?.length ?? 0) }));
    return clauseSpans(text, quotes, MIN_WORDS, verbs).map((span) => text.slice(span.start, span.end));
  };

  test.each([
    // With "that", the clauses after the verb are the speaker's: cut off, they would be the site's.
    'The analyst said that both capitals have watched anxiously as the two delegations met in the port and worries are high that a hasty deal will follow.',
    // An "as" right after the verb tells when the words were said.
    '“The government has to listen to the people in the street,” union chief Anna Berg said as she stood at the head of the rally in the capital.',
  ])('stays whole: %s', (text) => {
    expect(split(text)).toEqual([text]);
  });

  test('an "as" clause after what was said without "that" is a clause of its own', () => {
    expect(split('The aide said the conversation went well with his counterparts in the capital as the two parties wrapped up the four-hour meeting.')).toEqual([
      'The aide said the conversation went well with his counterparts in the capital',
      'as the two parties wrapped up the four-hour meeting.',
    ]);
  });
});

describe('a clause that cannot stand alone', () => {
  const leans = (sentence: string, clause: string): boolean => {
    const start = sentence.indexOf(clause);
    return leansOnClauseBefore(sentence, { part: 1, start, end: start + clause.length });
  };

  test.each([
    // A second "that" clause of a verb of saying.
    ['Ostby said he welcomed the release, but that the questions would not go away.', 'but that the questions would not go away.'],
    // A present-tense verb right before its object, its subject the first clause's.
    ['The release ends one of the longest abductions this decade, but leaves the sector with hard questions.', 'but leaves the sector with hard questions.'],
    ['The water company has stopped drawing water and says the ban will last for three days.', 'and says the ban will last for three days.'],
  ])('%s', (sentence, clause) => {
    expect(leans(sentence, clause)).toBe(true);
  });

  test('a clause with a subject of its own stands alone, and so does a first clause', () => {
    expect(leans('The union accepted the offer, but analysts say the deal will not last.', 'but analysts say the deal will not last.')).toBe(false);
    const sentence = 'Ostby said he welcomed the release.';
    expect(leansOnClauseBefore(sentence, { part: 0, start: 0, end: sentence.length })).toBe(false);
  });
});
