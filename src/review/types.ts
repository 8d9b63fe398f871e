/**
 * The reviewed analysis: the engine's CorpusAnalysis after the editors' reviews, with the dates,
 * change logs, corrections and permalink aliases that pages, feeds and the data export show.
 * Plain data, so pages, the CLI and tests share it.
 */
import type { Claim, ClaimKind, CorpusAnalysis, Flag, Verdict } from '../engine/types.ts';

/** What the engine said about a claim before any review: kept beside the editors' decision. */
export interface AutomaticResult {
  verdict: Verdict;
  statement: string;
  explanation: string;
  flags: Flag[];
}

/** Who reviewed a claim last, and when. */
export interface ReviewStamp {
  by: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

/** One review as applied to a claim, for the claim page, the change log and the corrections page. */
export interface AppliedReview extends ReviewStamp {
  /** Review file and position, e.g. `content/reviews/x.yaml [2]`. */
  source: string;
  rationale: string | null;
  verdictBefore: Verdict;
  verdictAfter: Verdict;
  statementBefore: string;
  statementAfter: string;
  /** Short phrases for what the review did: "verdict corrected from Conflicting to Corroborated", ... */
  actions: string[];
}

/** One line of a claim's change log. */
export interface ChangeEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: 'first-reported' | 'source-added' | 'review';
  /** What happened, in a sentence fragment readers understand: "Also reported by Kyiv Post". */
  text: string;
  /** The reviewer, for review entries. */
  by?: string;
}

/** A claim as the site shows it: the engine's claim with the editors' reviews applied. */
export interface ReviewedClaim extends Claim {
  /** The engine's verdict, statement, explanation and flags before any review. */
  automatic: AutomaticResult;
  /** The latest review, or null for an automatic claim. */
  reviewed: ReviewStamp | null;
  /** Every review applied to this claim, oldest first. */
  reviews: AppliedReview[];
  /** The rationale of the latest review that gave one. */
  rationale: string | null;
  /** The latest editor's note, Markdown. */
  note: string | null;
  /** The day the claim's first evidence appeared on the site (the article's `retrieved`, else `published`). */
  datePublished: string;
  /** The latest of a new evidence article's date and a review's date. */
  dateModified: string;
  /** Change log, newest first. */
  changes: ChangeEntry[];
  /** Ids (before reviews) of the engine claims this claim is made of. */
  origins: string[];
}

/** A claim the editors took off the site (`hide: true`), listed on /corrections/. */
export interface RemovedClaim {
  id: string;
  story: string;
  kind: ClaimKind;
  statement: string;
  automatic: AutomaticResult;
  review: AppliedReview;
}

/** One entry of /corrections/: a review that changed a verdict or a headline, or removed a claim. */
export interface Correction {
  date: string;
  by: string;
  story: string;
  /** The claim's id now, or null when it was removed. */
  claim: string | null;
  /** The claim's headline now (or when it was removed). */
  statement: string;
  /** What changed, e.g. "Verdict: Conflicting → Corroborated". */
  changes: string[];
  rationale: string | null;
}

/** What the editors did to a claim URL that no longer names a claim. */
export interface ReviewedAlias {
  action: 'merged' | 'split' | 'removed';
  date: string;
  by: string;
  rationale: string | null;
  /** Claims the old URL leads to now (none when removed). */
  to: string[];
  /** The old claim's headline, for the notice. */
  statement: string;
  /** Ids (before reviews) of the engine claims the old claim was made of. */
  origins: string[];
}

/** A non-fatal remark about a review, printed in the build log and by `npm run review`. */
export interface ReviewWarning {
  file: string;
  review: string;
  message: string;
}

/** The analysis the site shows. */
export interface ReviewedAnalysis extends CorpusAnalysis {
  claims: ReviewedClaim[];
  removed: RemovedClaim[];
  /** Newest first. */
  corrections: Correction[];
  /** Old claim id → what the editors did with it (merged, split, removed). */
  reviewedAliases: Map<string, ReviewedAlias>;
  warnings: ReviewWarning[];
  /** Engine claim id → its anchor sentence: older URLs end in that sentence's hash. */
  engineAnchors: Map<string, { article: string; sentenceId: string }>;
}
