/**
 * An article's Markdown becomes its text blocks (paragraphs, list items, headings, table cells)
 * exactly as a reader sees them on the article page. The engine's first stage (normalize) is given
 * `markdownToBlocks` by its caller, so the engine never imports the Markdown pipeline and the
 * rehype plugin that numbers sentences on the page reads the same blocks.
 *
 * Markdown with raw HTML goes through the site's own sanitizing pipeline, so raw HTML, scripts and
 * footnote markers are handled once, the same way for the page and for the engine. Two shortcuts
 * give the same blocks for the commonest text at a fraction of the cost: plain paragraphs are read
 * directly, and other Markdown without `<` skips the HTML half of the pipeline (see
 * `plainParagraphs`, `markdownToHast`; tests/unit/engine/normalize-fast-path.test.ts checks both).
 * The block text keeps the article's characters.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { articleProcessor, articleRemarkPlugins, remarkRehypeOptions } from './pipeline.ts';

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

/**
 * The pipeline's Markdown half alone (remark-parse, the article dialect, remark-rehype), for
 * Markdown with no `<`. Such text has no raw HTML, so rehype-raw (a full HTML re-parse, a third of
 * the pipeline's time) has nothing to parse, the sanitizer nothing to remove but attributes, and
 * rehype-article-links only edits link attributes: every text block comes out the same (checked
 * by tests/unit/engine/normalize-fast-path.test.ts), at half the cost.
 */
const markdownOnly = unified().use(remarkParse).use(articleRemarkPlugins as PluggableList).use(remarkRehype, remarkRehypeOptions).freeze();

/**
 * Markdown to hast through the pipeline the site renders with (sanitized), or, for Markdown with
 * no raw HTML, through its Markdown half: the text blocks are the page's either way.
 */
export function markdownToHast(markdown: string): Root {
  const processor = markdown.includes('<') ? articleProcessor : markdownOnly;
  return processor.runSync(processor.parse(markdown)) as Root;
}

/** The text blocks of an article, in reading order. */
export function markdownToBlocks(markdown: string): string[] {
  return plainParagraphs(markdown) ?? collectBlocks(markdownToHast(markdown)).map((block) => block.text);
}

/** Characters that can start Markdown markup anywhere in a line (or are entities, or NUL). */
const MARKUP = /[\\`*_[\]<>!#|~&\u0000]/;
/** A line that could open a block other than a paragraph, or end in a hard break. */
const NOT_PARAGRAPH_LINE = /^[ \t]*(?:[-+=#>`~|]|\d{1,9}[.)](?:[ \t]|$))|^(?: {4}|\t)|[ \t]{2,}$|\t$/;
const BLANK_LINE = /^[ \t]*$/;

/**
 * The blocks of Markdown that is nothing but plain paragraphs (no markup character, no line that
 * could open a list, heading, quote, code block or table, no hard break), read directly: each run of
 * non-blank lines is a paragraph, its lines trimmed and joined with their line endings, exactly as
 * CommonMark and the site's pipeline give its text. Null when the text needs the real parser.
 * Most scraped news copy is like this, and the parser is the costliest step of stages 1-3.
 */
export function plainParagraphs(markdown: string): string[] | null {
  if (MARKUP.test(markdown)) return null;
  const blocks: string[] = [];
  let current = '';
  const lines = markdown.split(/(\r\n|\r|\n)/);
  for (let k = 0; k < lines.length; k += 2) {
    const line = lines[k] as string;
    if (BLANK_LINE.test(line)) {
      if (current !== '') blocks.push(current);
      current = '';
      continue;
    }
    if (NOT_PARAGRAPH_LINE.test(line)) return null;
    const text = line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
    current = current === '' ? text : `${current}${lines[k - 1] ?? '\n'}${text}`;
  }
  if (current !== '') blocks.push(current);
  return blocks;
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
