/**
 * Quantities as news copy writes them: the number, its unit, the qualifier, what it measures and
 * the interval its rounding allows. Intervals follow `interval` (annotate/quantities.ts): a plain
 * number is read within a quarter of its rounding step g, "about" within 10 % (at least g/2), a
 * bound moves at most one step ("more than 280" is 280-290), and "nearly" falls short by a step and
 * never more than a tenth ("nearly 300 million" is 270-300 million). Every expectation below is worked out
 * from the sentence by that rule.
 */
import { describe, expect, test } from 'vitest';
import { findQuantities, interval, singular } from '../../../../src/engine/03-annotate/quantities.ts';
import type { Quantity } from '../../../../src/engine/types.ts';
import { lang } from './helpers.ts';

const quantities = (text: string): Quantity[] => findQuantities(lang.lexicon, text, lang.tokenize(text));
const first = (text: string): Quantity => {
  const [q] = quantities(text);
  if (!q) throw new Error(`no quantity in ${JSON.stringify(text)}`);
  return q;
};
const contains = (q: Quantity, x: number): boolean => q.low <= x && x <= q.high;

describe('number, unit, qualifier, what it measures and its interval', () => {
  test.each([
    // text, surface, value, low, high, unit, qualifier, measures
    ['a compound before the measured noun', 'They wrapped up the four-hour meeting.', 'four-hour', 4, 3.75, 4.25, 'hour', 'exact', 'meeting'],
    ['a decimal compound (step 0.1)', 'He spoke after the 4.5-hour meeting in Riyadh.', '4.5-hour', 4.5, 4.475, 4.525, 'hour', 'exact', 'meeting'],
    ['"more than" moves one step up', 'The more than four-hour meeting ended.', 'more than four-hour', 4, 4, 5, 'hour', 'more-than', 'meeting'],
    ['"nearly" falls short by a step, a tenth at most', 'It was a nearly five-hour meeting.', 'nearly five-hour', 5, 4.5, 5, 'hour', 'nearly', 'meeting'],
    ['"nearly" with years', 'Talks began in the nearly three-year conflict.', 'nearly three-year', 3, 2.7, 3, 'year', 'nearly', 'conflict'],
    ['a plural count noun is its own measure', 'They agreed on four principles during talks.', 'four principles', 4, 3.75, 4.25, 'principle', 'exact', 'principle'],
    ['the head of the noun phrase after a compound', 'They proposed a three-stage peace plan.', 'three-stage', 3, 2.75, 3.25, 'stage', 'exact', 'plan'],
    ['"over" is "more than"; the verb "lasted" names what is measured', 'The meeting lasted over four hours.', 'over four hours', 4, 4, 5, 'hour', 'more-than', 'meeting'],
    ['"at least" moves one step up', 'At least 12 miners were killed.', 'At least 12 miners', 12, 12, 13, 'miner', 'at-least', 'miner'],
    ['"up to" with a step of 100', 'Up to 300 troops may be sent.', 'Up to 300 troops', 300, 200, 300, 'troop', 'at-most', 'troop'],
    ['"fewer than" with a step of 10', 'Fewer than 20 people attended.', 'Fewer than 20 people', 20, 10, 20, 'person', 'less-than', 'person'],
    ['"about" allows half a step when that is more than 2 %', 'About 40 workers were rescued.', 'About 40 workers', 40, 35, 45, 'worker', 'about', 'worker'],
    ['"some" reads as "about": half a step (1,200 is rounded to hundreds)', 'Some 1,200 residents fled.', 'Some 1,200 residents', 1200, 1150, 1250, 'resident', 'about', 'resident'],
    ['a currency sign and a scale word; a verb of price measures its subject', 'The plan costs $2.5 billion.', '$2.5 billion', 2.5e9, 2.475e9, 2.525e9, 'usd', 'exact', 'plan'],
    ['a percentage sign (step 0.01) and the noun before the linking verb', 'The inflation rate rose to 4.25% in May.', '4.25%', 4.25, 4.2475, 4.2525, 'percent', 'exact', 'rate'],
    ['"percent" as a word; "of the vote" says what it is a share of', 'Erdogan gained 49.51 percent of the vote.', '49.51 percent', 49.51, 49.5075, 49.5125, 'percent', 'exact', 'vote'],
    ['a bare number after "rose to" counts the noun before it', 'The death toll rose to 14 on Friday.', '14', 14, 13.75, 14.25, 'count', 'exact', 'toll'],
    ['"a dozen" with an adjective before the noun', 'He pledged a dozen new tanks.', 'a dozen new tanks', 12, 11.75, 12.25, 'tank', 'exact', 'tank'],
    ['a hyphenated number word', 'It took twenty-five days.', 'twenty-five days', 25, 24.75, 25.25, 'day', 'exact', null],
    ['"of" names what a duration measures', 'After four hours of talks they left.', 'four hours', 4, 3.75, 4.25, 'hour', 'exact', 'talk'],
    ['"between A and B" is a range', 'Between 800 and 1,000 people were injured.', 'Between 800 and 1,000 people', 900, 800, 1000, 'person', 'about', 'person'],
    ['"A to B" is a range', 'The talks took 3 to 4 hours.', '3 to 4 hours', 3.5, 3, 4, 'hour', 'about', 'talk'],
    ['an age', 'A 21-year-old was arrested.', '21-year-old', 21, 20.75, 21.25, 'age', 'exact', null],
    ['an article and modifiers between the verb and the number', 'The turnout was a very high 88.8%.', '88.8%', 88.8, 88.775, 88.825, 'percent', 'exact', 'turnout'],
    ['"reached a record"', 'Official turnout reached a record 88.9%.', '88.9%', 88.9, 88.875, 88.925, 'percent', 'exact', 'turnout'],
    ['a verb of price measures its subject', 'The recall is expected to cost around 200 million euros.', 'around 200 million euros', 2e8, 1.5e8, 2.5e8, 'eur', 'about', 'recall'],
  ])('%s: %s', (_phenomenon, text, surface, value, low, high, unit, qualifier, measures) => {
    const q = first(text);
    expect(q).toMatchObject({ surface, unit, qualifier, measures });
    expect(q.value).toBeCloseTo(value, 6);
    expect(q.low).toBeCloseTo(low, 6);
    expect(q.high).toBeCloseTo(high, 6);
    expect(text.slice(q.start, q.end)).toBe(surface);
  });
});

