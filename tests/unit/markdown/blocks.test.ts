/**
 * Stage 1 reads plain paragraphs directly, and other Markdown without raw HTML through the Markdown
 * half of the site's pipeline only (no rehype-raw, sanitizer or link rewriting). These tests hold
 * both shortcuts to their promise: the text blocks are exactly those of the full pipeline the
 * article page is rendered with.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { collectBlocks, markdownToBlocks, plainParagraphs } from '../../../src/markdown/blocks.ts';
import { articleProcessor } from '../../../src/markdown/pipeline.ts';

/** The blocks as the site's full pipeline gives them. */
function pageBlocks(markdown: string): string[] {
  return collectBlocks(articleProcessor.runSync(articleProcessor.parse(markdown))).map((block) => block.text);
}

describe('Markdown without raw HTML gives the page’s text blocks', () => {
  test.each([
    ['paragraphs and soft breaks', 'One line\nwraps here.\n\nA second paragraph.'],
    ['headings, emphasis and strikethrough', '## What Came *Next*?\n\nIt was **very** ~~not~~ useful.'],
    ['ordered and task lists', '1. First point.\n2. Second point.\n\n- [x] done\n- [ ] open'],
    ['a table', '| Outlet | Value |\n| --- | --- |\n| Kyiv Post | four hours |'],
    ['footnotes', 'A claim.[^1]\n\n[^1]: The source of the claim.'],
    ['links, a javascript link and an image', 'See [the report](https://example.org/r) and [this](javascript:alert(1)). ![A chart](chart.png)'],
    ['entities that decode to markup', 'Tom &amp; Jerry wrote &lt;b&gt;bold&lt;/b&gt; and &quot;quoted&quot; text.'],
    ['code and block quotes', '> Quoted text here.\n\n    indented code\n\nInline `code` too.'],
    ['hard breaks and escapes', 'Line one  \nLine two\\\nLine \\*three\\*.'],
  ])('%s', (_name, markdown) => {
    expect(markdown.includes('<')).toBe(false);
    expect(markdownToBlocks(markdown)).toEqual(pageBlocks(markdown));
  });

  test('every article of the seed story and of the made-up stories', () => {
    const roots = ['content', ...readdirSync('tests/fixtures/stories').map((name) => path.join('tests/fixtures/stories', name))];
    let checked = 0;
    for (const root of roots) {
      for (const article of loadCorpus(root).articles) {
        expect(markdownToBlocks(article.body), article.id).toEqual(pageBlocks(article.body));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(25);
  });

  test('Markdown with raw HTML still goes through the whole pipeline', () => {
    const markdown = 'Before <script>alert(1)</script> after.\n\n<p>A <b>bold</b> paragraph.</p>';
    expect(markdownToBlocks(markdown)).toEqual(pageBlocks(markdown));
    expect(markdownToBlocks(markdown).join(' ')).not.toMatch(/alert/);
  });
});

describe('plain paragraphs are read without the parser, with the parser’s result', () => {
  test.each([
    ['one line', 'Dr. Smith met Mr. Jones at 3.30 p.m. on Jan. 5, 2024.'],
    ['soft line breaks and indentation', ' First line\n   goes on here.\n\n\nSecond paragraph.'],
    ['Windows and old Mac line endings', 'First line\r\nsecond line.\r\n\r\nThird.\rFourth.'],
    ['a single trailing space', 'A line \nand the next.'],
    ['blank lines with spaces or tabs', 'One.\n \nTwo.\n\t\nThree.'],
    ['punctuation that is not markup', 'He said: "yes" - and left -- fast; cost $5 (about €4) +/- 10% = fine.'],
    ['numbers that are not list markers', '1.5 million people, e.g. 1) in 2024. 1999 was earlier.'],
    ['typographic quotes and a no-break space', '“Quoted,” she said.\u00a0\nNext line.'],
  ])('%s', (_name, markdown) => {
    const blocks = plainParagraphs(markdown);
    expect(blocks).not.toBeNull();
    expect(blocks).toEqual(pageBlocks(markdown));
  });

  test.each([
    ['emphasis', 'It was *very* useful.'],
    ['a list item', 'Intro.\n\n- item'],
    ['a numbered list item', 'Intro.\n\n1. item'],
    ['a heading', '## Heading'],
    ['a setext underline', 'Title\n====='],
    ['a hard break', 'line  \nnext'],
    ['indented code', '    code'],
    ['an entity', 'Tom &amp; Jerry'],
    ['a link', '[text](https://example.org)'],
    ['a quote block', '> quoted'],
  ])('%s needs the parser', (_name, markdown) => {
    expect(plainParagraphs(markdown)).toBeNull();
  });
});
