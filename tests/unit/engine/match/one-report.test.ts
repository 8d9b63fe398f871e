/**
 * A report does not contradict itself: two figures one article gives of what was read as one frame
 * measure two things, unless the article credits them to two sources. Each expectation is read from
 * the sentences.
 */
import { describe, expect, test } from 'vitest';
import { oneReportDisagrees } from '../../../../src/engine/04-match/index.ts';
import type { Quantity } from '../../../../src/engine/types.ts';
import { corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { unitWith } from '../support/find.ts';

/** Whether a frame of the figures (one per fragment, the first of its unit) is one report disagreeing with itself. */
function disagrees(specs: ArticleSpec[], fragments: string[]): boolean {
  const story = storyAt(corpusOf(specs), 'annotate');
  const quantities = new Map<number, Quantity>();
  for (const fragment of fragments) {
    const unit = unitWith(story, fragment);
    quantities.set(unit.i, unit.quantities[0] as Quantity);
  }
  return oneReportDisagrees(story, quantities);
}

const other: ArticleSpec = { id: 'b', outlet: 'moscow-times', body: ['The exchange took place at the border on Sunday.'] };

describe('figures of one frame', () => {
  test('two counts of civilians in one article, one of them credited to officials, measure two things', () => {
    const body = ['The Vostrians released by Marenia included 11 civilians.', 'Marenian officials say about 1,400 Marenians remain in Vostrian custody, including around 300 civilians.'];
    expect(disagrees([{ id: 'a', outlet: 'kyiv-post', body }, other], ['included 11 civilians', 'around 300 civilians'])).toBe(true);
  });

  test('two figures one article credits to two sources are a disagreement it reports', () => {
    const body = ['About 250,000 people took part in the march, according to the CGT union.', 'According to the Interior Ministry, 85,000 people took part in the march.'];
    expect(disagrees([{ id: 'a', outlet: 'kyiv-post', body }, other], ['250,000 people', '85,000 people'])).toBe(false);
  });

  test('figures that agree, or that come from two articles, are left to the frame', () => {
    const body = ['About 250,000 people took part in the march.', 'Some 250,000 people marched.'];
    expect(disagrees([{ id: 'a', outlet: 'kyiv-post', body }, other], ['About 250,000 people', 'Some 250,000 people'])).toBe(false);
    const two: ArticleSpec[] = [{ id: 'a', outlet: 'kyiv-post', body: ['About 250,000 people took part in the march.'] }, { id: 'b', outlet: 'moscow-times', body: ['Some 85,000 people marched.'] }];
    expect(disagrees(two, ['250,000 people', '85,000 people'])).toBe(false);
  });
});