describe('intervals from the rounding step decide what agrees', () => {
  test('"four hours" and "4.5 hours" are disjoint: a writer who rounds to hours does not mean 4.5', () => {
    const four = first('The meeting lasted four hours.');
    const fourHalf = first('The meeting lasted 4.5 hours.');
    expect(four.high).toBeLessThan(fourHalf.low);
    expect(contains(four, 4.5)).toBe(false);
  });

  test('"more than four hours" contains 4.5', () => {
    expect(contains(first('The meeting lasted more than four hours.'), 4.5)).toBe(true);
  });

  test('"more than 280" (step 10) contains 288, "more than 230" does not', () => {
    expect(contains(first('The crash killed more than 280 people.'), 288)).toBe(true);
    expect(contains(first('The crash killed more than 230 people.'), 288)).toBe(false);
  });

  test('"about 900" (±50, half of its rounding step) excludes 803 and 840', () => {
    const about = first('About 900 people were injured.');
    expect([about.low, about.high]).toEqual([850, 950]);
    expect(contains(about, 803)).toBe(false);
    expect(contains(about, 840)).toBe(false);
    expect(contains(about, 880)).toBe(true);
  });

  test('"between 800 and 1,000" holds both ends and what lies between', () => {
    const range = first('Between 800 and 1,000 people were injured.');
    expect([contains(range, 800), contains(range, 900), contains(range, 1000), contains(range, 1001)]).toEqual([true, true, true, false]);
  });

  test.each([
    [4, 1, 'exact', [3.75, 4.25]],
    [280, 10, 'more-than', [280, 290]],
    [280, 10, 'at-least', [280, 290]],
    [3, 1, 'nearly', [2.7, 3]],
    [19.5, 0.1, 'nearly', [19.4, 19.5]],
    [300e6, 100e6, 'nearly', [270e6, 300e6]],
    [3, 1, 'less-than', [2, 3]],
    [3, 1, 'at-most', [2, 3]],
    [0.5, 1, 'at-most', [0, 0.5]],
    [900, 100, 'about', [850, 950]],
    [1000, 10, 'about', [980, 1020]],
    [40, 10, 'about', [35, 45]],
    [7, 0, 'exact', [6.75, 7.25]],
  ] as const)('interval(%d, step %d, %s) is %j', (value, step, qualifier, expected) => {
    const [low, high] = interval(value, step, qualifier);
    expect(low).toBeCloseTo(expected[0], 9);
    expect(high).toBeCloseTo(expected[1], 9);
  });
});

