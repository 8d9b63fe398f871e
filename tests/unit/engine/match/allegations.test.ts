/**
 * An allegation denied in the sentence that reports it is a claim of its own, stated as its
 * holder's ("According to X, P": what the denial denies is P, not that X said it) and denied on the record. Every story below is made up; the expectations are read off
 * its sentences.
 */
import { describe, expect, test } from 'vitest';
import type { StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-06-05', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

describe('an allegation reported by its denial', () => {
  test('"refuted X’s allegation that P", then the denier’s words: according to X, P; disputed', () => {
    const analysis = analyze(corpusOf(articles([
      'Railway Minister Marek Kowal said on Sunday the cause of the derailment had been found.',
      'The Railway Minister also refuted Chief Minister Ewa Lis’s allegation that the derailment could have been averted with a radar brake.',
      '“It has nothing to do with the radar brake,” he added.',
    ]), { stories: [story] }));
    const claim = analysis.claims.find((c) => c.verdict === 'disputed');
    expect(claim?.statement).toBe('According to Chief Minister Ewa Lis, the derailment could have been averted with a radar brake.');
    expect(claim?.verdict).toBe('disputed');
    expect(claim?.evidence.map((e) => e.stance)).toEqual(['supports', 'denies']);
    expect(claim?.evidence[1]?.text).toBe('“It has nothing to do with the radar brake,” he added.');
    expect(claim?.explanation).toContain('Marek Kowal denies it');
  });

  test.each([
    'The port authority denied reports that the harbour would close for a month.',
    'Health Minister Amina Soleku rejected claims that the health system was under strain.',
  ])('with no holder named, no one asserts the allegation on the record: "%s" is a denial, not a disputed claim', (denial) => {
    const analysis = analyze(corpusOf(articles([denial, 'Ships kept arriving through the night.']), { stories: [story] }));
    expect(analysis.claims.filter((c) => c.verdict === 'disputed').map((c) => c.statement)).toEqual([]);
    expect(analysis.claims.find((c) => c.evidence.some((e) => e.text === denial))?.statement).toBe(denial);
  });

  test('a denial of something without a "that" clause makes no allegation', () => {
    const analysis = analyze(corpusOf(articles([
      'The port authority denied the reports on Monday evening.',
      'Ships kept arriving through the night.',
    ]), { stories: [story] }));
    expect(analysis.claims.filter((c) => c.verdict === 'disputed')).toEqual([]);
  });
});
