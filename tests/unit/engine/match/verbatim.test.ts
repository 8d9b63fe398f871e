/**
 * The same words about the same people in two reports are one claim, however short the sentence:
 * reprints and copied lines. Words said of different people are not, nor words that name no one
 * in two outlets' reports (they may be said of two referents); in two copies of one outlet's
 * report they are one.
 */
import { describe, expect, test } from 'vitest';
import { analyze, corpusOf } from '../support/corpus.ts';
import { claimsCiting } from '../support/find.ts';

/** The articles of the claims citing `fragment`, one list per claim. */
function claimArticles(bodies: Array<{ id: string; outlet: string; body: string[] }>, fragment: string): string[][] {
  const claims = claimsCiting(analyze(corpusOf(bodies)), fragment);
  return claims.map((c) => c.evidence.map((e) => e.article).sort()).sort((x, y) => (x[0] ?? '').localeCompare(y[0] ?? ''));
}

describe('the same words in two reports', () => {
  test('a short sentence about a named person the model alone would not link is one claim', () => {
    const articles = claimArticles([
      { id: 'a', outlet: 'kyiv-post', body: ['The two delegations met for four hours in the port city on Tuesday.', 'Anna Berg was not present at the meeting.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Negotiators from both sides sat down in the harbour offices.', 'Anna Berg was not present at the meeting.'] },
    ], 'was not present');
    expect(articles).toEqual([['a', 'b']]);
  });

  test('words that name no one are one claim in two copies of one outlet\'s report, two in two outlets\' reports', () => {
    const copies = [
      { id: 'a', outlet: 'moscow-times', body: ['The two delegations met for four hours in the port city on Tuesday.', 'No union officials were present at the meeting.'] },
      { id: 'b', outlet: 'moscow-times', body: ['The two delegations met for four hours in the port city on Tuesday.', 'No union officials were present at the meeting.'] },
    ];
    expect(claimArticles(copies, 'No union officials')).toEqual([['a', 'b']]);
    const outlets = [
      { id: 'a', outlet: 'kyiv-post', body: ['The two delegations met for four hours in the port city on Tuesday.', 'No union officials were present at the meeting.'] },
      { id: 'b', outlet: 'valley-courier', body: ['Negotiators from both sides sat down in the harbour offices.', 'No union officials were present at the meeting.'] },
    ];
    expect(claimArticles(outlets, 'No union officials')).toEqual([['a'], ['b']]);
  });

  test('the same words said of two different people are two claims', () => {
    const articles = claimArticles([
      { id: 'a', outlet: 'kyiv-post', body: ['“We will rebuild the bridge,” said Mayor Anna Berg on Monday.', 'She declined to give further details of the plan.'] },
      { id: 'b', outlet: 'moscow-times', body: ['“The inquiry will be thorough,” said Transport Minister Ewa Lis on Monday.', 'She declined to give further details of the plan.'] },
    ], 'declined to give further details');
    expect(articles).toEqual([['a'], ['b']]);
  });
});
