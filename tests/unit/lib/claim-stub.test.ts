import { describe, expect, test } from 'vitest';
import { claimStubHtml } from '../../../src/lib/claim-stub.ts';

const stub = {
  statement: 'Mayor: “Traffic <b>resumed</b> & the bridge reopened”',
  verdict: 'single-source' as const,
  outlets: ['Smith & Sons "Daily"'],
  href: '/factcheck/articles/a-wire/#s-22222222',
};

describe('the small page of a claim without a page of its own', () => {
  const html = claimStubHtml(stub);

  test('leads to the sentence without JavaScript: a refresh and a plain link, both under the base path', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/factcheck/articles/a-wire/#s-22222222">');
    expect(html).toContain('<a href="/factcheck/articles/a-wire/#s-22222222">read it in its article</a>');
    expect(html).not.toContain('<script');
    expect(html).toContain(`<meta http-equiv="content-security-policy" content="default-src 'none'">`);
  });

  test('names the claim in its title and the outlet in its one line, escaped', () => {
    expect(html).toContain('<title>Mayor: “Traffic &lt;b&gt;resumed&lt;/b&gt; &amp; the bridge reopened”</title>');
    expect(html).toContain('<p data-verdict="single-source">Only Smith &amp; Sons &quot;Daily&quot; reports this:');
  });

  test('a claim two outlets report names both, and carries its verdict for the 404 page', () => {
    const two = claimStubHtml({ ...stub, verdict: 'corroborated', outlets: ['North Wire', 'Lakeside Gazette'] });
    expect(two).toContain('<p data-verdict="corroborated">North Wire and Lakeside Gazette report this: <a href="/factcheck/articles/a-wire/#s-22222222">read it in its article</a>.</p>');
  });

  test('is a few hundred bytes besides the statement, the outlet and the sentence address', () => {
    const plain = claimStubHtml({ statement: '', verdict: 'single-source', outlets: [], href: '' });
    expect(Buffer.byteLength(plain)).toBeLessThan(300);
  });

  test('parses into a document whose title and marked paragraph the 404 page reads (head and body are implied)', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(html);
    expect(document.querySelector('title')?.textContent).toBe('Mayor: “Traffic <b>resumed</b> & the bridge reopened”');
    expect(document.querySelector('[data-verdict="single-source"] a[href]')?.getAttribute('href')).toBe('/factcheck/articles/a-wire/#s-22222222');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });
});
