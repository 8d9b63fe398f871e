/**
 * The same words about other people or places (referents.ts): two sentences that say the same thing
 * of two towns, two countries or two people are two facts, never one claim; a town and a country, a
 * region, two speakers, or a place only one sentence names are not this.
 */
import { describe, expect, test } from 'vitest';
import { otherDays, otherDirections, otherReferents, otherSides, sidesOf } from '../../../../src/engine/04-match/referents.ts';

/** Whether two sentences take opposite sides (a route both ways round, the two ends of a series), as the matcher asks. */
const opposite = (a: string, b: string): boolean => otherSides(sidesOf(a), sidesOf(b));
import { FALL, RISE } from '../../../../src/engine/04-match/frames.ts';
import { storyStats, unitVectors, type UnitVector } from '../../../../src/engine/04-match/features.ts';
import { analyze, corpusOf, storyAt, type StoryAt } from '../support/corpus.ts';
import { claimsWith, showAll, unitWith } from '../support/find.ts';

/** Two articles with one sentence each, and two bystanders that name neither, so the names are specific. */
function articles(a: string, b: string): Parameters<typeof corpusOf>[0] {
  return [
    { id: 'one', outlet: 'one-daily', body: ['Protests against the pension reform continued on Tuesday.', a] },
    { id: 'two', outlet: 'two-herald', body: ['Protests against the pension reform continued on Tuesday.', b] },
    { id: 'three', outlet: 'three-post', body: ['Protests against the pension reform continued on Tuesday.'] },
    { id: 'four', outlet: 'four-times', body: ['Protests against the pension reform continued on Tuesday.'] },
  ];
}

/** The units of the two sentences (by a fragment of each) as the matcher sees them, with their story. */
function pairOf(a: string, b: string, fragmentA: string, fragmentB: string): { x: UnitVector; y: UnitVector; story: StoryAt<'annotate'> } {
  const story: StoryAt<'annotate'> = storyAt(corpusOf(articles(a, b)), 'annotate');
  const all = unitVectors(story.ctx.lang, story, storyStats(story));
  return { x: all[unitWith(story, fragmentA).i] as UnitVector, y: all[unitWith(story, fragmentB).i] as UnitVector, story };
}

/** Whether the two sentences' units are other referents' facts, as the matcher asks. */
function other(a: string, b: string, fragmentA: string, fragmentB: string): boolean {
  const { x, y, story } = pairOf(a, b, fragmentA, fragmentB);
  return otherReferents(x, y, story.entities, story.ctx.lang.lexicon);
}

