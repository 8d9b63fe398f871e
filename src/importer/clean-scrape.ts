/**
 * The importer's core: a scraped raw text in, the article's Markdown body and detected metadata out,
 * plus every piece of text it dropped with the reason. Pure (no file system), so the CLI, the tests
 * and any later batch importer share it.
 *
 * Order: HTML blocks → lines (inline tags stripped, entities decoded) → date marker → "Original url:"
 * → the header above the first paragraph (headline, its repeats, byline, date line, lead-photo caption)
 * → leftovers anywhere (comment form, related links, credited captions, headline repeats)
 * → hard-wrapped lines rejoined → blocks (subheadings, lists, paragraphs; walls of text split) → escaped Markdown.
 */
import { markedCaptionReason, unmarkedCaptionReason } from './captions.ts';
import { parseDateLine, parseDateMarker } from './dates.ts';
import { decodeEntities, flattenHtmlBlocks, stripInlineTags, type RemovedLine } from './html-text.ts';
import { leftoverReason, parseBareUrl, parseOriginalUrlLine } from './leftovers.ts';
import { markdownHeading, markdownListItem, markdownParagraph } from './markdown-escape.ts';
import { DEFAULT_PARAGRAPH_OPTIONS, splitIntoParagraphs, type ParagraphOptions } from './paragraphs.ts';
import { continuesLine, isHeadlineCandidate, isSubheading, parseByline, parseListItem, type ListItem } from './structure.ts';

export type { RemovedLine } from './html-text.ts';

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

interface Line {
  /** The line as scraped (after block-level HTML became line breaks). */
  raw: string;
  /** Its text: inline tags stripped, entities decoded, trimmed. */
  text: string;
  /** Set once the line is removed. */
  removed: boolean;
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

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
  const removedAt: Array<RemovedLine & { index: number }> = htmlRemoved.map(({ line, reason, offset }) => ({ line, reason, index: lineOf(offset) }));
  const drop = (index: number, reason: string): void => {
    const line = lines[index];
    if (!line || line.removed) return;
    line.removed = true;
    removedAt.push({ line: line.raw.trim(), reason, index });
  };
  const live = (): number[] => lines.flatMap((line, index) => (!line.removed && line.text !== '' ? [index] : []));

  // The scraper's " date 2025-02-18" marker opens the first non-empty line; the rest of that line is text.
  let markerDate: string | undefined;
  const firstIndex = live()[0];
  const firstLine = firstIndex === undefined ? undefined : lines[firstIndex];
  const marker = firstLine ? parseDateMarker(firstLine.text) : undefined;
  if (firstLine && marker && firstIndex !== undefined) {
    markerDate = marker.published;
    removedAt.push({ line: marker.marker.trim(), reason: 'date marker', index: firstIndex });
    firstLine.text = marker.rest;
    firstLine.raw = firstLine.raw.replace(marker.marker, '');
  }

  // "Original url:" with the address on the same line or the next non-empty one.
  let sourceUrl: string | undefined;
  for (const index of live()) {
    const original = lines[index] ? parseOriginalUrlLine(lines[index].text) : undefined;
    if (!original) continue;
    drop(index, 'scraper note "Original url:"');
    let found = original.url;
    const next = live().find((other) => other > index);
    const nextUrl = next === undefined ? undefined : parseBareUrl(lines[next]?.text ?? '');
    if (found === undefined && next !== undefined && nextUrl !== undefined) {
      found = nextUrl;
      drop(next, 'address after "Original url:"');
    }
    sourceUrl ??= found;
  }

  // The header above the first paragraph: headline, its repeats, byline, date line, lead photo caption.
  let headline: string | undefined;
  let headerDate: string | undefined;
  let byline: string | undefined;
  const repeatsTitle = (text: string): string | undefined => {
    if (headline !== undefined && sameText(text, headline)) return 'repeat of the headline';
    if (options.title !== undefined && sameText(text, options.title)) return 'the headline (same as the given title)';
    return undefined;
  };
  const header = live();
  for (const [position, index] of header.entries()) {
    const text = lines[index]?.text ?? '';
    const repeat = repeatsTitle(text);
    if (repeat !== undefined) {
      drop(index, repeat);
      continue;
    }
    const markedCaption = markedCaptionReason(text);
    const leftover = leftoverReason(text);
    const next = header[position + 1];
    const wrapped = next === index + 1 && continuesLine(text, lines[next]?.text ?? '');
    if (position === 0 && next !== undefined && !wrapped && markedCaption === undefined && leftover === undefined && isHeadlineCandidate(text)) {
      headline = text;
      drop(index, 'headline');
      continue;
    }
    const date = parseDateLine(text);
    if (date !== undefined) {
      headerDate ??= date;
      drop(index, 'date line');
      continue;
    }
    const author = byline === undefined ? parseByline(text) : undefined;
    if (author !== undefined) {
      byline = author;
      drop(index, 'byline');
      continue;
    }
    const reason = markedCaption ?? leftover ?? unmarkedCaptionReason(text);
    if (reason === undefined) break;
    drop(index, reason);
  }

  // Leftovers anywhere else.
  for (const index of live()) {
    const text = lines[index]?.text ?? '';
    const reason = repeatsTitle(text) ?? leftoverReason(text) ?? markedCaptionReason(text);
    if (reason !== undefined) drop(index, reason);
  }

  const blocks = buildBlocks(joinWrappedLines(lines, live(), notes), options.paragraphs ?? DEFAULT_PARAGRAPH_OPTIONS, notes);

  if (tagCounts.size > 0) {
    const list = [...tagCounts].map(([tag, count]) => `<${tag}> ×${count}`).join(', ');
    notes.unshift(`removed inline HTML tags and kept their text: ${list}`);
  }
  if (unknownEntities.size > 0) notes.push(`left unknown HTML entities as written: ${[...unknownEntities].join(' ')}`);

  const title = options.title ?? headline;
  const published = options.published ?? markerDate ?? headerDate;
  const url = options.url ?? sourceUrl;
  const author = options.author ?? byline;
  return {
    ...(title === undefined ? {} : { title }),
    ...(headline === undefined ? {} : { headline }),
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(author === undefined ? {} : { author }),
    markdown: blocks.length === 0 ? '' : `${blocks.map(renderBlock).join('\n\n')}\n`,
    removed: removedAt.sort((a, b) => a.index - b.index).map(({ line, reason }) => ({ line, reason })),
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
