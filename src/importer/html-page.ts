/**
 * A saved web page in, the article out: Mozilla's Readability (over linkedom's DOM) finds the
 * article among the page's menus, sidebars and footers; the page's metadata gives the headline,
 * date, byline and canonical address; the article's HTML becomes Markdown through hast and mdast
 * (paragraphs, subheadings, quotes, lists and links kept; pictures, figures, embeds, forms and
 * scripts dropped), and the same furniture rules as for plain text remove what Readability kept
 * (share rows, "Read more:" links, bylines and date lines, captions).
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { parseHTML } from 'linkedom';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';
import type { ImportOptions, ImportResult } from './clean-scrape.ts';
import { importRawText } from './clean-scrape.ts';
import { parseBylineRow } from './byline.ts';
import { isRelativeTimestamp, parseDateLineDetail } from './dates.ts';
import { furnitureReason, isLinkSectionLabel } from './furniture.ts';
import { readPageMetadata, type MetadataDocument, type PageMetadata } from './html-metadata.ts';
import { sameWords, type RemovedLine } from './lines.ts';
import { isSiteName } from './page-header.ts';

/** Elements that are never article text; a figure's caption is reported as removed. */
const DROPPED_ELEMENTS = new Set([
  'figure', 'figcaption', 'img', 'picture', 'video', 'audio', 'source', 'track', 'iframe', 'script',
  'style', 'noscript', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'textarea', 'nav', 'aside',
  'footer', 'object', 'embed', 'template', 'dialog', 'map',
]);

/** How many blocks at the top of the article may hold a byline or date line Readability left in. */
const META_BLOCKS = 5;

/** True when the text looks like a whole HTML page rather than a scrape with a few tags. */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(text) || /<(?:head|body)[\s>]/i.test(text.slice(0, 5000));
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Imports a saved HTML page; falls back to the plain-text rules when Readability finds no article. */
export function importHtmlPage(html: string, options: ImportOptions = {}): ImportResult {
  const siteNames = options.siteNames ?? [];
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document as unknown as MetadataDocument, siteNames);
  const pageWords = words(document.body?.textContent ?? '');
  const article = new Readability(document as unknown as Document, { keepClasses: false, charThreshold: 200 }).parse();
  if (article === null || article.content == null || words(article.textContent ?? '') < 20) {
    const fallback = importRawText(html, { ...options, siteNames: [...siteNames, ...(metadata.siteName === undefined ? [] : [metadata.siteName])] });
    return withMetadata(fallback, metadata, options, ['Readability found no article in the page; the text was cleaned line by line instead']);
  }

  const removed: RemovedLine[] = [];
  const notes: string[] = [];
  const hast = fromHtml(article.content, { fragment: true });
  dropNonText(hast, removed);
  const base = options.url ?? metadata.url?.value;
  const mdast = toMdast(hast) as MdastRoot;

  const title = options.title ?? metadata.title?.value ?? (article.title ? article.title : undefined);
  const found: { published?: string; author?: string } = {};
  const kept: RootContent[] = [];
  let afterLinkLabel = false;
  mdast.children.forEach((node, position) => {
    if (node.type === 'html') {
      removed.push({ line: node.value.trim(), reason: 'raw HTML in the article (not article text)' });
      return;
    }
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (text === '' && node.type !== 'thematicBreak') return;
    if (node.type === 'list' && afterLinkLabel) {
      removed.push({ line: text, reason: 'list of links to other articles' });
      return;
    }
    if (node.type === 'list' && node.children.every((item) => furnitureReason(toString(item)) !== undefined)) {
      removed.push({ line: text, reason: 'list of share buttons or menu links' });
      return;
    }
    if (afterLinkLabel && node.type === 'paragraph' && node.children.length === 1 && node.children[0]?.type === 'link') {
      removed.push({ line: text, reason: 'link in a list of other articles' });
      return;
    }
    afterLinkLabel = false;
    if (node.type !== 'paragraph' && node.type !== 'heading') {
      kept.push(node);
      return;
    }
    const reason = blockReason(text, position, title, metadata, siteNames, found);
    if (reason === undefined) {
      if (node.type === 'heading') node.depth = Math.max(2, Math.min(node.depth, 6)) as 2 | 3 | 4 | 5 | 6;
      kept.push(node);
      return;
    }
    if (reason === 'label of a list of links') afterLinkLabel = true;
    removed.push({ line: text, reason });
  });
  while (kept.at(-1)?.type === 'thematicBreak') kept.pop();
  while (kept[0]?.type === 'thematicBreak') kept.shift();

  const body: MdastRoot = { type: 'root', children: kept };
  repairLinks(body, base);
  const markdown = kept.length === 0 ? '' : toMarkdown(body, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' });
  const articleWords = words(article.textContent ?? '');
  notes.unshift(`Readability took the article (${articleWords} of the page's ${pageWords} words); the menus, sidebars, footer and scripts around it were left out`);
  const result: ImportResult = {
    ...(found.published === undefined ? {} : { published: found.published }),
    ...(found.author === undefined ? {} : { author: found.author }),
    ...(metadata.title === undefined ? {} : { headline: metadata.title.value }),
    markdown: markdown.trim() === '' ? '' : `${markdown.trim()}\n`,
    removed,
    notes,
  };
  const byline = article.byline == null ? undefined : (parseBylineRow(article.byline)?.author ?? undefined);
  if (result.author === undefined && byline !== undefined) result.author = byline;
  if (title !== undefined) result.title = title;
  return withMetadata(result, metadata, options, []);
}

