/**
 * Partial quotation: a few words of a remark quoted inside one report, the whole remark in another,
 * by the same speaker. Every story below is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { partialQuotation, quoteWords } from '../../../../src/engine/04-match/partial-quotes.ts';
import type { Unit } from '../../../../src/engine/03-annotate/units.ts';
import { analyze, corpusOf } from '../support/corpus.ts';
import { claimsCiting, show } from '../support/find.ts';

/** A unit with only the quotations the rule reads. */
const unitQuoting = (...quotes: Array<[string, string | null]>): Unit => ({ quotes: quotes.map(([text, speaker]) => ({ text, speaker, start: 0, end: text.length })) }) as unknown as Unit;

describe('which quotations are part of another', () => {
  test('two to six words of one speaker, in order, inside that speaker’s longer quotation', () => {
    const [short, long] = quoteWords([unitQuoting(['hard to say', 'ana-petrova']), unitQuoting(['It is hard to say that they are getting closer', 'ana-petrova'])]);
    expect(partialQuotation(short ?? [], long ?? [])).toBe(true);
    expect(partialQuotation(long ?? [], short ?? [])).toBe(true);
  });

  test('not another speaker’s words, not a single word, not words out of order, not a quotation with no speaker', () => {
    const long = quoteWords([unitQuoting(['It is hard to say that they are getting closer', 'ana-petrova'])])[0] ?? [];
    const others = quoteWords([
      unitQuoting(['hard to say', 'marta-ilves']),
      unitQuoting(['closer', 'ana-petrova']),
      unitQuoting(['say hard to', 'ana-petrova']),
      unitQuoting(['hard to say', null]),
    ]);
    expect(others.map((q) => partialQuotation(q, long))).toEqual([false, false, false, false]);
  });
});

describe('a partial quotation and the whole remark are one claim', () => {
  test('however little else the two sentences share', () => {
    const analysis = analyze(corpusOf([
      { id: 'a', outlet: 'kyiv-post', body: ['Union leader Ana Petrova spoke after the talks.', '“It is hard to say that the two sides are getting closer,” Ana Petrova told a local radio station on Monday.'] },
      { id: 'b', outlet: 'moscow-times', body: ['Ana Petrova said it was “hard to say” whether the harbour dispute was nearing an end.'] },
    ]));
    const claim = claimsCiting(analysis, 'getting closer')[0];
    expect(claim?.evidence.map((e) => e.article).sort(), show(claim)).toEqual(['a', 'b']);
  });
});