describe('what is counted', () => {
  test('"from 62 to 64" is a change: two numbers, not a range', () => {
    const found = quantities('The retirement age will rise from 62 to 64.');
    expect(found.map((q) => [q.surface, q.value, q.qualifier, q.measures])).toEqual([
      ['62', 62, 'exact', 'age'],
      ['64', 64, 'exact', 'age'],
    ]);
  });

  test('vague "thousands of flights" is an interval of its own', () => {
    expect(first('Thousands of flights were cancelled.')).toMatchObject({ surface: 'Thousands of flights', unit: 'flight', qualifier: 'about', low: 2000, high: 1_000_000 });
  });

  test('"tens of thousands of" multiplies the inner amount', () => {
    expect(first('Tens of thousands of flights were cancelled.')).toMatchObject({ unit: 'flight', low: 10_000, high: 100_000 });
  });

  test('"hundreds of" and "dozens of"', () => {
    expect(first('Hundreds of passengers were stranded.')).toMatchObject({ unit: 'passenger', low: 200, high: 1000 });
    expect(first('Dozens of bodies were recovered.')).toMatchObject({ unit: 'body', low: 24, high: 100 });
  });

  test.each([
    ['a participle used as a plural noun (nominal ellipsis) counts people', 'Over 1,100 injured were taken to hospital.', 'Over 1,100', 'person', 1100, 1200],
    ['"dead" used as a noun', 'Officials counted 288 dead by Saturday.', '288', 'person', 287.75, 288.25],
    ['a participle before the plural noun it describes', 'There were 1,175 injured people in hospitals.', '1,175 injured people', 'person', 1174.75, 1175.25],
    ['a bare number as the object of a verb of harming people', 'The train hit a goods train, injuring 803.', '803', 'person', 802.75, 803.25],
    ['… also before "and"', 'The blast tore through the market, killing 41 and wounding dozens.', '41', 'person', 40.75, 41.25],
    ['… after "all", of those on board', 'The helicopter crashed into a hillside, killing all 11 on board.', '11', 'person', 10.75, 11.25],
    ['a locative adverb after a bare number counts the people there', 'The plane came down near Harnow with 23 aboard.', '23 aboard', 'person', 22.75, 23.25],
  ])('%s: %s', (_phenomenon, text, surface, unit, low, high) => {
    const q = first(text);
    expect(q).toMatchObject({ surface, unit });
    expect(q.low).toBeCloseTo(low, 6);
    expect(q.high).toBeCloseTo(high, 6);
  });

  test('"all three exchanges" is a count of the whole, which a report gives like any other; "the three exchanges" refers to them', () => {
    expect(first('Lindmark has brokered all three exchanges since the war began.')).toMatchObject({ value: 3, unit: 'exchange' });
    expect(quantities('Lindmark has brokered the three exchanges since the war began.')).toEqual([]);
  });

  test('"two passenger trains" counts trains; "passenger" is a modifier', () => {
    expect(first('Two passenger trains collided near the station.')).toMatchObject({ value: 2, unit: 'train', modifier: 'passenger' });
  });

  test('"22,000 flight delays" counts delays of flights: modifier "flight"', () => {
    expect(first('There were 22,000 flight delays on Friday.')).toMatchObject({ value: 22000, unit: 'delay', modifier: 'flight', granularity: 1000 });
  });

  test('a capitalised number word after a dateline\'s dash or a colon opens its clause: "(Wire) - Nine people were killed"', () => {
    expect(first('PORT SELWYN, June 14 (Continental Wire) - Nine people were killed when a jet crash-landed.')).toMatchObject({ value: 9, unit: 'person' });
    expect(first('Key figures: Twelve flights were cancelled.')).toMatchObject({ value: 12, unit: 'flight' });
    // Inside a sentence a capitalised number word is a name.
    expect(quantities('They met at the Four Seasons hotel in Riyadh.')).toEqual([]);
  });

  test('a capitalised modifier before a lower-case noun: "23 Starlink satellites"', () => {
    expect(first('The rocket carried 23 Starlink satellites.')).toMatchObject({ value: 23, unit: 'satellite' });
  });

  test('an irregular verb form after a number is no unit: "1.28 million took to the streets" counts no "took"', () => {
    expect(quantities('An estimated 1.28 million took to the streets across France.').map((q) => q.unit)).not.toContain('took');
    // An irregular plural stays a unit.
    expect(first('About 300 men were detained.')).toMatchObject({ value: 300, unit: 'man' });
  });

  test('a participle with a doubled consonant before its plural noun counts that noun: "2,300 planned operations"', () => {
    // "planned" is in the exception lists as an irregular form of "plan"; it is still a participle.
    expect(first('More than 2,300 planned operations were postponed.')).toMatchObject({ value: 2300, unit: 'operation' });
    expect(first('Some 40 stopped trains were left on the line.')).toMatchObject({ value: 40, unit: 'train' });
  });

  test('an irregular verb form is not what a number measures: "a figure it said compared to 2.5 million"', () => {
    expect(quantities('The union put the number at 3.5 million, a figure it said compared to 2.5 million on January 31.').map((q) => q.measures)).not.toContain('said');
  });

  test('a second number in a sentence is found too, in reading order', () => {
    const found = quantities('The crash killed 288 passengers and injured 900 passengers.');
    expect(found.map((q) => [q.value, q.unit])).toEqual([
      [288, 'passenger'],
      [900, 'passenger'],
    ]);
  });
});

