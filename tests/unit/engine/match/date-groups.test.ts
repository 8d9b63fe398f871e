/**
 * Sentences that date one other event alike: a calendar day away from the story's own, named by
 * two sources with a word in common, makes one claim however the rest of the sentences run. Every
 * story below is made up; the expectations are read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import type { CorpusAnalysis, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-05-14', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The articles of the claim whose evidence holds `fragment`, sorted. */
function articlesWith(analysis: CorpusAnalysis, fragment: string): string[][] {
  return analysis.claims.filter((c) => c.evidence.some((e) => e.text.includes(fragment))).map((c) => c.evidence.map((e) => e.article).sort());
}

describe('one other day, named alike', () => {
  test('a runoff dated by two sources in different words is one corroborated claim', () => {
    const analysis = analyze(corpusOf(articles(
      ['Counting went on through the night in the capital.', 'The runoff will take place on 28 May.'],
      ['Neither candidate won a majority, and the two rivals now face a May 28 run-off.', 'Turnout was high across the country.'],
    ), { stories: [story] }));
    const claim = analysis.claims.find((c) => c.evidence.some((e) => e.text.includes('28 May')));
    expect(claim?.verdict).toBe('corroborated');
    expect(claim?.evidence.map((e) => e.article).sort()).toEqual(['article-1', 'article-2']);
  });
});

describe('claims matched on their words that date the day too', () => {
  test('a claim that holds a sentence of the group, and whose every sentence dates the day, grows into it: no sentence is in two claims', () => {
    const analysis = analyze(corpusOf(articles(
      ['The Bank of Keldora’s next monetary policy meeting is on June 3.'],
      ['The Bank of Keldora’s monetary policy committee meets on June 3 and could lower its main interest rate, currently 6.25%.'],
      ['Economists widely expect the bank to cut interest rates for the first time since 2022 when it meets on June 3.'],
      ['Swap markets price a 70% chance that the bank will cut interest rates for the first time since 2022 when it meets on June 3.'],
    ), { stories: [story] }));
    // The third report is matched on its words with the fourth, and dates the meeting as the first
    // does: one claim of the three. The second gives a figure, which the date group leaves to frames.
    const claims = articlesWith(analysis, 'June 3');
    expect(claims).toContainEqual(['article-1', 'article-3', 'article-4']);
    expect(claims.flat().sort()).toEqual(['article-1', 'article-2', 'article-3', 'article-4']);
  });
});

describe('what does not date one event', () => {
  test('a day within a week of the story is the story’s own event, not another', () => {
    const analysis = analyze(corpusOf(articles(
      ['Unions plan a march in the capital on May 17 against the reform.'],
      ['Farmers will block the ring road on May 17 with their tractors.'],
    ), { stories: [story] }));
    expect(articlesWith(analysis, 'May 17')).toEqual([['article-1'], ['article-2']]);
  });

  test('sentences with figures are left to the figures: the day scopes them', () => {
    const analysis = analyze(corpusOf(articles(
      ['Police counted 12,000 marchers in the previous protest on March 30.'],
      ['The union said 40,000 people joined the previous protest on March 30.'],
    ), { stories: [story] }));
    expect(analysis.claims.filter((c) => c.kind !== 'quantity' && c.evidence.length > 1 && c.evidence.some((e) => e.text.includes('March 30')))).toEqual([]);
  });

  test('two different days are not one claim', () => {
    const analysis = analyze(corpusOf(articles(
      ['The runoff will take place on 28 May, officials said.'],
      ['The runoff will take place on 4 June, the commission said.'],
    ), { stories: [story] }));
    expect(analysis.claims.filter((c) => c.evidence.length > 1)).toEqual([]);
  });
});
