/**
 * Calendar references against the story's own date: a date far from it names another event (an
 * earlier crisis, a scheduled vote), which both scopes numbers (frames.ts) and, when two sentences
 * share it, says they speak of the same other event (features.ts).
 */

/** Days between two ISO dates (or a month-day in the story's year). */
function daysApart(story: string, month: number, day: number): number {
  const year = Number(story.slice(0, 4));
  const a = Date.UTC(year, Number(story.slice(5, 7)) - 1, Number(story.slice(8, 10)));
  const b = Date.UTC(year, month - 1, day);
  return Math.abs(a - b) / 86_400_000;
}

/** The date a reference names when it is not the story's own event (another year, a day over a week away), else null. */
export function otherTime(date: string, storyDate: string): string | null {
  const year = /^y(\d{4})$/.exec(date);
  if (year) return year[1] !== storyDate.slice(0, 4) ? date : null;
  const day = /^m(\d+)-d(\d+)$/.exec(date);
  if (day && daysApart(storyDate, Number(day[1]), Number(day[2])) > 7) return date;
  return null;
}
