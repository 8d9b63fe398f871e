/**
 * The matcher's memo of a number per pair key gives back what a map would: every key kept, through
 * growth, collisions and keys too large for its typed arrays, and nothing for a key never kept.
 */
import { expect, test } from 'vitest';
import { PairTable } from '../../../../src/engine/04-match/pair-table.ts';

test('a table gives back every value kept, as a map does, while it grows from empty', () => {
  const table = new PairTable();
  const map = new Map<number, number>();
  // Keys as the matcher makes them (a * n + b), with a story's n of 1,700 units, in a scrambled order.
  for (let k = 0; k < 20_000; k++) {
    const key = ((k * 7919) % 20_000) * 1_700 + (k % 1_700);
    if (map.has(key)) continue;
    const value = k % 7 === 0 ? -1 : k / 20_000;
    map.set(key, value);
    table.set(key, value);
  }
  for (const [key, value] of map) expect(table.get(key)).toBe(value);
  expect(table.get(1)).toBe(map.get(1));
  expect(table.get(33_999_999)).toBeUndefined();
});

test('keys past the typed arrays (a story of more than 46,340 units) are kept too', () => {
  const table = new PairTable(4);
  const large = 50_000 * 50_000 + 17;
  table.set(large, 0.25);
  table.set(0, 0.5);
  expect(table.get(large)).toBe(0.25);
  expect(table.get(0)).toBe(0.5);
  expect(table.get(large + 1)).toBeUndefined();
});
