/** An editor's note is Markdown made safe like article text, with headings kept below the page's own. */
import { describe, expect, test } from 'vitest';
import { renderNote } from '../../../src/review/note.ts';

describe('editor’s notes', () => {
  test('keep Markdown emphasis and links, mark outbound links noopener, and demote headings', () => {
    const html = renderNote('# Why\n\nSee **the notice** at [the council](https://council.example/notice).');
    // (The pipeline may give headings an id; the sanitizer prefixes any it keeps.)
    expect(html).toMatch(/^<h3(?: id="user-content-[a-z-]+")?>Why<\/h3>\n/);
    expect(html).toContain('<p>See <strong>the notice</strong> at <a href="https://council.example/notice" rel="noopener noreferrer">the council</a>.</p>');
  });

  test('drop scripts, handlers and script URLs, and never forge a sentence id', () => {
    const html = renderNote('<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> picture.\n\nA [link](javascript:alert(3)).\n\nA <span id="s-12345678">forged</span> id.');
    expect(html).not.toMatch(/<script|onerror|href="javascript:|<img/i);
    expect(html).toContain('<p>A <a>link</a>.</p>');
    expect(html).toContain('id="user-content-s-12345678"');
  });
});