/** Why a paragraph or heading of the article is not article text, or undefined. */
function blockReason(
  text: string,
  position: number,
  title: string | undefined,
  metadata: PageMetadata,
  siteNames: readonly string[],
  found: { published?: string; author?: string },
): string | undefined {
  if (title !== undefined && sameWords(text, title)) return 'the headline (repeated in the article)';
  if (metadata.title !== undefined && sameWords(text, metadata.title.value)) return 'the headline (repeated in the article)';
  const furniture = furnitureReason(text);
  if (furniture !== undefined) return furniture;
  if (isSiteName(text, [...siteNames, ...(metadata.siteName === undefined ? [] : [metadata.siteName])])) return 'site name';
  if (isRelativeTimestamp(text)) return 'relative timestamp';
  const date = parseDateLineDetail(text);
  if (date !== undefined && (position < META_BLOCKS || date.kind !== 'plain')) {
    if (date.kind !== 'updated') found.published ??= date.date;
    return 'date line';
  }
  if (position < META_BLOCKS && words(text) <= 20) {
    const byline = parseBylineRow(text);
    if (byline !== undefined && /^(?:by|written by|words by|story by|author)/i.test(text)) {
      if (byline.author !== undefined) found.author ??= byline.author;
      if (byline.date !== undefined) found.published ??= byline.date.date;
      return 'byline';
    }
  }
  if (isLinkSectionLabel(text)) return 'label of a list of links';
  return undefined;
}

/** Removes elements that are never article text (reporting figure captions) and hidden elements. */
function dropNonText(tree: HastRoot, removed: RemovedLine[]): void {
  const textOf = (node: ElementContent | HastContent): string =>
    node.type === 'text' ? node.value : 'children' in node ? node.children.map((child) => textOf(child)).join(' ') : '';
  visit(tree, 'element', (node: Element, index, parent) => {
    if (parent === undefined || index === undefined) return undefined;
    const hidden = node.properties.hidden !== undefined || String(node.properties.ariaHidden) === 'true';
    if (!DROPPED_ELEMENTS.has(node.tagName) && !hidden) return undefined;
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (text !== '' && node.tagName !== 'script' && node.tagName !== 'style') {
      removed.push({ line: text, reason: node.tagName === 'figure' || node.tagName === 'figcaption' ? 'picture and its caption' : `<${node.tagName}> element (not article text)` });
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/** Resolves relative links against the page's address and unwraps links that are not http(s) or mailto. */
function repairLinks(tree: MdastRoot, base: string | undefined): void {
  visit(tree, 'link', (node, index, parent) => {
    let href: URL | undefined;
    try {
      href = new URL(node.url, base);
    } catch {
      href = undefined;
    }
    if (href !== undefined && ['http:', 'https:', 'mailto:'].includes(href.protocol)) {
      node.url = href.href;
      node.title = null;
      return undefined;
    }
    if (parent === undefined || index === undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}

/** Fills the result's title, date, author and url from the editor's options, then the page's metadata. */
function withMetadata(result: ImportResult, metadata: PageMetadata, options: ImportOptions, notes: string[]): ImportResult {
  const title = options.title ?? metadata.title?.value ?? result.title;
  const published = options.published ?? metadata.published?.value ?? result.published;
  const author = options.author ?? metadata.author?.value ?? result.author;
  const url = options.url ?? metadata.url?.value ?? result.url;
  const sources: string[] = [];
  if (options.title === undefined && metadata.title !== undefined) sources.push(`headline from ${metadata.title.source}`);
  if (options.published === undefined && metadata.published !== undefined) sources.push(`date from ${metadata.published.source}`);
  if (options.author === undefined && metadata.author !== undefined) sources.push(`byline from ${metadata.author.source}`);
  if (options.url === undefined && metadata.url !== undefined) sources.push(`address from ${metadata.url.source}`);
  return {
    ...result,
    ...(title === undefined ? {} : { title }),
    ...(published === undefined ? {} : { published }),
    ...(author === undefined ? {} : { author }),
    ...(url === undefined ? {} : { url }),
    notes: [...notes, ...result.notes, ...(sources.length > 0 ? [`page metadata: ${sources.join(', ')}`] : [])],
  };
}
