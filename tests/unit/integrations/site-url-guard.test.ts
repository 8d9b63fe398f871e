import { describe, expect, test } from 'vitest';
import { isProductionBuild, siteUrlProblem } from '../../../src/integrations/site-url-guard.ts';

describe('a production build needs SITE_URL', () => {
  test.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ NODE_ENV: 'production' }, true],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: '' }, false],
    [{}, false],
  ])('%j is a production build: %s', (env, expected) => {
    expect(isProductionBuild(env)).toBe(expected);
  });

  test('missing in production: refused, with what to set', () => {
    expect(siteUrlProblem({ CI: 'true' })).toMatch(/SITE_URL is not set/);
    expect(siteUrlProblem({ NODE_ENV: 'production', SITE_URL: '  ' })).toMatch(/SITE_URL is not set/);
  });

  test('missing locally: fine (the site is built for http://localhost:4321)', () => {
    expect(siteUrlProblem({})).toBeNull();
  });

  test.each([
    ['https://example.github.io/my-repo/', /origin only \("https:\/\/example.github.io"\).*BASE_PATH/],
    ['example.org', /not a URL/],
    ['ftp://example.org', /http\(s\) address/],
  ])('a malformed SITE_URL %j is refused, even locally', (value, message) => {
    expect(siteUrlProblem({ SITE_URL: value })).toMatch(message);
  });

  test('an origin passes', () => {
    expect(siteUrlProblem({ CI: 'true', SITE_URL: 'https://example.github.io' })).toBeNull();
    expect(siteUrlProblem({ SITE_URL: 'https://factcheck.example.org/' })).toBeNull();
  });
});
