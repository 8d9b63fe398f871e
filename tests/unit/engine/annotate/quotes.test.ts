/**
 * Direct quotations: the quoted spans of a sentence, which tokens are inside them, and a quotation
 * that runs on into the next sentence of the paragraph.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/engine/03-annotate/quotes.ts';
import { lang } from './helpers.ts';

const quoted = (text: string, openAtStart = false) => {
  const q = findQuotes(text, lang.tokenize(text), openAtStart);
  return { spans: q.spans.map((s) => text.slice(s.start, s.end)), open: q.openAtEnd, only: q.quoteOnly };
};

describe('quotations', () => {
  test.each([
    ['a quotation before its cue', '“Not bad, I think,” Ushakov told reporters.', ['Not bad, I think'], false, false],
    ['a sentence that is all quotation', '"It was a very serious discussion."', ['It was a very serious discussion.'], false, true],
    ['two quoted words', 'He called it “positive” and “useful”.', ['positive', 'useful'], false, false],
    ['a quotation left open at the end of the sentence', '“We know the reality.', ['We know the reality.'], true, true],
    ['single quotes when no double quote is open', 'Lavrov said the reports were ‘fake’.', ['fake'], false, false],
    ['possessive apostrophes are not quotes', 'Russia’s and the players’ union stayed.', [], false, false],
    ['two apostrophes are one double mark, as some wires type it', "''Instructions have been given to the inquiry,'' Modi said.", ['Instructions have been given to the inquiry'], false, false],
    ['and so are two backticks before two apostrophes', "``No one will be spared,'' Modi said.", ['No one will be spared'], false, false],
    ['no quotation at all', 'The talks ended on Tuesday.', [], false, false],
  ])('%s', (_phenomenon, text, spans, open, only) => {
    expect(quoted(text)).toEqual({ spans, open, only });
  });

  test('a quotation still open from the previous sentence runs until its closing mark', () => {
    expect(quoted('Those are the basics,” Waltz said.', true)).toEqual({ spans: ['Those are the basics'], open: false, only: false });
  });

  test('a closing mark with no opening one means the quotation began earlier', () => {
    expect(quoted('For us to continue, we need missions.”')).toEqual({ spans: ['For us to continue, we need missions.'], open: false, only: true });
  });

  test('a quotation open from before that never closes covers the whole sentence', () => {
    expect(quoted('And we will keep going', true)).toEqual({ spans: ['And we will keep going'], open: true, only: true });
  });

  test('inside[] marks the quoted words, not the marks', () => {
    const text = 'He said “no deal” today.';
    const tokens = lang.tokenize(text);
    const { inside } = findQuotes(text, tokens, false);
    expect(tokens.filter((_, i) => inside[i]).map((t) => t.text)).toEqual(['no', 'deal']);
  });
});
