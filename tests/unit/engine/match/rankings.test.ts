/**
 * Rankings: a superlative that ranks the event against its past ("the worst flood in decades")
 * is a claim of its own, matched on its phrase even when the sentences around it differ. Every
 * story below is made up; each expectation is read off its sentences.
 */
import { describe, expect, test } from 'vitest';
import { rankingLikeness, rankings } from '../../../../src/engine/04-match/rankings.ts';
import type { Claim, StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';

const story: StoryInput = { id: 'test-story', title: 'Test story', date: '2031-05-04', summary: '' };

function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The rankings the engine reads in a story, as phrase text. */
function phrasesOf(specs: ArticleSpec[]): string[] {
  const annotated = storyAt(corpusOf(specs, { stories: [story] }), 'annotate');
  return rankings(annotated.ctx.lang, annotated, annotated.units.map(() => true)).map((r) => r.text);
}

function rankingClaims(specs: ArticleSpec[]): Claim[] {
  return analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => c.statement.startsWith('How the reports rank'));
}

describe('which phrases rank the event', () => {
  test('a superlative with a span of comparison, or one of a set, is a ranking', () => {
    const phrases = phrasesOf(articles([
      'At least 40 people died in the region’s worst flood in three decades, officials said.',
      'The storm was one of the deadliest on the island.',
      'Rescuers said the rains were the heaviest since 1998.',
    ]));
    expect(phrases).toEqual(['the region’s worst flood in three decades', 'one of the deadliest on the island', 'the heaviest since 1998']);
  });

  test('a plain superlative, an ordinal rank or one inside a quotation is not', () => {
    const phrases = phrasesOf(articles([
      'The largest union called the strike on Monday morning.',
      'The flood ranks as the region’s third worst in a century.',
      '“This is the worst flood in decades,” the governor told reporters on Monday.',
    ]));
    expect(phrases).toEqual([]);
  });

  test('a superlative compounded with a participle describes its noun: "one of the worst-hit villages"', () => {
    expect(phrasesOf(articles(['Footage from Koshtepa, one of the worst-hit villages, shows homes reduced to rubble.']))).toEqual([]);
    expect(phrasesOf(articles(['It was the worst-ever flood in the valley, officials said.']))).toEqual(['the worst-ever']);
  });
});

