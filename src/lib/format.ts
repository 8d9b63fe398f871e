/** Formatting for display. Dates are calendar days and are shown without time zones. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-02-18` → `18 February 2025`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** `1 article`, `2 articles`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `2025-02` → `February 2025`. */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return `${MONTHS[number - 1] ?? ''} ${year}`;
}

/**
 * Text cut to at most `max` characters at a word boundary, with an ellipsis: search engines and link
 * previews show about 160 characters of a description, and a claim's explanation can list dozens of
 * outlets, written twice into the head of every claim page.
 */
export function snippet(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // The last word is whole when a space follows it; otherwise the cut goes back to the last space.
  const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·(–—-]+$/u, '')}…`;
}
