/**
 * Quantities in frames: a number belongs to what it measures — the thing counted, what happened to
 * it, whose it is, and where and when. Only numbers of one frame form one claim and can conflict.
 * Each story below is written so that the frame of every number can be read off the sentence.
 */
import { describe, expect, test } from 'vitest';
import type { MatchGroup, MatchedStory } from '../../../../src/engine/contracts.ts';
import { storyStats } from '../../../../src/engine/04-match/features.ts';
import { attributesCountedApart, frameSimilarity, mentions, placesCountedApart, type Mention } from '../../../../src/engine/04-match/frames.ts';
import { inCommonUnit } from '../../../../src/engine/03-annotate/quantities.ts';
import type { StoryInput } from '../../../../src/engine/types.ts';
import { analyze, corpusOf, storyAt, type ArticleSpec } from '../support/corpus.ts';
import { claimWith, show, unitWith } from '../support/find.ts';

const story = (date: string): StoryInput => ({ id: 'test-story', title: 'Test story', date, summary: '' });

/** Articles from lists of paragraphs, one outlet each. */
function articles(...bodies: string[][]): ArticleSpec[] {
  return bodies.map((body, n) => ({ id: `article-${n + 1}`, outlet: `outlet-${n + 1}`, body }));
}

/** The story's number mentions with their frames, as frameGroups reads them, and their similarity. */
function framesOf(specs: ArticleSpec[], date = '2030-03-02') {
  const annotated = storyAt(corpusOf(specs, { stories: [story(date)] }), 'annotate');
  const stats = storyStats(annotated);
  const raw = mentions(annotated.ctx.lang, annotated, stats, annotated.units.map(() => true), annotated.ctx.config.quantities.window);
  const byText = (list: Mention[]) => (surface: string): Mention => {
    const found = list.find((m) => m.quantity.surface === surface);
    if (!found) throw new Error(`no number "${surface}" (have ${list.map((m) => m.quantity.surface).join(', ')})`);
    return found;
  };
  const scoped = attributesCountedApart(annotated.ctx.lang, placesCountedApart(raw.map((m) => ({ ...m, label: { ...m.label } })), annotated.entities, annotated.ctx.lang.lexicon));
  return {
    raw: byText(raw),
    mention: byText(scoped),
    similarity: (a: string, b: string): number => frameSimilarity(byText(scoped)(a), byText(scoped)(b)),
    threshold: annotated.ctx.config.quantities.frameThreshold,
  };
}

/** The quantity groups of a matched story, as the sentences (by a fragment) they hold. */
function quantityGroups(matched: MatchedStory): MatchGroup[] {
  return matched.groups.filter((g) => g.origin === 'quantity');
}

function matchedOf(specs: ArticleSpec[], date = '2030-03-02'): MatchedStory {
  return storyAt(corpusOf(specs, { stories: [story(date)] }), 'match');
}

/** The quantity group that holds the unit whose text contains `fragment`. */
function groupWith(matched: MatchedStory, fragment: string): MatchGroup | undefined {
  const unit = unitWith(matched, fragment);
  return quantityGroups(matched).find((g) => g.members.includes(unit.i));
}

describe('the same thing measured in different articles is one frame', () => {
  const specs = articles(
    ['The four-hour meeting in Riyadh ended without a deal on Tuesday.'],
    ['The 4.5-hour meeting in Riyadh ended without a breakthrough, officials said.'],
    ['The more than four-hour meeting in Riyadh ended without a joint statement.'],
  );

  test('all three lengths of the meeting are one quantity claim', () => {
    const matched = matchedOf(specs, '2025-02-18');
    const group = groupWith(matched, 'four-hour meeting in Riyadh ended without a deal');
    expect(group?.members.map((m) => matched.units[m]?.article)).toEqual(['article-1', 'article-2', 'article-3']);
    expect(group?.frame).toMatchObject({ unit: 'hour', scope: null, owner: null });
  });

  test('its statement names what was measured and gives each value with its outlet', () => {
    const claim = claimWith(analyze(corpusOf(specs, { stories: [story('2025-02-18')] })), 'four-hour meeting in Riyadh ended without a deal', '4.5-hour');
    expect(claim?.kind, show(claim)).toBe('quantity');
    expect(claim?.statement).toBe('How long the meeting lasted: four hours (Outlet 1); 4.5 hours (Outlet 2); more than four hours (Outlet 3).');
  });
});

describe('a vague figure beside a precise one is the quantity claim\'s to weigh, however alike the words', () => {
  test.each([
    ['About 900 people were injured in the bomb blast at the central market of Kestrel on Sunday, police said.', 'Hundreds of people were injured when a bomb exploded in Kestrel’s central market on Sunday, according to police.', 'hundreds of people'],
    ['Some 900 passengers were evacuated from the burning ferry Stella Maris off Vardo on Sunday night.', 'Coast guards evacuated hundreds of passengers from the burning Stella Maris ferry near Vardo late on Sunday.', 'hundreds of passengers'],
  ])('"%s" is not corroborated by "%s"', (precise, vague, value) => {
    const claim = claimWith(
      analyze(corpusOf(articles([precise, 'The market was closed for the day.'], [vague, 'Rescuers searched the rubble for hours.'], ['The mayor visited the hospital on Monday.']), { stories: [story('2030-03-02')] })),
      precise.slice(0, 30),
    );
    expect(claim?.kind, show(claim)).toBe('quantity');
    expect(claim?.verdict).toBe('single-source');
    expect(claim?.explanation).toBe(`Only Outlet 1 gives a precise figure; Outlet 2 says ${value}, which is too vague to confirm it.`);
  });
});

