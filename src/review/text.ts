/** Wording shared by change logs, corrections and feeds, so every page says a change the same way. */
import type { Verdict } from '../engine/types.ts';
import { VERDICTS } from '../lib/verdicts.ts';

/** "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The reader-facing label of a verdict: "Single source". */
export function verdictLabel(verdict: Verdict): string {
  return VERDICTS[verdict].label;
}

/** A headline in curly quotes, shortened for a list. */
export function quoted(text: string, max = 90): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

/** "1 sentence", "2 sentences". */
export function sentences(count: number): string {
  return `${count} ${count === 1 ? 'sentence' : 'sentences'}`;
}
