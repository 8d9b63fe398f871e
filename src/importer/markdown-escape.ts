/**
 * Escapes article text for the Markdown body, so the page shows exactly the words of the article:
 * a scraped `*`, `_`, `<`, `[` or a line that starts with `#`, `>`, `-` or `1.` must stay text, not
 * turn into emphasis, raw HTML, a link, a heading, a quote or a list. Curly quotes, dashes and all
 * non-ASCII characters pass through untouched.
 */

/** ASCII characters that start inline Markdown or HTML anywhere in a line (GFM strikethrough included). */
const INLINE_SPECIAL = /[\\`*_[\]<~]/g;
/** `&` that would start a character reference such as `&amp;` or `&#39;`. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escapes inline syntax anywhere in the text. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
}

/** Characters that open a block (heading, quote, list, thematic break, setext underline) at line start. */
const BLOCK_START = /^[#>+=|-]/;
/** `1.` or `1)` at line start opens an ordered list (CommonMark allows up to nine digits). */
const ORDERED_START = /^(\d{1,9})([.)])(?=\s|$)/;

/** Escapes a block marker at the start of already inline-escaped text. */
function escapeBlockStart(escaped: string): string {
  if (BLOCK_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_START, '$1\\$2');
}

/** One paragraph of article text as a Markdown paragraph. */
export function markdownParagraph(text: string): string {
  return escapeBlockStart(escapeInline(text.trim()));
}

/** A subheading as a level-2 ATX heading; a trailing `#` run is escaped so it is not read as a closing sequence. */
export function markdownHeading(text: string): string {
  return `## ${escapeInline(text.trim()).replace(/(#+)$/, '\\$1')}`;
}

/** One list item: its marker (`1.`, `2)`, `-`) and its escaped text. */
export function markdownListItem(marker: string, text: string): string {
  return `${marker} ${escapeBlockStart(escapeInline(text.trim()))}`;
}
