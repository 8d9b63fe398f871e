/**
 * A strict reader's check of the engine's output, by hand: every claim of the five labelled stories
 * that has evidence from two or more outlets or a contested verdict, judged on four questions. The
 * claims as judged and the judgement line by line are in docs/reader-checks/<date>/. Counts, not
 * percentages, so the page's rounding is the only arithmetic.
 */
export interface ReaderCheck {
  /** The day of the judgement (YYYY-MM-DD). */
  date: string;
  claims: number;
  /** All evidence sentences state one proposition. */
  coherent: number;
  /** The statement is a standalone sentence a reader can use. */
  statement: number;
  /** The verdict is right for the evidence shown. */
  verdict: number;
  /** No sentence's stance points the wrong way. */
  stance: number;
  /** All four at once. */
  allFour: number;
  /** Wrong of each contested or corroborated verdict: [wrong, of]. */
  wrongCorroborated: [number, number];
  wrongConflicting: [number, number];
  wrongDisputed: [number, number];
}

/** The latest check (docs/reader-checks/2026-12-05/judgement.md); the one before, of 4 December, found 48, 41, 51, 60 and 34 of 62. */
export const READER_CHECK: ReaderCheck = {
  date: '2026-12-05',
  claims: 64,
  coherent: 48,
  statement: 46,
  verdict: 52,
  stance: 62,
  allFour: 38,
  wrongCorroborated: [7, 46],
  wrongConflicting: [4, 15],
  wrongDisputed: [1, 2],
};
