/**
 * The importer's core: a scraped raw text in, the article's Markdown body and detected metadata out,
 * plus every piece of text it dropped with the reason. Pure (no file system), so the import command
 * and the tests share it; saved HTML pages go through html-page.ts instead.
 *
 * Order: HTML blocks → lines (inline tags stripped, entities decoded) → date marker → "Original url:"
 * → the page header (page-header.ts: site name, menus, headline, byline, date line, lead caption)
 * → furniture anywhere (furniture.ts), lists of links and the page footer (page-footer.ts)
 * → hard-wrapped lines rejoined → blocks (subheadings, lists, paragraphs; walls of text split) → escaped Markdown.
 */
import { parseDateLineDetail, parseDateMarker, isRelativeTimestamp } from './dates.ts';
import { furnitureReason } from './furniture.ts';
import { decodeEntities, flattenHtmlBlocks, stripInlineTags } from './html-text.ts';
import { parseBareUrl, parseOriginalUrlLine } from './leftovers.ts';
import { LineBook, sameWords, type Line, type RemovedLine } from './lines.ts';
import { markdownHeading, markdownListItem, markdownParagraph } from './markdown-escape.ts';
import { dropLinkLists, dropPageFooter } from './page-footer.ts';
import { isSiteName, readPageHeader } from './page-header.ts';
import { DEFAULT_PARAGRAPH_OPTIONS, splitIntoParagraphs, type ParagraphOptions } from './paragraphs.ts';
import { continuesLine, isSubheading, parseListItem, type ListItem } from './structure.ts';

export type { RemovedLine } from './lines.ts';

/** What the editor already knows; each given value wins over what the importer detects. */
export interface ImportOptions {
  /** The headline; lines repeating it are removed too. */
  title?: string;
  /** Publication day, `YYYY-MM-DD`. */
  published?: string;
  /** Address of the original article. */
  url?: string;
  /** The byline. */
  author?: string;
  /** The outlet's name and id: a line that is only the site's name is page header. */
  siteNames?: readonly string[];
  /** How walls of text are cut into paragraphs. */
  paragraphs?: ParagraphOptions;
}

/** The cleaned article and an account of everything the importer did to the raw text. */
export interface ImportResult {
  /** `options.title`, else the detected headline. */
  title?: string;
  /** The headline found at the top of the raw text, if any. */
  headline?: string;
  /** `options.published`, else the date marker, else the date line under the headline. */
  published?: string;
  /** `options.url`, else the address on the "Original url:" line. */
  url?: string;
  /** `options.author`, else the name on a "By …" line above the first paragraph. */
  author?: string;
  /** The article body as Markdown, ending in a newline ('' if no article text was left). */
  markdown: string;
  /** Every piece of raw text left out, in reading order, with the reason. */
  removed: RemovedLine[];
  /** Changes that kept the words but altered the form (tags stripped, lines split, subheadings). */
  notes: string[];
}


type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