describe('the same words about other referents are two claims', () => {
  test.each([
    ['two towns', 'Police fired tear gas at protesters in Lyon on Tuesday evening after clashes near the station.', 'Police fired tear gas at protesters in Nantes on Tuesday evening after clashes near the station.', 'Lyon', 'Nantes'],
    ['two people, neither of them speaking', 'A court on Monday convicted Anna Berg of taking bribes from a construction firm.', 'A court on Monday convicted Piotr Nowak of taking bribes from a construction firm.', 'Anna Berg', 'Piotr Nowak'],
  ])('%s', (_, a, b, nameA, nameB) => {
    const analysis = analyze(corpusOf(articles(a, b)));
    // Without the rule each pair is one claim (near-identical sentences are even taken for one copy).
    expect(claimsWith(analysis, nameA), showAll(analysis)).toHaveLength(1);
    expect(claimsWith(analysis, nameA, nameB), showAll(analysis)).toEqual([]);
  });

  test('the rule sees two towns, two countries and two people', () => {
    expect(other('Clashes broke out in Lyon on Tuesday.', 'Clashes broke out in Nantes on Tuesday.', 'Lyon', 'Nantes')).toBe(true);
    expect(other('Thousands marched in France on Tuesday against the pension reform.', 'Thousands marched in Belgium on Tuesday against the pension reform.', 'France', 'Belgium')).toBe(true);
  });

  test('proper nouns the story does not know as names: "the Juniper music festival" and "the Tribune music festival"', () => {
    expect(other('Tickets for the Juniper music festival sold out within hours.', 'Tickets for the Tribune music festival sold out within hours.', 'Juniper', 'Tribune')).toBe(true);
    expect(other('A new exhibition of Art Deco posters opens at the Peregrine Museum on Wednesday.', 'A new exhibition of Art Deco posters opens at the Bluewater Museum on Wednesday.', 'Peregrine', 'Bluewater')).toBe(true);
  });

  test('a known town against an unknown proper noun: "the Antwerp marathon" / "the Tromsø marathon"', () => {
    expect(other('Registration for the Antwerp marathon opened on Wednesday.', 'Registration for the Tromsø marathon opened on Wednesday.', 'Antwerp', 'Tromsø')).toBe(true);
  });

  test('two bodies of one kind: two universities cannot hold one another', () => {
    expect(other('Researchers at the University of Split presented a study on urban heat.', 'Researchers at the University of Lagos presented a study on urban heat.', 'Split', 'Lagos')).toBe(true);
  });

  test('the story’s own setting counts too: "police in Recife" in a story every sentence of which names Recife, and "police in Tbilisi"', () => {
    const setting = (extra: string): Parameters<typeof corpusOf>[0][number]['body'] => ['A blaze swept through a chemicals plant in Recife on Saturday.', 'Firefighters in Recife fought the blaze for hours.', extra];
    const story: StoryAt<'annotate'> = storyAt(corpusOf([
      { id: 'one', outlet: 'one-daily', body: setting('Police in Tbilisi asked the public to help find a missing painting.') },
      { id: 'two', outlet: 'two-herald', body: setting('Police in Recife asked the public to help find a missing painting.') },
      { id: 'three', outlet: 'three-post', body: setting('Recife is the capital of Pernambuco.') },
    ]), 'annotate');
    const all = unitVectors(story.ctx.lang, story, storyStats(story));
    const x = all[unitWith(story, 'Police in Tbilisi').i] as UnitVector;
    const y = all[unitWith(story, 'Police in Recife').i] as UnitVector;
    // Recife is in every article: no distinctive name for the matcher, still a town other than Tbilisi.
    expect(y.specific).not.toContain('recife');
    expect(otherReferents(x, y, story.entities, story.ctx.lang.lexicon)).toBe(true);
  });

  test.each([
    ['a city and its country may be one place named twice', 'Talks in Riyadh ended without a deal on Tuesday.', 'Talks in Saudi Arabia ended without a deal on Tuesday.', 'Riyadh', 'Saudi'],
    ['two people who say the same are two sources of one claim', 'Anna Berg said the talks had been useful and constructive.', 'Piotr Nowak said the talks had been useful and constructive.', 'Anna Berg', 'Piotr Nowak'],
    ['a place only one sentence names', 'Clashes broke out in Lyon on Tuesday evening.', 'Clashes broke out on Tuesday evening.', 'Lyon', 'broke out on'],
    ['bodies of two kinds may be one inside the other', 'Talks with the Foreign Ministry will resume in Geneva on Monday.', 'Talks with the Security Council will resume in Geneva on Monday.', 'Foreign Ministry', 'Security Council'],
    ['two people after an honorific who say the same are two sources', 'Dr. Zhou, who led the study, said the results were promising.', 'Dr. Halvorsen, who led the study, said the results were promising.', 'Zhou', 'Halvorsen'],
    ['sources named after "according to" are whom the fact is from, not what it is about', 'Some 1,390 flights were canceled worldwide, according to Cirium data.', 'Some 1,390 flights were canceled worldwide, according to FlightAware data.', 'Cirium', 'FlightAware'],
    ['a proper noun only one sentence writes', 'Tickets for the Juniper music festival sold out within hours.', 'Tickets for the music festival sold out within hours.', 'Juniper', 'the music'],
    ['other words about other towns', 'Clashes broke out in Lyon on Tuesday.', 'The mayor of Nantes praised the firefighters for their courage.', 'Lyon', 'Nantes'],
  ])('not the rule: %s', (_, a, b, fragmentA, fragmentB) => {
    expect(other(a, b, fragmentA, fragmentB)).toBe(false);
  });
});

