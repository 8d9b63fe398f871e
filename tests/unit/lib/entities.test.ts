import { describe, expect, test } from 'vitest';
import { entityPath, initial, sortKey } from '../../../src/lib/entities.ts';

describe('people and organisations lists', () => {
  test.each([
    ['Sergey Lavrov', 'people', 'Lavrov Sergey', 'L'],
    ['Jacqui Heinrich', 'people', 'Heinrich Jacqui', 'H'],
    ['Madonna', 'people', 'Madonna', 'M'],
    ['The White House', 'organisations', 'White House', 'W'],
    ['État major', 'organisations', 'État major', 'E'],
    ['3M', 'organisations', '3M', '#'],
  ] as const)('%s is filed as %j under %s', (name, section, key, letter) => {
    expect(sortKey({ name }, section)).toBe(key);
    expect(initial({ name }, section)).toBe(letter);
  });

  test('an entity’s first page has no number, later ones do', () => {
    expect(entityPath('people', 'sergey-lavrov')).toBe('people/sergey-lavrov/');
    expect(entityPath('organisations', 'kremlin', 3)).toBe('organisations/kremlin/3/');
  });
});