/** Cleans a scraped article: see the module comment for the order of the steps. */
export function importRawText(raw: string, options: ImportOptions = {}): ImportResult {
  const { text: flat, removed: htmlRemoved } = flattenHtmlBlocks(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const notes: string[] = [];
  const tagCounts = new Map<string, number>();
  const unknownEntities = new Set<string>();
  const lines: Line[] = flat.split('\n').map((rawLine) => {
    const { text: untagged, tags } = stripInlineTags(rawLine);
    for (const tag of tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const { text, unknown } = decodeEntities(untagged);
    for (const entity of unknown) unknownEntities.add(entity);
    return { raw: rawLine, text: text.trim(), removed: false };
  });

  const lineOf = (offset: number): number => flat.slice(0, offset).split('\n').length - 1;
  const book = new LineBook(lines);
  for (const { line, reason, offset } of htmlRemoved) book.removedAt.push({ line, reason, index: lineOf(offset) });

  // The scraper's " date 2025-02-18" marker opens the first non-empty line; the rest of that line is text.
  let markerDate: string | undefined;
  const firstIndex = book.live()[0];
  const firstLine = firstIndex === undefined ? undefined : lines[firstIndex];
  const marker = firstLine ? parseDateMarker(firstLine.text) : undefined;
  if (firstLine && marker && firstIndex !== undefined) {
    markerDate = marker.published;
    book.removedAt.push({ line: marker.marker.trim(), reason: 'date marker', index: firstIndex });
    firstLine.text = marker.rest;
    firstLine.raw = firstLine.raw.replace(marker.marker, '');
  }

  // "Original url:" with the address on the same line or the next non-empty one.
  let sourceUrl: string | undefined;
  for (const index of book.live()) {
    const original = parseOriginalUrlLine(book.text(index));
    if (!original) continue;
    book.drop(index, 'scraper note "Original url:"');
    let found = original.url;
    const next = book.live().find((other) => other > index);
    const nextUrl = next === undefined ? undefined : parseBareUrl(book.text(next));
    if (found === undefined && next !== undefined && nextUrl !== undefined) {
      found = nextUrl;
      book.drop(next, 'address after "Original url:"');
    }
    sourceUrl ??= found;
  }

  const header = readPageHeader(book, {
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.siteNames === undefined ? {} : { siteNames: options.siteNames }),
  });
  const headline = header.headline;

  // Furniture anywhere else: repeats of the headline, interface lines, timestamps with a label
  // (a "First published" line at the foot gives the date when the header gave only an update).
  let laterPublished: string | undefined;
  for (const index of book.live()) {
    const text = book.text(index);
    if (headline !== undefined && sameWords(text, headline)) book.drop(index, 'repeat of the headline');
    else if (options.title !== undefined && sameWords(text, options.title)) book.drop(index, 'the headline (same as the given title)');
    else {
      const siteName = isSiteName(text, options.siteNames ?? []) ? 'site name' : undefined;
      const stamp = parseDateLineDetail(text);
      const reason = furnitureReason(text) ?? siteName ?? (isRelativeTimestamp(text) ? 'relative timestamp' : undefined);
      if (stamp !== undefined && stamp.kind !== 'plain') {
        if (stamp.kind === 'published') laterPublished ??= stamp.date;
        book.drop(index, 'date line');
      }
      else if (reason !== undefined) book.drop(index, reason);
    }
  }
  dropLinkLists(book);
  dropPageFooter(book);

  const blocks = buildBlocks(joinWrappedLines(lines, book.live(), notes), options.paragraphs ?? DEFAULT_PARAGRAPH_OPTIONS, notes);

  if (tagCounts.size > 0) {
    const list = [...tagCounts].map(([tag, count]) => `<${tag}> ×${count}`).join(', ');
    notes.unshift(`removed inline HTML tags and kept their text: ${list}`);
  }
  if (unknownEntities.size > 0) notes.push(`left unknown HTML entities as written: ${[...unknownEntities].join(' ')}`);

  const title = options.title ?? headline;
  const headerDate = header.date?.kind === 'updated' && laterPublished !== undefined ? undefined : header.date?.date;
  const published = options.published ?? markerDate ?? headerDate ?? laterPublished;
  const url = options.url ?? sourceUrl;
  const author = options.author ?? header.author;
  return {
    ...(title === undefined ? {} : { title }),
    ...(headline === undefined ? {} : { headline }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(author === undefined ? {} : { author }),
    markdown: blocks.length === 0 ? '' : `${blocks.map(renderBlock).join('\n\n')}\n`,
    removed: book.removed(),
    notes,
  };
}

/** The kept lines' texts, with each hard-wrapped continuation line joined to the line it continues. */
function joinWrappedLines(lines: readonly Line[], kept: readonly number[], notes: string[]): string[] {
  const texts: string[] = [];
  let joined = 0;
  kept.forEach((index, position) => {
    const text = lines[index]?.text ?? '';
    const previous = texts.at(-1);
    if (previous !== undefined && kept[position - 1] === index - 1 && continuesLine(previous, text)) {
      texts[texts.length - 1] = `${previous} ${text}`;
      joined += 1;
    } else {
      texts.push(text);
    }
  });
  if (joined > 0) notes.push(`joined ${joined} hard-wrapped ${joined === 1 ? 'line' : 'lines'} to the line before (the sentence went on in lower case)`);
  return texts;
}

/** Groups the kept lines into subheadings, lists and paragraphs. */
function buildBlocks(texts: string[], paragraphOptions: ParagraphOptions, notes: string[]): Block[] {
  const blocks: Block[] = [];
  let split = 0;
  texts.forEach((text, index) => {
    const item = parseListItem(text);
    const previous = blocks.at(-1);
    if (item) {
      if (previous?.kind === 'list' && previous.ordered === item.ordered) previous.items.push(item);
      else blocks.push({ kind: 'list', ordered: item.ordered, items: [item] });
      return;
    }
    if (previous !== undefined && index < texts.length - 1 && isSubheading(text)) {
      blocks.push({ kind: 'heading', text });
      notes.push(`made a subheading of "${text}"`);
      return;
    }
    const paragraphs = splitIntoParagraphs(text, paragraphOptions);
    if (paragraphs.length > 1) split += 1;
    for (const paragraph of paragraphs) blocks.push({ kind: 'paragraph', text: paragraph });
  });
  if (split > 0) notes.push(`split ${split} long ${split === 1 ? 'line' : 'lines'} into paragraphs between sentences`);
  return blocks;
}

function renderBlock(block: Block): string {
  if (block.kind === 'heading') return markdownHeading(block.text);
  if (block.kind === 'paragraph') return markdownParagraph(block.text);
  return block.items.map((item) => markdownListItem(item.marker, item.text)).join('\n');
}
