import { describe, expect, test } from 'vitest';
import { findQuantities, singular } from '../../../../src/engine/03-annotate/quantities.ts';
import { tokenize } from '../../../../src/engine/03-annotate/tokens.ts';
import { parseNumber } from '../../../../src/engine/03-annotate/numbers.ts';

const quantities = (text: string) => findQuantities(text, tokenize(text));

describe('quantities with units, qualifiers and what they measure', () => {
  test.each([
    // text, surface, value, low, high, unit, qualifier, measures
    ['They wrapped up the four-hour meeting.', 'four-hour', 4, 4, 4, 'hour', 'exact', 'meeting'],
    ['He spoke after the 4.5-hour meeting in Riyadh.', '4.5-hour', 4.5, 4.5, 4.5, 'hour', 'exact', 'meeting'],
    ['The more than four-hour meeting ended.', 'more than four-hour', 4, 4, Infinity, 'hour', 'more-than', 'meeting'],
    ['It was a nearly five-hour meeting.', 'nearly five-hour', 5, 4.5, 5, 'hour', 'nearly', 'meeting'],
    ['Talks began in the nearly three-year conflict.', 'nearly three-year', 3, 2.7, 3, 'year', 'nearly', 'conflict'],
    ['They agreed on four principles during talks.', 'four principles', 4, 4, 4, 'principle', 'exact', 'principle'],
    ['They proposed a three-stage peace plan.', 'three-stage', 3, 3, 3, 'stage', 'exact', 'plan'],
    ['The meeting lasted over four hours.', 'over four hours', 4, 4, Infinity, 'hour', 'more-than', 'meeting'],
    ['At least 12 miners were killed.', 'At least 12 miners', 12, 12, Infinity, 'miner', 'at-least', 'miner'],
    ['Up to 300 troops may be sent.', 'Up to 300 troops', 300, 0, 300, 'troop', 'at-most', 'troop'],
    ['Sales would drop by as much as 8% this year.', 'as much as 8%', 8, 0, 8, 'percent', 'at-most', 'sale'],
    ['Fewer than 20 people attended.', 'Fewer than 20 people', 20, 0, 20, 'person', 'less-than', 'person'],
    ['About 40 workers were rescued.', 'About 40 workers', 40, 36, 44, 'worker', 'about', 'worker'],
    ['Some 1,200 residents fled.', 'Some 1,200 residents', 1200, 1080, 1320, 'resident', 'about', 'resident'],
    ['The plan costs $2.5 billion.', '$2.5 billion', 2.5e9, 2.5e9, 2.5e9, 'usd', 'exact', null],
    ['Inflation rose to 4.25% in May.', '4.25%', 4.25, 4.25, 4.25, 'percent', 'exact', 'inflation'],
    ['The rate rose 3 percent.', '3 percent', 3, 3, 3, 'percent', 'exact', 'rate'],
    ['The death toll rose to 14 on Friday.', '14', 14, 14, 14, 'count', 'exact', 'toll'],
    ['He pledged a dozen new tanks.', 'a dozen new tanks', 12, 12, 12, 'tank', 'exact', 'tank'],
    ['It took twenty-five days.', 'twenty-five days', 25, 25, 25, 'day', 'exact', null],
    ['After four hours of talks they left.', 'four hours', 4, 4, 4, 'hour', 'exact', 'talk'],
    ['Between 3 to 4 hours were lost.', '3 to 4 hours', 3.5, 3, 4, 'hour', 'about', null],
    ['A 21-year-old was arrested.', '21-year-old', 21, 21, 21, 'age', 'exact', null],
  ])('%s', (text, surface, value, low, high, unit, qualifier, measures) => {
    const [q] = quantities(text);
    expect(q).toMatchObject({ surface, value, unit, qualifier, measures });
    expect(q?.low).toBeCloseTo(low as number);
    expect(q?.high).toBeCloseTo(high as number);
    expect(text.slice(q?.start, q?.end)).toBe(surface);
  });
});

describe('numbers that are not quantities', () => {
  test.each([
    ['Rubio spoke after the February 18 meeting.'],
    ['The invasion began in February 2022.'],
    ['Ukraine has not held elections since 2014.'],
    ['NATO made its 2008 promise.'],
    ['It was the first round of talks.'],
    ['He told Channel One about it.'],
    ['The talks resume on the 3rd of March.'],
    ['The meeting started at 10:30 in Riyadh.'],
    ['The two sides listened to one another.'],
    ['The five of us were here today.'],
    ['One phone call followed by one meeting is not enough.'],
    ['Moscow wants to one day give Kyiv a say.'],
    ['Cases of COVID-19 fell.'],
  ])('%s', (text) => {
    expect(quantities(text)).toEqual([]);
  });
});

describe('number words', () => {
  test.each([
    ['four', 4],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['one hundred and twenty', 120],
    ['two million', 2e6],
    ['3.5 million', 3.5e6],
    ['1,200', 1200],
    ['one and a half', 1.5],
  ])('%s is %d', (text, value) => {
    expect(parseNumber(tokenize(text), 0)?.value).toBe(value);
  });

  test.each([
    ['principles', 'principle'],
    ['people', 'person'],
    ['talks', 'talk'],
    ['casualties', 'casualty'],
    ['crisis', 'crisis'],
    ['churches', 'church'],
  ])('the singular of %s is %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
