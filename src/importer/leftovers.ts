/**
 * The scraper's own `Original url:` note and the address it gives (page furniture in general is
 * `furniture.ts`). The rule matches a whole line, so a sentence that mentions these words stays.
 */

const ORIGINAL_URL = /^original\s+(?:url|link|source|article)\s*:\s*(\S*)\s*$/i;
const BARE_URL = /^<?(https?:\/\/[^\s<>]+)>?$/i;

/**
 * The scraper's `Original url:` line. `url` is set when the address is on the same line; when the
 * line is bare, the caller looks for the address on the next non-empty line (`parseBareUrl`).
 */
export function parseOriginalUrlLine(text: string): { url?: string } | undefined {
  const match = ORIGINAL_URL.exec(text.trim());
  if (!match) return undefined;
  const url = parseBareUrl(match[1] ?? '');
  return url === undefined ? {} : { url };
}

/** A line that is nothing but an http(s) address (optionally in angle brackets). */
export function parseBareUrl(text: string): string | undefined {
  return BARE_URL.exec(text.trim())?.[1];
}
