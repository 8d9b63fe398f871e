import { describe, expect, test } from 'vitest';
import { snippet } from '../../../src/lib/format.ts';

describe('descriptions cut at a word', () => {
  test('a text within the limit is left as it is', () => {
    expect(snippet('Reported by 2 independent sources: A and B.', 200)).toBe('Reported by 2 independent sources: A and B.');
  });

  test('a longer text ends at the last whole word that fits, without a dangling comma, and an ellipsis', () => {
    const text = 'Reported by 5 independent sources: Antwerp Daily Chronicle, Aurora Weekly, Busan Evening Courier, Compass Daily and Keystone TV.';
    const cut = snippet(text, 60);
    // The first 59 characters end inside "Aurora": the cut goes back to the comma before it and drops it.
    expect(cut).toBe('Reported by 5 independent sources: Antwerp Daily Chronicle…');
    expect(cut.length).toBeLessThanOrEqual(60);
  });

  test('one long word with no space in its second half is cut inside the word', () => {
    expect(snippet(`ab ${'x'.repeat(30)}`, 10)).toBe('ab xxxxxx…');
  });
});