describe('unit conversions in parentheses restate the figure before them', () => {
  test.each([
    ['a distance in miles after kilometres', 'Balasore is about 220 kilometers (137 miles) southwest of Kolkata.', [[220, 'kilometre']]],
    ['a sum in dollars after rupees (500 crore = 500 × 10 million)', 'The deal is worth Rs 500 crore ($60 million).', [[5e9, 'inr']]],
    ['a sum with "about" before it', 'A ticket cost 20 euros (about $22) on Friday.', [[20, 'eur']]],
  ])('%s', (_name, text, expected) => {
    expect(quantities(text).map((q) => [q.value, q.unit])).toEqual(expected);
  });

  test('a figure of its own in parentheses stays: another unit that is no measure, or the same unit', () => {
    expect(quantities('Some 900 people (200 children) were hurt.').map((q) => q.value)).toEqual([900, 200]);
    expect(quantities('Sales rose 4% (3% a year earlier).').map((q) => q.value)).toEqual([4, 3]);
  });
});

describe('numbers that are not quantities', () => {
  test.each([
    ['a ratio', 'One in five trains was late.'],
    ['a ratio in digits', 'Only 1 in 5 passengers had a ticket.'],
    ['a year', 'The strike began in 2023.'],
    ['a year after "since"', 'Ukraine has not held elections since 2014.'],
    ['a year as a modifier', 'NATO made its 2008 promise.'],
    ['a month and day', 'Rubio spoke after the February 18 meeting.'],
    ['a day and month', 'The strike began on 7 March 2023.'],
    ['a month and year', 'The invasion began in February 2022.'],
    ['an ordinal word', 'It was the first round of talks.'],
    ['an ordinal in digits', 'The talks resume on the 3rd of March.'],
    ['a time of day', 'The meeting started at 10:30 in Riyadh.'],
    ['a clock time with am', 'The train left at 7 am on Friday.'],
    ['a number inside a name', 'He told Channel One about it.'],
    ['a number inside a name with digits', 'Cases of COVID-19 fell.'],
    ['a reciprocal "one another"', 'The two sides listened to one another.'],
    ['a partitive "of"', 'The five of us were here today.'],
    ['a part picked by what is said of its whole: a relative clause', 'Three of the nine people who died were from the city.'],
    ['a part picked by what is said of its whole: a participle', 'The province accounted for 131 of the 186 people killed.'],
    ['a part picked by what is said of its whole: a state as noun', 'Two of the four dead came from the valley.'],
    ['a lone "one"', 'One phone call followed by one meeting is not enough.'],
    ['"one day" as an adverb', 'Moscow wants to one day give Kyiv a say.'],
    ['a definite figure refers back to one already given', 'The four principles were not published.'],
    ['a score or a vote tally', 'The court issued a 5-4 ruling on Friday.'],
    ['a fraction joined by a slash', 'The 24/7 hotline opened on Friday.'],
  ])('%s: %s', (_phenomenon, text) => {
    expect(quantities(text)).toEqual([]);
  });

  test.each([
    // text, surface, value, unit, whole, the whole's surface
    ['a numeric partitive counts the whole\'s noun', 'A cabin fell, killing 11 of the 15 people on board.', '11 of the 15 people', 11, 'person', 15, '15 people'],
    ['a number word opening the sentence', 'Eleven of the 15 people on board died.', 'Eleven of the 15 people', 11, 'person', 15, '15 people'],
    ['a possessive before the whole', 'Two of the building\'s four exits had been padlocked.', 'Two of the building\'s four exits', 2, 'exit', 4, 'four exits'],
    ['no determiner before the whole', 'Three of 10 voters backed him.', 'Three of 10 voters', 3, 'voter', 10, '10 voters'],
    ['after a capitalised name, a part and not the name\'s number', 'It gives the Farmers\' Alliance 76 of parliament\'s 151 seats.', '76 of parliament\'s 151 seats', 76, 'seat', 151, '151 seats'],
  ])('%s: %s', (_phenomenon, text, surface, value, unit, whole, wholeSurface) => {
    const found = quantities(text);
    expect(found.map((q) => q.surface)).toEqual([surface, wholeSurface]);
    expect(found[0]).toMatchObject({ value, unit, whole });
    // The whole is a count of its own, of the same noun, and no part of anything.
    expect(found[1]).toMatchObject({ value: whole, unit, partitiveWhole: true });
    expect(found[1]?.whole).toBeUndefined();
  });

  test.each([
    ['minutes to midnight', 'The paper was leaked online at twenty to midnight on Sunday.'],
    ['"minutes" and an hour before a day', 'The crane fell at ten minutes to ten on Wednesday.'],
    ['minutes past an hour at the end of the sentence', 'The ferry left at twenty past six.'],
    ['a quarter past an hour before a comma', 'At a quarter past six, the doors opened.'],
    ['any number of minutes', 'The meteor burst over the town at twelve minutes past nine on Wednesday night.'],
    ['an hour alone with its part of the day', 'The hoard was found at about six on Sunday evening.'],
    ['an hour alone in the afternoon', 'The locusts reached the valley at two in the afternoon on Thursday.'],
  ])('a time of day in words is no figure (%s): %s', (_form, text) => {
    expect(quantities(text).map((q) => q.surface)).toEqual([]);
  });

  test('a number word all in capitals before a word in lower case is emphasis, a figure; before a capitalised word a name', () => {
    expect(quantities('A painting was snapped up after NINE bidders went to war over it.').map((q) => [q.surface, q.value])).toEqual([['NINE bidders', 9]]);
    expect(quantities('He works for NINE Network in Sydney.')).toEqual([]);
    // A plural in capitals after it, or after digits, is shouted too; "NEWS" is no plural.
    expect(quantities('Their lift plunged TEN FLOORS down a shaft.').map((q) => [q.surface, q.unit])).toEqual([['TEN FLOORS', 'floor']]);
    expect(quantities('The basket was dragged 300 METRES through the crop.').map((q) => [q.surface, q.unit])).toEqual([['300 METRES', 'metre']]);
    expect(quantities('He works for NINE NEWS in Sydney.')).toEqual([]);
    // … and is the noun itself, not a capitalised modifier of the word after it ("23 Starlink satellites").
    expect(quantities('Police found 40 TOURISTS trapped in the cable car.').map((q) => [q.surface, q.unit])).toEqual([['40 TOURISTS', 'tourist']]);
    expect(quantities('He stayed at the Four Seasons in May.')).toEqual([]);
  });

  test('compounds of "man" count in the singular ("Six gunmen" are gunmen); a singular in "-men" after a vowel stays', () => {
    expect(quantities('Six gunmen seized the train.').map((q) => q.unit)).toEqual(['gunman']);
    expect(quantities('Twelve firemen were hurt.').map((q) => q.unit)).toEqual(['fireman']);
    expect(quantities('Police found 40 specimens.').map((q) => q.unit)).toEqual(['specimen']);
  });

  test('a time in words leaves the figures beside it, and a range "five to ten" stays a figure', () => {
    expect(quantities('At twenty past six, 40 people had left.').map((q) => q.surface)).toEqual(['40 people']);
    expect(quantities('It rose five to ten percent.').map((q) => q.surface)).toEqual(['five to ten percent']);
  });

  test('a rejected number takes its scale word with it: "the 1.27 million" is not "million" people', () => {
    const found = quantities('Turnout was slightly higher than the 1.27 million estimated during a previous round of protests.');
    expect(found.map((q) => q.surface)).toEqual([]);
  });

  test('a plural noun after a year-like number makes it a count: "2000 troops"', () => {
    expect(first('The alliance sent 2000 troops to the border.')).toMatchObject({ value: 2000, unit: 'troop' });
  });
});

