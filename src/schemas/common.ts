/** Field types shared by the content schemas, each with an error message that says how to fix it. */
import { z } from 'astro/zod';
import { cleanLine } from './clean-text.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Every content schema is built with this: a record that rejects fields it does not know, so a
 * misspelt optional field (`autor:`) is an error with a "did you mean" rather than silently dropped.
 */
export function contentObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape);
}

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2025-13-45 and 2025-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date, stored as the string `YYYY-MM-DD`. YAML parsers may hand over a Date object
 * for an unquoted date; it is turned back into its UTC calendar day.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: 'must be a date written YYYY-MM-DD, for example 2025-02-18' }).refine(isCalendarDate, {
    error: 'must be a real calendar date written YYYY-MM-DD, for example 2025-02-18',
  }),
);

/** An id that appears in URLs: lower-case letters, digits and single hyphens. */
export const slugId = z
  .string({ error: 'must be an id such as "kyiv-post" (lower-case letters, digits, hyphens)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an id such as "kyiv-post" (lower-case letters, digits, hyphens)',
  });

/**
 * Text shown to readers (names, titles, summaries) that must not be empty. Invisible and
 * direction-changing control characters are removed and whitespace collapsed (src/schemas/clean-text.ts).
 */
export const requiredText = z
  .string({
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? 'is required and must be text'
        : `must be text, but YAML reads this value as ${Array.isArray(issue.input) ? 'a list' : typeof issue.input === 'object' ? 'a mapping' : `a ${typeof issue.input}`}: put it in quotes`,
  })
  .overwrite(cleanLine)
  .min(1, { error: 'must not be empty (or only invisible characters)' });

/** An absolute http(s) URL. */
export const webUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL, for example https://example.com/story' });
