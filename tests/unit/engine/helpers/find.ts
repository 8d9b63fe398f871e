/** Finding claims in an analysis by what their evidence says, as a reader would look them up. */
import type { Claim, CorpusAnalysis } from '../../../../src/engine/types.ts';

/** Evidence of a claim that contains `text`, in `article` when given. */
export function evidenceWith(claim: Claim, text: string, article?: string) {
  return claim.evidence.find((e) => e.text.includes(text) && (article === undefined || e.article === article));
}

/**
 * The claim whose evidence contains every given piece of text (each `[article, text]`), preferring
 * the one with the fewest evidence sentences; undefined if none has them all.
 */
export function claimWith(analysis: CorpusAnalysis, pieces: ReadonlyArray<[string, string]>, kind?: Claim['kind']): Claim | undefined {
  return analysis.claims
    .filter((claim) => (kind === undefined || claim.kind === kind) && pieces.every(([article, text]) => evidenceWith(claim, text, article)))
    .sort((a, b) => a.evidence.length - b.evidence.length)[0];
}

/** A compact, readable summary of a claim for failure messages. */
export function describe(claim: Claim | undefined): string {
  if (!claim) return '(no claim)';
  return `${claim.verdict} [${claim.flags.join(',')}] ${claim.statement} :: ${claim.evidence.map((e) => `${e.article}:${e.stance}`).join(' ')}`;
}