describe('a year after "in" says when, and leaves the number before it a quantity', () => {
  test.each([
    ['a sum', 'The firm raised $3 billion in 2021.', 3e9, 'usd'],
    ['a bare number after "rose to"', 'The death toll rose to 300 in 2023.', 300, 'count'],
    ['a percentage', 'Prices rose 5% in 2022.', 5, 'percent'],
  ])('%s: %s', (_name, text, value, unit) => {
    expect(quantities(text).map((q) => [q.value, q.unit])).toEqual([[value, unit]]);
  });

  test('a number after "in" that is no year still makes a ratio', () => {
    expect(quantities('Only 1 in 50 passengers had a ticket.')).toEqual([]);
  });
});

describe('what a number measures is the head of its subject, not the object of a preposition after it', () => {
  test.each([
    ['a share', 'Inflation in the eurozone rose to 5.2 percent in March.', 'inflation'],
    ['a share after a two-word subject', 'Turnout in the first round was 88.9%.', 'turnout'],
    ['a tally', 'The death toll from the floods rose to 18.', 'toll'],
    ['a duration, across a place name', 'The meeting in Riyadh lasted four hours.', 'meeting'],
    ['a duration, across an adjective and a noun', 'The talks in the Saudi capital lasted 4.5 hours.', 'talk'],
    ['a duration in a relative clause, of its antecedent', 'The debate, which lasted nine hours, ended with a vote for the bill.', 'debate'],
    ['a duration in a restrictive relative clause', 'It was the meeting that lasted four hours.', 'meeting'],
    ['a value after "worth", of the noun before it', 'He left for Sporting in a deal worth 12 million euros.', 'deal'],
    ['a value in a relative clause, of its antecedent', 'He left in a deal that could be worth 15 million euros.', 'deal'],
    ['a value after "will be", of the subject', 'The repair bill will be 2.3 million crowns.', 'bill'],
  ])('%s: %s', (_name, text, measures) => {
    expect(first(text).measures).toBe(measures);
  });

  test('"worth" ends the noun phrase a duration compounds into: "a four-year contract worth 1.45 million euros" is a contract\'s length', () => {
    expect(first('He will sign a four-year contract worth 1.45 million euros a year.').measures).toBe('contract');
  });

  test('a word in -ing after a modifier heads the "of" phrase; after a plural noun it is a participle', () => {
    expect(first('The country began three days of national mourning.').measures).toBe('mourning');
    expect(first('They held four hours of talks ending in a deal.').measures).toBe('talk');
  });

  test('"of" with an article names what a share is of: "49.5 percent of the vote"', () => {
    expect(first('Erdogan won 49.5 percent of the vote.').measures).toBe('vote');
  });
});

