/**
 * A named person's age as news style gives it ("Ana Petrova, 74,", "74-year-old Ana Petrova", "The
 * 74-year-old politician" in a paragraph about her). Outlets that give one person's age state one
 * fact. Every story below is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { ageMentions } from '../../../../src/engine/04-match/ages.ts';
import type { Claim, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-05-15', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The ages the engine reads, as "person | age | words of the number". */
function agesOf(specs: ArticleSpec[]): string[] {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return ageMentions(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((m) => `${m.person} | ${m.quantity.value} | ${m.quantity.surface}`);
}

function ageClaims(specs: ArticleSpec[]): Claim[] {
  return analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => /^Age of /.test(c.statement));
}

describe('which words give a named person’s age', () => {
  test('a number after the name (with or without "aged"), in brackets, or an "-year-old" before or after it', () => {
    expect(
      agesOf(articles([
        '“We will win the second round,” Ana Petrova, 74, the candidate of the alliance, said.',
        'Supporters cheered Boris Lang (69) as the count went on.',
        'The 58-year-old opposition leader Carla Mendes called for calm.',
        'Dmitri Volkov, a 47-year-old engineer, was named chief of the board.',
        'The board thanked Elena Sorokina, aged 61, for her years of service.',
      ])),
    ).toEqual(['ana-petrova | 74 | 74', 'boris-lang | 69 | 69', 'carla-mendes | 58 | 58', 'dmitri-volkov | 47 | 47', 'elena-sorokina | 61 | 61']);
  });

  test('a description by age that opens a sentence speaks of the person the paragraph opens on', () => {
    expect(
      agesOf(articles([
        'Ana Petrova is the head of the Republican Party, which was founded in 1923. The party has been led by Ana Petrova since 2010. The 74-year-old politician has transformed the party.',
      ])),
    ).toEqual(['ana-petrova | 74 | 74']);
  });

  test('no age: a date after a month, a number inside a quotation, a paragraph that does not open on a person, a number no one lives to', () => {
    expect(
      agesOf(articles([
        'The runoff will be held on May 28, officials said.',
        '“Ana Petrova, 74, will win,” her campaign said.',
        'The party was founded in 1923, long before Ana Petrova joined it. The 74-year-old politician has transformed it.',
        'Boris Lang, 150, was the last name on the list.',
      ])),
    ).toEqual([]);
  });
});

describe('reports of one person’s age are one claim', () => {
  test('two outlets give one age: corroborated, and the rest of each sentence is still a claim of its own', () => {
    const specs = articles(
      ['"We will absolutely win the second round ... and bring democracy" Ana Petrova, 74, the candidate of a six-party alliance, said, arguing that her rival had lost the trust of the nation.'],
      ['Ana Petrova leads the alliance. The 74-year-old politician has transformed the party.'],
    );
    const claims = ageClaims(specs);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('corroborated');
    // The age is the outlet's description of her, not what she said: no "citing Ana Petrova".
    expect(claims[0]?.statement).toBe('Age of Ana Petrova: 74 (Outlet 1, Outlet 2).');
    const all = analyze(corpusOf(specs, { stories: [story] })).claims.map((c) => c.statement);
    expect(all.some((s) => s.includes('We will absolutely win the second round'))).toBe(true);
    expect(all.some((s) => s.includes('has transformed the party'))).toBe(true);
  });

  test('two outlets give two ages: conflicting', () => {
    const claims = ageClaims(articles(['Ana Petrova, 74, addressed the rally in the capital.'], ['The crowd cheered 75-year-old Ana Petrova at the rally.']));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.verdict).toBe('conflicting');
    expect(claims[0]?.statement).toBe('Age of Ana Petrova: 74 (Outlet 1); 75 (Outlet 2).');
  });

  test('one outlet only, or two people: no age claim', () => {
    expect(ageClaims(articles(['Ana Petrova, 74, addressed the rally.'], ['Boris Lang, 74, addressed the rally.']))).toEqual([]);
  });
});
