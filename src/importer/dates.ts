/**
 * Publication dates in a scrape: the scraper's leading ` date 2025-02-18` marker, and date lines in
 * the many ways English-language sites print them ("March 3, 2025 08:41 AM", "Published: Monday,
 * 3 March 2025, 2:15 pm", "Tue, 18 Feb 2025 10:41 GMT", "Published on March 7, 2023, at 8:25 pm
 * (Paris), updated on …"). Dates are read by chrono-node; the time and zone are ignored and the
 * calendar day as printed is kept, so a page's date never shifts by a time zone.
 */
import * as chrono from 'chrono-node';
import { isCalendarDate } from '../schemas/common.ts';

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

/** What a date on a date line stands for, from the word before it. */
export type DateKind = 'published' | 'updated' | 'plain';

/** A date line: the day it gives (the published one when it gives several) and what that day is. */
export interface DateLine {
  date: string;
  kind: DateKind;
}

/** Words that may stand around the date on a date line. */
const FILLER = new Set([
  'published', 'publish', 'updated', 'update', 'posted', 'last', 'modified', 'first', 'originally',
  'created', 'edited', 'on', 'at', 'date', 'time', 'local', 'and', 'am', 'pm', 'a.m.', 'p.m.',
]);
const UPDATED = /\b(?:updated?|modified|edited)\b[^\p{L}]*(?:on|at)?[^\p{L}]*$/iu;
const PUBLISHED = /\b(?:published|posted|created|first published|originally published)\b[^\p{L}]*(?:on|at)?[^\p{L}]*$/iu;
/** A numeric day and month that could be read either way round (02/03/2025). */
const AMBIGUOUS_NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}$/;
/** A year the match must print itself, so relative dates ("2 hours ago") never count. */
const PRINTED_YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/;

/** True for what is left of a date line once its dates are cut out: filler, zones, separators. */
function isFiller(rest: string): boolean {
  const cleaned = rest
    .replace(/\([^()]{0,30}\)/g, ' ')
    .replace(/\b(?:GMT|UTC)\s*[+-−]\s*\d{1,2}(?::?\d{2})?\b/gi, ' ')
    .replace(/[|,;:–—·•/\\-]+/g, ' ');
  return cleaned
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => FILLER.has(word.toLowerCase()) || /^\p{Lu}{1,4}T$|^(?:GMT|UTC|Z)$/u.test(word) || /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/.test(word));
}

/** Every dated piece of `text` with its calendar day, what it stands for and where it stands. */
function findDates(text: string): Array<{ date: string; kind: DateKind; index: number; end: number }> {
  const found: Array<{ date: string; kind: DateKind; index: number; end: number }> = [];
  let previousEnd = 0;
  for (const result of chrono.en.parse(text, new Date(Date.UTC(2000, 0, 1)))) {
    const { start } = result;
    const certain = start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
    const ambiguous = AMBIGUOUS_NUMERIC.exec(result.text.trim());
    const end = result.index + result.text.length;
    if (!certain) {
      // A time alone ("10:34 AM IST") after a date is part of the date line; anything else is not a date.
      if (!start.isCertain('hour')) continue;
      found.push({ date: '', kind: 'plain', index: result.index, end });
      continue;
    }
    if (!PRINTED_YEAR.test(result.text) || (ambiguous && ambiguous[1] !== ambiguous[2] && Number(ambiguous[1]) <= 12 && Number(ambiguous[2]) <= 12)) continue;
    const iso = `${String(start.get('year')).padStart(4, '0')}-${String(start.get('month')).padStart(2, '0')}-${String(start.get('day')).padStart(2, '0')}`;
    if (!isCalendarDate(iso)) continue;
    const before = text.slice(previousEnd, result.index);
    const kind: DateKind = UPDATED.test(before) ? 'updated' : PUBLISHED.test(before) ? 'published' : 'plain';
    found.push({ date: iso, kind, index: result.index, end });
    previousEnd = end;
  }
  return found;
}

/**
 * The date of a line that holds nothing but one or more dates (with times, zones and words such as
 * "Published", "Updated on", "at"), or undefined. With several dates the published one wins, then
 * the first plain one, then the first updated one.
 */
export function parseDateLineDetail(text: string): DateLine | undefined {
  const line = text.trim();
  if (line === '' || line.length > 160) return undefined;
  const dates = findDates(line);
  const days = dates.filter((found) => found.date !== '');
  if (days.length === 0) return undefined;
  let rest = '';
  let last = 0;
  for (const found of dates) {
    rest += ` ${line.slice(last, found.index)}`;
    last = found.end;
  }
  rest += ` ${line.slice(last)}`;
  if (!isFiller(rest)) return undefined;
  const best = days.find((found) => found.kind === 'published') ?? days.find((found) => found.kind === 'plain') ?? days[0];
  return best === undefined ? undefined : { date: best.date, kind: best.kind };
}

/** The date of a line that holds nothing but a date (and maybe a time), as `YYYY-MM-DD`. */
export function parseDateLine(text: string): string | undefined {
  return parseDateLineDetail(text)?.date;
}

/**
 * The first date printed inside a short piece of a byline or meta row ("Jane Doe | March 3, 2025"),
 * as a date line; used after the caller has split the row at its separators.
 */
export function parseDateInRow(pieces: readonly string[]): DateLine | undefined {
  for (const piece of pieces) {
    const found = parseDateLineDetail(piece);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** "Updated 2 hours ago", "5 mins ago": a relative timestamp, which dates nothing once saved. */
export function isRelativeTimestamp(text: string): boolean {
  return /^(?:(?:published|updated|posted|last updated)\s*:?\s*)?(?:\d{1,3}|an?|one|a few)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?)\s+ago\.?$/i.test(text.trim());
}