test('the counted noun is the plural head across singular nouns of a compound: "two snow leopard cubs" counts cubs', () => {
  expect(first('The zoo welcomed two snow leopard cubs last week.')).toMatchObject({ value: 2, unit: 'cub', modifier: 'leopard' });
});

describe('a bare count under a hundred is written as counted, not rounded to tens', () => {
  test.each([
    ['digits', 'At the plant, 10 workers were killed on Monday.', 10, 9.75, 10.25],
    ['a number word', 'Twenty coaches left the tracks.', 20, 19.75, 20.25],
  ])('%s: %s', (_name, text, value, low, high) => {
    expect(first(text)).toMatchObject({ value, low, high });
  });

  test('"10 workers" and "8 workers" do not overlap; a share, a sum and a count of a hundred or more keep their step', () => {
    const ten = first('At the plant, 10 workers were killed on Monday.');
    const eight = first('At the plant, 8 workers were killed on Monday.');
    expect(ten.low > eight.high).toBe(true);
    expect(first('Turnout was 30 percent on Sunday.')).toMatchObject({ low: 27.5, high: 32.5 });
    expect(first('The firm raised $10 billion.')).toMatchObject({ low: 7.5e9, high: 12.5e9 });
    expect(first('At the plant, 280 workers were hurt.')).toMatchObject({ low: 277.5, high: 282.5 });
  });
});

describe('South Asian scale words and the rupee abbreviation', () => {
  test.each([
    ['lakh (100,000)', 'Each family will get Rs 10 lakh.', 1e6],
    ['the abbreviation with its full stop', 'Each family will get Rs. 10 lakh.', 1e6],
    ['crore (10 million)', 'The railway set aside Rs 500 crore.', 5e9],
  ])('%s: %s', (_name, text, value) => {
    expect(quantities(text).map((q) => [q.value, q.unit])).toEqual([[value, 'inr']]);
  });
});

describe('gapping: a coordinated clause that leaves out its noun and auxiliary takes the first clause’s noun', () => {
  test.each([
    ['"were cancelled and 20,000 delayed"', 'Over 2,000 flights were cancelled and 20,000 delayed.', 'flight'],
    ['a participle without an auxiliary', 'Over 2,000 flights cancelled and 20,000 delayed.', 'flight'],
    ['a qualifier before the second number', 'Over 2,000 flights were cancelled, and more than 20,000 delayed.', 'flight'],
    ['harm done to people still counts people', 'Some 300 homes were flooded and 20 injured.', 'person'],
    ['a first count that is an object, not a clause of the same shape', 'The storm destroyed 300 homes, and 20 stranded.', 'person'],
  ])('%s', (_name, text, unit) => {
    expect(quantities(text).map((q) => q.unit)).toEqual([quantities(text)[0]?.unit, unit]);
  });
});

describe('singular nouns', () => {
  test.each([
    ['principles', 'principle'],
    ['people', 'person'],
    ['talks', 'talk'],
    ['casualties', 'casualty'],
    ['crisis', 'crisis'],
    ['churches', 'church'],
    ['boxes', 'box'],
    ['status', 'status'],
    ['bus', 'bus'],
  ])('the singular of %s is %s', (plural, one) => {
    expect(singular(lang.lexicon, plural)).toBe(one);
  });
});

