/**
 * Saved web pages: fixture pages written for these tests in the style of three kinds of site (a
 * newspaper with JSON-LD NewsArticle, a broadcaster with only Open Graph tags, a small paper with
 * neither), and the expected Markdown and report beside each, checked by hand against the page:
 * the headline, date, byline and address are the page's; every paragraph, subheading, list item,
 * quote and link of the article is there; no menu, share row, ad label, caption, related link,
 * newsletter box or footer is.
 *
 * To regenerate after an intended change: `UPDATE_FIXTURES=1 npx vitest run tests/unit/importer/html-page.test.ts`,
 * then review `git diff tests/fixtures/import-html`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { importHtmlPage, looksLikeHtmlPage } from '../../../src/importer/html-page.ts';
import { calendarDay, readPageMetadata, stripSiteName, type MetadataDocument } from '../../../src/importer/html-metadata.ts';
import { parseHTML } from 'linkedom';

const FIXTURES = path.resolve('tests/fixtures/import-html');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

describe.each(readdirSync(FIXTURES).sort())('page %s', (name) => {
  const dir = path.join(FIXTURES, name);
  const html = readFileSync(path.join(dir, 'input.html'), 'utf8');
  const result = importHtmlPage(html);
  const { markdown, notes: _notes, ...report } = result;
  if (UPDATE) {
    writeFileSync(path.join(dir, 'expected.md'), markdown);
    writeFileSync(path.join(dir, 'expected-report.json'), `${JSON.stringify(report, null, 2)}\n`);
  }

  test('the Markdown body matches expected.md', () => {
    expect(markdown).toBe(readFileSync(path.join(dir, 'expected.md'), 'utf8'));
  });

  test('the metadata and removed pieces match expected-report.json', () => {
    expect(report).toEqual(JSON.parse(readFileSync(path.join(dir, 'expected-report.json'), 'utf8')));
  });

  test('every paragraph of the article body in the page is in the output, word for word', () => {
    const { document } = parseHTML(html);
    const article = [...document.querySelectorAll('p, li')]
      .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text.split(' ').length >= 12 && /[.!?”"]$/.test(text) && !/cookies|rights reserved/i.test(text));
    const output = markdownToBlocks(markdown).join('\n');
    expect(article.length).toBeGreaterThan(3);
    for (const paragraph of article) expect(output).toContain(paragraph);
  });
});

describe('page metadata', () => {
  const doc = (head: string, body = ''): MetadataDocument => parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as MetadataDocument;

  test('JSON-LD wins over Open Graph, which wins over <title>', () => {
    const metadata = readPageMetadata(
      doc(
        '<title>Page title - Site</title><meta property="og:title" content="OG title">' +
          '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","datePublished":"2025-03-03T23:30:00-08:00"}</script>' +
          '<meta property="article:published_time" content="2025-03-04T07:30:00Z">',
      ),
    );
    expect(metadata.title).toEqual({ value: 'LD headline', source: 'JSON-LD headline' });
    // The day as printed on the page, not shifted to UTC (which would be 2025-03-04).
    expect(metadata.published).toEqual({ value: '2025-03-03', source: 'JSON-LD datePublished' });
  });

  test('JSON-LD in a @graph, with @type as a list, authors as Person objects', () => {
    const metadata = readPageMetadata(
      doc(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"H","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Li Wei"},{"@type":"Organization","name":"Wire"}]}]}</script>',
      ),
    );
    expect(metadata.author).toEqual({ value: 'Ana Ruiz and Li Wei', source: 'JSON-LD author' });
  });

  test('broken JSON-LD is skipped and the other sources are used', () => {
    const metadata = readPageMetadata(doc('<script type="application/ld+json">{not json</script><meta property="og:title" content="OG title">'));
    expect(metadata.title?.source).toBe('og:title');
  });

  test('the author meta tag loses its role; an author URL is not a name', () => {
    expect(readPageMetadata(doc('<meta name="author" content="Hannah Pryce, Environment correspondent">')).author?.value).toBe('Hannah Pryce');
    expect(readPageMetadata(doc('<meta property="article:author" content="https://www.facebook.com/someone">')).author).toBeUndefined();
  });

  test('the canonical link gives the address; a relative or javascript: one does not', () => {
    expect(readPageMetadata(doc('<link rel="canonical" href="https://a.example/story">')).url?.value).toBe('https://a.example/story');
    expect(readPageMetadata(doc('<link rel="canonical" href="/story">')).url).toBeUndefined();
    expect(readPageMetadata(doc('<link rel="canonical" href="javascript:alert(1)">')).url).toBeUndefined();
  });

  test('a <time datetime> in the article gives the date when no meta tag does', () => {
    expect(readPageMetadata(doc('', '<article><time datetime="2024-07-19T10:34:00+05:30">19 Jul</time></article>')).published).toEqual({ value: '2024-07-19', source: '<time datetime>' });
  });

  test.each([
    ['Flood defences rebuilt | Northshire Broadcasting', ['Northshire Broadcasting'], 'Flood defences rebuilt'],
    ['Valley Gazette :: School board delays vote', ['Valley Gazette'], 'School board delays vote'],
    ['The Daily Courier - Rail strike called off', ['Daily Courier'], 'Rail strike called off'],
    ['Rail strike - what it means for you', ['Daily Courier'], 'Rail strike - what it means for you'],
  ])('strips the site name from "%s"', (title, names, expected) => {
    expect(stripSiteName(title, names)).toBe(expected);
  });

  test.each([
    ['2025-03-03T22:41:00-05:00', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['March 3, 2025', '2025-03-03'],
    ['yesterday', undefined],
  ])('calendarDay(%s) is %s', (value, expected) => {
    expect(calendarDay(value)).toBe(expected);
  });
});

describe('HTML page detection and fallback', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['<!-- saved from url=(0042)https://a.example/ -->\n<html lang="en">', true],
    ['Some text with a <b>bold</b> word.', false],
    ['<p>One paragraph.</p><p>Another.</p>', false],
  ])('looksLikeHtmlPage(%j) is %s', (text, expected) => {
    expect(looksLikeHtmlPage(text)).toBe(expected);
  });

  test('a page too short for Readability is cleaned line by line, with its metadata', () => {
    const result = importHtmlPage('<html><head><meta property="og:title" content="Short note"><meta property="article:published_time" content="2025-01-02"></head><body><p>The council met.</p></body></html>');
    expect(result.title).toBe('Short note');
    expect(result.published).toBe('2025-01-02');
    expect(result.markdown).toBe('The council met.\n');
    expect(result.notes[0]).toContain('Readability found no article');
  });

  test('links keep their text; relative links are resolved against the page address; javascript: links lose the link', () => {
    const paragraph = 'The council published <a href="/report.pdf">its report</a> and <a href="javascript:void(0)">a summary</a> on Monday, after a long debate about the budget for next year.';
    const page = `<html><head><link rel="canonical" href="https://paper.example/news/a"></head><body><article><h1>Budget</h1>${`<p>${paragraph}</p>`.repeat(3)}</article></body></html>`;
    const { markdown } = importHtmlPage(page);
    expect(markdown).toContain('[its report](https://paper.example/report.pdf)');
    expect(markdown).not.toContain('javascript');
    expect(markdown).toContain(' and a summary on Monday');
  });
});
