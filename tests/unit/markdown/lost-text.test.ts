/**
 * The lost-text check against the pipeline itself: for every construct that hides text, the text
 * really is missing from what the engine reads (so the check is not crying wolf), and for content
 * that only looks similar (closed elements, comments, entities, "<" in prose, footnotes, tables)
 * nothing is reported and the text reaches the engine.
 */
import { describe, expect, test } from 'vitest';
import type { Root as HastRoot } from 'hast';
import type { Root as MdRoot } from 'mdast';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { findLostText } from '../../../src/markdown/lost-text.ts';
import { articleProcessor } from '../../../src/markdown/pipeline.ts';
import { BAD_CASES } from '../../support/bad-content.ts';

function lostIn(markdown: string) {
  const mdast = articleProcessor.parse(markdown) as MdRoot;
  return findLostText(mdast, articleProcessor.runSync(structuredClone(mdast)) as HastRoot);
}

const AFTER = 'The mayor said the repairs would take two months.';

describe('constructs that hide text', () => {
  const cases = BAD_CASES.filter((item) => item.rule === 'lost-text' && item.file.startsWith('articles/'));
  test.each(cases.map((item) => [item.name, item] as const))('%s: the text is gone from the engine, and the check names it', (_name, item) => {
    const file = Object.values(item.files())[0];
    if (typeof file !== 'string') throw new Error('expected a text file');
    const body = file.replace(/^---[\s\S]*?\n---\n/, '');
    const lost = lostIn(body);
    expect(lost).toBeDefined();
    const [first] = item.expect;
    expect(`${lost?.construct} ${lost?.reason} ${lost?.sample}`).toContain(first);
    // The engine reads the same pipeline: without the check, this text would be silently missing.
    const hidden = (lost?.sample ?? '').split(' ').slice(0, 4).join(' ');
    expect(hidden.length).toBeGreaterThan(8);
    expect(markdownToBlocks(body).join(' ').replace(/\s+/g, ' ')).not.toContain(hidden);
  });
});

describe('content that only looks like it', () => {
  test.each([
    ['a closed script', `Before.\n\n<script>alert(1)</script>\n\n${AFTER}`],
    ['a closed inline script', `Before <script>alert(1)</script> the vote. ${AFTER}`],
    ['a closed style across paragraphs', `Before.\n\n<style>\np { color: red }\n</style>\n\n${AFTER}`],
    ['a closed comment', `Before.\n\n<!-- an editor's note -->\n\n${AFTER}`],
    ['a comment with only dashes', `Before.\n\n<!---->\n\n${AFTER}`],
    ['an inline "<!--" that CommonMark keeps as text', `Officials wrote <!-- on the sign. ${AFTER}`],
    ['a closed textarea', `Before <textarea>form text</textarea> the vote. ${AFTER}`],
    ['a closed svg', `Before <svg><text>chart</text></svg> the vote. ${AFTER}`],
    ['a closed pre', `Before.\n\n<pre>\ncode\n</pre>\n\n${AFTER}`],
    ['a fenced code block', `Before.\n\n\`\`\`\ncode\n\`\`\`\n\n${AFTER}`],
    ['"<" in prose', `Turnout was < 40% and 3<4 held. ${AFTER}`],
    ['an autolink', `See <https://example.com/report> for the report. ${AFTER}`],
    ['entities', `Caf&eacute; &amp; bar &lt;script&gt; stay text. ${AFTER}`],
    ['a used footnote', `Before.[^1] ${AFTER}\n\n[^1]: A note.\n`],
    ['a used link definition', `Read [the report][r]. ${AFTER}\n\n[r]: https://example.com/r\n`],
    ['a table with short rows', `| a | b |\n|---|---|\n| x |\n\n${AFTER}`],
    ['raw HTML paragraphs', `<div>\n<p>Before.</p>\n<p>${AFTER}</p>\n</div>\n`],
    ['a raw table with stray text', `<table><tr><td>cell</td></tr>stray words</table>\n\n${AFTER}`],
    ['an attribute with ">" inside quotes', `Before <abbr title="a > b">AB</abbr> the vote. ${AFTER}`],
    ['an image', `![A bridge](https://example.com/b.jpg)\n\n${AFTER}`],
  ])('%s', (_name, markdown) => {
    expect(lostIn(markdown)).toBeUndefined();
    expect(markdownToBlocks(markdown).join(' ')).toContain(AFTER);
  });
});
