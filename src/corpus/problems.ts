/**
 * Content problems: each names the file, the field, the bad value, a stable rule id and how to fix
 * it. All problems of a corpus are collected and reported together, so an editor fixes them in one go.
 */
import { closest, distance } from 'fastest-levenshtein';

/** One thing wrong with the content. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (or absolute if outside it). */
  file: string;
  /** Stable rule id, e.g. `unknown-outlet`, `invalid-date`, `duplicate-id`. */
  rule: string;
  /** Frontmatter field, when the problem is in one. */
  field?: string;
  /** The offending value, quoted in the message. */
  value?: unknown;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/** Thrown when content cannot be built; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** A human-readable report: one paragraph per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((problem) => {
    const where = problem.field === undefined ? problem.file : `${problem.file}: field "${problem.field}"`;
    const value = problem.value === undefined ? '' : ` (value: ${quote(problem.value)})`;
    return `- ${where}${value}: ${problem.message} [${problem.rule}]\n  Fix: ${problem.hint}`;
  });
  return `Content check failed with ${count}:\n${lines.join('\n')}`;
}

/** The closest valid value, if it is close enough to be a plausible typo. */
export function didYouMean(value: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, [...candidates]);
  return distance(value, best) <= Math.max(3, Math.floor(best.length / 3)) ? best : undefined;
}

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
