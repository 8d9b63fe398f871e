/**
 * A statement claim reads as what is claimed, without who is reported to claim it: attribution
 * lead-ins and tails go, the words that remain are the sentence's own, capitalised and closed.
 */
import { describe, expect, test } from 'vitest';
import { isSpeakerPhrase, proposition } from '../../../src/engine/06-judge/proposition.ts';

describe('attribution is removed from a statement', () => {
  test.each([
    [
      'Fox News White House Correspondent Jacqui Heinrich wrote on X that according to her foreign diplomatic sources with knowledge of talks in Saudi Arabia, the US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine, and the signing of a final peace agreement.',
      'The US and Russia were proposing a three-stage peace plan, to involve a ceasefire, elections in Ukraine, and the signing of a final peace agreement.',
    ],
    ['Minister Ola Dahl told AP that the bridge would reopen in May.', 'The bridge would reopen in May.'],
    ['Governor Marta Ilves said that the factory would stay closed.', 'The factory would stay closed.'],
    ['Governor Marta Ilves said the factory would stay closed while investigators examined the site.', 'The factory would stay closed while investigators examined the site.'],
    ['Meanwhile, agency spokesperson Ruth Okafor said that both sides had agreed to meet again.', 'Both sides had agreed to meet again.'],
    ['Rubio told reporters after the meeting in the Saudi capital that the talks had gone well.', 'The talks had gone well.'],
    ['Jana Lind, a senior fellow at the Baltic Institute, said that the risk was rising.', 'The risk was rising.'],
    ['Officials familiar with the investigation said the company had been warned twice.', 'The company had been warned twice.'],
    ['According to two firefighters, the fire started in a storage room.', 'The fire started in a storage room.'],
    ['The blaze took six hours to bring under control, a fire service spokesman said.', 'The blaze took six hours to bring under control.'],
    ['The minister resigned on Monday, TASS reported.', 'The minister resigned on Monday.'],
    ['Talks will resume in June, according to AP News.', 'Talks will resume in June.'],
    ['The strike would continue through the weekend, as Harbour Radio had earlier reported.', 'The strike would continue through the weekend.'],
    ['The plant will stay closed, Governor Marta Ilves said, according to Meridian Press.', 'The plant will stay closed.'],
    ['Ostova shares dropped 6 percent, Northgate News Service reported.', 'Ostova shares dropped 6 percent.'],
    ['Fourteen workers died in the fire, officials told reporters on Tuesday.', 'Fourteen workers died in the fire.'],
    ['At the same time, officials said the port would reopen on Friday.', 'The port would reopen on Friday.'],
    // "that" belongs to "agreed", not to "said": only the speaker goes.
    ['Lavrov said the two sides “practically agreed” that they need to resolve the issue.', 'The two sides “practically agreed” that they need to resolve the issue.'],
    ['That said, the mayor promised new buses', 'The mayor promised new buses.'],
    // Where it was said goes with who said it.
    ['Spokesperson Ruth Okafor said work is underway to designate teams in a statement.', 'Work is underway to designate teams.'],
  ])('"%s" → "%s"', (sentence, expected) => {
    expect(proposition(sentence)).toBe(expected);
  });
});

describe('what a sentence says is kept when dropping the speaker would change it', () => {
  test.each([
    // The lead-in carries content of its own.
    ['As for a meeting between the two presidents, Ushakov said the details are undetermined.'],
    // The rest would open with a pronoun whose referent is the dropped speaker.
    ['Police confirmed they were investigating the attack.'],
    ['He also announced that he would postpone a planned trip.'],
    // A relative clause in the speaker's description is content.
    ['Yury Ushakov, who was part of the delegation, added that the sides discussed a summit.'],
    // A verb with an object and an infinitive is not "said": the rest is no clause of its own.
    ['Judge Tomas Reuter warned the public gallery to remain silent.'],
    ['The rebels claimed responsibility for the attack on the depot.'],
    // Verbs that are not plain reporting keep their subject.
    ['Lavrov called the meeting “very useful” and said that Moscow would appoint an envoy.'],
    ['Pavel Dorin denied that solvents had been kept at the site.'],
    // What follows ", X said" is a clause of its own, not where or when it was said.
    ['The port will reopen, the minister said the ministry would pay for repairs.'],
  ])('"%s" keeps its words', (sentence) => {
    const kept = proposition(sentence);
    expect(kept.replace(/^\p{Lu}/u, (c) => c.toLowerCase()).replace(/\.$/, '')).toContain(
      sentence.replace(/^(?:At the same time|Meanwhile),\s*/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase()).replace(/\.$/, '').slice(0, 30),
    );
  });

  test('a quotation is not left without its speaker', () => {
    expect(proposition('“It is hard to say that they are getting closer,” Ushakov told a television station, according to AFP.')).toBe(
      '“It is hard to say that they are getting closer,” Ushakov told a television station.',
    );
  });
});

describe('the result uses only the sentence’s own words', () => {
  test.each([
    ['the talks ended without a deal, the union said', 'The talks ended without a deal.'],
    ['“We will not unload a single ship,” Varkas said, according to the Ledger.', '“We will not unload a single ship,” Varkas said.'],
  ])('"%s" → "%s"', (sentence, expected) => {
    const out = proposition(sentence);
    expect(out).toBe(expected);
    const own = new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu));
    for (const word of out.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) expect(own.has(word)).toBe(true);
  });

  test('a clause cut from a compound sentence loses its conjunction', () => {
    expect(proposition('adding that Putin had yet to decide who would represent Russia', true)).toBe('Putin had yet to decide who would represent Russia.');
    expect(proposition('while the port authority was represented by its director', true)).toBe('The port authority was represented by its director.');
  });

  test('a whole sentence keeps a leading "With" or "As for"', () => {
    expect(proposition('With 300 workers, the plant is the largest employer in the valley.')).toBe('With 300 workers, the plant is the largest employer in the valley.');
  });
});

describe('speaker phrases', () => {
  test.each([
    ['US Secretary of State Marco Rubio', true],
    ['Fox News White House Correspondent Jacqui Heinrich', true],
    ['State Department spokeswoman Tammy Bruce', true],
    ['Jana Lind, a senior fellow at the Baltic Institute,', true],
    ['He', true],
    ['Officials familiar with the talks', true],
    ['As for a meeting between the two presidents, Ushakov', false],
    ['The two sides “practically agreed”', false],
  ])('"%s" is a speaker: %s', (text, expected) => {
    expect(isSpeakerPhrase(text)).toBe(expected);
  });
});
