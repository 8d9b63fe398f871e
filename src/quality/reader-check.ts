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
 * The latest check (docs/reader-checks/2026-12-05-fourth/judgement.md, the output at commit 7fba863).
 * The check before it, by the same instructions that afternoon (docs/reader-checks/2026-12-05-third/,
 * the output at 1ca548d), found 50, 47, 47, 63 and 31 of 64; the fixes between them cite it. The two
 * checks of that morning (2026-12-05, 2026-12-05-second) did not judge whether outlets print one
 * agency's copy, which these do, so their counts (52, 51, 55, 63 and 43 of 64 at 02b51d0) are not
 * comparable with these.
 */
export const READER_CHECK: ReaderCheck = {
  date: '2026-12-05',
  claims: 62,
  coherent: 52,
  statement: 52,
  verdict: 49,
  stance: 62,
  allFour: 39,
  wrongCorroborated: [10, 41],
  wrongConflicting: [3, 15],
  wrongDisputed: [0, 2],
};
