/**
 * An editor's note, Markdown → safe HTML through the same sanitizing pipeline as article text (no
 * scripts, no forged ids, outbound links marked noopener). Headings are moved below the claim page's
 * own section headings, so a note never breaks the page outline.
 */
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { articleProcessor } from '../markdown/pipeline.ts';

/** How many levels a note's headings move down (a note `#` becomes an `h3`). */
const HEADING_SHIFT = 2;

/** The note as HTML, safe to insert into a page. */
export function renderNote(markdown: string): string {
  const tree = articleProcessor.runSync(articleProcessor.parse(markdown)) as Root;
  visit(tree, 'element', (node) => {
    const level = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Math.min(6, Number(level) + HEADING_SHIFT)}`;
  });
  return toHtml(tree);
}
