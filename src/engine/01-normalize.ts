/**
 * Stage 1 — normalize: an article's Markdown becomes its text blocks (paragraphs, list items,
 * headings, table cells) exactly as a reader sees them on the article page.
 *
 * The Markdown goes through the site's own sanitizing pipeline, so raw HTML, scripts and
 * footnote markers are handled once, the same way for the page and for the engine. Matching uses
 * folded typography (`foldTypography`); the block text itself keeps the article's own characters.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { articleProcessor } from '../markdown/pipeline.ts';

/** A run of inline content inside a container element: one paragraph-like block of text. */
export interface Block {
  /** The element (or root) whose children hold the run. */
  parent: Root | Element;
  /** Index of the first child of the run in `parent.children`. */
  from: number;
  /** Index after the last child of the run. */
  to: number;
  /** The run's text: text nodes concatenated, `<br>` as a line feed, footnote markers left out. */
  text: string;
}

/** Inline (phrasing) elements: their text flows into the surrounding block. */
const PHRASING = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'input',
  'ins', 'kbd', 'mark', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong',
  'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/** Elements whose content is not prose: never segmented. */
const NOT_PROSE = new Set(['pre', 'script', 'style', 'template', 'svg', 'math', 'head']);

/** Markdown to sanitized hast, through the same pipeline the site renders with. */
export function markdownToHast(markdown: string): Root {
  return articleProcessor.runSync(articleProcessor.parse(markdown));
}

/** The text blocks of an article, in reading order. */
export function markdownToBlocks(markdown: string): string[] {
  return collectBlocks(markdownToHast(markdown)).map((block) => block.text);
}

/** Every block of a hast tree in document order. Runs that are only whitespace are skipped. */
export function collectBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  const walk = (parent: Root | Element): void => {
    const children = parent.children;
    let runStart = -1;
    const closeRun = (end: number): void => {
      if (runStart < 0) return;
      const text = children.slice(runStart, end).map(nodeText).join('');
      if (text.trim() !== '') blocks.push({ parent, from: runStart, to: end, text });
      runStart = -1;
    };
    children.forEach((child, index) => {
      if (isPhrasing(child)) {
        if (runStart < 0) runStart = index;
        return;
      }
      closeRun(index);
      if (child.type === 'element' && !NOT_PROSE.has(child.tagName) && !isGenerated(child)) walk(child);
    });
    closeRun(children.length);
  };
  walk(tree);
  return blocks;
}

/** The text a node contributes to its block (see `Block.text`). */
export function nodeText(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  if (isGenerated(node)) return '';
  return node.children.map(nodeText).join('');
}

function isPhrasing(node: RootContent): boolean {
  if (node.type === 'text') return true;
  return node.type === 'element' && PHRASING.has(node.tagName);
}

/**
 * Markup that the pipeline adds rather than the author writes: footnote reference numbers,
 * back-reference arrows and the screen-reader "Footnotes" label. It is not part of any sentence.
 */
function isGenerated(node: Element): boolean {
  const { properties } = node;
  if (properties.dataFootnoteRef !== undefined || properties.dataFootnoteBackref !== undefined) return true;
  const className = properties.className;
  return Array.isArray(className) && className.includes('sr-only');
}