describe('the same words of two different days are two facts', () => {
  /** Whether the two sentences' units are facts of other days, as the matcher asks. */
  function days(a: string, b: string, fragmentA: string, fragmentB: string): boolean {
    const { x, y } = pairOf(a, b, fragmentA, fragmentB);
    return otherDays(x, y);
  }

  test('"raised its key rate … on Saturday" and "… on Thursday" are two claims', () => {
    const analysis = analyze(corpusOf(articles('The central bank raised its key rate by a quarter point on Saturday.', 'The central bank raised its key rate by a quarter point on Thursday.')));
    expect(claimsWith(analysis, 'on Saturday'), showAll(analysis)).toHaveLength(1);
    expect(claimsWith(analysis, 'on Saturday', 'on Thursday'), showAll(analysis)).toEqual([]);
  });

  test('reports of one event that give it two days do not confirm each other, in other words too', () => {
    expect(days(
      'The kidnapped aid workers were handed over to army troops near the village of Tel Amun at about 4 p.m. on Tuesday, ending six weeks of captivity in remote mountain caves.',
      'The kidnapped aid workers were freed and handed over to army troops near the village of Tel Amun shortly after 9 p.m. on Monday, following secret talks led by tribal elders.',
      'on Tuesday',
      'on Monday',
    )).toBe(true);
  });

  test('two years, and two weekdays in one year', () => {
    expect(days('Rafe Dunmore, who spent eight years out of the sport for fixing a race at Tarrow Park in April 2022, rode again.', 'Rafe Dunmore, who spent eight years out of the sport for fixing a race at Tarrow Park in April 2020, rode again.', 'in April 2022', 'in April 2020')).toBe(true);
    expect(days('The assembly approved the 2027 budget on Thursday.', 'Bonds rallied on Friday after the assembly approved the 2027 budget.', 'on Thursday', 'on Friday')).toBe(true);
    expect(days('The assembly approved the 2027 budget on Thursday.', 'The assembly approved the budget for 2027.', 'on Thursday', 'for 2027')).toBe(false);
  });

  test('two weekdays, or two days of a month', () => {
    expect(days('The central bank raised its key rate by a quarter point on Saturday.', 'The central bank raised its key rate by a quarter point on Thursday.', 'on Saturday', 'on Thursday')).toBe(true);
    expect(days('The court will rule on the appeal on 12 May.', 'The court will rule on the appeal on 19 May.', '12 May', '19 May')).toBe(true);
  });

  test.each([
    ['a weekday and a date may be one day', 'The court will rule on the appeal on Tuesday.', 'The court will rule on the appeal on 19 May.', 'Tuesday', '19 May'],
    ['a day both name', 'Unions marched on Tuesday and will strike again on Thursday.', 'Unions marched on Tuesday, and said they would strike again.', 'again on Thursday', 'would strike'],
    ['a day only one names', 'The central bank raised its key rate on Saturday.', 'The central bank raised its key rate.', 'on Saturday', 'key rate.'],
  ])('not the rule: %s', (_, a, b, fragmentA, fragmentB) => {
    expect(days(a, b, fragmentA, fragmentB)).toBe(false);
  });
});

