/**
 * Marks the words a query matched. Ranges come from the same tokenizer as the index, and the marked
 * text is built from text nodes and `<mark>` elements, never from HTML strings, so whatever is in a
 * title or a query stays text.
 */
import { tokenize } from './tokens.ts';

/** What to mark in a text. */
export interface MarkPlan {
  /** Folded words to mark wherever they occur (including misspelling and prefix expansions). */
  words: ReadonlySet<string>;
  /** Word sequences (phrases, hyphenated terms) marked as one span; each position lists the words allowed there. */
  runs: ReadonlyArray<ReadonlyArray<ReadonlySet<string>>>;
}

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = [number, number];

/** A piece of text, marked or not. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** The ranges of `text` to mark, sorted and merged. */
export function markRanges(text: string, plan: MarkPlan): Range[] {
  const tokens = tokenize(text);
  const ranges: Range[] = [];
  for (const token of tokens) {
    if (plan.words.has(token.term)) ranges.push([token.start, token.end]);
  }
  for (const run of plan.runs) {
    if (run.length === 0) continue;
    for (let i = 0; i + run.length <= tokens.length; i++) {
      let matches = true;
      for (let j = 0; j < run.length && matches; j++) {
        matches = run[j]?.has(tokens[i + j]?.term ?? '') ?? false;
      }
      const first = tokens[i];
      const last = tokens[i + run.length - 1];
      if (matches && first && last) ranges.push([first.start, last.end]);
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Cuts a text into marked and unmarked pieces; ranges outside the text are clipped. */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const pieces: Segment[] = [];
  let position = 0;
  for (const [rawStart, rawEnd] of mergeRanges(ranges)) {
    const start = Math.max(position, Math.min(rawStart, text.length));
    const end = Math.min(rawEnd, text.length);
    if (end <= start) continue;
    if (start > position) pieces.push({ text: text.slice(position, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    position = end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), marked: false });
  return pieces;
}

/** The parts of `document` the highlighter uses (a real document in the browser). */
export type NodeFactory = Pick<Document, 'createElement' | 'createTextNode'>;

/** Appends `text` to `parent` with the ranges wrapped in `<mark>`, through DOM nodes only. */
export function appendMarked(parent: Node, text: string, ranges: readonly Range[], factory: NodeFactory): void {
  for (const piece of segments(text, ranges)) {
    if (piece.marked) {
      const mark = factory.createElement('mark');
      mark.textContent = piece.text;
      parent.appendChild(mark);
    } else {
      parent.appendChild(factory.createTextNode(piece.text));
    }
  }
}
