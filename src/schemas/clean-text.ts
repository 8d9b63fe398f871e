/**
 * Invisible characters that change how text is shown rather than what it says. Content is cleaned
 * of them when it is loaded, so a name or title cannot reverse or hide the site's own text after it
 * (a right-to-left override in an outlet name would otherwise flip "· 3 claims" on every page that
 * lists the outlet). Pages also isolate content text (`unicode-bidi: isolate`), as a second guard.
 */

/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
 * the text after them until a matching terminator, which content cannot be trusted to supply.
 * Marks (LRM, RLM, ALM) are kept in bodies: they only settle the direction of neutral characters.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Format characters (Unicode category Cf: bidi controls and marks, zero-width spaces, word joiners,
 * invisible operators, soft hyphens, the byte order mark, interlinear annotation and tag characters),
 * except the zero-width joiner and non-joiner, which Persian, Indic scripts and emoji need.
 */
const INVISIBLE_FORMAT = /(?![\u200C\u200D])\p{Cf}/gu;

/** Control characters, line and paragraph separators: on one line they are whitespace at most. */
const LINE_BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;

/** A one-line name or title as readers should see it: no invisible controls, whitespace collapsed. */
export function cleanLine(text: string): string {
  return text.replace(INVISIBLE_FORMAT, '').replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/** Article text without bidi embeddings, overrides and isolates; everything else is kept. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** True if the text contains a character that `cleanLine` would remove (for tests and checks). */
export function hasInvisibleControls(text: string): boolean {
  return new RegExp(INVISIBLE_FORMAT.source, 'u').test(text) || /[\u202A-\u202E\u2066-\u2069]/.test(text);
}
