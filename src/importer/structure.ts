/**
 * The shape of a scraped line: a headline, a byline, a subheading between paragraphs, a list item,
 * a hard-wrapped continuation, or prose. Scrapes lose all markup, so these are judged from the words
 * alone: length, final punctuation and capitalisation. The headline test helps decide that a line
 * leaves the body (page-header.ts; bylines are byline.ts); the others only change how the words
 * are rendered.
 */

/** Words a title-case heading leaves in lower case. */
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of',
  'off', 'on', 'per', 'to', 'up', 'via', 'with', 'from', 'into', 'onto', 'over', 'than', 'vs', 'vs.',
]);

/** Ends like a sentence or a clause: period, comma, colon, semicolon, ellipsis, possibly before closing quotes. */
const CLAUSE_END = /[.,;:…]["”’»)\]]*$/u;

const words = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** A numbered or bulleted list item: its marker and its text. */
export interface ListItem {
  /** `1.` / `2)` for ordered items (number and delimiter as written), `-` for bullets. */
  marker: string;
  ordered: boolean;
  text: string;
}

const ORDERED_ITEM = /^(\d{1,3})([.)])\s+(\S.*)$/u;
const BULLET_ITEM = /^[•●▪◦·‣∙*+-]\s+(\S.*)$/u;

/** Parses `1. text`, `2) text`, `• text`, `- text` (leading whitespace allowed). */
export function parseListItem(line: string): ListItem | undefined {
  const trimmed = line.trim();
  const ordered = ORDERED_ITEM.exec(trimmed);
  if (ordered) return { marker: `${ordered[1]}${ordered[2]}`, ordered: true, text: ordered[3] ?? '' };
  const bullet = BULLET_ITEM.exec(trimmed);
  if (bullet) return { marker: '-', ordered: false, text: bullet[1] ?? '' };
  return undefined;
}

/** True when every word except small connecting words starts with a capital or a digit. */
export function isTitleCase(text: string): boolean {
  const list = words(text).map((word) => word.replace(/^[^\p{L}\p{N}]+/u, '')).filter((word) => word !== '');
  if (list.length === 0 || !/^[\p{Lu}\p{N}]/u.test(list[0] ?? '')) return false;
  return list.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || SMALL_WORDS.has(word.toLowerCase()));
}

/**
 * True for a line that looks like a headline: 2–25 words, at most 200 characters, at least one
 * letter, not ending like a sentence or clause ("?" and "!" are allowed), not a list item or byline.
 */
export function isHeadlineCandidate(text: string): boolean {
  const line = text.trim();
  const count = words(line).length;
  if (count < 2 || count > 25 || line.length > 200 || !/\p{L}/u.test(line)) return false;
  if (CLAUSE_END.test(line) || parseListItem(line) !== undefined) return false;
  return !/^by\s+\p{Lu}/iu.test(line);
}

/** Ends a sentence or a clause, so the next line cannot be its continuation. */
const LINE_END = /[.!?…:;]["”’'»)\]]*$/u;

/**
 * True when `next` continues the sentence of `line` in a hard-wrapped scrape: `line` stops without
 * sentence punctuation and `next` goes on in lower case. Joining them keeps the sentence whole.
 */
export function continuesLine(line: string, next: string): boolean {
  return !LINE_END.test(line.trim()) && /^\p{Ll}/u.test(next.trim());
}

/**
 * True for a short title-case line that ends in "?" or in no punctuation at all, such as
 * "What Happens Next?". The caller only asks for lines with article text before and after them.
 */
export function isSubheading(text: string): boolean {
  const line = text.trim();
  const count = words(line).length;
  if (count < 1 || count > 12 || line.length > 90) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(line) || parseListItem(line) !== undefined) return false;
  if (!(line.endsWith('?') || /[\p{L}\p{N}]$/u.test(line))) return false;
  return isTitleCase(line);
}
