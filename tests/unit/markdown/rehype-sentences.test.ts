import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, test } from 'vitest';
import { markdownToBlocks } from '../../../src/markdown/blocks.ts';
import { SentenceIdAllocator, segmentText } from '../../../src/engine/02-segment.ts';
import { articleProcessor } from '../../../src/markdown/pipeline.ts';
import rehypeSentences from '../../../src/markdown/rehype-sentences.ts';

const render = (markdown: string): string =>
  String(articleProcessor().use(rehypeSentences).use(rehypeStringify).processSync(markdown));

/** [id, text] of every sentence span in rendered HTML, parsed back as a browser would. */
function spans(html: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const textContent = (node: Nodes): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map(textContent).join('') : '';
  const walk = (node: Nodes): void => {
    if (node.type === 'element' && isSentence(node)) {
      found.push([String(node.properties.id), textContent(node).replace(/\s+/g, ' ').trim()]);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(fromHtml(html, { fragment: true }));
  return found;
}

function isSentence(node: Element): boolean {
  return node.tagName === 'span' && Array.isArray(node.properties.className) && node.properties.className.includes('s');
}

/** The engine's view of the same Markdown: ids and texts in reading order. */
function engineSentences(markdown: string): Array<[string, string]> {
  const ids = new SentenceIdAllocator();
  return markdownToBlocks(markdown).flatMap((block) => segmentText(block).map((s): [string, string] => [ids.next(s.text), s.text]));
}

describe('rehype-sentences', () => {
  test('wraps each sentence of a paragraph in a span with an s- id', () => {
    const html = render('The talks ended. Both sides spoke.');
    expect(html).toMatch(/^<p><span id="s-[0-9a-f]{8}" class="s">The talks ended. <\/span><span id="s-[0-9a-f]{8}" class="s">Both sides spoke.<\/span><\/p>$/);
  });

  test('gives the page exactly the ids and texts the engine computes', () => {
    const markdown = [
      '# A heading',
      '',
      'He said *it was. Really* fine, and [the report. Said so](https://example.com). Then U.S. Secretary Rubio left.',
      '',
      '1. “To reestablish the functionality of our missions.”',
      '2. A second item. It has two sentences.',
      '',
      '> A quoted paragraph.  ',
      '> With a hard break. And more.',
      '',
      'The same sentence. The same sentence.',
    ].join('\n');
    const page = spans(render(markdown));
    expect(page).toEqual(engineSentences(markdown));
    expect(page.length).toBe(13);
  });

  test('splits an inline element that a sentence boundary falls inside', () => {
    const html = render('Start *one. Two* end.');
    expect(html).toContain('<em>one. </em></span><span');
    expect(html).toContain('<em>Two</em> end.</span>');
  });

  test('numbers a repeated sentence -2', () => {
    const ids = spans(render('Leave a reply. Leave a reply.')).map(([id]) => id);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });

  test('leaves code blocks alone', () => {
    const html = render('Text here.\n\n```\ncode. More code.\n```\n');
    expect(html).toContain('<pre><code>code. More code.\n</code></pre>');
  });
});
