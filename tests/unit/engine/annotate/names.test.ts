/**
 * Name comparison without lists of the people in a story: transliteration keys, given names of
 * one person, typo distance, ids and the gender a name suggests.
 */
import { describe, expect, test } from 'vitest';
import { damerauLevenshtein, genderOfName, givenNamesCompatible, slugify, transliterationKey } from '../../../../src/engine/03-annotate/names.ts';
import { splitName } from '../../../../src/engine/03-annotate/people.ts';
import { lang } from './helpers.ts';

describe('transliteration keys', () => {
  test.each([
    ['Yuri', 'Yury'],
    ['Yuriy', 'Yurii'],
    ['Sergey', 'Sergei'],
    ['Zelensky', 'Zelenskyy'],
    ['Zelenskiy', 'Zelensky'],
    ['Aleksei', 'Alexey'],
    ['Dmitri', 'Dmitry'],
    ['Lavrov', 'Lavrow'],
    ['Tomás', 'Tomas'],
    ['Witkoff', 'Witkof'],
  ])('%s and %s share a key', (a, b) => {
    expect(transliterationKey(a)).toBe(transliterationKey(b));
  });

  test.each([
    ['Ivanov', 'Ivanova'],
    ['Peskov', 'Pesko'],
    ['Rubio', 'Rubin'],
  ])('%s and %s stay apart', (a, b) => {
    expect(transliterationKey(a)).not.toBe(transliterationKey(b));
  });
});

describe('given names of one person (the surname already agrees)', () => {
  test.each([
    ['equal after folding', 'Tomás', 'Tomas', true],
    ['one transliteration', 'Yuri', 'Yury', true],
    ['an initial', 'D', 'Donald', true],
    ['a prefix (clipped form)', 'Alex', 'Alexander', true],
    ['one typo', 'Stephen', 'Stephan', true],
    ['a short form with the same initial and gender', 'Mike', 'Michael', true],
    ['a short form with the same initial, female', 'Kate', 'Katherine', true],
    ['a short form of one initial, both male', 'Steve', 'Stephen', true],
    ['different initials', 'Anna', 'Maria', false],
    ['a hypocorism that changes the first letter is not recognised', 'Bill', 'William', false],
    ['an initial that differs', 'J', 'Donald', false],
    ['same initial, short, but the genders conflict', 'Maria', 'Mark', false],
    ['two long names with one initial', 'Michael', 'Matthew', false],
  ])('%s: %s and %s → %s', (_rule, a, b, expected) => {
    expect(givenNamesCompatible(lang, a, b)).toBe(expected);
    expect(givenNamesCompatible(lang, b, a)).toBe(expected);
  });
});

describe('Damerau-Levenshtein distance', () => {
  test.each([
    ['ushakov', 'ushkaov', 1],
    ['solberg', 'solbreg', 1],
    ['kitten', 'sitting', 3],
    ['abc', 'abc', 0],
    ['abc', 'ab', 1],
    ['ca', 'abc', 3],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
  });

  test('stops early once the limit is passed', () => {
    expect(damerauLevenshtein('lavrov', 'rubio', 1)).toBe(2);
  });

  // With a limit of one edit (the only one the engine asks for) the distance is read without a table.
  test.each([
    ['abc', 'abc', 0],
    ['ushakov', 'ushkaov', 1], // neighbours swapped
    ['lavrov', 'lavrow', 1], // one letter replaced
    ['zelensky', 'zelenskyy', 1], // one letter added at the end
    ['rubio', 'ubio', 1], // one letter dropped at the start
    ['kyiv', 'kiev', 2], // two letters replaced
    ['abcd', 'badc', 2], // two swaps
    ['ca', 'abc', 2], // no single edit turns one into the other
    ['abcd', 'acbe', 2], // a swap and a replacement
  ])('%s → %s within one edit is %i', (a, b, expected) => {
    expect(damerauLevenshtein(a, b, 1)).toBe(expected);
  });
});

describe('names and ids', () => {
  test.each([
    ['Yury Ushakov', 'yury-ushakov'],
    ['Miguel Ángel Sotomayor', 'miguel-angel-sotomayor'],
    ['RFE/RL', 'rfe-rl'],
    ['The Guardian', 'the-guardian'],
  ])('slug of %s is %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  test.each([
    [['Yury', 'Ushakov'], 'Yury', 'Ushakov'],
    [['Ursula', 'von', 'der', 'Leyen'], 'Ursula', 'von der Leyen'],
    [['Martin', 'Luther', 'King', 'Jr'], 'Martin', 'King'],
    [['Lavrov'], null, 'Lavrov'],
  ])('%j splits into given %s and surname %s', (parts, given, surname) => {
    expect(splitName(parts)).toEqual({ given, surname });
  });

  test.each([
    [null, 'Zakharova', 'female'],
    [null, 'Peskov', 'male'],
    ['Melania', 'Trump', 'female'],
    ['Marco', 'Rubio', 'male'],
    [null, 'Rubio', null],
    // "Tammy" is in both public lists, so the name decides nothing and the surname has no ending that does.
    ['Tammy', 'Bruce', null],
  ])('gender of %s %s is %s', (given, surname, expected) => {
    expect(genderOfName(lang, given, surname)).toBe(expected);
  });
});
