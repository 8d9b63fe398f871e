/**
 * A strict reader's check of the engine's output, by hand: every claim of the five labelled stories
 * that has evidence from two or more outlets or a contested verdict, judged on four questions. The
 * claims as judged and the judgement line by line are in docs/reader-checks/<date>[-second]/. Counts, not
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

/**
 * The latest check (docs/reader-checks/2026-12-05-second/judgement.md, the output at commit 02b51d0);
 * the one before it the same day (docs/reader-checks/2026-12-05/) found 48, 46, 52, 62 and 38 of 64,
 * and the one of 4 December 48, 41, 51, 60 and 34 of 62.
 */
export const READER_CHECK: ReaderCheck = {
  date: '2026-12-05',
  claims: 64,
  coherent: 52,
  statement: 51,
  verdict: 55,
  stance: 63,
  allFour: 43,
  wrongCorroborated: [5, 44],
  wrongConflicting: [4, 15],
  wrongDisputed: [0, 2],
};
