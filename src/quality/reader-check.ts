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
 * The figures above are the latest check's at this version of the engine: its 69 claims that did not
 * change keep their judgement, and another reader judged the six the fixes it led to changed
 * (docs/reader-checks/2026-12-08-seventeenth/judgement-227dc68.md, commit 227dc68): four now pass all
 * four checks, a statement still drops a day, and the runoff claim's new flat statement is more than
 * one report's conditional sentence states (coherence).
 *
 * The latest check (docs/reader-checks/2026-12-08-seventeenth/judgement.md, the output at commit
 * bf86faf, two days of rules later), by a stricter reader told the same conventions: 66, 58, 68, 75 and
 * 52 of 75, wrong corroborated 5 of 45 (evidence of another speaker, restrictor or premise; a partial
 * clause that names no one accused), conflicting 2 of 19 (one train's coaches against all trains'; a
 * mayor's count shown as the outlet's), disputed 0 of 3. Ten of its seventeen statement failures are a
 * pronoun or demonstrative without its antecedent, seven inside quotations; three drop a scope the
 * sources give (two fixed since, with the quotation's speaker for an inner sentence's figure).
 *
 * The check before it (docs/reader-checks/2026-12-06-sixteenth/judgement.md, the output at commit
 * f173f08, after the refit of 6 December), told the site's published conventions for figures (values
 * of a running count, a revised toll or a moving price are conflicting as the reports stand, unless
 * the statement gives each its moment; a round figure is compared at its rounding step, a clock time
 * read to the quarter hour). Its wrong verdicts are all evidence of another basis, count, speaker or
 * scope (the unions' "historic" for the ministry's figure, one train's coaches against all, a
 * spokeswoman's words for the secretary's, a narrower "first", and "hard to say" quoted of a remark
 * about positions converging, reported as about relations improving); five of its seven statement
 * failures are "this" or "these" inside a quotation, the others a superlative without its domain and
 * a quoted word's phrase cut before its verb at a dash (fixed since, in 0f5cb75). Without the
 * conventions it would have called seven more conflicting verdicts wrong; a second reader of the same
 * claims, not told them (judgement-without-conventions.md), found 63, 66, 59, 67 and 51 of 73, wrong
 * corroborated 4 of 45 and conflicting 10 of 18 (lower bounds and moments of a running count read as
 * compatible). The fifteenth check (2026-12-06-fifteenth, output at 96abfe4) found 68, 65, 69, 73 and
 * 61 of 73, wrong corroborated 3 of 45, conflicting 1 of 18, disputed 0 of 2, and failed the quoted-word
 * heading "Called “manipulation”" (fixed since). The fourteenth check (2026-12-06-fourteenth,
 * output at b1f5f63) found 66, 61, 67, 72 and 56 of 72, wrong corroborated 4 of 45 (one, another
 * scene, fixed since: a sentence of two clauses joined by ", and"), conflicting 1 of 18, disputed 0
 * of 2. The thirteenth check
 * (2026-12-06-thirteenth, output at 413cbb9) found 66, 57, 66, 72 and 52 of 72, wrong corroborated 5
 * of 45, conflicting 1 of 18, disputed 0 of 2, failing statements for people named by surname only,
 * the "One place X spoke" heading, spliced text and a heading verb without its object (fixed before
 * the fourteenth).
 * The twelfth check (2026-12-06-twelfth, output at 815b8e7) found 65, 61, 66, 72 and 55 of 72, wrong
 * corroborated 5 of 45 (one, a statement asserting a figure one report did not give, fixed before the
 * thirteenth), conflicting 1 of 18, disputed 0 of 2; the eleventh (2026-12-05-eleventh, 6ee4c67) 65,
 * 53, 66, 72 and 48 of 72, with ten statements whose figures had lost who gives them (fixed before the
 * twelfth); the tenth (6aaf845) 65, 64, 66, 71 and 57 of 72, wrong corroborated 4 of 45, conflicting
 * 2 of 18; the ninth (86763b6) 61, 60, 62, 69 and 51 of 69; the eighth (12fb76b) 58, 63, 61, 68 and 52
 * of 68; the seventh (4271090) 59, 59, 58, 67 and 48 of 68, wrong disputed 2 of 2 (fixed before the
 * eighth); the sixth (2af4d04) 58, 59, 59, 66 and 50 of 67; the fifth (c55cd47, without the convention
 * in its instructions) 55, 54, 44, 62 and 36 of 62; the fourth (7fba863) 52, 52, 49, 62 and 39 of 62;
 * the third (1ca548d) 50, 47, 47, 63 and 31 of 64. Readers of one output differ by several claims,
 * mostly on statements (how strictly they read a quotation's own words) and on wire copy, so small
 * moves are noise. The two of the morning of 2026-12-05 did not judge whether outlets print one
 * agency's copy, so their counts are not comparable.
 */
export const READER_CHECK: ReaderCheck = {
  date: '2026-12-08',
  claims: 75,
  coherent: 66,
  statement: 63,
  verdict: 69,
  stance: 75,
  allFour: 56,
  wrongCorroborated: [5, 45],
  wrongConflicting: [1, 19],
  wrongDisputed: [0, 3],
};

/** A strict reader's check of the statements of a sample of single-source claims, before and after a change. */
export interface StatementCheck {
  date: string;
  /** Claims in the sample (seeded, about a fifth of the five stories' single-source claims). */
  claims: number;
  /** The output judged first, and after the changes the first judgement led to. */
  before: { commit: string; fact: number; usable: number; both: number };
  after: { commit: string; fact: number; usable: number; both: number };
}

/**
 * docs/reader-checks/2026-12-06-statements/: 90 single-source claims of the five labelled stories
 * (a seeded fifth of them), each statement judged against its article: FACT (it says only what the
 * article says, with the right person and speaker) and USABLE (a complete sentence a reader of this
 * one claim can understand: no unresolved pronoun subject, a quotation with its speaker, no page
 * furniture). The same sentences were judged again after the fixes the first judgement led to, by
 * another reader who had not seen the first.
 */
export const STATEMENT_CHECK: StatementCheck = {
  date: '2026-12-06',
  claims: 90,
  before: { commit: 'dbb5cf2', fact: 84, usable: 66, both: 62 },
  after: { commit: 'f9aae86', fact: 87, usable: 77, both: 75 },
};
