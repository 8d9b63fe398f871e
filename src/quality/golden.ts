/**
 * The golden form of a labelled story's output: per claim its statement, kind, verdict, flags and
 * evidence (article, sentence id, stance), one short line per evidence sentence, so that any change
 * in what the engine publishes shows up as a reviewable diff of `expected-claims.json`.
 */
import type { ClaimsExport } from '../export/claims-json.ts';

/** One claim as the golden file records it. */
export interface GoldenClaim {
  statement: string;
  kind: string;
  verdict: string;
  flags: string[];
  /** `<article> <sentence id> <stance>` per evidence sentence, in the claim's order. */
  evidence: string[];
}

/** The golden file of one story. */
export interface Golden {
  claims: GoldenClaim[];
}

/** The golden form of a claims export. */
export function toGolden(claims: ClaimsExport): Golden {
  return {
    claims: claims.claims.map((claim) => ({
      statement: claim.statement,
      kind: claim.kind,
      verdict: claim.verdict,
      flags: [...claim.flags],
      evidence: claim.evidence.map((e) => `${e.article} ${e.sentenceId} ${e.stance}`),
    })),
  };
}
