/**
 * Publication dates in a scrape: the scraper's leading ` date 2025-02-18` marker and a dateline
 * under the headline ("February 18, 2025", "Tue, 18 Feb 2025 10:41 GMT"). Both become `YYYY-MM-DD`.
 */
import { isCalendarDate } from '../schemas/common.ts';

const MONTHS = new Map<string, number>([
  ['jan', 1], ['january', 1], ['feb', 2], ['february', 2], ['mar', 3], ['march', 3], ['apr', 4],
  ['april', 4], ['may', 5], ['jun', 6], ['june', 6], ['jul', 7], ['july', 7], ['aug', 8],
  ['august', 8], ['sep', 9], ['sept', 9], ['september', 9], ['oct', 10], ['october', 10],
  ['nov', 11], ['november', 11], ['dec', 12], ['december', 12],
]);

const MARKER = /^date\s+(\d{4}-\d{2}-\d{2})(?=\s|$)/i;

/**
 * The scraper's date marker at the start of a line (leading whitespace allowed). Returns the date,
 * the marker text as written (to report it as removed) and the rest of the line, which is article text.
 */
export function parseDateMarker(line: string): { published: string; marker: string; rest: string } | undefined {
  const trimmed = line.trimStart();
  const match = MARKER.exec(trimmed);
  const date = match?.[1];
  if (!match || date === undefined || !isCalendarDate(date)) return undefined;
  return { published: date, marker: match[0], rest: trimmed.slice(match[0].length).trim() };
}

const PREFIX = String.raw`(?:(?:published|updated|posted)(?:\s+on)?\s*:?\s*)?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const MONTH_FIRST = String.raw`(?<m1>[a-z]{3,9})\.?\s+(?<d1>\d{1,2})${ORDINAL},?\s+(?<y1>\d{4})`;
const DAY_FIRST = String.raw`(?<d2>\d{1,2})${ORDINAL}\s+(?<m2>[a-z]{3,9})\.?,?\s+(?<y2>\d{4})`;
const NUMERIC = String.raw`(?<y3>\d{4})-(?<mo3>\d{2})-(?<d3>\d{2})`;
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[a-z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?`;
const TIME_AFTER = String.raw`(?:,?\s*(?:at\s+|[-–—|]\s*)?${CLOCK})?`;
const TIME_BEFORE = String.raw`(?:${CLOCK},?\s+(?:on\s+)?)?`;
const DATE_LINE = new RegExp(`^${PREFIX}${TIME_BEFORE}${WEEKDAY}(?:${MONTH_FIRST}|${DAY_FIRST}|${NUMERIC})${TIME_AFTER}\\s*$`, 'i');

/** The date of a line that holds nothing but a date (and maybe a time), as `YYYY-MM-DD`. */
export function parseDateLine(text: string): string | undefined {
  const groups = DATE_LINE.exec(text.trim())?.groups;
  if (!groups) return undefined;
  const monthName = (groups.m1 ?? groups.m2)?.toLowerCase();
  const month = monthName === undefined ? Number(groups.mo3) : MONTHS.get(monthName);
  const day = Number(groups.d1 ?? groups.d2 ?? groups.d3);
  const year = Number(groups.y1 ?? groups.y2 ?? groups.y3);
  if (month === undefined) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}
