/**
 * Lines a scraper picks up around an article that are page furniture, not article text: comment
 * forms, "Related article:" links, share buttons, and the scraper's own `Original url:` note.
 * Each rule matches a whole line, so an article sentence that merely mentions these words stays.
 */

/** A kind of leftover line and the reason printed when one is removed. */
interface LeftoverRule {
  pattern: RegExp;
  reason: string;
}

const LEFTOVER_RULES: readonly LeftoverRule[] = [
  { pattern: /^leave a (?:reply|comment)$/i, reason: 'comment form' },
  { pattern: /^cancel reply$/i, reason: 'comment form' },
  { pattern: /^your email address will not be published\.?(?:\s+required fields are marked \*)?$/i, reason: 'comment form' },
  { pattern: /^required fields are marked \*$/i, reason: 'comment form' },
  {
    pattern: /^(?:related(?:\s+(?:article|articles|story|stories|content|reading|news|coverage|posts?))?|read more|read also|also read|see also|more on this(?: story)?)\s*:/i,
    reason: 'link to another article',
  },
  { pattern: /^advertisement$/i, reason: 'advertisement label' },
  { pattern: /^(?:©|\(c\)\s*\d{4}|copyright\s+(?:©|\(c\)|\d{4}))/i, reason: 'copyright notice' },
  { pattern: /^share (?:this(?: article| story)?|on (?:facebook|twitter|x|telegram|whatsapp))\s*:?$/i, reason: 'share buttons' },
];

/** Why a whole line is page furniture rather than article text, or undefined if it may be article text. */
export function leftoverReason(text: string): string | undefined {
  const line = text.trim();
  return LEFTOVER_RULES.find((rule) => rule.pattern.test(line))?.reason;
}

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
