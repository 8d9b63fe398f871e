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
 * The latest check (docs/reader-checks/2026-12-05-fifth/judgement.md, the output at commit c55cd47).
 * The check before it (docs/reader-checks/2026-12-05-fourth/, the output at 7fba863) found 52, 52,
 * 49, 62 and 39 of 62, wrong corroborated 10 of 41 and wrong conflicting 3 of 15; this reader, with
 * the same instructions plus "different moments of a running count or a moving price are not a
 * conflict unless the statement says so", failed eight conflicting verdicts on figures that are
 * stages of a count, a revision or a price at two moments, which the labelled stories' notes count as
 * conflicting as reported. Earlier checks: 2026-12-05-third (1ca548d: 50, 47, 47, 63 and 31 of 64);
 * the two of that morning (2026-12-05, 2026-12-05-second) did not judge whether outlets print one
 * agency's copy, so their counts are not comparable.
 */
export const READER_CHECK: ReaderCheck = {
  date: '2026-12-05',
  claims: 62,
  coherent: 55,
  statement: 54,
  verdict: 44,
  stance: 62,
  allFour: 36,
  wrongCorroborated: [8, 41],
  wrongConflicting: [10, 15],
  wrongDisputed: [0, 2],
};