describe('a number whose noun the sentence leaves out (nominal ellipsis, figure anaphora)', () => {
  test.each([
    ['Police put the number at 81,000.', '81,000'],
    ['The police, however, assure that there were 81,000.', '81,000'],
    ['Police said 22 had been arrested.', '22'],
    ['Officials said the estimate rose to 300 on Monday.', '300'],
    ['According to the Ministry of the Interior, they were 1.8 million.', '1.8 million'],
  ])('"%s": %s is a count of what came before', (text, surface) => {
    const q = first(text);
    expect(q.surface).toBe(surface);
    expect(q.elided).toBe(true);
    expect(q.unit).toBe('count');
    expect(q.measures).toBeNull();
  });

  test('"2,160 flights, including more than 1,250 within the U.S.": the part after "including" counts what the whole counts', () => {
    const part = quantities('The number of flights canceled has grown to 2,160 worldwide, including more than 1,250 within, into, or out of the U.S.').find((q) => q.value === 1250);
    expect(part?.surface).toBe('more than 1,250');
    expect(part?.elided).toBe(true);
    // With its own noun the part is an ordinary count: "including 512 flights out of the United States".
    const named = quantities('Some 1,390 flights were canceled, including 512 flights out of the United States.').find((q) => q.value === 512);
    expect(named?.elided).toBeUndefined();
    expect(named?.unit).toBe('flight');
  });

  test('"a quarter of a million people" is 250,000 people, not "a million people" (a fraction of a scale is read whole)', () => {
    const q = first('Organisers say a quarter of a million people took part.');
    expect(q).toMatchObject({ surface: 'a quarter of a million people', value: 250_000, unit: 'person' });
    // Half of one part (125,000) is the step, and a plain number is read within a quarter of it.
    expect([q.low, q.high]).toEqual([218_750, 281_250]);
    expect(quantities('Organisers say a quarter of a million people took part.')).toHaveLength(1);
  });

  test('"Hundreds of others were trapped": "others" stands for the noun of a count before it', () => {
    const q = first('Hundreds of others were trapped inside the wreckage overnight.');
    expect(q.surface).toBe('Hundreds of others');
    expect(q.elided).toBe(true);
    expect([q.low, q.high]).toEqual([200, 1000]);
  });

  test.each([
    'He scored 3 in the second half.',
    'There were 300 people at the rally.',
    'The number of flights stood at 300.',
  ])('"%s": the noun is there, or no noun is left out', (text) => {
    expect(quantities(text).filter((q) => q.elided)).toEqual([]);
  });
});

describe('a participle before the counted noun', () => {
  test.each([
    ['803 injured passengers were treated.', 'passenger', null],
    ['Rescuers searched more than a dozen mangled rail cars.', 'car', 'rail'],
    ['More than 900 injured rescue workers were treated.', 'worker', 'rescue'],
  ])('"%s": the noun after it, %s, is what is counted', (text, unit, modifier) => {
    const q = first(text);
    expect(q.unit).toBe(unit);
    expect(q.modifier).toBe(modifier);
  });

  test('"About 900 injured were taken to hospital": with no noun after it, the state stands for people', () => {
    expect(first('About 900 injured were taken to hospital.').unit).toBe('person');
  });
});

describe('the counted noun across a strong past participle', () => {
  test('"the number of ferries cancelled has grown to 310": the ferries, not "grown"', () => {
    expect(first('By noon the number of ferries cancelled has grown to 310 across the region.').measures).toBe('ferry');
  });
});

describe('the measured noun across an earlier quantity written in words', () => {
  test('"raise the pension age by two years to 64": the age, not "two"', () => {
    const [change, value] = quantities('The plan would raise the pension age by two years to 67 for all workers.');
    expect(change?.surface).toBe('two years');
    expect(value?.measures).toBe('age');
  });
});

describe('"mn", the financial press’s abbreviation of million', () => {
  test.each([
    ['Net income fell to $312mn.', '$312mn', 312e6],
    ['It earned $503 mn a year ago.', '$503 mn', 503e6],
  ])('"%s": %s is %d dollars', (text, surface, value) => {
    const q = first(text);
    expect(q.surface).toBe(surface);
    expect(q.value).toBe(value);
    expect(q.unit).toBe('usd');
  });
});

describe('the measured noun is never the word of another number', () => {
  test('"earned $503 million on sales of $5.18 billion": the second sum measures sales, not "million"', () => {
    const [, sales] = quantities('A year ago it earned $503 million on sales of $5.18 billion.');
    expect(sales?.measures).toBe('sale');
  });

  test('"fell 38 per cent to $312 million": the sum measures the income, not "cent"', () => {
    const [, income] = quantities('Net income fell 38 per cent to $312 million.');
    expect(income?.measures).toBe('income');
  });
});

describe('a capitalised adjective before the counted noun', () => {
  test.each([
    ['Varenia will free 312 Kostravan prisoners.', 'prisoner', 'kostravan'],
    ['The rocket carried 23 Starlink satellites.', 'satellite', 'starlink'],
  ])('"%s": counts %s, narrowed by "%s"', (text, unit, proper) => {
    const q = first(text);
    expect(q.unit).toBe(unit);
    expect(q.proper).toBe(proper);
  });

  test('"320 demonstrations" has none', () => {
    expect(first('Some 320 demonstrations were organised.').proper).toBeUndefined();
  });
});

describe('speeds written with a slash or an abbreviation', () => {
  test.each([
    ['Winds had dropped to around 30 km/h by noon.', 'around 30 km/h', 'kilometre-per-hour'],
    ['Gusts of up to 50 mph drove embers across the road.', 'up to 50 mph', 'mile-per-hour'],
    ['The train was travelling at 130 kmph.', '130 kmph', 'kilometre-per-hour'],
  ])('"%s": %s is a speed', (text, surface, unit) => {
    const q = first(text);
    expect(q.surface).toBe(surface);
    expect(q.unit).toBe(unit);
  });
});

