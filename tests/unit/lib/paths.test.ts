import { describe, expect, test } from 'vitest';
import { absoluteUrl, joinBase } from '../../../src/lib/paths.ts';

describe('joinBase', () => {
  test.each([
    ['/', '', '/'],
    ['/', 'articles/x', '/articles/x/'],
    ['/factcheck/', 'articles/x/', '/factcheck/articles/x/'],
    ['/factcheck', '/articles/x', '/factcheck/articles/x/'],
    ['/factcheck/', 'articles/x/#s-1a2b3c4d', '/factcheck/articles/x/#s-1a2b3c4d'],
    ['/factcheck/', 'search/?q=lavrov', '/factcheck/search/?q=lavrov'],
    ['/factcheck/', 'data/claims.json', '/factcheck/data/claims.json'],
    ['/factcheck/', 'favicon.svg', '/factcheck/favicon.svg'],
  ])('base %s + %s = %s', (base, path, expected) => {
    expect(joinBase(base, path)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  test('joins origin, base and path', () => {
    expect(absoluteUrl('https://example.github.io', '/factcheck/', 'claims/x')).toBe('https://example.github.io/factcheck/claims/x/');
  });
});
