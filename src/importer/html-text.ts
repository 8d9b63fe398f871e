/**
 * HTML left in a scrape, turned back into the plain text a reader saw: block elements become line
 * breaks, inline tags (`<u>told</u>`, `<b>`, `<span class="x">`) disappear while their words stay,
 * entities are decoded, and non-text elements (scripts, styles, comments) are cut out and reported.
 */

import type { RemovedLine } from './lines.ts';

export type { RemovedLine } from './lines.ts';

/** A tag: `<` + a letter, attributes (quoted values may hold `>`), `>`. `a < b` and `<3` are not tags. */
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/g;

/**
 * One pass over the HTML pieces of a scrape; at any position the first alternative wins:
 * a comment (group 1), a doctype, an element that is never article text, removed with its content
 * (name in group 2), or any other tag (name in group `tag`).
 */
const HTML_PIECE =
  /(<!--[\s\S]*?-->)|<!doctype[^>]*>|<(head|script|style|noscript|template|iframe|svg|object)\b[^>]*>[\s\S]*?<\/\2\s*>|<\/?(?<tag>[A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/gi;

/** Elements that start a new line in a browser: they become line breaks so paragraphs survive. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);

/** A removed piece of HTML and the offset in the flattened text where it stood. */
export interface RemovedHtml extends RemovedLine {
  offset: number;
}

/**
 * Cuts out non-text elements, comments and doctypes (reporting each, with where it stood) and
 * turns block-level tags into line breaks, so the line-based rules that follow see the scrape's real
 * paragraphs. `<li>` starts a bullet line. Inline tags are left for `stripInlineTags`.
 */
export function flattenHtmlBlocks(text: string): { text: string; removed: RemovedHtml[] } {
  const removed: RemovedHtml[] = [];
  let flat = '';
  let last = 0;
  for (const match of text.matchAll(HTML_PIECE)) {
    flat += text.slice(last, match.index);
    last = match.index + match[0].length;
    const [piece, comment, element] = match;
    const tag = match.groups?.tag?.toLowerCase();
    if (tag === undefined) {
      const reason = comment !== undefined ? 'HTML comment' : element !== undefined ? `<${element.toLowerCase()}> element (not article text)` : 'HTML doctype';
      removed.push({ line: piece.trim(), reason, offset: flat.length });
      flat += '\n';
    } else if (tag === 'li') {
      flat += piece.startsWith('</') ? '\n' : '\n• ';
    } else {
      flat += BLOCK_ELEMENTS.has(tag) ? '\n' : piece;
    }
  }
  return { text: flat + text.slice(last), removed };
}

/** Removes the remaining (inline) tags and keeps their words; returns the removed tags (`u`, `/u`). */
export function stripInlineTags(line: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  const text = line.replace(TAG, (tag, name: string) => {
    tags.push(`${tag.startsWith('</') ? '/' : ''}${name.toLowerCase()}`);
    return '';
  });
  return { text, tags };
}

/** Named entities of HTML 4 without the Greek and math letters: what turns up in scraped news. */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml'.split(' ');

const NAMED_ENTITIES = new Map<string, string>([
  ...LATIN1_NAMES.map((name, index): [string, string] => [name, String.fromCharCode(0xa0 + index)]),
  ['quot', '"'], ['amp', '&'], ['lt', '<'], ['gt', '>'], ['apos', "'"],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'], ['fnof', 'ƒ'],
  ['circ', 'ˆ'], ['tilde', '˜'], ['ensp', '\u2002'], ['emsp', '\u2003'], ['thinsp', '\u2009'],
  ['zwnj', '\u200c'], ['zwj', '\u200d'], ['lrm', '\u200e'], ['rlm', '\u200f'], ['ndash', '–'],
  ['mdash', '—'], ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'],
  ['bdquo', '„'], ['dagger', '†'], ['Dagger', '‡'], ['bull', '•'], ['hellip', '…'], ['permil', '‰'],
  ['prime', '′'], ['Prime', '″'], ['lsaquo', '‹'], ['rsaquo', '›'], ['oline', '‾'], ['frasl', '⁄'],
  ['euro', '€'], ['trade', '™'], ['minus', '−'],
]);

/** Windows-1252 characters that pages wrongly write as `&#128;`–`&#159;`; browsers show these. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const ENTITY = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g;

/**
 * Decodes HTML character references in one pass (so `&amp;lt;` becomes the text `&lt;`, as in a
 * browser). Unknown named references are left as written and listed in `unknown`.
 */
export function decodeEntities(text: string): { text: string; unknown: string[] } {
  const unknown: string[] = [];
  const decoded = text.replace(ENTITY, (reference, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? reference;
      if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    const value = NAMED_ENTITIES.get(body);
    if (value === undefined) unknown.push(reference);
    return value ?? reference;
  });
  return { text: decoded, unknown };
}
