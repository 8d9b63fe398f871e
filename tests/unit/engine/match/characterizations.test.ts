/**
 * A word someone used of something, in quotation marks ("unions described the walkout as
 * “historic”"): outlets that quote the same word of the same thing state one fact. Every story below
 * is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { accusedOf, characterizationMentions, describedNoun } from '../../../../src/engine/04-match/characterizations.ts';
import type { Claim, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-03-07', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The quoted words the engine reads, as "word | phrase". */
function wordsOf(specs: ArticleSpec[]): string[] {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return characterizationMentions(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((m) => `${m.word} | ${m.text}`);
}

function calledClaims(specs: ArticleSpec[]): Claim[] {
  return analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => /^(?:The \p{Ll}+ called|Called|.+ accused of) “/u.test(c.statement));
}

describe('which quotations are a word someone used', () => {
  test('up to three lower-case words in quotation marks inside a sentence, with its clause before (who used them) and up to three words after, not ending on a preposition', () => {
    expect(
      wordsOf(articles([
        'The dockers’ unions have described as “historic” the walkout at the harbour.',
        'Mayor Ana Petrova called the talks "very useful" and left for the capital.',
      ])),
    ).toEqual(['historic | The dockers’ unions have described as “historic” the walkout', 'very useful | Mayor Ana Petrova called the talks "very useful"']);
  });

  test('the phrase starts at the subordinate clause the word is in, and a noun after it keeps its "of" phrase', () => {
    expect(
      wordsOf(articles([
        'The minister spoke after union leader Ana Petrova accused the port authority of “sabotage” on Monday.',
        'The union claimed there had been “sabotage” in the handling of the cargo at the northern port, and left.',
      ])),
    ).toEqual([
      'sabotage | union leader Ana Petrova accused the port authority of “sabotage” on Monday',
      'sabotage | The union claimed there had been “sabotage” in the handling of the cargo at the northern port',
    ]);
  });

  test('a long clause before the word gives only the five words before it', () => {
    expect(
      wordsOf(articles([
        'In the absence of any official count from the ministry or the police, both of the large unions that organised the strike in every port of the country together have described as “historic” the walkout.',
      ])),
    ).toEqual(['historic | country together have described as “historic” the walkout']);
  });

  test('a parenthetical between dashes after the word is left out, and the phrase runs on to its verb', () => {
    expect(
      wordsOf(articles(['Union leaders said Tuesday’s "historic" walkout - the third day of strikes since the new year - was the longest in a decade, and left.'])),
    ).toEqual(['historic | Union leaders said Tuesday’s "historic" walkout … was the longest in a decade']);
  });

  test('no word: a name or title in quotation marks, or a quotation of a sentence', () => {
    expect(
      wordsOf(articles([
        'Ana Petrova spoke on the “Morning Report” show on Friday.',
        '“The harbour will reopen on Monday,” Ana Petrova said.',
      ])),
    ).toEqual([]);
  });
});

describe('reports that quote one word of one thing are one claim', () => {
  test('two outlets, the same word, a word in common outside it: corroborated, each report’s phrase listed', () => {
    const claims = calledClaims(articles(
      ['The harbour stood still on Tuesday.', 'The dockers’ unions have described as “historic” the walkout at the harbour.'],
      ['Ferries stayed in port.', 'Union leaders said Tuesday’s "historic" walkout would go on.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('corroborated');
    // The heading names what was called so, as both reports' grammar shows it: the walkout.
    expect(claims[0]?.statement).toBe('The walkout called “historic”: The dockers’ unions have described as “historic” the walkout (Outlet 1); Union leaders said Tuesday’s "historic" walkout would go (Outlet 2).');
  });

  test('"useful" and "very useful" said by one speaker are one word; the heading names the speaker', () => {
    const claims = calledClaims(articles(
      ['Ana Petrova described the talks as "useful" on Tuesday.'],
      ['Ana Petrova called the talks “very useful” after the meeting.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/^The talks called “useful” by Ana Petrova: /);
  });

  test('what the word was used of: the object of a verb of calling, the subject of a copula, the noun it modifies; nothing otherwise', () => {
    expect(describedNoun('Ana Petrova described the talks ', ' on Tuesday.')).toBe('talks');
    expect(describedNoun('She called the long meeting ', '.')).toBe('meeting');
    expect(describedNoun('Unions have described as ', ' the walkout at the harbour.')).toBe('walkout');
    expect(describedNoun('Officials said the talks were ', '.')).toBe('talks');
    expect(describedNoun('Union leaders said Tuesday’s ', ' walkout would go on.')).toBe('walkout');
    expect(describedNoun('The party accused the agency of ', ' in the count.')).toBeNull();
  });

  test('whom a verb of accusing charges with the word: its object, without a parenthesis or an aside; no pronoun', () => {
    expect(accusedOf('The party accused the agency of ')).toBe('the agency');
    expect(accusedOf('Deputy Chair Ana Petrova accused Harbour Radio (HR), which is publishing the figures, of ')).toBe('Harbour Radio');
    expect(accusedOf('Critics are accusing the mayor’s office of ')).toBe('the mayor’s office');
    expect(accusedOf('She accused him of ')).toBeNull();
    expect(accusedOf('Ana Petrova described the talks ')).toBeNull();
  });

  test('a word two reports accuse one body of: the heading says who was accused of it', () => {
    const claims = calledClaims(articles(
      ['The harbour stood still on Tuesday.', 'Union leader Ana Petrova accused the port authority of “sabotage” in the cargo dispute.'],
      ['Ferries stayed in port.', 'The dockers’ union accused the port authority (PA), which runs the cargo terminal, of "sabotage" in the dispute.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/^The port authority accused of “sabotage”: /);
  });

  test('the same word of two things that share no other word is no claim, nor is one outlet', () => {
    expect(calledClaims(articles(['Critics called the budget “historic” on Monday.'], ['Fans called the final "historic" at the stadium.']))).toEqual([]);
    expect(calledClaims(articles(['Unions called the walkout “historic” on Tuesday.', 'Union leaders said the "historic" walkout would go on.']))).toEqual([]);
  });
});
