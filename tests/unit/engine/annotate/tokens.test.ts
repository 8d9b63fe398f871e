import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../../../src/engine/03-annotate/quotes.ts';
import { tokenize } from '../../../../src/engine/03-annotate/tokens.ts';

describe('tokens', () => {
  test.each([
    ['Russia’s invasion', ['Russia', 'invasion'], [true, false]],
    ['U.S.-Russia relations', ['U.S.', 'Russia', 'relations'], [false, false, false]],
    ['the 4.5-hour meeting', ['the', '4.5', 'hour', 'meeting'], [false, false, false, false]],
    ['RFE/RL said', ['RFE', 'RL', 'said'], [false, false, false]],
    ['we’re ready', ['we’re', 'ready'], [false, false]],
  ])('%s → %j', (text, words, possessive) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tokens.map((t) => t.possessive)).toEqual(possessive);
  });

  test('hyphens and slashes inside compounds become links, and offsets point into the text', () => {
    const text = 'A four-hour Putin-Trump talk, RFE/RL said.';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.link).map((t) => [t.text, t.link])).toEqual([['hour', '-'], ['Trump', '-'], ['RL', '/']]);
  });

  test('keys fold case, accents, dots and curly apostrophes', () => {
    expect(tokenize('Tomás U.S. don’t').map((t) => t.key)).toEqual(['tomas', 'us', "don't"]);
  });
});

describe('quotations', () => {
  const quoted = (text: string, openAtStart = false) => {
    const tokens = tokenize(text);
    const q = findQuotes(text, tokens, openAtStart);
    return { spans: q.spans.map((s) => text.slice(s.start, s.end)), open: q.openAtEnd, only: q.quoteOnly };
  };

  test.each([
    ['“Not bad, I think,” Ushakov told reporters.', ['Not bad, I think'], false, false],
    ['"It was a very serious discussion."', ['It was a very serious discussion.'], false, true],
    ['He called it “positive” and “useful”.', ['positive', 'useful'], false, false],
    ['“We know the reality.', ['We know the reality.'], true, true],
    ['Lavrov said the reports were ‘fake’.', ['fake'], false, false],
    ['Russia’s and the players’ union stayed.', [], false, false],
  ])('%s', (text, spans, open, only) => {
    expect(quoted(text)).toEqual({ spans, open, only });
  });

  test('a quotation still open from the previous sentence runs until its closing mark', () => {
    expect(quoted('Those are the basics,” Waltz said.', true)).toEqual({ spans: ['Those are the basics'], open: false, only: false });
  });

  test('a closing mark with no opening one means the quotation began earlier', () => {
    expect(quoted('For us to continue, we need missions.”')).toEqual({ spans: ['For us to continue, we need missions.'], open: false, only: true });
  });
});