describe('what happened to a count decides between counts of one kind', () => {
  const specs = articles(
    ['The crash near the station killed 288 passengers and injured 900 passengers on Friday evening.'],
    ['Officials said 290 passengers died in the crash near the station on Friday evening.'],
    ['Officials said about 1,000 passengers were injured in the crash near the station on Friday evening.'],
  );

  test('the verb before a number is what happened to it: "killed 288", "injured 900"', () => {
    const frames = framesOf(specs);
    expect(frames.raw('288 passengers').label.predicate).toBe('killed');
    expect(frames.raw('900 passengers').label.predicate).toBe('injured');
    expect(frames.raw('290 passengers').label.predicate).toBe('who died'); // a verb with no object takes "who"
    expect(frames.raw('about 1,000 passengers').label.predicate).toBe('injured');
  });

  test('at equal distance the word after the number wins: "left 288 people dead"', () => {
    const frames = framesOf(articles(['The accident on Friday night left 288 people dead and 1,100 people injured.']));
    expect(frames.raw('288 people').label.predicate).toBe('dead');
    expect(frames.raw('1,100 people').label.predicate).toBe('injured');
  });

  test('"killed" and "died" are one event (one derivational family); "injured" another', () => {
    const frames = framesOf(specs);
    expect(frames.raw('288 passengers').event).toBe(frames.raw('290 passengers').event);
    expect(frames.raw('900 passengers').event).toBe(frames.raw('about 1,000 passengers').event);
    expect(frames.raw('288 passengers').event).not.toBe(frames.raw('900 passengers').event);
  });

  test('numbers of two different events (the dead, the injured) are never one frame', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('290 passengers', 'about 1,000 passengers')).toBe(0);
    expect(frames.similarity('288 passengers', '290 passengers')).toBeGreaterThanOrEqual(frames.threshold);
    expect(frames.similarity('900 passengers', 'about 1,000 passengers')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('the dead are grouped with the dead, the injured with the injured', () => {
    const matched = matchedOf(specs);
    const dead = groupWith(matched, '290 passengers died');
    const injured = groupWith(matched, 'about 1,000 passengers');
    expect(dead).toBeDefined();
    expect(injured).toBeDefined();
    expect(dead).not.toBe(injured);
    const killedUnit = unitWith(matched, 'killed 288').i;
    expect(dead?.members).toContain(killedUnit);
    expect(injured?.members).toContain(killedUnit);
    expect(dead?.quantities.get(killedUnit)?.value).toBe(288);
    expect(injured?.quantities.get(killedUnit)?.value).toBe(900);
    expect(dead?.frame?.label.predicate).toBe('killed');
  });
});

describe('a number of another time is scoped apart', () => {
  const specs = articles(
    ['At least 288 people were killed in the train crash near Balasore on Friday.', 'In 1981, more than 800 people were killed when a train fell into a river in Bihar.'],
    ['The train crash near Balasore killed 275 people, officials said on Saturday.'],
    ['The worst crash in India came in 1981, when about 800 people were killed in Bihar.'],
  );

  test('the year of the sentence scopes its number', () => {
    const frames = framesOf(specs, '2023-06-03');
    expect(frames.mention('more than 800 people').time).toBe('y1981');
    expect(frames.mention('At least 288 people').time).toBeNull();
    expect(frames.similarity('more than 800 people', 'At least 288 people')).toBe(0);
    expect(frames.similarity('more than 800 people', 'about 800 people')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('the 1981 toll is its own claim, never set against this year’s', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2023-06-03')] }));
    const earlier = claimWith(analysis, 'more than 800 people', 'about 800 people');
    const now = claimWith(analysis, 'At least 288 people', '275 people');
    expect(earlier?.kind, show(earlier)).toBe('quantity');
    expect(earlier?.statement).toMatch(/ in an earlier event \(1981\):/);
    expect(earlier?.verdict).toBe('corroborated');
    expect(now?.kind, show(now)).toBe('quantity');
    expect(now?.evidence.some((e) => e.value?.includes('800'))).toBe(false);
    // "At least 288" (288-289) and "275" (274.75-275.25) really differ.
    expect(now?.verdict).toBe('conflicting');
  });

  test('the year the story happens in does not scope anything', () => {
    const frames = framesOf(articles(['In 2023, the crash near Balasore killed 288 people.'], ['The crash near Balasore killed 288 people.']), '2023-06-03');
    expect(frames.mention('288 people').time).toBeNull();
  });
});

describe('a place scopes a number only where the story counts that place apart', () => {
  const specs = articles(
    ['The CGT union said 3.5 million people marched across the country and 700,000 people marched in Paris on Tuesday.'],
    ['The CGT union said 700,000 people marched in Paris on Tuesday.', 'Police said 81,000 people marched in Paris on Tuesday.'],
    ['The CGT union said 3.5 million people marched against the reform in France on Tuesday.'],
  );

  test('"3.5 million across the country and 700,000 in Paris" puts Paris apart; France, the setting, stays unscoped', () => {
    const frames = framesOf(specs, '2023-03-07');
    expect(frames.raw('700,000 people').place).toBe('paris');
    expect(frames.mention('700,000 people').place).toBe('paris');
    expect(frames.mention('3.5 million people').place).toBeNull();
    expect(frames.similarity('3.5 million people', '700,000 people')).toBe(0);
  });

  test('Paris counts form one claim, national counts another', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2023-03-07')] }));
    const paris = claimWith(analysis, 'Police said 81,000 people');
    const national = claimWith(analysis, 'marched against the reform in France');
    expect(paris?.statement, show(paris)).toMatch(/ in Paris:/);
    expect(paris?.evidence.map((e) => e.value)).toEqual(['700,000 people', '700,000 people', '81,000 people']);
    expect(paris?.verdict).toBe('conflicting');
    expect(national?.evidence.map((e) => e.value), show(national)).toEqual(['3.5 million people', '3.5 million people']);
    expect(national?.verdict).toBe('corroborated');
  });

  test('without a sentence that counts a place apart, a place narrows nothing', () => {
    const frames = framesOf(
      articles(['Police said 81,000 people marched in Paris on Tuesday.'], ['Police said 81,000 people marched on Tuesday.']),
      '2023-03-07',
    );
    expect(frames.raw('81,000 people').place).toBe('paris');
    expect(frames.mention('81,000 people').place).toBeNull();
  });
});

describe('a count for a whole area makes a count for one place in it a part, not a rival', () => {
  test('"3.5 million nationwide" and "700,000 in Paris", in two reports: Paris is counted apart', () => {
    const frames = framesOf(
      articles(['Some 3.5 million people marched nationwide on Tuesday, the union said.'], ['Some 700,000 people marched in Paris on Tuesday, the union said.']),
      '2023-03-07',
    );
    expect(frames.mention('Some 3.5 million people')).toMatchObject({ area: 'nation', place: null });
    expect(frames.mention('Some 700,000 people').place).toBe('paris');
    expect(frames.similarity('Some 3.5 million people', 'Some 700,000 people')).toBe(0);
  });

  test('a country is part of the world, not of "the country": "worldwide" sets the United States apart, "nationwide" leaves France unscoped', () => {
    const world = framesOf(
      articles(['More than 3,000 flights were cancelled worldwide on Friday.'], ['More than 1,200 flights were cancelled in the United States on Friday.']),
      '2024-07-19',
    );
    expect(world.mention('More than 1,200 flights').place).not.toBeNull();
    expect(world.similarity('More than 3,000 flights', 'More than 1,200 flights')).toBe(0);
    const nation = framesOf(
      articles(['Some 3.5 million people marched nationwide on Tuesday.'], ['About 3.5 million people marched in France on Tuesday.']),
      '2023-03-07',
    );
    expect(nation.mention('About 3.5 million people').place).toBeNull();
    expect(nation.similarity('Some 3.5 million people', 'About 3.5 million people')).toBeGreaterThan(0);
  });

  test('"killed across Gaza" is the total that "killed in Gaza City" is part of; a count with no place agrees with the total', () => {
    const analysis = analyze(corpusOf(articles(
      ['At least 40 people were killed in Gaza City on Tuesday, health officials said.'],
      ['At least 100 people were killed across Gaza on Tuesday, health officials said.'],
      ['At least 100 people were killed on Tuesday, health officials said.'],
    ), { stories: [story('2030-03-02')] }));
    const total = claimWith(analysis, 'killed across Gaza');
    expect(total?.evidence.map((e) => e.value), show(total)).toEqual(['at least 100 people', 'at least 100 people']);
    expect(total?.verdict).toBe('corroborated');
    expect(analysis.claims.some((c) => c.evidence.some((e) => e.value === 'at least 40 people') && c.verdict === 'conflicting')).toBe(false);
  });
});

describe('the same words of two towns or two countries are two places’ numbers', () => {
  test('"the Osaka film festival … with 7 premieres" and "the Tunis film festival … with 16 premieres" are never one frame', () => {
    const frames = framesOf(articles(['The Osaka film festival begins next week with 7 premieres.'], ['The Tunis film festival opens next week with 16 premieres.']));
    expect(frames.mention('7 premieres').named).toEqual({ place: 'osaka', rank: 'town' });
    expect(frames.similarity('7 premieres', '16 premieres')).toBe(0);
  });

  test('a known town against an unknown proper noun, whatever the figures: "up to 18 degrees in Genoa" / "up to 30 degrees in Split"', () => {
    const frames = framesOf(articles(['Forecasters expect temperatures of up to 18 degrees in Genoa this weekend.'], ['The weather service expects temperatures of up to 30 degrees in Split this weekend.']));
    expect(frames.similarity('up to 18 degrees', 'up to 30 degrees')).toBe(0);
  });

  test('other words of two towns leave the numbers to their frames: the story’s setting named two ways', () => {
    const frames = framesOf(articles(['About 900 people were injured in the crash near Balasore on Friday.'], ['Officials in Bhubaneswar said about 900 people were injured when the two trains collided.']));
    expect(frames.mention('About 900 people').named?.rank).toBe('town');
    expect(frames.mention('about 900 people').named?.rank).toBe('town');
    expect(frames.similarity('About 900 people', 'about 900 people')).toBeGreaterThan(0);
  });
});

describe('shares of two things a report tells apart are two frames', () => {
  const apart = articles(
    ['Inflation in the eurozone rose to 5.2 percent in March, official data showed.', 'Unemployment in the eurozone stood at 6.5 percent.'],
    ['Unemployment in the eurozone rose to 6.5 percent in March, official data showed.'],
    ['Inflation in the eurozone rose to 5.4 percent in March, official data showed.'],
  );

  test('inflation and unemployment, told apart by the first report, are never set against each other', () => {
    const analysis = analyze(corpusOf(apart, { stories: [story('2030-04-01')] }));
    const unemployment = claimWith(analysis, 'Unemployment in the eurozone rose');
    const inflation = claimWith(analysis, 'Inflation in the eurozone rose to 5.4');
    expect(unemployment?.evidence.map((e) => e.value), show(unemployment)).toEqual(['6.5 percent', '6.5 percent']);
    expect(unemployment?.verdict).toBe('corroborated');
    // 5.2 (5.175-5.225) and 5.4 (5.375-5.425) really differ.
    expect(inflation?.evidence.map((e) => e.value), show(inflation)).toEqual(['5.2 percent', '5.4 percent']);
    expect(inflation?.verdict).toBe('conflicting');
    // ", official data showed" says who gave the figure, not what happened to it.
    // A heading of one noun ("Inflation: …") says neither what happened nor where: the anchor sentence names the claim.
    expect(inflation?.statement).toBe('Inflation in the eurozone rose to 5.2 percent (Outlet 1) or 5.4 percent (Outlet 3) in March, official data showed.');
  });

  test('nouns no report tells apart are left to their wording; a figure noun tells nothing apart', () => {
    const frames = framesOf(articles(
      ['The offer is a premium of 13% to the share price, the company said.', 'The estimate is now 20%.'],
      ['The price is 13% above the share price, the company said.'],
    ));
    expect(frames.mention('13%').measuredApart).toBe(false);
    expect(frames.mention('20%').measuredApart).toBe(false);
  });
});

describe('a number that rose and one that fell are two moves', () => {
  test('"rose 5 percent" and "fell 5 percent" are never one frame, whatever else they share', () => {
    const frames = framesOf(articles(['Shares in the airline rose 5 percent on Tuesday after the announcement.'], ['Shares in the airline fell 5.0 percent on Tuesday after the announcement.']));
    expect(frames.mention('5 percent')).toMatchObject({ motion: 'rise' });
    expect(frames.mention('5.0 percent')).toMatchObject({ motion: 'fall' });
    expect(frames.similarity('5 percent', '5.0 percent')).toBe(0);
  });

  test('any word of moving up or down in the clause before a number that is the move says which way; a verb without opposites says none', () => {
    const frames = framesOf(articles(
      ['Shares in the airline jumped 5 percent on Tuesday.', 'The central bank cut its key rate by a quarter of a percentage point.'],
      ['Prices increased by 3 percent in March.', 'Shares in the railway slumped as much as 7 percent.'],
      ['Inflation reached 5.0 percent in March.'],
    ));
    expect(frames.mention('5 percent').motion).toBe('rise');
    expect(frames.mention('3 percent').motion).toBe('rise');
    expect(frames.mention('as much as 7 percent').motion).toBe('fall');
    expect(frames.mention('5.0 percent').motion).toBeNull();
  });

  test('a number after "to" is the level reached, which reports of moves either way may agree on: "rose to 288", "revised down to 275"', () => {
    const frames = framesOf(articles(['The death toll rose to 288 on Saturday.'], ['The death toll was revised down to 275 on Sunday.']));
    expect(frames.mention('288').motion).toBeNull();
    expect(frames.mention('275').motion).toBeNull();
  });

  test('"won" and "lost" are two moves too: the opposite of a word of moving down moves up', () => {
    const frames = framesOf(articles(['The party won 52 seats in the vote.'], ['The party lost 12 seats in the vote.']));
    // "lost" is a word of moving down; "won", its opposite, moves up.
    expect(frames.mention('52 seats').motion).toBe('rise');
    expect(frames.mention('12 seats').motion).toBe('fall');
    expect(frames.similarity('52 seats', '12 seats')).toBe(0);
  });
});

describe('"out of" or "into" a place counts what left or entered it, not all that happened there', () => {
  test('"600 flights out of the United States" is another count from "1,250 flights in the United States"; "within, into, or out of" is the whole', () => {
    const frames = framesOf(
      articles(
        ['More than 1,250 flights were cancelled in the United States by 9 AM on Friday.'],
        ['About 4,000 flights were cancelled worldwide on Friday, including 600 flights out of the United States.'],
        ['More than 1,400 flights were cancelled within, into, or out of the United States on Friday.'],
      ),
    );
    expect(frames.raw('600 flights').place).toBe('united-states>out of');
    expect(frames.raw('600 flights').label.scope).toBe('out of United States');
    expect(frames.raw('More than 1,400 flights').place).toBe('united-states');
    expect(frames.similarity('600 flights', 'More than 1,250 flights')).toBe(0);
    expect(frames.similarity('More than 1,400 flights', 'More than 1,250 flights')).toBeGreaterThan(0);
  });
});

describe('a sentence that refers back takes the place of the one before', () => {
  test('"The union said the number was 700,000 people" after a sentence about Paris is about Paris', () => {
    const frames = framesOf(
      articles(['Police said 81,000 people marched in Paris on Tuesday. The union said the number was 700,000 people.'], ['The union said 700,000 people marched on Tuesday.']),
      '2023-03-07',
    );
    expect(frames.raw('81,000 people').place).toBe('paris');
    expect(frames.raw('the number was 700,000 people'.slice(15)).place).toBe('paris');
  });
});

describe('a clause joined by "and" shares the setting of the clause before it', () => {
  test('"…at the Paris rally, and police said 22 people had been arrested": the arrests are in Paris; a clause of its own after "while" is not', () => {
    const frames = framesOf(
      articles(
        ['There were some scuffles at the edge of the rally in Paris, and police said 22 people had been arrested.'],
        ['Thousands marched through Paris on Tuesday, while police across the country said 40 people had been arrested.'],
      ),
      '2023-03-07',
    );
    expect(frames.raw('22 people').place).toBe('paris');
    expect(frames.raw('40 people').place).toBeNull();
  });
});

describe('a share belongs to its owner', () => {
  const specs = articles(
    ['Erdogan gained 49.51% of the vote against Kılıçdaroğlu’s 44.88%.'],
    ['Recep Tayyip Erdogan gained 49.51 percent of the vote while Kemal Kilicdaroglu gained 44.88 percent.'],
    ['Kilicdaroglu gained 45 percent of the vote, the electoral board said.'],
  );

  test('the owner is the person before the number: "Kılıçdaroğlu’s 44.88%", "Erdogan gained 49.51%"', () => {
    const frames = framesOf(specs, '2023-05-15');
    expect(frames.mention('44.88%').owner).toBe(frames.mention('44.88 percent').owner);
    expect(frames.mention('44.88%').owner).toBe(frames.mention('45 percent').owner);
    expect(frames.mention('49.51%').owner).toBe(frames.mention('49.51 percent').owner);
    expect(frames.mention('49.51%').owner).not.toBe(frames.mention('44.88%').owner);
    expect(frames.similarity('49.51%', '44.88 percent')).toBe(0);
  });

  test('each candidate’s share is a claim of its own; 45 percent (44.75-45.25) agrees with 44.88', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2023-05-15')] }));
    const rival = claimWith(analysis, 'Kilicdaroglu gained 45 percent');
    expect(rival?.statement, show(rival)).toMatch(/^Kemal Kilicdaroglu's share: /);
    expect(rival?.evidence.map((e) => e.article)).toEqual(['article-1', 'article-2', 'article-3']);
    expect(rival?.verdict).toBe('corroborated');
    const president = claimWith(analysis, 'Erdogan gained 49.51%', 'Erdogan gained 49.51 percent');
    expect(president?.statement, show(president)).toMatch(/^Recep Tayyip Erdogan's share of the vote: /);
    expect(president?.evidence.some((e) => e.article === 'article-3')).toBe(false);
  });
});

describe('a heading says "who" only for a verb with no object that the count is the subject of', () => {
  const specs = articles(
    ['Organisers said 40,000 people marched through Lyon on Saturday against the closures.'],
    ['Officials said 1,200 residents were evacuated from the valley on Saturday.'],
    ['The storm left 12 people dead in the valley on Saturday.'],
  );

  test.each([
    ['40,000 people', 'who marched'],
    ['1,200 residents', 'evacuated'],
  ])('%s: "%s"', (surface, predicate) => {
    expect(framesOf(specs).raw(surface).label.predicate).toBe(predicate);
  });

  test('a verb before the number had the count as its object: no "who left"', () => {
    expect(framesOf(specs).raw('12 people').label.predicate ?? '').not.toMatch(/^who /);
  });
});

describe('deaths told as a state, a tally or an idiom are one event with "died" and "killed"', () => {
  const specs = articles(
    ['The ferry sinking off the coast left at least 140 people dead on Sunday, officials said.'],
    ['The death toll from the ferry sinking off the coast rose to more than 120 people on Sunday.'],
    ['At least 140 people lost their lives in the ferry sinking off the coast on Sunday.'],
    ['The ferry sinking off the coast on Sunday killed 140 people and injured 60 people.'],
  );

  test.each(['at least 140 people', 'more than 120 people', 'At least 140 people', '140 people'])('"%s" counts deaths', (surface) => {
    const frames = framesOf(specs);
    expect(frames.mention(surface).event).toBe(frames.mention('140 people').event);
  });

  test('the injured stay another count', () => {
    const frames = framesOf(specs);
    expect(frames.mention('60 people').event).not.toBe(frames.mention('140 people').event);
    expect(frames.similarity('60 people', 'at least 140 people')).toBe(0);
  });
});

describe('the hurt and the wounded are the injured', () => {
  const specs = articles(
    ['Five members of the assembly were hurt in the brawl on Tuesday night.'],
    ['Three members of the assembly were injured in the brawl on Tuesday night.'],
    ['Four members of the assembly were wounded in the brawl on Tuesday night.'],
    ['Two members of the assembly were arrested after the brawl on Tuesday night.'],
  );

  test.each(['Five members', 'Four members'])('"%s were hurt / wounded" counts the injured', (surface) => {
    const frames = framesOf(specs);
    expect(frames.mention(surface).event).toBe(frames.mention('Three members').event);
    expect(frames.similarity(surface, 'Three members')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('the arrested stay another count, and the three readings of the injured conflict', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('Two members', 'Three members')).toBe(0);
    const claim = claimWith(analyze(corpusOf(specs, { stories: [story('2030-03-02')] })), 'were hurt in the brawl');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.evidence.map((e) => e.article).sort()).toEqual(['article-1', 'article-2', 'article-3']);
  });
});

describe('a count is one kind whether its noun follows the number or stands before it', () => {
  const specs = articles(
    ['By 8am some 410 ferries were cancelled across the region, including 120 ferries out of the capital.'],
    ['By noon the number of ferries cancelled had grown to more than 600, including 200 out of the capital.'],
  );

  test('"410 ferries were cancelled" and "the number of ferries cancelled … 600" are one frame', () => {
    const frames = framesOf(specs);
    expect(frames.mention('more than 600').unitClass).toBe(frames.mention('some 410 ferries').unitClass);
    expect(frames.similarity('more than 600', 'some 410 ferries')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('"including" says nothing happened to a count: the event is the cancelling', () => {
    const frames = framesOf(specs);
    expect(frames.mention('more than 600').event).toBe(frames.mention('some 410 ferries').event);
  });
});

describe('a distance is measured from the place its "of" or "from" names', () => {
  const specs = articles(
    ['The landslide struck about 80 kilometres (50 miles) north of Lisbon on Friday night, as rescuers dug through the mud.'],
    ['The disaster, which happened about 80 kilometres north of Lisbon on Friday, buried a dozen houses.'],
    ['The village lies about 95 km north of Lisbon and 40 km south of Vale Escuro, officials said.'],
  );

  test('distances from one place are one frame whatever happened near them; a place the story does not know is its own', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('about 80 kilometres', 'about 95 km')).toBe(1);
    expect(frames.similarity('about 80 kilometres', '40 km')).toBe(0);
    expect(frames.mention('40 km').place).not.toBe(frames.mention('about 95 km').place);
  });
});

describe('who reports a figure is not whose it is, and when it was reported is not when it held', () => {
  const specs = articles(
    ['Marsh said the recall would cost about 200 million euros, as the weekly had earlier reported.'],
    ['The recall is expected to cost around 200 million euros, people familiar with the matter said.'],
    ['The previous recall cost 90 million euros.'],
  );

  test('"Marsh said the recall would cost ..." gives the amount no owner; "had earlier reported" gives it no earlier time', () => {
    const frames = framesOf(specs, '2030-03-02');
    expect(frames.raw('about 200 million euros').owner).toBeNull();
    expect(frames.raw('about 200 million euros').time).toBeNull();
    expect(frames.raw('around 200 million euros').owner).toBeNull();
  });

  test('"the previous recall cost 90 million" is still an earlier figure', () => {
    expect(framesOf(specs, '2030-03-02').raw('90 million euros').time).toBe('earlier');
  });
});

describe('where an event took place does not change how long it lasted', () => {
  test('a duration takes no place; a count next to the same place does', () => {
    const frames = framesOf(articles(['The meeting in Riyadh lasted four hours, and 300 delegates in Riyadh attended.'], ['The meeting lasted 4.5 hours.']), '2025-02-18');
    expect(frames.raw('four hours').place).toBeNull();
    expect(frames.raw('300 delegates').place).toBe('riyadh');
  });
});

describe('frame similarity', () => {
  test('different unit classes never meet', () => {
    const frames = framesOf(articles(['The meeting lasted four hours in the capital.'], ['The ministers agreed on four principles in the capital.']));
    expect(frames.similarity('four hours', 'four principles')).toBe(0);
  });

  test('two numbers of one sentence are never one frame', () => {
    const frames = framesOf(articles(['The crash killed 288 passengers and injured 900 passengers.']));
    expect(frames.similarity('288 passengers', '900 passengers')).toBe(0);
  });
});

describe('a participle after another noun modifies that noun, once the number has its verb', () => {
  test('"2,000 people are thought to have been on board the trains involved": nothing happened to the people', () => {
    const frames = framesOf(articles(
      ['Around 2,000 people are thought to have been on board the two ferries involved.', 'Ten to 12 cabins of one ferry flooded, the coastguard said.'],
    ));
    expect(frames.raw('Around 2,000 people').event).toBeNull();
    expect(frames.raw('Ten to 12 cabins').label.predicate).toBe('flooded');
  });
});

describe('a place is counted apart only against a figure of the same kind and owner', () => {
  test('three candidates’ shares, one beside a country’s election board, keep no place', () => {
    const { mention } = framesOf(
      articles(
        ['“Ana Petrova has 49.5 percent, Ivan Sokol has 44.9 percent, Mr. Lev Orlov has 5.2 percent,” said the head of Chile’s election board.'],
        ['Lev Orlov, a nationalist, picked up 5.1% of the vote.'],
      ),
    );
    expect(mention('5.2 percent').owner).not.toBeNull();
    expect(mention('5.2 percent').place).toBeNull();
  });

  test('one count for the country and one for a city keep the city', () => {
    const { mention } = framesOf(articles(['Unions said 3.5 million people marched across the country and 700,000 people in Paris.'], ['Police said 93,000 people marched in Paris.']));
    expect(mention('700,000 people').place).not.toBeNull();
  });
});

describe('an owner’s own share is one attribute whatever verb says how it was had', () => {
  test('gained and scored are one frame; a verb of a direction (increased) is a change, not a share had', () => {
    const { similarity, threshold } = framesOf(
      articles(
        ['In the presidential election, Ana Petrova gained 48.2 percent of the votes cast on Sunday.'],
        ['In the presidential election, Ana Petrova scored 48.9% of the votes cast on Sunday.'],
        ['In the presidential election, Ana Petrova increased her share by 3.1 percent on Sunday.'],
      ),
    );
    expect(similarity('48.2 percent', '48.9%')).toBeGreaterThanOrEqual(threshold);
    expect(similarity('48.2 percent', '3.1 percent')).toBe(0);
    expect(similarity('48.9%', '3.1 percent')).toBe(0);
  });

  test('a verb before the owner belongs to another clause: projections showed, the owner was ahead with the share', () => {
    const { mention } = framesOf(articles(['Early projections showed Ana Petrova was ahead with 50.8 percent of the votes.'], ['Ana Petrova received 49.7 percent of the votes.']));
    expect(mention('50.8 percent').owner).not.toBeNull();
    expect(mention('50.8 percent').event).toBeNull();
    expect(mention('49.7 percent').event).not.toBeNull();
  });
});

describe('what of its owner’s a percentage measures', () => {
  test('the possessed noun ends at the verb, and a verb in the past says it moved', () => {
    const { mention } = framesOf(
      articles(
        ['Northwind Systems’ shares fell 20% on Friday after the outage.'],
        ['Northwind Systems’ share price slumped 9% on Friday.'],
        ['Northwind Systems’ market share is 4% in Europe.'],
      ),
    );
    expect(mention('20%').label.possessed).toEqual({ noun: 'shares', change: true, direction: 'fall' });
    expect(mention('9%').label.possessed).toEqual({ noun: 'share price', change: true, direction: 'fall' });
    expect(mention('4%').label.possessed).toEqual({ noun: 'market share', change: false });
  });
});

describe('a count compounded into a modifier', () => {
  test('measures its head noun: the verbs around say nothing of what happened to the things counted', () => {
    const { mention } = framesOf(
      articles(
        ['Families who lost their loved ones in the three-train collision in Odisha gathered on Saturday.'],
        ['The three-train crash was caused by a signal failure, officials said.'],
      ),
    );
    expect(mention('three-train').measures).not.toBeNull();
    expect(mention('three-train').event).toBeNull();
  });
});

describe('a move and its direction', () => {
  test('a share that fell and one that rose are two frames; two falls are one', () => {
    const { similarity, threshold, mention } = framesOf(
      articles(
        ['Northwind Systems’ shares fell 20% on Friday after the outage hit its customers.'],
        ['Northwind Systems’ shares were down 12% on Friday after the outage hit its customers.'],
        ['Northwind Systems’ shares rose 5% on Friday after the outage hit its customers.'],
      ),
    );
    expect(mention('5%').label.possessed?.direction).toBe('rise');
    expect(similarity('20%', '12%')).toBeGreaterThanOrEqual(threshold);
    expect(similarity('20%', '5%')).toBe(0);
  });
});

describe('idioms of lives taken', () => {
  test('"claimed the lives of over 750 people" counts people who died, one frame with "killing 800"', () => {
    const { mention, similarity, threshold } = framesOf(
      articles(
        ['The worst disaster came in 1981, when a train fell from a bridge in Bihar, killing between 800 and 1,000 people.'],
        ['The worst disaster came in 1981, when a train fell into a river in Bihar. The accident claimed the lives of over 750 people.'],
      ),
    );
    expect(mention('over 750 people').event).toBe(mention('between 800 and 1,000 people').event);
    expect(similarity('between 800 and 1,000 people', 'over 750 people')).toBeGreaterThanOrEqual(threshold);
  });
});

describe('a part of a count after "including" counts the same things, in its own place', () => {
  const specs = articles(
    ['More than 2,000 flights were canceled in the U.S. before 9:00 AM on Friday.', 'As of 9:00 AM, the number of flights canceled had grown to more than 2,160 worldwide, including more than 1,250 within, into, or out of the U.S.'],
    ['Airlines canceled more than 2,160 flights worldwide by 9:00 AM on Friday.'],
  );

  test('"including more than 1,250 within … the U.S." is a count of canceled flights in the U.S., not a second worldwide figure', () => {
    const frames = framesOf(specs, '2030-03-02');
    const part = frames.mention('more than 1,250');
    expect(part.unitClass).toBe('flight');
    expect(part.place).toBe('united-states');
    expect(frames.similarity('more than 2,160', 'more than 1,250')).toBe(0);
    expect(frames.similarity('More than 2,000 flights', 'more than 1,250')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('the U.S. figures for 9:00 AM conflict; the worldwide figure is corroborated', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2030-03-02')] }));
    const us = claimWith(analysis, 'More than 2,000 flights were canceled');
    expect(us?.statement, show(us)).toMatch(/in United States:/);
    expect(us?.evidence.map((e) => e.value)).toEqual(['more than 2,000 flights', 'more than 1,250']);
    expect(us?.verdict).toBe('conflicting');
    const world = claimWith(analysis, 'Airlines canceled more than 2,160');
    expect(world?.evidence.map((e) => e.value), show(world)).toEqual(['more than 2,160', 'more than 2,160 flights']);
    expect(world?.verdict).toBe('corroborated');
  });
});

describe('a word that narrows what is counted makes another count', () => {
  test('"64 million eligible voters" and "tens of millions of voters" are two counts; "two passenger trains" and "three trains" too', () => {
    const frames = framesOf(articles(
      ['More than 64 million eligible voters were expected to cast their ballots on Sunday.', 'Two passenger trains collided near the station.'],
      ['Tens of millions of voters were expected to cast their ballots on Sunday.', 'Three trains collided near the station.'],
    ));
    expect(frames.mention('More than 64 million eligible voters').restrictor).toBe('eligible');
    expect(frames.similarity('More than 64 million eligible voters', 'Tens of millions of voters')).toBe(0);
    expect(frames.similarity('Two passenger trains', 'Three trains')).toBe(0);
  });

  test('the same narrowing word on both sides is one count', () => {
    const frames = framesOf(articles(['More than 64 million eligible voters were expected to cast their ballots on Sunday.'], ['About 64 million eligible voters were expected to cast their ballots on Sunday.']));
    expect(frames.similarity('More than 64 million eligible voters', 'About 64 million eligible voters')).toBeGreaterThanOrEqual(frames.threshold);
  });
});

describe('how badly the counted were hurt narrows what is counted', () => {
  test('"Three people are seriously hurt" is a part of "Twenty-seven people were hurt", not a rival reading', () => {
    const specs = articles(
      ['Twenty-seven people were hurt when a fireworks display went wrong on Saturday, police said.', 'Three people are seriously hurt, among them a girl of nine.'],
      ['Thirty-seven people were hurt when a fireworks show went wrong at the festival.'],
    );
    const frames = framesOf(specs);
    expect(frames.mention('Three people').restrictor).toBe('degree: seriously');
    expect(frames.similarity('Twenty-seven people', 'Three people')).toBe(0);
    const matched = matchedOf(specs);
    expect(groupWith(matched, 'Three people are seriously hurt')).toBeUndefined();
    expect(groupWith(matched, 'Thirty-seven people')?.members).toContain(unitWith(matched, 'Twenty-seven people').i);
  });

  test('two counts of the seriously hurt are one frame, and its heading says how badly', () => {
    const claim = claimWith(analyze(corpusOf(articles(['Three people were seriously hurt in the crash, police said.'], ['Four people were seriously hurt in the crash.']), { stories: [story('2030-03-02')] })), 'Three people were seriously hurt');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
    expect(claim?.statement).toMatch(/^Number of people seriously hurt: /);
  });
});

describe('the noun of the people counted names what is counted', () => {
  const specs = articles(
    ['The hard-left union put the number of protesters at 3.5 million on Tuesday.'],
    ['The hardline union put the number of protesters at 3.5 million nationwide on Tuesday.'],
    ['Organisers announced 3.5 million protesters across the country and around 700,000 in the capital.'],
  );

  test('"the number of protesters at 3.5 million" and "3.5 million protesters" are one frame, however their other words differ', () => {
    const frames = framesOf(specs);
    expect(frames.mention('3.5 million protesters').counted).toBe(frames.raw('3.5 million').counted);
    expect(frames.similarity('3.5 million', '3.5 million protesters')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('a report of the same figure in other words joins the claim the others state in theirs', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2030-03-02')] }));
    const claim = claimWith(analysis, 'hard-left union put the number');
    expect(claim?.evidence.map((e) => e.article), show(claim)).toEqual(['article-1', 'article-2', 'article-3']);
    expect(claim?.verdict).toBe('corroborated');
  });
});

describe('"they were N" counts what the count before it counted', () => {
  test('"they were 1.8 million, as reported by the evening paper" counts the marchers of the sentence before, and conflicts with the union’s figure', () => {
    const specs = articles(['On Tuesday 3.5 million demonstrators marched throughout the country, according to the union. According to the ministry, they were 1.8 million, as reported by the evening paper.']);
    const frames = framesOf(specs);
    const ministry = frames.mention('1.8 million');
    expect(ministry.event).toBe(frames.mention('3.5 million demonstrators').event);
    expect(ministry.unitClass).toBe('person');
    const claim = claimWith(analyze(corpusOf(specs, { stories: [story('2030-03-02')] })), 'they were 1.8 million');
    expect(claim?.kind, show(claim)).toBe('quantity');
    expect(claim?.evidence.map((e) => e.value)).toEqual(['3.5 million demonstrators', '1.8 million']);
    expect(claim?.verdict).toBe('conflicting');
  });
});

describe('the number a change starts from is the state before it', () => {
  const specs = articles(
    ['Net profit fell to $312 million from $503 million a year earlier, the company said.'],
    ['The company said net income had fallen 38 per cent to $312mn.'],
    ['It lowered its forecast for economic growth this year to 1.1% from 1.4% in March, citing weaker exports.'],
    ['It now expects growth of 1.2% this year, down from 1.4%.', 'Corvane reported revenue of $4.82 billion for the quarter, down from $5.18 billion a year ago.'],
  );

  test.each([
    ['$503 million', 'before'],
    ['$312 million', null],
    ['1.4% in March', 'before'],
    ['1.1%', null],
    ['$5.18 billion', 'before'],
    ['$4.82 billion', null],
  ])('%s: %s', (surface, time) => {
    const frames = framesOf(specs, '2030-06-12');
    const m = surface === '1.4% in March' ? frames.mention('1.4%') : frames.mention(surface);
    expect(m.time).toBe(time);
  });

  test('the profit after the fall is one frame in both reports; the profit before it is not set against it', () => {
    const frames = framesOf(specs, '2030-06-12');
    expect(frames.similarity('$312 million', '$312mn')).toBeGreaterThanOrEqual(frames.threshold);
    expect(frames.similarity('$503 million', '$312mn')).toBe(0);
  });

  test('a date after the starting number is that number’s: "to 6.1% from 5.8% in 2029"', () => {
    const frames = framesOf(articles(['Unemployment rose to 6.1% from 5.8% in 2029, the agency said.']), '2030-06-12');
    expect(frames.mention('6.1%').time).toBeNull();
  });

  test('a source after "from" is no change: "votes from 18 countries"', () => {
    const frames = framesOf(articles(['The party won 52% of the vote, with votes from 18 countries still to be counted.']));
    expect(frames.mention('18 countries').time).toBeNull();
  });
});

describe('"ago" puts a number in an earlier time', () => {
  test('"A year ago it earned $503mn": the profit of a year before', () => {
    const frames = framesOf(articles(['A year ago it earned $503mn on sales of $5.18bn.'], ['It earned $312mn in the quarter.']));
    expect(frames.mention('$503mn').time).toBe('earlier');
    expect(frames.similarity('$503mn', '$312mn')).toBe(0);
  });
});

describe('a proper adjective narrows what is counted', () => {
  const specs = articles(
    ['Varenia, in turn, will release 312 Kostravan detainees.'],
    ['Kostrava will release 250 Varenian detainees, the ministry said.'],
    ['Varenia will free 312 Kostravan detainees under the deal.'],
  );

  test('"312 Kostravan detainees" and "250 Varenian detainees" are two counts; the two 312s are one', () => {
    const frames = framesOf(specs);
    expect(frames.mention('312 Kostravan detainees').restrictor).toBe('kostravan');
    expect(frames.similarity('312 Kostravan detainees', '250 Varenian detainees')).toBe(0);
    const analysis = analyze(corpusOf(specs, { stories: [story('2030-03-02')] }));
    expect(analysis.claims.filter((c) => c.verdict === 'conflicting').map(show)).toEqual([]);
  });
});

describe('people of a named kind are not all the people a count takes in', () => {
  test('"200 volunteers" and "about 12,000 people" are two counts, however alike their sentences', () => {
    const frames = framesOf(articles(['The Red Crescent said it had sent 200 volunteers to the region.'], ['The Red Crescent said about 12,000 people had been left homeless in the region.']));
    expect(frames.mention('200 volunteers').counted).not.toBeNull();
    expect(frames.mention('about 12,000 people').counted).toBeNull();
    expect(frames.similarity('200 volunteers', 'about 12,000 people')).toBe(0);
  });

  test('"11,300 civilian deaths" is not a count of all the dead; its heading names the civilians', () => {
    const specs = articles(
      ['More than 40,000 people have been killed in the fighting, monitors estimate.', 'The United Nations has verified 11,300 civilian deaths.'],
      ['The UN says it has confirmed more than 11,000 civilian deaths in the war.'],
    );
    const frames = framesOf(specs);
    expect(frames.similarity('More than 40,000 people', '11,300 civilian deaths')).toBe(0);
    const claim = claimWith(analyze(corpusOf(specs, { stories: [story('2030-03-02')] })), '11,300 civilian deaths', 'more than 11,000 civilian deaths');
    expect(claim?.statement, show(claim)).toMatch(/^Number of civilian deaths: /);
    expect(claim?.verdict).toBe('corroborated');
  });
});

describe('a division named by its kind is a part of the scene', () => {
  const specs = articles(
    ['The death toll rose to 186, with 1,042 people injured, the agency said.'],
    ['Mr Sattorov said 780 people had been injured in the province and 1,100 homes destroyed.'],
    ['About 1,000 people were injured, officials said.'],
  );

  test('"780 people had been injured in the province" is not the country’s count', () => {
    const frames = framesOf(specs);
    expect(frames.mention('780 people').place).toMatch(/the province$/);
    expect(frames.similarity('780 people', '1,042 people')).toBe(0);
    expect(frames.similarity('About 1,000 people', '1,042 people')).toBeGreaterThanOrEqual(frames.threshold);
  });

  test('a division after a clause of its own is where that clause happened: "injured when a quake shook the province"', () => {
    const frames = framesOf(articles(['More than 1,000 people were injured when a strong quake shook the mountains of the province.']));
    expect(frames.raw('More than 1,000 people').place).toBeNull();
  });

  test('"across the region" and "in the region" are no division', () => {
    const frames = framesOf(articles(['Some 410 ferries were cancelled across the region.'], ['Some 300 homes were destroyed in the region.']));
    expect(frames.mention('Some 410 ferries').place).toBeNull();
    expect(frames.mention('Some 300 homes').place).toBeNull();
  });

  test('"with 1,042 people injured" has no subject: the heading says "injured", not "who injured"', () => {
    expect(framesOf(specs).raw('1,042 people').label.predicate).toBe('injured');
  });
});

describe('"That quake" points back to the event the paragraph before named', () => {
  test('the toll after "That quake" is the earlier quake’s', () => {
    const frames = framesOf(articles(
      ['Professor Mirzaev said the main shock had ruptured a fault that last moved in 2011.', 'That quake, centred in Tirzan, killed 73 people.'],
      ['At least 186 people were killed in the earthquake on Friday.'],
    ), '2030-03-15');
    expect(frames.mention('73 people').time).toBe('y2011');
    expect(frames.similarity('73 people', 'At least 186 people')).toBe(0);
  });
});

describe('a distance is not measured from the place of the sentence before', () => {
  test('"felt as far away as the capital, some 300km to the south" is not from Malkent', () => {
    const frames = framesOf(articles(['Its epicentre was 38km from Malkent. The tremor was felt as far away as the capital, some 300km to the south.'], ['The epicentre was about 40km from Malkent.']));
    expect(frames.mention('some 300km').place).not.toBe(frames.mention('38km').place);
    expect(frames.similarity('some 300km', '38km')).toBe(0);
  });
});

describe('a moment in a period, a part at its edge and a whole length are three kinds of time', () => {
  const specs = articles(
    ['The Ashdown defender was sent off on 71 minutes for a second bookable offence.'],
    ['Ashdown, who had played the final 19 minutes with 10 men, lost 2-1.'],
    ['The talks at the palace lasted 72 hours.'],
    ['The deal was reached after more than 60 hours of negotiations at the palace.'],
  );

  test.each([
    ['71 minutes', 'moment'],
    ['19 minutes', 'part'],
    ['72 hours', null],
    ['more than 60 hours', null],
  ])('%s: %s', (surface, span) => {
    expect(framesOf(specs).mention(surface).span).toBe(span);
  });

  test('"sent off on 71 minutes" and "the final 19 minutes" are never one frame', () => {
    expect(framesOf(specs).similarity('71 minutes', '19 minutes')).toBe(0);
  });
});

describe('what happened to a count is said by its own clause', () => {
  test('", citing weaker exports" says why, not what happened to the forecast', () => {
    expect(framesOf(articles(['The bank cut its growth forecast to 1.1%, citing weaker exports.'])).raw('1.1%').event).toBeNull();
  });

  test('"Ninety-eight passengers were injured": a number written in words is no compound modifier', () => {
    const frames = framesOf(articles(['Ninety-eight passengers were injured, according to the police.'], ['At least 98 passengers were injured.']));
    expect(frames.mention('Ninety-eight passengers').event).toBe(frames.mention('At least 98 passengers').event);
    expect(frames.mention('Ninety-eight passengers').event).not.toBeNull();
  });
});

describe('a figure for one reporting period is not a figure for another', () => {
  test('"sales in North America down 11% in the quarter" and "a 12 per cent fall in annual sales" are two figures', () => {
    const frames = framesOf(articles(
      ['Orders fell 9% in the quarter, with sales in North America down 11%.'],
      ['Stellan Telecom said in March it would cut 5,000 jobs after a 12 per cent fall in annual sales.'],
      ['Sales in North America fell 11% in the quarter, the company said.'],
    ));
    expect(frames.mention('11%').period).toBe('quarter');
    expect(frames.mention('12 per cent').period).toBe('year');
    expect(frames.similarity('11%', '12 per cent')).toBe(0);
  });
});

describe('a number in another event of the same kind is scoped apart', () => {
  test('"six people died in a similar strike" is not the war’s toll; "a second yellow card" is no event', () => {
    const frames = framesOf(articles(
      ['The war has killed more than 40,000 people, monitors say.'],
      ['The conflict has killed tens of thousands of people.', 'Officials said the market was hit two days after six people died in a similar strike.'],
      ['Ashdown were reduced to 10 men when the defender was shown a second yellow card.'],
    ));
    expect(frames.mention('six people').time).toBe('other');
    expect(frames.similarity('six people', 'more than 40,000 people')).toBe(0);
    expect(frames.mention('10 men').time).toBeNull();
  });
});

describe('a place the story does not know scopes a number where the story counts it apart', () => {
  const specs = articles(
    ['A wildfire in Sable County destroyed 153 homes, officials said.', 'County teams counted 112 homes destroyed in Pinegate and 41 in Dunmore Springs, the sheriff said.'],
    ['In Pinegate, 112 homes were destroyed, according to the county.'],
    ['About 900 people were injured in the accident in Korvath district, officials said.'],
    ['The collision injured 803 people, the railway said.'],
  );

  test('"112 homes destroyed in Pinegate and 41 in Dunmore Springs" counts two places apart, neither the total', () => {
    const frames = framesOf(specs);
    expect(frames.raw('41').place).toMatch(/dunmore/);
    expect(frames.raw('41').label.scope).toBe('Dunmore Springs');
    expect(frames.mention('112 homes').place).toMatch(/pinegate$/);
    expect(frames.similarity('112 homes', '153 homes')).toBe(0);
  });

  test('a place named once with the story’s numbers is the scene, and narrows nothing: "in Korvath district"', () => {
    const frames = framesOf(specs);
    expect(frames.raw('About 900 people').place).toMatch(/korvath/);
    expect(frames.mention('About 900 people').place).toBeNull();
    expect(frames.similarity('About 900 people', '803 people')).toBeGreaterThan(0);
  });
});

describe('a number about an earlier thing, however far the words that say so', () => {
  const specs = articles(
    ['The fire is the worst in the region since last year’s Cold Creek Fire, which burned 21,000 hectares, destroyed 260 homes and killed two people.'],
    ['Last year’s Cold Creek Fire burned 21,000 hectares and destroyed 260 homes.'],
    ['The fire destroyed 153 homes, officials said.', 'The last postal ballots gave the mayor a lead of 5,770 votes.'],
  );

  test.each([['260 homes'], ['two people']])('%s: the earlier fire’s', (surface) => {
    expect(framesOf(specs).mention(surface).time).toBe('earlier');
  });

  test('"Last year’s Cold Creek Fire … destroyed 260 homes" is not set against this fire’s 153; "the last postal ballots" are the final ones', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('260 homes', '153 homes')).toBe(0);
    expect(frames.mention('5,770 votes').time).toBeNull();
  });
});

describe('a poll’s or a projection’s figure is not a count’s', () => {
  const specs = articles(
    ['An exit poll published when polls closed at 8pm had put Nadia Ferrante on 43% of the vote.'],
    ['Nadia Ferrante won 41.8% of the vote, the electoral commission said.'],
    ['After polls closed at 8pm, Nadia Ferrante had 41.8% of the vote.'],
  );

  test('"an exit poll had put her on 43%" is a prediction; "after polls closed" is no poll', () => {
    const frames = framesOf(specs);
    expect(frames.mention('43%').estimate).toBe(true);
    expect(frames.similarity('43%', '41.8%')).toBe(0);
    expect(frames.raw('41.8%').estimate).toBe(false);
  });
});

describe('"this year" and "next year" say which year a figure is for', () => {
  test('"growth of 1.8% in 2026, after an estimated 1.1% this year": two years, two frames', () => {
    const frames = framesOf(articles(['The ministry forecast economic growth of 1.8% in 2026, after an estimated 1.1% this year.'], ['Growth is forecast at 1.8% next year, the ministry said.']), '2025-10-14');
    expect(frames.mention('an estimated 1.1%').time).toBeNull();
    expect(frames.mention('1.8%').time).toBe('y2026');
    expect(frames.similarity('1.8%', 'an estimated 1.1%')).toBe(0);
  });
});

describe('amounts in a currency have owners like dollars do', () => {
  test('a currency heading names the currency: "in crowns"', () => {
    const analysis = analyze(corpusOf(articles(['Defence spending rises to 19.4 billion crowns next year, the finance ministry said.'], ['Defence spending rises to nearly 19.5 billion crowns next year.']), { stories: [story('2025-10-14')] }));
    const claim = claimWith(analysis, '19.4 billion crowns', 'nearly 19.5 billion crowns');
    expect(claim?.statement, show(claim)).toMatch(/, in crowns/);
  });
});

describe('a count for the whole country or for "the city" when the clause says so', () => {
  const specs = articles(
    ['Nationwide, the interior ministry counted 385,000 demonstrators on Tuesday.'],
    ['Police said 47 people had been arrested nationwide.', 'Six people were arrested in the city after scuffles.'],
    ['Some 62,000 demonstrators marched on Tuesday, police said.'],
  );

  test('"Nationwide, … counted 385,000" is a whole-country count', () => {
    expect(framesOf(specs).raw('385,000 demonstrators').area).toBe('nation');
  });

  test('"six people were arrested in the city" is a part of the 47 arrested nationwide', () => {
    const frames = framesOf(specs);
    expect(frames.mention('Six people').place).toMatch(/the city$/);
    expect(frames.similarity('Six people', '47 people')).toBe(0);
  });

  test('"8,400 people from the Brask district" is the district\'s part of the 23,000 evacuated across the region', () => {
    const frames = framesOf(
      articles(
        ['Rescue teams evacuated 8,400 people from the Brask district overnight, the directorate said.', 'About 23,000 people have now been evacuated across the region, including 8,400 in the Brask district.'],
        ['The directorate said 31,500 people had been evacuated across the region since the weekend.'],
      ),
    );
    expect(frames.mention('8,400 people').place).toMatch(/brask/);
    expect(frames.similarity('8,400 people', 'About 23,000 people')).toBe(0);
  });

  test('"780 flights to and from the city" is the city\'s part of the 1,140 cancelled in all', () => {
    const frames = framesOf(articles(['The airline has cancelled 1,140 flights over the two days, it said.'], ['Across the two days the airline has cancelled 780 flights to and from the city, it said.']));
    expect(frames.mention('780 flights').place).toMatch(/the city$/);
    expect(frames.similarity('780 flights', '1,140 flights')).toBe(0);
  });
});

describe('places the story does not know, named at the number', () => {
  const storm = articles(
    ['Six people died in Alcaraz province and three in neighbouring Rioverde, the agency said.'],
    ['Nationally, the toll stood at 14 on Monday morning, the agency said.'],
    ['In Belmonte, the river rose nearly four metres overnight. The weather station there recorded 286 millimetres of rain.'],
    ['A station in San Teodoro recorded 412 millimetres of rain in 24 hours.'],
  );

  test('"six … in Alcaraz province and three in neighbouring Rioverde" are two provinces’ deaths, neither the national 14', () => {
    const frames = framesOf(storm);
    expect(frames.raw('three').place).toMatch(/rioverde$/);
    expect(frames.mention('Six people').place).toMatch(/alcaraz/);
    expect(frames.similarity('Six people', '14')).toBe(0);
  });

  test('"286 millimetres of rain" measures rain at the place the sentence before named, not a distance from "rain"', () => {
    const frames = framesOf(storm);
    expect(frames.raw('286 millimetres').place ?? '').toMatch(/belmonte/);
    expect(frames.similarity('286 millimetres', '412 millimetres')).toBe(0);
  });
});

describe('an irregular past right after a count is its verb', () => {
  test('"385,000 people took part" and "47 people had been arrested" count two things', () => {
    const frames = framesOf(articles(['The interior ministry said 385,000 people took part in marches nationwide.', 'The interior ministry said 47 people had been arrested nationwide.']));
    expect(frames.mention('385,000 people').event).not.toBeNull();
    expect(frames.similarity('385,000 people', '47 people')).toBe(0);
  });
});

describe('a light verb says a figure is had, not what it is of', () => {
  test('"Health gets 48.3 billion crowns" and "defence gets 19.4 billion crowns" are two figures', () => {
    const frames = framesOf(articles(
      ['Spending on health will rise 6.2% to 48.3 billion crowns, while defence gets 19.4 billion crowns.'],
      ['Health gets 48.3 billion crowns.'],
    ), '2025-10-14');
    expect(frames.mention('19.4 billion crowns').context.has('get')).toBe(false);
    expect(frames.similarity('19.4 billion crowns', '48.3 billion crowns')).toBe(0);
  });
});

describe('a time after the number a figure is compared with is that number’s', () => {
  test('"31.4 percent of capacity, compared with 47.2 percent a year ago": the 31.4 is this year’s', () => {
    const frames = framesOf(articles(['Reservoirs are at 31.4 percent of capacity, compared with 47.2 percent a year ago.'], ['Reservoirs are at 31.4% of capacity, the agency said.']));
    expect(frames.mention('31.4 percent').time).toBeNull();
    expect(frames.mention('47.2 percent').time).toBe('earlier');
  });
});

describe('a whole percentage beside a decimal one is its rounding', () => {
  test('"31 per cent" and "31.4%" of capacity agree', () => {
    const analysis = analyze(corpusOf(articles(['Reservoirs hold 31 per cent of their capacity, the ministry said.'], ['Reservoirs are at 31.4% of their capacity, the ministry said.']), { stories: [story('2030-03-02')] }));
    const claim = claimWith(analysis, '31 per cent', '31.4%');
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });
});

describe('the word that narrows the noun a share is of narrows the share', () => {
  test('"34 percent of primary school teachers" and "22 percent of secondary teachers" are two shares', () => {
    const frames = framesOf(articles(['The ministry said 34 percent of primary school teachers had walked out.'], ['The ministry said a third of primary teachers and 22 percent of secondary teachers were on strike.']));
    expect(frames.mention('22 percent').restrictor).toBe('secondary');
    expect(frames.similarity('34 percent', '22 percent')).toBe(0);
  });
});

describe('"by midday" is a moment of a running count', () => {
  test('"By midday, 29 miners had been brought to the surface": the count at noon', () => {
    expect(framesOf(articles(['By midday, 29 miners had been brought to the surface, the ministry said.'])).mention('29 miners').point?.key).toBe('t720');
  });

  test('"shortly before noon", "just before 9 a.m." are when something happened, no limit a count ran to', () => {
    const frames = framesOf(articles(['Three lions broke out shortly before noon on Sunday.'], ['Two people died just before 9 a.m. on Monday.'], ['Some 300 flights were cancelled before 9 a.m. on Monday.']));
    expect(frames.mention('Three lions').point).toBeNull();
    expect(frames.mention('Two people').point).toBeNull();
    expect(frames.mention('Some 300 flights').point?.key).toBe('t540');
  });
});

describe('a figure under a negation is not said to hold', () => {
  test('"No ticket matched all six numbers" gives no count of numbers matched to set against "I matched four numbers"', () => {
    const analysis = analyze(corpusOf(articles(['No ticket matched all six numbers, and the jackpot will roll over to next Saturday.'], ['"I matched four numbers and was screaming the house down," she said.']), { stories: [story('2030-03-02')] }));
    expect(analysis.claims.filter((c) => c.verdict === 'conflicting').map((c) => c.statement)).toEqual([]);
  });

  test('"no more than 50" qualifies its figure and "the No vote" names a side: their figures still count', () => {
    const frames = framesOf(articles(['No more than 50 people were allowed into the hall on Friday.'], ['In Portavel, the No vote reached 63 per cent on Sunday.']));
    expect(frames.mention('No more than 50 people').unitClass).toBe('person');
    expect(frames.mention('63 per cent').quantity.value).toBe(63);
  });
});

describe('a particle after the count\'s verb is part of it', () => {
  test('"Three lions broke out" is counted as lions "that broke out"', () => {
    const claim = claimWith(analyze(corpusOf(articles(['Three lions broke out on Sunday, and one was shot dead by police, the zoo said.'], ['THREE lions broke out on Sunday morning, sending visitors running for cover.']), { stories: [story('2030-03-02')] })), 'THREE lions broke out');
    expect(claim?.statement, show(claim)).toBe('Number of lions that broke out: three lions (Outlet 1, Outlet 2).');
  });
});

describe('a figure for two places named together, and a figure that adds to another', () => {
  test('"5.5 million customers in Norvania and neighbouring Lindmark" is both countries’, not Norvania’s 4.2 million', () => {
    const frames = framesOf(articles(
      ['Hackers stole data belonging to about 5.5 million customers in Norvania and neighbouring Lindmark, the company said.'],
      ['The attackers took the data of 4.2 million customers in Norvania and 1.3 million in Lindmark, the company said.'],
    ));
    expect(frames.raw('about 5.5 million customers').place).toMatch(/\+/);
    expect(frames.similarity('about 5.5 million customers', '4.2 million customers')).toBe(0);
  });

  test('"shares fell a further 2.1%" adds to a fall; "shares fell 11%" is one', () => {
    const frames = framesOf(articles(['Carrow shares fell 11 per cent in morning trading.'], ['Carrow shares fell a further 2.1% on Wednesday.']));
    expect(frames.mention('2.1%').increment).toBe(true);
    expect(frames.similarity('2.1%', '11 per cent')).toBe(0);
  });
});

describe('figures that differ by more than readings of one figure need a closer frame to conflict', () => {
  // Two percentages forecast for next year, one of growth and one of the deficit: the sentences share
  // "forecast", the year and the unit, and little else.
  const growth = 'The ministry forecast economic growth of 1.8% next year, after an estimated 1.1% this year.';
  const far = articles([growth, 'The plan goes to parliament on Monday.'], ['The deficit is forecast to fall to 2.9% of GDP next year, the ministry said.', 'Opposition parties criticised the plan.']);
  const near = articles([growth, 'The plan goes to parliament on Monday.'], ['The deficit is forecast to fall to 1.9% of GDP next year, the ministry said.', 'Opposition parties criticised the plan.']);

  test('their frame similarity lies between the frame threshold and the conflict threshold', () => {
    const frames = framesOf(far, '2025-10-07');
    const quantities = storyAt(corpusOf(far, { stories: [story('2025-10-07')] }), 'annotate').ctx.config.quantities;
    const similarity = frames.similarity('1.8%', '2.9%');
    expect(similarity).toBeGreaterThanOrEqual(quantities.frameThreshold);
    expect(similarity).toBeLessThan(quantities.conflictThreshold);
  });

  test('1.8% and 2.9% (a third apart) are two frames, not a conflict', () => {
    const matched = matchedOf(far, '2025-10-07');
    const growth = groupWith(matched, 'forecast economic growth');
    expect(growth?.members.map((m) => matched.units[m]?.article) ?? ['article-1']).toEqual(['article-1']);
  });

  test('1.8% and 1.9% (within a tenth of each other) may be two readings of one figure: one frame', () => {
    const matched = matchedOf(near, '2025-10-07');
    const growth = groupWith(matched, 'forecast economic growth');
    expect(growth?.members.map((m) => matched.units[m]?.article)).toEqual(['article-1', 'article-2']);
  });
});

describe('the state a verb group gives a count, and a month "last" dates', () => {
  test('"are still missing" and "had been confirmed dead" say what happened to the count', () => {
    const frames = framesOf(articles(['Nine people are still missing, the rescue service said on Monday.'], ['By Monday evening 14 people had been confirmed dead and nine were still missing, officials said.']));
    expect(frames.raw('Nine people').label.predicate).toBe('missing');
    expect(frames.raw('14 people').label.predicate).toBe('dead');
    expect(frames.similarity('Nine people', '14 people')).toBe(0);
  });

  test('the missing of two reports are one claim headed by their state', () => {
    const claim = claimWith(analyze(corpusOf(articles(['Nine people are still missing after the bridge fell, the rescue service said.'], ['Twelve people were missing after the bridge fell, the rescue service said.']), { stories: [story('2030-03-02')] })), 'Nine people are still missing');
    expect(claim?.statement).toMatch(/^Number of people missing/);
  });

  test('a sentence that opens on "Last June," puts all its numbers then, however far from the words', () => {
    const frames = framesOf(articles(['Last June, pilots walked out for 24 hours, forcing the cancellation of 520 flights.'], ['The two-day strike has cancelled 1,140 flights, the airline said.']), '2030-06-11');
    expect(frames.mention('520 flights').time).toBe('earlier');
    expect(frames.similarity('520 flights', '1,140 flights')).toBe(0);
  });

  test('"last June" puts a count in an earlier time than the story\'s', () => {
    const frames = framesOf(articles(['A 24-hour walkout last June cancelled 520 flights.'], ['The two-day strike has cancelled 1,140 flights, the airline said.']), '2030-06-11');
    expect(frames.mention('520 flights').time).toBe('earlier');
    expect(frames.similarity('520 flights', '1,140 flights')).toBe(0);
  });
});

describe('verbs of a rate\'s pace move it as verbs of falling and rising do', () => {
  test.each([
    ['Inflation eased to 4.2% from 4.6% in March, the bureau said.', '4.6%'],
    ['Inflation slowed to 4.2% from 4.6% in March, the bureau said.', '4.6%'],
    ['Inflation accelerated to 4.6% from 4.2% in March, the bureau said.', '4.2%'],
    ['The trade gap narrowed to 3.1% from 3.5% of output, the bureau said.', '3.5%'],
  ])('"%s": %s is the state before the change', (sentence, before) => {
    const frames = framesOf(articles([sentence, 'The central bank meets next week.']));
    expect(frames.mention(before).time).toBe('before');
  });
});

describe('a number with a verb of its own after "and" takes no word of the clause before', () => {
  test('"22 people were missing and 41 had been taken to hospital": 41 were taken, not missing', () => {
    const frames = framesOf(articles(['Twenty-two people were missing and 41 had been taken to hospital, the rescue service said.']));
    expect(frames.raw('Twenty-two people').label.predicate).toBe('missing');
    expect(frames.raw('41').label.predicate).toBe('taken');
  });

  test('"hold 14,800 inmates …, and 12 prisoners escaped": the verb after the second number is its own, not the first\'s', () => {
    const frames = framesOf(articles(['The country\'s jails hold about 14,800 inmates in space for 12,500, and 12 prisoners escaped from them last year.']));
    expect(frames.raw('about 14,800 inmates').event).toBeNull();
    expect(frames.raw('12 prisoners').label.predicate).toBe('who escaped');
  });

  test('"Five adults and three children were rescued": numbers joined without a comma share the verb after them', () => {
    const frames = framesOf(articles(['Five adults and three children were rescued from the roof on Sunday.']));
    expect(frames.raw('Five adults').event).toBe(frames.raw('three children').event);
    expect(frames.raw('Five adults').event).not.toBeNull();
  });

  test('"112 homes destroyed in Pinegate and 41 in Dunmore Springs": the two numbers share the verb', () => {
    const frames = framesOf(articles(['Officials said 112 homes were destroyed in Pinegate and 41 in Dunmore Springs.']));
    expect(frames.raw('41').label.predicate).toBe('destroyed');
  });
});

describe('what each one gets is no total', () => {
  test('"500 crowns to each passenger", "40,000 florins apiece", "each of the seven was paid", "each family will receive" give a share of each', () => {
    const frames = framesOf(articles(
      ['TerRail said it would pay 500 crowns to each passenger, about 160,000 crowns in all.'],
      ['Seven MPs pocketed 40,000 florins apiece, prosecutors claim.'],
      ['Prosecutors say each of the seven was paid 40,000 florins for their votes.'],
      ['Each bereaved family will receive 50,000 marks from the fund.'],
      ['The government will pay 50,000 marks to each bereaved family from a 2 million mark fund.'],
    ));
    expect(frames.raw('500 crowns').per).toBe('passeng');
    expect(frames.raw('about 160,000 crowns').per).toBeNull();
    expect(frames.raw('40,000 florins').per).toBe('each');
    expect(frames.mention('500 crowns').per).not.toBe(frames.mention('about 160,000 crowns').per);
    expect(frames.similarity('500 crowns', 'about 160,000 crowns')).toBe(0);
  });

  test('"each year" is a period, and "each other" no group', () => {
    const frames = framesOf(articles(['The plant sends 3,000 tonnes of waste to the site each year.'], ['The two firms paid each other 2 million dalers in fees.']));
    expect(frames.raw('3,000 tonnes').per).toBeNull();
    expect(frames.raw('2 million dalers').per).toBeNull();
  });
});

describe('a rate names its period: "a year" and "a month" are two figures', () => {
  const specs = articles(
    ['Under the deal, the country will export 2.4 million tonnes of wheat a year to its neighbour.'],
    ['The deal provides for 200,000 tonnes of wheat a month to leave the country for its neighbour.'],
    ['The country exported 9.8 million tonnes of wheat a year ago, officials said.'],
  );

  test('"2.4 million tonnes a year" and "200,000 tonnes a month" are never one frame', () => {
    const frames = framesOf(specs);
    expect(frames.mention('2.4 million tonnes').period).toBe('year');
    expect(frames.mention('200,000 tonnes').period).toBe('month');
    expect(frames.similarity('2.4 million tonnes', '200,000 tonnes')).toBe(0);
  });

  test('"a year ago" is an earlier time, not a rate', () => {
    expect(framesOf(specs).mention('9.8 million tonnes').period).toBeNull();
  });
});

describe('a rate names what it is per: "a share" is a price, not a total', () => {
  const specs = articles(
    ['The offer of 38.50 ducats a share in cash won the backing of shareholders on Monday.'],
    ['Granvik won shareholder backing for its cash offer of 4.6 billion ducats for Tessaro on Monday.'],
    ['Brent crude rose to $82 per barrel, while the offer for the refinery was worth $90 in cash.'],
  );

  test('"38.50 ducats a share" and "4.6 billion ducats" are never one frame', () => {
    const frames = framesOf(specs);
    expect(frames.mention('38.50 ducats').per).not.toBeNull();
    expect(frames.mention('4.6 billion ducats').per).toBeNull();
    expect(frames.similarity('38.50 ducats', '4.6 billion ducats')).toBe(0);
  });

  test('"per" names it too, and a figure followed by a clause is a total', () => {
    const frames = framesOf(specs);
    expect(frames.mention('$82').per).not.toBeNull();
    expect(frames.mention('$90').per).toBeNull();
  });
});

describe('totals of two areas, and running totals, are not the event\'s figure', () => {
  const specs = articles(
    ['The country is having its worst fire season in a decade. Wildfires have burned 95,000 hectares nationwide since June, the monitoring service said.'],
    ['So far this year, wildfires have burned 42,000 hectares across Arlen province.'],
    ['Insurers are bracing for large claims as the Dray Ridge blaze nears containment after burning roughly 18,500 hectares.'],
    ['The bank has cut its main rate to 4.50%, its first reduction since November.'],
  );

  test('"95,000 hectares nationwide" and "42,000 hectares across Arlen province" are never one frame', () => {
    const frames = framesOf(specs);
    expect(frames.mention('95,000 hectares').area).toBe('nation');
    expect(frames.mention('42,000 hectares').area).not.toBeNull();
    expect(frames.similarity('95,000 hectares', '42,000 hectares')).toBe(0);
  });

  test('a total counted "since June" or "so far this year" is never one frame with one blaze\'s figure', () => {
    const frames = framesOf(specs);
    expect([frames.mention('95,000 hectares').cumulative, frames.mention('42,000 hectares').cumulative, frames.mention('roughly 18,500 hectares').cumulative]).toEqual([true, true, false]);
    expect(frames.similarity('95,000 hectares', 'roughly 18,500 hectares')).toBe(0);
    expect(frames.similarity('42,000 hectares', 'roughly 18,500 hectares')).toBe(0);
  });

  test('"its first reduction since November" is a comparison, not a running total', () => {
    expect(framesOf(specs).mention('4.50%').cumulative).toBe(false);
  });
});

describe('a season\'s running total, an average and what could have been are not the event\'s figure', () => {
  const specs = articles(
    ['Four people died when an avalanche hit a ski run at Kalmberg on Saturday, police said.'],
    ['Five skiers were killed in the avalanche at Kalmberg. In the past ten years, avalanches have killed an average of 22 people a year across Drevania.'],
    ['This winter 17 people have died in avalanches in Drevania. If the run had been full, as many as 35 people could have died, the guide said.'],
  );

  test('"This winter 17 people have died" is a running total; "died on Saturday" is not', () => {
    const frames = framesOf(specs);
    expect([frames.mention('17 people').cumulative, frames.mention('Four people').cumulative]).toEqual([true, false]);
    expect(frames.similarity('17 people', 'Four people')).toBe(0);
  });

  test('"an average of 22 people a year" is an average, never one frame with a count', () => {
    const frames = framesOf(specs);
    expect([frames.mention('22 people').average, frames.mention('Four people').average]).toEqual([true, false]);
    expect(frames.similarity('22 people', 'Four people')).toBe(0);
  });

  test('"as many as 35 people could have died" is what could have been', () => {
    const frames = framesOf(specs);
    expect([frames.mention('as many as 35 people').hypothetical, frames.mention('Five skiers').hypothetical]).toEqual([true, false]);
    expect(frames.similarity('as many as 35 people', 'Four people')).toBe(0);
  });

  test('no conflict sets the average, the season\'s total or what could have been against the toll', () => {
    const analysis = analyze(corpusOf(specs));
    const values = analysis.claims.filter((c) => c.verdict === 'conflicting').flatMap((c) => c.evidence.map((e) => e.value));
    expect(values.filter((v) => v !== null && /22|17|35/.test(v))).toEqual([]);
  });
});

describe('the words of a figure\'s own noun phrase are not its place or its verb', () => {
  const specs = articles(
    ['The kidnappers had first demanded a whopping 12 million dollars for the six.'],
    ['The gunmen had demanded 5 million US dollars, officials in Kharsa said.'],
    ['The gunmen had demanded 4 million Canadian dollars, officials in Kharsa said.'],
  );

  test('"5 million US dollars" is dollars, not an amount of the United States; "Canadian dollars" are another currency', () => {
    const frames = framesOf(specs);
    expect(frames.mention('5 million US dollars').restrictor).toBeNull();
    expect(frames.mention('5 million US dollars').place).not.toBe('united-states');
    expect(frames.mention('4 million Canadian dollars').restrictor).not.toBeNull();
  });

  test('"a whopping 12 million dollars" was demanded: an -ing word after an article is no verb', () => {
    expect(framesOf(specs).mention('12 million dollars').label.predicate).toBe('demanded');
  });
});

describe('a figure paid "on top of" or "in addition to" another is a part of a sum, not a report of the other', () => {
  const specs = articles(
    ['The government will pay 500,000 crowns to the family of each person killed, the minister said.'],
    ['The company said it would pay 200,000 crowns to the family of each worker who died, on top of the government’s payment.'],
    ['The firm will pay 200,000 crowns to each bereaved family, in addition to the 500,000 crowns promised by the government.'],
  );

  test('"200,000 … on top of the government\'s payment" is never one frame with "500,000"', () => {
    const frames = framesOf(specs);
    expect(frames.mention('200,000 crowns').increment).toBe(true);
    expect(frames.mention('500,000 crowns').increment).toBe(false);
    expect(frames.similarity('500,000 crowns', '200,000 crowns')).toBe(0);
  });

  test('no claim sets the two payments against each other', () => {
    const analysis = analyze(corpusOf(specs, { stories: [story('2030-03-02')] }));
    expect(analysis.claims.filter((c) => c.verdict === 'conflicting').map((c) => c.statement)).toEqual([]);
  });
});

describe('an infinitive right before a figure is its verb', () => {
  test('"the restructuring to save roughly $350 million" is a saving, not the restructuring\'s charge', () => {
    const frames = framesOf(articles(
      ['Quillstone expects to record restructuring charges of $180 million to $210 million, mostly for severance.'],
      ['Quillstone expects the restructuring to save roughly $350 million a year.'],
    ));
    expect(frames.mention('roughly $350 million').event).not.toBe(frames.mention('$180 million to $210 million').event);
    expect(frames.similarity('$180 million to $210 million', 'roughly $350 million')).toBeLessThan(0.3);
  });

  test('it names no heading: "Number of flights cancel" is not English, so a participle of another report names it', () => {
    const matched = analyze(corpusOf(articles(
      ['Pilots began a 48-hour strike on Tuesday, forcing the airline to cancel 1,140 flights over two days.'],
      ['The airline cancelled 1,140 flights over the two days of the strike, it said.'],
    ), { stories: [story('2030-03-02')] }));
    const claim = matched.claims.find((c) => c.kind === 'quantity');
    expect(claim?.statement, show(claim)).toMatch(/^Number of flights cancelled: /);
  });
});

describe('a name\'s possessive right before a figure says whose total it is', () => {
  const specs = articles(
    ['The Green Federation won 17 seats with 11.6 percent of the vote.'],
    ['Final results show Civic Renewal winning 9 of Dravnica’s 18 seats, up from 6 in 2021.'],
    ['About 220 of Harl General’s 900 nurses took part in the strike, the hospital said.'],
    ['The health ministry said some 11,500 nurses took part in the strike.'],
  );

  test('"Dravnica\'s 18 seats" is never one frame with a party\'s 17 seats, nor "Harl General\'s 900 nurses" with the 11,500 who took part', () => {
    const frames = framesOf(specs);
    expect(frames.mention('18 seats').label.owner).toBe('Dravnica');
    expect(frames.mention('17 seats').owner).toBeNull();
    expect(frames.similarity('17 seats', '18 seats')).toBe(0);
    expect(frames.similarity('900 nurses', 'some 11,500 nurses')).toBe(0);
  });

  test('a day\'s possessive dates the figure and owns nothing: "Tuesday\'s four-hour meeting"', () => {
    const frames = framesOf(articles(['Tuesday’s four-hour meeting in Riyadh produced no breakthrough.']));
    expect(frames.mention('four-hour').owner).toBeNull();
  });
});

describe('a part of the whole named with "alone" or "out of" is not the whole', () => {
  test('"In the Harl region alone, 640 operations" is no frame with the country\'s 2,300 operations', () => {
    const frames = framesOf(articles(
      ['More than 2,300 operations were postponed on the first day of the strike, the health ministry said.'],
      ['In the Harl region alone, 640 operations were postponed on the first day of the strike.'],
    ));
    expect(frames.mention('640 operations').restrictor).toBe('part: harl');
    expect(frames.similarity('More than 2,300 operations', '640 operations')).toBe(0);
  });

  test('"alone" as a predicate ("they were alone") narrows nothing', () => {
    const frames = framesOf(articles(['Some 12 climbers were alone on the ridge when the storm hit.']));
    expect(frames.mention('Some 12 climbers').restrictor).toBeNull();
  });

  test('"96 operations …, out of the nearly 1,000 called off" is a part of the 1,000', () => {
    const frames = framesOf(articles(
      ['Nearly 1,000 operations were postponed across the network, officials said.'],
      ['The hospital postponed 96 operations, a spokesman said, out of the nearly 1,000 operations called off across the network.'],
    ));
    expect(frames.mention('96 operations').restrictor).toBe('part: out of a total');
    expect(frames.similarity('Nearly 1,000 operations', '96 operations')).toBe(0);
    // The total itself is no part.
    expect(frames.mention('nearly 1,000 operations').restrictor).toBeNull();
  });
});

describe('a count of one day is not a count of two', () => {
  test('"412 on Monday" and "nearly 1,000 over Monday and Tuesday" are two frames', () => {
    const frames = framesOf(articles(
      ['The network said 412 operations were postponed on Monday.'],
      ['Nearly 1,000 operations were postponed over Monday and Tuesday, the network said.'],
    ));
    expect(frames.mention('412 operations').days).toBe('monday');
    expect(frames.mention('Nearly 1,000 operations').days).toBe('monday tuesday');
    expect(frames.similarity('412 operations', 'Nearly 1,000 operations')).toBe(0);
  });

  test('the day a figure was given, or a day in a clause of its own, dates nothing', () => {
    const frames = framesOf(articles(
      ['The ministry said on Tuesday that 2,300 operations had been postponed.'],
      ['The attack, which began early on Monday, has forced the postponement of 950 operations.'],
    ));
    expect(frames.mention('2,300 operations').days).toBeNull();
    expect(frames.mention('950 operations').days).toBeNull();
  });
});

describe('"at the time" takes the time of the sentence before', () => {
  test('"About 2,300 operations were postponed at the time" counts the earlier attack\'s, not this one\'s', () => {
    const frames = framesOf(articles(
      ['Nearly 1,000 operations have been postponed since the attack began.'],
      ['The authority was hit by another attack in March 2023. About 2,300 operations were postponed at the time.'],
    ), '2030-10-14');
    expect(frames.mention('About 2,300 operations').time).toBe(frames.raw('About 2,300 operations').time);
    expect(frames.mention('About 2,300 operations').time).not.toBeNull();
    expect(frames.similarity('Nearly 1,000 operations', 'About 2,300 operations')).toBe(0);
  });
});

describe('a facility that does what is counted counts its own part', () => {
  test('"Veyra General Hospital had treated 11 people" is no frame with the 17 people treated in hospital', () => {
    const frames = framesOf(articles(
      ['Veyra General Hospital had treated 11 people for breathing problems by Tuesday evening, a hospital spokesman said.'],
      ['Six hundred troops have been sent to the area, and 17 people were treated in hospital for breathing difficulties.'],
    ));
    expect(frames.mention('11 people').owner).toBe('facility: veyra general hospital');
    expect(frames.similarity('11 people', '17 people')).toBe(0);
  });

  test('"Hestra airport was granted 29 million dalers, Lunde 18 million …" is one airport\'s share, no reading of all three airports\' total; another report of Hestra\'s own share is', () => {
    const frames = framesOf(articles(
      ['Hestra airport was granted 29 million dalers, Lunde 18 million and Marrow 9 million.'],
      ['Three regional airports have been granted more than 55 million dalers to keep flights running.'],
      ['Hestra airport has been granted 36 million dalers to keep flights running.', 'The mine employs about 2,300 people.'],
    ));
    expect(frames.mention('29 million dalers').owner).toBe('facility: hestra airport');
    expect(frames.mention('36 million dalers').owner).toBe('facility: hestra airport');
    expect(frames.similarity('29 million dalers', 'more than 55 million dalers')).toBe(0);
    expect(frames.similarity('29 million dalers', '36 million dalers')).toBeGreaterThanOrEqual(frames.threshold);
    // "The mine" names no facility.
    expect(frames.mention('about 2,300 people').owner).toBeNull();
  });

  test('a ministry acts for the whole, and one that gives a figure does not do what it counts', () => {
    const frames = framesOf(articles(
      ['The Interior Ministry evacuated 14,000 people from nine villages.', 'Veyra Airport said 46 flights were cancelled.'],
    ));
    expect(frames.mention('14,000 people').owner).toBeNull();
    expect(frames.mention('46 flights').owner).toBeNull();
  });
});

describe('lengths of time compare whatever their unit', () => {
  test('"within 72 hours" and "three days to leave" are one length; "21 days" and "three weeks" agree', () => {
    const frames = framesOf(articles(
      ['Aldovia ordered the diplomats to leave the country within 72 hours.', 'She has 21 days to appeal against the ban.'],
      ['Aldovia gave the diplomats three days to leave the country.', 'She now has three weeks to appeal against the ban.'],
    ));
    expect(frames.mention('72 hours').unitClass).toBe('duration');
    expect(frames.similarity('72 hours', 'three days')).toBeGreaterThanOrEqual(frames.threshold);
    expect(inCommonUnit(frames.mention('21 days').quantity)).toMatchObject({ unit: 'minute', value: 21 * 1440 });
    expect(inCommonUnit(frames.mention('three weeks').quantity)).toMatchObject({ unit: 'minute', value: 21 * 1440 });
  });

  test('"four minutes into the flight" is a moment of it; "shut down 17 seconds later" the time between two things', () => {
    const frames = framesOf(articles(
      ['About four minutes into the flight, its second-stage engine shut down.'],
      ['The second-stage engine ignited but shut down 17 seconds later, about 168 seconds into the flight.'],
    ));
    expect(frames.mention('About four minutes').span).toBe('moment');
    expect(frames.mention('about 168 seconds').span).toBe('moment');
    expect(frames.mention('17 seconds').span).toBe('offset');
    expect(frames.similarity('About four minutes', '17 seconds')).toBe(0);
  });
});

describe('powers compare whatever their SI prefix', () => {
  test('"about 9,800 megawatts" and "about 9.8 GW" (a symbol in capitals) are one power, in watts', () => {
    const frames = framesOf(articles(
      ['The national grid carries about 9,800 megawatts at peak on a winter evening.'],
      ['Peak demand on the national grid is about 9.8 GW on winter evenings.'],
    ));
    expect(frames.mention('about 9.8 GW').quantity.unit).toBe('gigawatt');
    expect(frames.mention('about 9.8 GW').unitClass).toBe('power');
    expect(frames.similarity('about 9,800 megawatts', 'about 9.8 GW')).toBeGreaterThanOrEqual(frames.threshold);
    expect(inCommonUnit(frames.mention('about 9.8 GW').quantity).value).toBeCloseTo(inCommonUnit(frames.mention('about 9,800 megawatts').quantity).value, 0);
  });
});

describe('a sum of parts is not one of its parts', () => {
  test('"The two companies together employ around 19,000 people" is no frame with "Tessaro employs 8,300 people"', () => {
    const frames = framesOf(articles(
      ['The two companies together employ around 19,000 people in southern Europe.'],
      ['Tessaro employs 8,300 people in southern Europe, most of them in Lusarnia.'],
    ));
    expect(frames.mention('around 19,000 people').restrictor).toBe('part: combined total');
    expect(frames.similarity('around 19,000 people', '8,300 people')).toBe(0);
  });
});

describe('a part of a whole is never a rival of the whole', () => {
  const specs = articles(
    ['Her movement won 18 of the 45 seats on the city council, the commission said.'],
    ['In the 45-seat city council, her movement won 16 seats, the commission said.'],
  );

  test('"18 of the 45 seats" and "the 45-seat council" are no frame; the part and the count it rivals are', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('18 of the 45 seats', '45-seat')).toBe(0);
    expect(frames.similarity('18 of the 45 seats', '16 seats')).toBeGreaterThan(0);
  });
});

describe('the whole of a partitive is a count of its own', () => {
  const specs = articles(
    ['Ammonia leaked at the plant on Sunday, and five of the 40 workers on the night shift were taken to hospital, police said.'],
    ['There were 38 workers on the night shift at the plant when ammonia began to escape on Sunday; five were taken to hospital.'],
    ['The leak set off sirens across the plant, sending all 40 workers on the night shift out into the yard.'],
  );

  test('"the 40 workers" in "five of the 40 workers … were taken" has no verb; the part keeps "taken"', () => {
    const frames = framesOf(specs);
    expect(frames.mention('40 workers').label.predicate).toBeNull();
    expect(frames.mention('five of the 40 workers').label.predicate).toBe('taken');
  });

  test('a count no verb acts on ("There were 38 workers") is no rival of a part; it is of the whole', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('five of the 40 workers', '38 workers')).toBe(0);
    expect(frames.similarity('40 workers', '38 workers')).toBeGreaterThan(frames.threshold);
  });

  test('the shift\'s 40 workers conflict with its 38; the five taken to hospital agree and do not', () => {
    const analysis = analyze(corpusOf(specs));
    const conflicting = analysis.claims.filter((c) => c.verdict === 'conflicting');
    expect(conflicting.map((c) => c.evidence.map((e) => e.value).sort())).toEqual([['38 workers', '40 workers', '40 workers']]);
  });
});

describe('what is left of a set is not the set', () => {
  test('"its other seven balloons" is a remainder; "about 40 balloons are flying" is the festival\'s count, and the two never conflict', () => {
    const specs = articles(
      ['The balloon was taking part in the Velna festival, where about 40 balloons are flying this week.'],
      ['Its other seven balloons were flying again on Sunday, the company said.'],
    );
    const frames = framesOf(specs);
    expect(frames.mention('seven balloons').remainder).toBe(true);
    expect(frames.mention('about 40 balloons').remainder).toBe(false);
    expect(frames.similarity('seven balloons', 'about 40 balloons')).toBe(0);
    expect(analyze(corpusOf(specs, { stories: [story('2030-03-02')] })).claims.filter((c) => c.verdict === 'conflicting')).toEqual([]);
  });

  test('"the remaining 12 passengers" and "the remaining 14 passengers" are two reports of one remainder, so they can be one frame', () => {
    const frames = framesOf(articles(['The remaining 12 passengers were taken to a hotel in Carro.'], ['The remaining 14 passengers were taken to a hotel in Carro, police said.']));
    expect(frames.mention('14 passengers').remainder).toBe(true);
    expect(frames.similarity('12 passengers', '14 passengers')).toBeGreaterThanOrEqual(frames.threshold);
  });
});

describe('a time within which something was done is not how long something lasted', () => {
  test('"put the trapped residents through … within two minutes" is the time to an answer; "trapped for about two hours" a length; "the trapped residents" is no verb of the figure', () => {
    const frames = framesOf(articles(
      ['Firefighters lifted the passengers out one by one; they were trapped for about two hours.'],
      ['The company said the emergency phone put the trapped residents through to its control room within two minutes.'],
    ));
    expect(frames.mention('two minutes').span).toBe('offset');
    expect(frames.mention('two minutes').label.predicate).toBe(null);
    expect(frames.mention('about two hours').label.predicate).toBe('trapped');
    expect(frames.similarity('two minutes', 'about two hours')).toBe(0);
  });

  test('a time allowed is a length: "ordered to leave within 72 hours" (see "lengths of time compare whatever their unit")', () => {
    const frames = framesOf(articles(['Aldovia ordered the diplomats to leave the country within 72 hours.'], ['Ambulances reached the field within 12 minutes.']));
    expect(frames.mention('72 hours').span).toBe(null);
    expect(frames.mention('12 minutes').span).toBe('offset');
  });
});

describe('a figure under a modal of possibility is a possible value, not the reported one', () => {
  const specs = articles(
    ['Luka Arvedi has left Kordava FC for Sporting Alvarra in a deal worth 12 million euros.'],
    ['Luka Arvedi has quit for Sporting Alvarra in a deal that could be worth 15 million euros.'],
    ['The ministry said the toll may rise to 300.'],
    ['The ministry said the toll rose to 212.'],
    ['The deal, signed in May, was worth 12 million euros.'],
  );

  test('"could be worth 15 million" and "may rise to 300" are possibilities; "worth 12 million" and "rose to 212" are not', () => {
    const frames = framesOf(specs);
    expect(frames.mention('15 million euros').hypothetical).toBe(true);
    expect(frames.mention('300').hypothetical).toBe(true);
    expect(frames.mention('12 million euros').hypothetical).toBe(false);
    expect(frames.mention('212').hypothetical).toBe(false);
  });

  test('no conflict sets a possible value against a reported one', () => {
    const analysis = analyze(corpusOf(specs));
    const values = analysis.claims.filter((c) => c.verdict === 'conflicting').flatMap((c) => c.evidence.map((e) => e.value));
    expect(values.filter((v) => v !== null && /15 million|300/.test(v))).toEqual([]);
  });
});

describe('a word that names or heads the subject is not the figure\'s verb', () => {
  const specs = articles(
    ['Sporting will pay a fee of 12.5 million euros for the striker.'],
    ['Sporting Alvarra paid 12 million euros for the striker.', 'Killed were 12 soldiers.'],
  );

  test('"Sporting will pay a fee of …": a word in -ing before a finite verb is its subject', () => {
    expect(framesOf(specs).mention('12.5 million euros').label.predicate).toBeNull();
  });

  test('"Sporting Alvarra paid 12 million euros": a capitalised word before another is a name, no verb; "Killed were 12 soldiers" opens with its verb', () => {
    const frames = framesOf(specs);
    expect(frames.mention('12 million euros').label.predicate).toBeNull();
    expect(frames.mention('12 soldiers').label.predicate).toBe('killed');
  });
});

describe('a modal after a figure opens its own verb group', () => {
  test('"…, and about 64,000 students will have to sit a new paper": the verb of the clause before is not the figure\'s', () => {
    const frames = framesOf(articles(['The ministry cancelled the exam after the paper was posted online the night before, and about 64,000 students will have to sit a new paper.']));
    expect(frames.mention('about 64,000 students').label.predicate).toBeNull();
  });
});

describe('two reports that each give both figures agree on both', () => {
  const specs = articles(
    ['The union says the organisers were warned in writing in May that the road narrows to six metres in the last 200 metres.'],
    ['The riders\' union says it wrote to the organisers in May to warn that the road narrowed to six metres over the final 200 m.'],
  );

  test('"six metres" of one is no reading of the other\'s "200 m"; "200 metres" is', () => {
    const frames = framesOf(specs);
    expect(frames.similarity('six metres', '200 m')).toBe(0);
    expect(frames.similarity('200 metres', '200 m')).toBeGreaterThan(frames.threshold);
  });

  test('no claim sets the width against the length', () => {
    expect(analyze(corpusOf(specs)).claims.filter((c) => c.verdict === 'conflicting').map((c) => c.statement)).toEqual([]);
  });
});

describe('people of two named kinds are two groups', () => {
  test('"400 prisoners" and "THREE guards" are no frame, however alike their sentences', () => {
    const frames = framesOf(articles(
      ['"You cannot watch 400 prisoners with three people," she said of the wing.'],
      ['Just THREE guards were watching 400 lags in the wing, union chief Nina Sarak said.'],
    ));
    expect(frames.similarity('400 prisoners', 'THREE guards')).toBe(0);
  });
});

describe('"there" near a number points to the place of the sentence before', () => {
  test('a count "there" after a town the story does not know is no count of another place', () => {
    const frames = framesOf(articles(
      ['About 12,000 people gathered in Dorvan on Saturday, police said.'],
      ['Some 12,000 people gathered in Dorvan on Saturday.', 'Protesters also rallied in the northern town of Kessel. Around 5,000 people gathered there, organisers said.'],
    ));
    expect(frames.mention('Around 5,000 people').place).not.toBeNull();
    expect(frames.similarity('About 12,000 people', 'Around 5,000 people')).toBe(0);
    expect(frames.similarity('About 12,000 people', 'Some 12,000 people')).toBeGreaterThan(0);
  });

  test('"there" takes the place named in the sentence before (kept where the story counts it apart)', () => {
    const frames = framesOf(articles(
      ['The United Nations has verified 11,300 civilian deaths.'],
      ['The UN says it has confirmed more than 11,000 civilian deaths.', 'Fighting went on in Marrak. Local officials reported that four civilians were killed in an attack on a market there.'],
    ));
    expect(frames.raw('four civilians').place).toBe('marrak');
    expect(frames.raw('more than 11,000 civilian deaths').place).toBeNull();
  });

  test('the "there" of existence and an idiom far from the number name no place', () => {
    const frames = framesOf(articles(
      ['A party needs 76 seats to govern alone.'],
      ['The Greens won 17 seats in Dorvan. It needs 15 more to reach the 76-seat majority in the assembly, and the Greens are the only party able to get it there in a deal.'],
      ['The storm hit Dorvan. There were 12,000 people without power.'],
      ['About 12,000 people were without power, the utility said.'],
    ));
    expect(frames.similarity('76 seats', '76-seat')).toBeGreaterThan(0);
    expect(frames.similarity('12,000 people', 'About 12,000 people')).toBeGreaterThan(0);
  });
});

describe('a three-word sentence that states a figure gives it', () => {
  test('"Two dockers drowned." confirms the count another report gives in its lead', () => {
    const analysis = analyze(corpusOf(articles(
      ['Two dockers drowned when a crane toppled into the harbour at Vessby on Monday, the port authority said.'],
      ['A crane fell into the harbour at Vessby on Monday.', 'Two dockers drowned.'],
    ), { stories: [story('2030-03-02')] }));
    const count = claimWith(analysis, 'Two dockers drowned when', 'Two dockers drowned.');
    expect(count?.verdict).toBe('corroborated');
  });
});

describe('"nearly" and "almost" fall just short of their figure', () => {
  const claimOf = (a: string, b: string) => claimWith(analyze(corpusOf([{ id: 'a', outlet: 'kyiv-post', body: [a] }, { id: 'b', outlet: 'moscow-times', body: [b] }])), a.slice(0, 16));

  test('"almost 300 million" is not 240 million: a writer would say "almost 250 million"', () => {
    const claim = claimOf('The new stadium cost 240 million euros, the city said.', 'The stadium cost almost 300 million euros, the paper reported.');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });

  test('"nearly 19.5 billion" is 19.4 billion, a step short', () => {
    const claim = claimOf('Defence spending rises to 19.4 billion crowns next year.', 'Defence spending rises to nearly 19.5 billion crowns next year.');
    expect(claim?.verdict, show(claim)).toBe('corroborated');
  });
});

describe('a length of time told by its verb and one told by its noun measure one thing', () => {
  const claimOf = (a: string, b: string, fragment: string) => claimWith(analyze(corpusOf([{ id: 'a', outlet: 'kyiv-post', body: [a] }, { id: 'b', outlet: 'moscow-times', body: [b] }], { stories: [story('2030-05-05')] })), fragment);

  test('"suspended … for eight months on Tuesday for operating …" is how long the suspension lasts, as "an 8-month suspension" is', () => {
    const claim = claimOf('The council suspended the surgeon Ana Petrova for eight months on Tuesday for operating without a second consultant.', 'Petrova now faces an 8-month suspension, her lawyer said.', 'suspended the surgeon');
    expect(claim?.evidence.map((e) => e.article), show(claim)).toEqual(['a', 'b']);
    expect(claim?.verdict).toBe('corroborated');
  });

  test('"will strike for five days" (a plain verb after a modal) and "a three-day strike" conflict', () => {
    const claim = claimOf('Dock workers will strike for five days from Monday in a dispute over pay, their union said.', 'Dockers are to stage a three-day strike from Monday in a row over pay.', 'strike for five days');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });

  test('a dateline\'s day is when the report was filed, not a scope of its figures', () => {
    const claim = claimOf('PORT HALLEN, Oct 2 - Dock workers will strike for five days from Monday in a dispute over pay, their union said.', 'Dockers are to stage a three-day strike from Monday in a row over pay.', 'strike for five days');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });

  test('"talked for seven hours" and "the talks, which lasted nine hours" conflict', () => {
    const claim = claimOf('Negotiators talked for seven hours at a hotel in the capital before they agreed the deal.', 'The talks, which lasted nine hours, ended at 2 a.m. on Friday at a hotel in the capital.', 'talked for seven hours');
    expect(claim?.verdict, show(claim)).toBe('conflicting');
  });
});
