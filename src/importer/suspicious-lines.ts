/**
 * Lines of an article body that look like page furniture but were kept: a furniture rule's shape
 * (share rows, ad labels, "Read more:" links, captions…), a line made mostly of interface words,
 * a lone link, or a short line that is not a sentence (a caption, label or menu item). Shared by the
 * importer, which lists them after cleaning, and the build, which logs them as warnings: the editor
 * decides, nothing is removed or failed.
 */
import { furnitureReason, interfaceWordShare } from './furniture.ts';

/** One suspicious line: its 1-based line number in the text checked, its text and why. */
export interface SuspiciousLine {
  line: number;
  text: string;
  reason: string;
}

/** A short line: at most this many words without sentence punctuation is flagged. */
const SHORT_LINE_WORDS = 6;

const SENTENCE_END = /[.!?…:;]["”’'»)\]*_]*$/u;

/** The words of a Markdown line, block markers, escapes, emphasis and link targets removed. */
function plainText(line: string): string {
  return line
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,9}[.)]\s+)+/u, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_[\]<>~&#+=|.!()-])/g, '$1')
    .replace(/(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)/g, '')
    .replace(/<[^>]+>/g, '')
    .trim();
}

const LONE_LINK = /^\s*(?:[-*+]\s+)?\[[^\]]+\]\([^)]*\)\s*$/;

/**
 * The suspicious lines of a Markdown body. `firstLine` is the number of the body's first line in
 * its file, so the numbers point into the file (1 for a body on its own).
 */
export function suspiciousLines(markdown: string, firstLine = 1): SuspiciousLine[] {
  const found: SuspiciousLine[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((raw, offset) => {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fenceMark !== undefined) {
      if (fence === undefined) fence = fenceMark[0];
      else if (fenceMark.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence !== undefined || raw.trim() === '' || /^\s{0,3}(?:[-*_]\s*){3,}$/.test(raw) || /^\s*\|/.test(raw)) return;
    const heading = /^\s{0,3}#{1,6}\s/.test(raw);
    const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(raw);
    const text = plainText(raw);
    if (text === '') return;
    const words = text.split(/\s+/).filter(Boolean).length;
    const reason =
      (furnitureReason(text) === undefined ? undefined : `looks like page furniture (${furnitureReason(text) ?? ''})`) ??
      (LONE_LINK.test(raw) && !listItem ? 'a lone link (a link to another page?)' : undefined) ??
      (words <= 15 && interfaceWordShare(text) >= 0.5 ? 'mostly interface words (share, follow, subscribe, read more…)' : undefined) ??
      (!heading && !listItem && words <= SHORT_LINE_WORDS && !SENTENCE_END.test(text) ? 'a short line that is not a sentence (a caption, label or menu item?)' : undefined);
    if (reason !== undefined) found.push({ line: firstLine + offset, text: text.length > 100 ? `${text.slice(0, 97)}...` : text, reason });
  });
  return found;
}
