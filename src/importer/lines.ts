/**
 * The scrape as a list of lines that the cleaning steps share: each step reads the lines still kept
 * and removes some with a reason, so every removal is reported once, in reading order.
 */

/** A piece of the raw text that the importer dropped, and why. */
export interface RemovedLine {
  /** The dropped text exactly as it appeared in the raw input (trimmed). */
  line: string;
  /** Why it is not article text. */
  reason: string;
}

/** One line of the scrape. */
export interface Line {
  /** The line as scraped (after block-level HTML became line breaks). */
  raw: string;
  /** Its text: inline tags stripped, entities decoded, trimmed. */
  text: string;
  /** Set once the line is removed. */
  removed: boolean;
}

/** The lines plus the record of what was removed and why. */
export class LineBook {
  readonly removedAt: Array<RemovedLine & { index: number }> = [];

  constructor(readonly lines: Line[]) {}

  /** Indices of the kept, non-empty lines, in order. */
  live(): number[] {
    return this.lines.flatMap((line, index) => (!line.removed && line.text !== '' ? [index] : []));
  }

  /** The text of line `index` ('' past the end). */
  text(index: number): string {
    return this.lines[index]?.text ?? '';
  }

  /** Removes line `index` (once) and records why. */
  drop(index: number, reason: string): void {
    const line = this.lines[index];
    if (!line || line.removed) return;
    line.removed = true;
    this.removedAt.push({ line: line.raw.trim(), reason, index });
  }

  /** The reason line `index` was removed, if it was. */
  reasonOf(index: number): string | undefined {
    return this.removedAt.find((entry) => entry.index === index)?.reason;
  }

  /** Everything removed, in reading order. */
  removed(): RemovedLine[] {
    return [...this.removedAt].sort((a, b) => a.index - b.index).map(({ line, reason }) => ({ line, reason }));
  }
}

const LOOSE = /[^\p{L}\p{N}]+/gu;

/** Two lines with the same words, ignoring case, punctuation and quote styles. */
export function sameWords(a: string, b: string): boolean {
  const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(LOOSE, ' ').trim();
  const left = fold(a);
  return left !== '' && left === fold(b);
}

/** The number of words (runs of non-space) in a line. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Ends a sentence: terminal punctuation, maybe followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["”’'»)\]]*$/u;

/** Article prose: a sentence of 12 words or more, or any line of 30 words or more. */
export function isProse(text: string): boolean {
  const count = countWords(text);
  return (count >= 12 && SENTENCE_END.test(text.trim())) || count >= 30;
}

/** Short words-only line without sentence punctuation: a menu item, label or link title. */
export function isShortLabel(text: string, maxWords = 3): boolean {
  const line = text.trim();
  const count = countWords(line);
  return count >= 1 && count <= maxWords && line.length <= 40 && !/[.!?,;:…]["”’)]*$/u.test(line) && /\p{L}/u.test(line);
}