describe('the same words of a value moving two ways are two facts', () => {
  /** Whether the two sentences' units say a value moved two ways, as the matcher asks. */
  function directions(a: string, b: string, fragmentA: string, fragmentB: string): boolean {
    const { x, y } = pairOf(a, b, fragmentA, fragmentB);
    return otherDirections(x, y, FALL, RISE);
  }

  test('"jumped" / "plunged", "cut" / "raised"', () => {
    expect(directions('Shares in the airline jumped 5 percent on Tuesday.', 'Shares in the airline plunged 5 percent on Tuesday.', 'jumped', 'plunged')).toBe(true);
    expect(directions('The central bank cut its key rate by a quarter point.', 'The central bank raised its key rate by a quarter point.', ' cut ', 'raised')).toBe(true);
  });

  test('"jumped 5 percent" and "plunged 5 percent" are two claims', () => {
    // Two reports and nothing else: without the rule the two sentences are one corroborated claim.
    const analysis = analyze(corpusOf([
      { id: 'one', outlet: 'one-daily', body: ['Shares in the airline jumped 5 percent on Tuesday after the announcement.'] },
      { id: 'two', outlet: 'two-herald', body: ['Shares in the airline plunged 5 percent on Tuesday after the announcement.'] },
    ]));
    expect(claimsWith(analysis, 'jumped'), showAll(analysis)).toHaveLength(1);
    expect(claimsWith(analysis, 'jumped', 'plunged'), showAll(analysis)).toEqual([]);
  });

  test.each([
    ['two words of one way', 'Shares in the airline rose 5 percent on Tuesday.', 'Shares in the airline climbed 5 percent on Tuesday.', 'rose', 'climbed'],
    ['a sentence that moves both ways', 'Shares in the airline rose 5 percent on Tuesday.', 'Shares in the airline fell early but rose 5 percent on Tuesday.', 'rose 5', 'fell early'],
    ['other words', 'Shares in the airline rose 5 percent on Tuesday.', 'Ticket sales fell sharply in the winter months.', 'airline', 'Ticket'],
  ])('not the rule: %s', (_, a, b, fragmentA, fragmentB) => {
    expect(directions(a, b, fragmentA, fragmentB)).toBe(false);
  });
});


describe('a route and the same route the other way round are two directions', () => {
  test('"moving from north-west to south-east" against "moved from south-east to north-west"', () => {
    expect(opposite('The blaze left a 6-kilometre scar, moving from north-west to south-east, the fire service said.', 'Unusually, the fire moved from south-east to north-west, uphill and into the wind.')).toBe(true);
    expect(opposite('The express was travelling from Kolkata to Chennai.', 'The express from Chennai to Kolkata was late.')).toBe(true);
  });

  test.each([
    ['the same way', 'The fire moved from north-west to south-east.', 'As forecast, the fire moved from north-west to south-east, downhill.'],
    ['a text that names both ways', 'Trains ran from Arlen to Sella and from Sella to Arlen.', 'Trains ran from Sella to Arlen all day.'],
    ['no route in one', 'The fire moved from north-west to south-east.', 'The fire burned 6 kilometres of forest.'],
  ])('not the rule: %s', (_, a, b) => {
    expect(opposite(a, b)).toBe(false);
  });

  test('the reversed report is no support of the claim the others state', () => {
    const analysis = analyze(corpusOf(articles(
      'The blaze was first reported at about 2.15 p.m. and left a 6-kilometre scar of blackened forest and vineyards, moving from north-west to south-east, the fire service said.',
      'Unusually, the blaze first reported at about 2.15 p.m. left blackened forest and vineyards, moving from south-east to north-west, the fire service said.',
    )));
    expect(claimsWith(analysis, 'from north-west to south-east', 'from south-east to north-west'), showAll(analysis)).toEqual([]);
  });
});

describe('the two ends of one series are two facts', () => {
  test('"the final game of their 18-game match" against "the opening game of the 18-game match"; "first seen" against "last seen"', () => {
    expect(opposite('Play had been scheduled for 3.30 p.m. in the final game of their 18-game title match.', 'The game was meant to be the opening game of the 18-game match.')).toBe(true);
    expect(opposite('The boy was last seen at 9 p.m. near the river.', 'The boy was first seen at 9 p.m. near the river by a neighbour.')).toBe(true);
  });

  test.each([
    ['the same end in other words', 'in the final game of the match', 'in the last game of the title match'],
    ['a text that names both ends', 'between the first game and the last game of the match', 'in the last game of the match'],
    ['ends of two different things', 'in the final game of the match', 'on the opening day of the festival'],
  ])('not the rule: %s', (_, a, b) => {
    expect(opposite(a, b)).toBe(false);
  });
});
