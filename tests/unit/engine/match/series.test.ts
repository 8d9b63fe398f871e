/**
 * A place in a series: "the sixth day of action", "for the sixth time since January". Outlets that
 * give the event the same place state one fact, whatever the rest of their sentences say. Every
 * story below is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { seriesMentions } from '../../../../src/engine/04-match/series.ts';
import type { Claim, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-03-07', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The phrases the engine reads as places in a series, with their ordinal. */
function phrasesOf(specs: ArticleSpec[]): string[] {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return seriesMentions(annotated, annotated.units.map(() => true)).map((m) => `${m.ordinal} ${m.text}`);
}

function seriesClaims(specs: ArticleSpec[]): Claim[] {
  return analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => c.statement.startsWith('Where the reports place the events of '));
}

describe('which phrases place the event in a series', () => {
  test('a definite ordinal before an occasion noun, with what the occasion is of up to a new clause', () => {
    expect(
      phrasesOf(articles([
        'For the sixth day of action against the reform, dock workers stayed away from the port.',
        'Teachers walked out for the 6th consecutive day, and schools stayed shut.',
        'Rail workers struck for the third time since the start of this year.',
      ])),
    ).toEqual(['6 the sixth day of action against the reform', '6 the 6th consecutive day', '3 the third time since the start of this year']);
  });

  test('no place in a series: the first time, an occasion to come, a thing counted, a quotation', () => {
    expect(
      phrasesOf(articles([
        'For the first time since 1995, the port closed for a week.',
        'The result means a second round of voting will take place in two weeks.',
        'The second train hit the wreckage minutes later.',
        '“This is the sixth day we have stood here,” a docker said.',
      ])),
    ).toEqual([]);
  });
});

describe('reports that give the event one place in its series are one claim', () => {
  test('the same ordinal in two outlets is corroborated, each report’s words listed', () => {
    const claims = seriesClaims(
      articles(
        ['Dock workers walked out at Northport on Tuesday.', 'For the sixth day of action against the reform, unions had vowed to close the port.'],
        ['Northport stood still on Tuesday.', 'Unions called a day of strikes for the sixth time since the start of this year.'],
      ),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('corroborated');
    expect(claims[0]?.statement).toBe('Where the reports place the events of 7 March in their series: the sixth day of action against the reform (Outlet 1); the sixth time since the start of this year (Outlet 2).');
  });

  test('the same ordinal of two different things is not one claim: the sentences share no word besides it', () => {
    const claims = seriesClaims(
      articles(
        ['Markets in Northport were calm on Tuesday.', 'Fuel prices rose for the third week in a row, the energy ministry said.'],
        ['Northport published its figures on Tuesday.', 'Unemployment fell for the third week in a row, according to labour statistics.'],
      ),
    );
    expect(claims).toEqual([]);
  });

  test('two different ordinals are not set against each other, nor joined', () => {
    const claims = seriesClaims(
      articles(
        ['Dock workers walked out at Northport on Tuesday.', 'For the sixth day of action against the reform, unions had vowed to close the port.'],
        ['Northport stood still on Tuesday.', 'Unions called a day of strikes for the seventh time since the start of this year.'],
      ),
    );
    expect(claims).toEqual([]);
  });
});