describe('rankings that are one claim', () => {
  test('the generic "worst" meets a specific adjective, and two nouns of events meet', () => {
    const claims = rankingClaims(articles(
      ['At least 40 people died in the region’s worst flood in three decades, officials said on Sunday.'],
      ['The death toll rose to 52 in one of the deadliest floods in decades, the agency said on Sunday.'],
    ));
    expect(claims).toHaveLength(1);
    const claim = claims[0] as Claim;
    expect(claim.verdict).toBe('corroborated');
    expect(claim.evidence.map((e) => e.article).sort()).toEqual(['article-1', 'article-2']);
    // The agency gives Outlet 2's ranking; Outlet 1's officials are unnamed, so none is cited.
    expect(claim.statement).toBe('How the reports rank the flood: the region’s worst flood in three decades (Outlet 1); one of the deadliest floods in decades (Outlet 2, citing the agency).');
  });

  test('a noun left unsaid takes the subject of its copula for the heading', () => {
    const claims = rankingClaims(articles(
      ['Unions said the marches were some of the biggest in decades, with crowds in every city.'],
      ['Police said the protest was the largest in 40 years and passed off calmly in the capital.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/^How the reports rank the marches: some of the biggest in decades \(Outlet 1, citing unions\); the largest in 40 years \(Outlet 2, citing police\)\.$/i);
  });

  test('the source stays cited across an aside with a word of time or a passive verb of saying in it', () => {
    const claims = rankingClaims(articles(
      ['Unions said the marches were some of the biggest in decades, with crowds in every city.'],
      ['Police said Tuesday’s protest - the sixth since the plan was announced in January - was the largest in 40 years.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toMatch(/; the largest in 40 years \(Outlet 2, citing police\)\.$/i);
  });
});

describe('rankings that are not one claim', () => {
  test('different adjectives rank on different scales', () => {
    const claims = rankingClaims(articles(
      ['The turnout was the highest in decades, officials in the capital said.'],
      ['The crowd was the largest in decades, organisers in the capital said.'],
    ));
    expect(claims).toEqual([]);
  });

  test('a long span of comparison and a short one are different claims', () => {
    const claims = rankingClaims(articles(
      ['Organisers said it was the biggest rally in decades in the capital.'],
      ['Police said it was the biggest rally this year in the capital.'],
    ));
    expect(claims).toEqual([]);
  });

  test('two different things ranked are different claims', () => {
    const annotated = storyAt(corpusOf(articles(
      ['The company is one of the largest employers in the province, its filings show.'],
      ['The fire was one of the largest blazes in the province in decades, the brigade said.'],
    ), { stories: [story] }), 'annotate');
    const [a, b] = rankings(annotated.ctx.lang, annotated, annotated.units.map(() => true));
    expect(a && b && rankingLikeness(annotated.ctx.lang, a, b)).toBe(0);
  });

  test('a noun left unsaid ranks the event: it does not meet a ranking of an employer or of a result', () => {
    // "the worst in the valley's modern history" ranks the flood of 1998 (no copula names it); the
    // other sentence ranks a company among employers, and the third a party's result.
    const claims = rankingClaims(articles(
      ['The river rose above the level of the 1998 flood, which until now was the worst in the valley’s modern history.'],
      ['Harwick Steel, one of the valley’s largest employers, halted production after its site was flooded.'],
      ['Turnout of 61 percent was the lowest in two decades, the commission said.'],
      ['The Greens fell to nine seats, their lowest result since 1990.'],
    ));
    expect(claims).toEqual([]);
  });

  test('a noun left unsaid with a copula ranks its subject, which meets the same noun', () => {
    const claims = rankingClaims(articles(
      ['The outbreak is the worst since 2009, when 300 people died.'],
      ['Six weeks on, the province faces its worst measles outbreak in fifteen years.'],
    ));
    expect(claims).toHaveLength(1);
    expect(claims[0]?.statement).toBe('How the reports rank the outbreak: the worst since 2009 (Outlet 1); its worst measles outbreak in fifteen years (Outlet 2).');
  });

  test('"worst" and "best" are opposites, not one ranking', () => {
    const claims = rankingClaims(articles(
      ['Analysts said it was the worst quarter in a decade for the airline.'],
      ['Analysts said it was the best quarter in a decade for the airline.'],
    ));
    expect(claims).toEqual([]);
  });
});

test('a ranking that is the whole of one claim is not listed twice, and its words alone make no claim of the rest of the sentences', () => {
  const specs = articles(
    ['Dockers at Northport walked out on Monday over pay.', 'Northport, where dockers earn less than half the national wage, is one of the largest container ports of the Baltic region.'],
    // Written apart, not one copy edited (near-duplicates.ts): the same facts in another order.
    ['Northport dockers stopped work on Monday in a dispute over pay.', 'Northport, one of the largest container ports of the Baltic region, pays its dock workers less than half of the national wage.'],
  );
  const claims = analyze(corpusOf(specs, { stories: [story] })).claims.filter((c) => c.evidence.length > 1);
  const holding = claims.filter((c) => c.evidence.some((e) => e.text.includes('largest')));
  expect(holding).toHaveLength(1);
  // The ranking's words do not count toward matching the rest ("where dockers earn less than half
  // the national wage"), which two articles alone do not share rarely enough to be one claim.
  expect(holding[0]?.statement).toBe('How the reports rank the port: one of the largest container ports of the Baltic region (Outlet 1, Outlet 2).');
});

test('a ranked thing a name “has” is named as that name’s; with two owners, as neither’s', () => {
  const ranked = (second: string) =>
    rankingClaims(
      articles(
        ['A passenger train derailed near Northport on Friday.', 'India has one of the world’s largest rail networks, used by millions every day.'],
        ['The derailment near Northport killed dozens on Friday.', second],
      ),
    );
  expect(ranked('India has one of the largest rail networks in the world, and much of it is old.')[0]?.statement).toMatch(/^How the reports rank India's network: /);
  expect(ranked('Chile has one of the largest rail networks in the world, and much of it is old.')[0]?.statement).toMatch(/^How the reports rank the network: /);
});

test('superlatives come from WordNet: irregular forms, regular endings, synonyms meet, and nouns are not superlatives', async () => {
  const { english } = await import('../../../../src/engine/language/index.ts');
  const lang = english();
  expect([lang.superlative('worst'), lang.superlative('deadliest'), lang.superlative('biggest'), lang.superlative('largest')]).toEqual(['bad', 'deadly', 'large', 'large']);
  expect([lang.superlative('protest'), lang.superlative('latest'), lang.superlative('interest')]).toEqual([null, null, null]);
});

test('sentences that share a ranking of the event and a vague word are not one claim of what else they say', () => {
  const specs = articles(
    ['Hundreds of others were trapped inside more than a dozen mangled rail cars overnight in one of the country’s deadliest train crashes in two decades.'],
    ['Pakistan on Saturday expressed condolences to hundreds of families who lost loved ones in one of the country’s deadliest train crashes in two decades.'],
  );
  const claims = analyze(corpusOf(specs, { stories: [story] })).claims;
  const trapped = claims.filter((c) => c.evidence.some((e) => e.text.includes('trapped')));
  // Only the ranking joins them; no claim says both outlets report people trapped.
  expect(trapped.filter((c) => c.evidence.some((e) => e.text.includes('condolences')))).toEqual(trapped.filter((c) => c.statement.startsWith('How the reports rank')));
  expect(trapped.some((c) => c.statement.startsWith('Hundreds of others were trapped') && c.evidence.length > 1)).toBe(false);
});
