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
  /** The offending value, quoted in the message (shortened: never serialised in full). */
  value?: unknown;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}

/**
 * Something every command reports but that does not stop the build: a file skipped on purpose
 * (a draft in a dot-folder) or an article far outside the usual size or shape.
 */
export interface ContentNotice {
  /** Path of the file or folder, as in ContentProblem. */
  file: string;
  /** `skipped` (not read, on purpose) or `warning` (read, but worth a look). */
  kind: 'skipped' | 'warning';
  /** Stable rule id, e.g. `draft`, `not-content`, `article-shape`. */
  rule: string;
  /** Why. */
  message: string;
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
    const value = problem.value === undefined ? '' : ` (value: ${preview(problem.value)})`;
    return `- ${where}${value}: ${problem.message} [${problem.rule}]\n  Fix: ${problem.hint}`;
  });
  return `Content check failed with ${count}:\n${lines.join('\n')}`;
}

/** The notices as log lines, skipped files first; empty when there are none. */
export function formatNotices(notices: readonly ContentNotice[]): string[] {
  const order = (notice: ContentNotice): number => (notice.kind === 'skipped' ? 0 : 1);
  return [...notices]
    .sort((a, b) => order(a) - order(b))
    .map((notice) => `${notice.kind === 'skipped' ? 'skipped on purpose' : 'warning'}: ${notice.file}: ${notice.message} [${notice.rule}]`);
}

/** The closest valid value, if it is close enough to be a plausible typo. */
export function didYouMean(value: string, candidates: readonly string[], maxDistance?: number): string | undefined {
  if (candidates.length === 0) return undefined;
  const best = closest(value, [...candidates]);
  const limit = maxDistance ?? Math.max(3, Math.floor(best.length / 3));
  return distance(value, best) <= limit ? best : undefined;
}

/** Longest preview of a value in a message. */
const PREVIEW_CHARACTERS = 80;

/**
 * A short, JSON-like rendering of any value for an error message. It walks at most a few dozen
 * nodes and stops at PREVIEW_CHARACTERS, so a YAML alias bomb or a huge list is never serialised.
 */
export function preview(value: unknown, limit = PREVIEW_CHARACTERS): string {
  let budget = 40;
  const render = (item: unknown, depth: number): string => {
    budget--;
    if (typeof item === 'string') return JSON.stringify(item.length > limit - 2 ? `${item.slice(0, limit - 5)}...` : item);
    if (item instanceof Date) return Number.isNaN(item.getTime()) ? '"Invalid Date"' : JSON.stringify(item.toISOString());
    if (item === null || typeof item !== 'object') return String(item);
    if (depth > 2 || budget <= 0) return Array.isArray(item) ? '[…]' : '{…}';
    if (Array.isArray(item)) {
      const shown = item.slice(0, 4).map((element) => render(element, depth + 1));
      return `[${shown.join(', ')}${item.length > 4 ? `, … ${item.length - 4} more` : ''}]`;
    }
    const keys = Object.keys(item);
    const shown = keys.slice(0, 4).map((key) => `${JSON.stringify(key)}: ${render((item as Record<string, unknown>)[key], depth + 1)}`);
    return `{${shown.join(', ')}${keys.length > 4 ? `, … ${keys.length - 4} more` : ''}}`;
  };
  const text = render(value, 0);
  return typeof value === 'string' || text.length <= limit ? text : `${text.slice(0, limit - 3)}...`;
}