describe('a clock time is no count: with its full stops, its minutes after a colon, or before "local time"', () => {
  test.each(['The agency issued a red alert at 2 p.m. on Saturday.', 'The first trains left at 5 a.m. on Monday.', 'The rocket lifted off at 06:12 local time.', 'The rocket lifted off at 0612 local time.'])('"%s"', (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe('currencies by name, including those one English name covers', () => {
  test.each([
    ['Health gets 48.3 billion crowns.', 'crown'],
    ['The fine was 500,000 kronor.', 'crown'],
    ['Damage was put at 4.2 billion pesos.', 'peso'],
    ['The deal is worth 2 billion zlotys.', 'pln'],
  ])('"%s": %s', (text, unit) => {
    expect(first(text).unit).toBe(unit);
  });
});

describe('an attached "m" is metres where the sentence measures a length, else millions', () => {
  test.each([
    ['They were about 870m (2,854ft) below the surface.', 'metre', 870],
    ['The shaft is 870m deep.', 'metre', 870],
    ['The cage stopped 400m underground.', 'metre', 400],
    ['The company lost £870m (€1bn) last year.', 'gbp', 870e6],
    ['Profit was £870m below forecasts.', 'gbp', 870e6],
    ['About 5m people live in the region.', 'person', 5e6],
  ])('"%s"', (text, unit, value) => {
    const [q] = quantities(text);
    expect(q?.unit).toBe(unit);
    expect(q?.value).toBe(value);
  });
});

describe('a hundredth of the pound after a number is pence, read in pounds', () => {
  test.each([
    ['Kestrel is offering 760p per share.', 7.6],
    ['Shares closed 27.2 per cent higher at 721p.', 7.21],
    ['The stamp now costs 85 pence.', 0.85],
  ])('"%s"', (text, value) => {
    const q = quantities(text).find((x) => x.unit === 'gbp');
    expect(q?.value).toBeCloseTo(value, 10);
    expect(q?.surface).toMatch(/p(?:ence)?$/);
  });

  test('"2 p.m." stays a time, not pence', () => {
    expect(quantities('The meeting ended at 2 p.m. on Friday.').some((q) => q.unit === 'gbp')).toBe(false);
    expect(quantities('The meeting ended at 2pm on Friday.').some((q) => q.unit === 'gbp')).toBe(false);
  });
});

describe('the measured noun before a relative clause set off by commas', () => {
  test('"Core inflation, which excludes food and energy prices, eased to 3.6%" measures inflation', () => {
    expect(quantities('Core inflation, which excludes food and energy prices, eased to 3.6%.')[0]?.measures).toBe('inflation');
  });

  test('a comma that closes no relative clause still ends the search', () => {
    expect(quantities('After the vote, rose to 3.6% in the polls.')[0]?.measures).toBeNull();
  });
});

describe('a number that names one of a series counts nothing', () => {
  test.each(['Highway 14 is closed between the two towns.', 'Flight 302 crashed on Sunday.', 'Terminal 2 was evacuated.', 'Under Article 5 of the treaty, allies must respond.'])('"%s"', (text) => {
    expect(quantities(text)).toEqual([]);
  });

  test.each([
    ['Erdogan 49%, his rival 44.9%.', '49%'],
    ['Erdogan 49 percent, his rival 44.9 percent.', '49 percent'],
    ['Moscow 2,000 soldiers were sent.', '2,000 soldiers'],
    ['On Sunday 14 people died.', '14 people'],
  ])('"%s" keeps %s', (text, surface) => {
    expect(quantities(text).map((q) => q.surface)).toContain(surface);
  });
});

describe('a range whose second figure repeats the currency sign is one range', () => {
  test.each([
    ['It expects revenue of $7.3 billion to $7.4 billion this year.', 7.3e9, 7.4e9],
    ['It expects revenue of between $7.3 billion and $7.4 billion this year.', 7.3e9, 7.4e9],
    ['It expects revenue of $7.3bn-$7.4bn this year.', 7.3e9, 7.4e9],
  ])('"%s"', (text, low, high) => {
    const found = quantities(text);
    expect(found).toHaveLength(1);
    expect([found[0]?.low, found[0]?.high]).toEqual([low, high]);
  });

  test('"from $62 to $64" stays a change of two figures', () => {
    expect(quantities('Shares rose from $62 to $64.').map((q) => q.value)).toEqual([62, 64]);
  });
});

describe('a sum in a currency named by its word measures what costs it', () => {
  test.each([
    ['The repairs cost 42 million crowns.', 'repair'],
    ['The new stadium cost 300 million pesos, the city said.', 'stadium'],
  ])('"%s" measures %s', (text, measured) => {
    expect(quantities(text)[0]?.measures).toBe(measured);
  });
});
