/**
 * Matching terms of a sentence: the language's normal forms of its content words in reading
 * order, numbers as digits, and a name as the words of its entity's canonical name, so that
 * spelling variants of one person give the same terms.
 */
import { describe, expect, test } from 'vitest';
import { closedWords, nameTerms, sentenceTerms, wordTerm } from '../../../../src/engine/03-annotate/terms.ts';
import { annotateParagraphs, lang } from './helpers.ts';

const normal = (word: string): string => lang.normal(lang.key(word));

describe('terms of a sentence', () => {
  test('function words and plain speech verbs drop out; inflections meet their lemma; numbers stay as digits', () => {
    const result = annotateParagraphs('The delegations agreed to restore embassy staffing after the 4.5-hour meeting, he said.');
    expect(result.sentences.get('a')?.[0]?.terms).toEqual(
      ['delegation', 'agree', 'restore', 'embassy', 'staff', '4.5', 'hour', 'meet'].map((w) => (/\d/.test(w) ? w : normal(w))),
    );
  });

  test('number words become digits and thousands separators go', () => {
    const tokens = lang.tokenize('Four trains carried 1,200 passengers.');
    expect(sentenceTerms(lang, tokens, [])).toEqual(['4', normal('trains'), normal('carried'), '1200', normal('passengers')]);
  });

  test('spelling variants of one name give the terms of the canonical name', () => {
    const result = annotateParagraphs('Yury Ushakov met the press in Riyadh. The palace was quiet after Ushkaov left.');
    const [, second] = result.sentences.get('a') ?? [];
    expect(second?.terms).toEqual([normal('palace'), normal('quiet'), 'yury', 'ushakov', normal('left')]);
  });

  test('a word token’s term is the language’s term of its key, asked once per token however often it is read', () => {
    const tokens = lang.tokenize('The strikers said the strike would go on.');
    let asked = 0;
    const counting = { ...lang, term: (key: string) => (asked++, lang.term(key)) };
    const first = sentenceTerms(counting, tokens, []);
    const clause = sentenceTerms(counting, tokens, [], 3, tokens.length);
    expect(first).toEqual(sentenceTerms(lang, lang.tokenize('The strikers said the strike would go on.'), []));
    expect(clause).toEqual(first.slice(first.indexOf(normal('strike'))));
    expect(asked).toBe(tokens.filter((t) => t.type === 'word').length);
    expect(tokens.map((t) => (t.type === 'word' ? wordTerm(lang, t) : null))).toEqual(tokens.map((t) => (t.type === 'word' ? lang.term(t.key) : null)));
  });

  test('a clause gives only its own terms, with each term’s offsets in the sentence', () => {
    const text = 'Talks ended without a deal, leaving 3,000 workers on strike.';
    const tokens = lang.tokenize(text);
    const from = tokens.findIndex((t) => t.key === 'leaving');
    const offsets: number[] = [];
    const ends: number[] = [];
    const terms = sentenceTerms(lang, tokens, [], from, tokens.length, offsets, ends);
    expect(terms).toEqual([normal('leaving'), '3000', normal('workers'), normal('strike')]);
    expect(terms.map((_, k) => text.slice(offsets[k], ends[k]))).toEqual(['leaving', '3,000', 'workers', 'strike']);
  });

  test('a hyphenated compound the story also writes closed up is that one word; others keep their parts', () => {
    const closedUp = lang.tokenize('Kurtz said it was not a cyberattack.');
    const hyphenated = lang.tokenize('This is not a cyber-attack on a four-hour cease-fire.');
    const closed = closedWords([{ tokens: closedUp }, { tokens: hyphenated }]);
    expect(closed.has('cyberattack')).toBe(true);
    expect(closed.has('cyber')).toBe(false);
    const offsets: number[] = [];
    const ends: number[] = [];
    const terms = sentenceTerms(lang, hyphenated, [], 0, hyphenated.length, offsets, ends, closed);
    expect(terms).toEqual([normal('cyberattack'), '4', normal('hour'), normal('cease'), normal('fire')]);
    expect(hyphenated.length > 0 && 'This is not a cyber-attack on a four-hour cease-fire.'.slice(offsets[0], ends[0])).toBe('cyber-attack');
    expect(sentenceTerms(lang, hyphenated, [])).toEqual([normal('cyber'), normal('attack'), '4', normal('hour'), normal('cease'), normal('fire')]);
  });

  test('a name’s terms point at its whole mention', () => {
    const text = 'Kremlin aide Yuri Ushakov spoke.';
    const tokens = lang.tokenize(text);
    const t0 = tokens.findIndex((t) => t.text === 'Yuri');
    const offsets: number[] = [];
    const ends: number[] = [];
    const terms = sentenceTerms(lang, tokens, [{ t0, t1: t0 + 2, name: 'Yury Ushakov' }], 0, tokens.length, offsets, ends);
    expect(terms).toEqual([normal('Kremlin'), normal('aide'), 'yury', 'ushakov', normal('spoke')]);
    expect(text.slice(offsets[2], ends[2])).toBe('Yuri Ushakov');
    expect(text.slice(offsets[3], ends[3])).toBe('Yuri Ushakov');
  });
});

describe('name terms', () => {
  test.each([
    ['Yury Ushakov', ['yury', 'ushakov']],
    ['Kemal Kılıçdaroğlu', ['kemal', 'kilicdaroglu']],
    ['Ursula von der Leyen', ['ursula', 'von', 'der', 'leyen']],
    ['Council of the European Union', ['council', 'european', 'union']],
    ['Jean-Luc Mélenchon', ['jean', 'luc', 'melenchon']],
  ])('%s → %j', (name, terms) => {
    expect(nameTerms(lang, name)).toEqual(terms);
  });
});
