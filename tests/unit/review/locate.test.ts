/**
 * Finding the sentence a review quotes: typography and case folded, so a hand-typed quote matches the
 * page's curly quotes and dashes; every miss says why and points at the closest sentence.
 */
import { describe, expect, test } from 'vitest';
import { foldForMatch, isFailure, locate } from '../../../src/review/locate.ts';
import { closestSentence } from '../../../src/review/similarity.ts';
import { article, sentenceId } from './fixture.ts';

const page = article('page', { outlet: 'daily', published: '2030-01-01' }, [
  '“It is hard to say,” Ushakov said — after the talks.',
  'The delegations met for 4.5 hours in Riyadh.',
  'The delegations met again on Wednesday.',
]);
const articles = new Map([[page.id, page]]);

describe('a quote is found whatever its typography', () => {
  test.each([
    ['straight quotes for curly ones', '"It is hard to say," Ushakov said', 0],
    ['a hyphen for an em dash', 'Ushakov said - after the talks', 0],
    ['other letter case', 'the DELEGATIONS met for 4.5 hours', 1],
    ['a line break inside the quote (YAML folding)', 'met for 4.5\n   hours in Riyadh', 1],
    ['the whole sentence', 'The delegations met again on Wednesday.', 2],
  ])('%s', (_name, quote, index) => {
    const found = locate({ article: 'page', quote }, articles);
    expect(isFailure(found)).toBe(false);
    if (isFailure(found)) return;
    expect(found.sentence.index).toBe(index);
    // The span points at the quoted words in the sentence as written.
    expect(foldForMatch(found.sentence.text.slice(...found.span))).toBe(foldForMatch(quote.replace(/\s+/g, ' ')));
  });
});

describe('misses say why', () => {
  test('words in two sentences ask for more words or the sentence id', () => {
    const found = locate({ article: 'page', quote: 'The delegations met' }, articles);
    expect(isFailure(found) && found.rule).toBe('ambiguous-review');
    expect(isFailure(found) && found.message).toBe(`the quote is in 2 sentences of page (${page.sentences[1]?.id}, ${page.sentences[2]?.id})`);
    // A sentence id picks one.
    const pinned = locate({ article: 'page', quote: 'The delegations met', sentence: page.sentences[2]?.id ?? '' }, articles);
    expect(!isFailure(pinned) && pinned.sentence.index).toBe(2);
  });

  test('a pinned sentence that does not hold the quote', () => {
    const found = locate({ article: 'page', quote: 'met again', sentence: page.sentences[1]?.id ?? '' }, articles);
    expect(isFailure(found) && found.message).toBe(`sentence ${page.sentences[1]?.id} of page does not contain the quote (it is in ${page.sentences[2]?.id})`);
  });

  test('a changed number is not found, and the closest sentence is offered', () => {
    const found = locate({ article: 'page', quote: 'The delegations met for 4 hours in Riyadh.' }, articles);
    expect(isFailure(found) && found.rule).toBe('stale-review');
    expect(isFailure(found) && found.hint).toContain(`did you mean sentence ${sentenceId('The delegations met for 4.5 hours in Riyadh.')}: "The delegations met for 4.5 hours in Riyadh."?`);
  });
});

describe('the closest sentence', () => {
  test('prefers the sentence that contains most of the quote, then the most alike', () => {
    const sentences = [
      { id: 's-1', text: 'Lavrov said the talks were useful and that both sides would appoint envoys.' },
      { id: 's-2', text: 'Lavrov said the talks were very useful.' },
      { id: 's-3', text: 'The talks lasted four hours.' },
    ];
    expect(closestSentence('both sides would appoint their envoys', sentences)?.id).toBe('s-1');
    // Both contain these words; the shorter is more alike.
    expect(closestSentence('Lavrov said the talks were useful', sentences)?.id).toBe('s-2');
    expect(closestSentence('The talks lasted 4 hours', sentences)?.id).toBe('s-3');
    expect(closestSentence('anything', [])).toBeUndefined();
  });
});
