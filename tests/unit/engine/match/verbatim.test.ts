/**
 * The same words about the same people in two reports are one claim, however short the sentence:
 * reprints and copied lines. Words said of different people are not.
 */
import { describe, expect, test } from 'vitest';
import { analyze, corpusOf } from '../support/corpus.ts';
import { claimsCiting, show } from '../support/find.ts';

describe('the same words in two reports', () => {
  test('a short sentence the model alone would not link is one claim', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['The two delegations met for four hours in the port city on Tuesday.', 'No union officials were present at the meeting.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Negotiators from both sides sat down in the harbour offices.', 'No union officials were present at the meeting.'] },
    ]));
    const claims = claimsCiting(analysis, 'No union officials');
    expect(claims, claims.map(show).join('\n')).toHaveLength(1);
    expect(claims[0]?.evidence.map((e) => e.article).sort()).toEqual(['a', 'b']);
  });

  test('the same words said of two different people are two claims', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['“We will rebuild the bridge,” said Mayor Anna Berg on Monday.', 'She declined to give further details of the plan.'] },
      { id: 'b', outlet: 'moscow-times', body: ['“The inquiry will be thorough,” said Transport Minister Ewa Lis on Monday.', 'She declined to give further details of the plan.'] },
    ]));
    const claims = claimsCiting(analysis, 'declined to give further details');
    expect(claims, claims.map(show).join('\n')).toHaveLength(2);
  });
});
