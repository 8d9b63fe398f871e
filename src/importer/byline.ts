/**
 * Bylines as sites print them: "By Jane Doe", "By JANE DOE and JOHN ROE, The Associated Press",
 * "By Jane Doe, Chief Political Correspondent", "Written by Jane Doe | March 3, 2025 08:41 AM",
 * "Jane Doe in Kyiv · 4 min read". The author is the people named; roles, outlets, agencies, places
 * and dates sharing the line are dropped (a date is returned for the caller to use).
 */
import { parseDateLineDetail, type DateLine } from './dates.ts';

/** The people a byline names (or the organisation when it names no one), and a date printed with it. */
export interface Byline {
  author?: string;
  date?: DateLine;
}

const BY_PREFIX = /^(?:by|written by|words by|story by|reported by|text by|author|authors|posted by)\s*:?\s+(?=\S)/i;
/** Pieces of a meta row: "Jane Doe | March 3, 2025", "By Jane Doe · Reuters", "By Jane Doe Published …". */
const ROW_SEPARATOR = /\s+[|·•—–]\s+|\s*\|\s*|(?=\b(?:published|updated|posted|last updated)\b)/i;

/** Words that make a byline part a role, a desk or an organisation rather than a person. */
const NOT_A_NAME = new Set([
  'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'writer', 'writers',
  'staff', 'contributor', 'contributors', 'columnist', 'analyst', 'producer', 'chief', 'senior', 'bureau',
  'desk', 'team', 'journalist', 'journalists', 'news', 'press', 'agency', 'agencies', 'service', 'wire',
  'wires', 'associated', 'online', 'digital', 'special', 'political', 'diplomatic', 'international',
  'foreign', 'affairs', 'head', 'deputy', 'managing', 'contributing', 'freelance', 'photographer', 'anchor',
  'host', 'presenter', 'times', 'post', 'herald', 'tribune', 'daily', 'weekly', 'magazine', 'media',
  'network', 'radio', 'channel', 'tv', 'group', 'newsroom', 'report', 'reports', 'updated', 'published',
  'read', 'min', 'mins', 'minutes', 'and', 'with', 'for', 'the', 'of', 'in', 'at', 'from', 'via', 'on',
  'economics', 'business', 'science', 'technology', 'health', 'security', 'defence', 'defense', 'sports',
  'culture', 'world', 'europe', 'asia', 'africa', 'americas', 'politics', 'opinion', 'guest', 'intern',
]);
/** Words of a byline that credits a role rather than anyone by name ("By Our Staff Reporter"). */
const ROLES = new Set([
  'our', 'a', 'an', 'staff', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'writer', 'writers', 'special', 'senior', 'chief', 'political', 'diplomatic', 'foreign', 'desk', 'team',
  'web', 'online', 'digital', 'news', 'bureau', 'newsroom', 'contributor', 'guest', 'own', 'and', 'agencies',
]);
/** Lower-case particles inside personal names. */
const NAME_PARTICLES = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'y', 'e']);

const tokensOf = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);

/** True for "Jane Doe", "J. R. Smith", "Ana de la Cruz", "RAFIQ MAQBOOL", "Jean-Pierre O'Neil". */
export function isPersonName(text: string): boolean {
  const list = tokensOf(text);
  if (list.length < 2 || list.length > 5) return false;
  if (!/^\p{Lu}/u.test(list[0] ?? '') || !/^\p{Lu}/u.test(list.at(-1) ?? '')) return false;
  return list.every((word) => {
    const bare = word.replace(/[.,]$/, '');
    if (NAME_PARTICLES.has(bare)) return true;
    if (NOT_A_NAME.has(bare.toLowerCase())) return false;
    return /^\p{Lu}(?:[\p{L}'’-]*\p{L})?\.?$/u.test(bare) || /^\p{Lu}\.(?:\p{Lu}\.)+$/u.test(bare);
  });
}

/** "RAFIQ MAQBOOL" → "Rafiq Maqbool"; mixed-case names are kept as written. */
function displayName(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters === '' || letters !== letters.toUpperCase() || letters.length <= 3) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** An organisation credited as the author ("Reuters", "AFP", "The Associated Press"): capitalised, short. */
const ORGANISATION = /^(?:the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,4}$/u;

/** The people (or the organisation) a byline's names part credits; `person` tells which. */
interface Credit {
  author: string;
  person: boolean;
}

/**
 * The people named by the text after "By": names separated by commas, "and" or "&", each maybe
 * followed by a place ("in Kyiv"), up to the first part that is a role, a desk or an outlet. An
 * organisation alone ("By Reuters") is credited when no person is named; a role alone ("Staff
 * Reporter") credits no one.
 */
export function bylineCredit(names: string): Credit | undefined {
  const text = names.trim().replace(/[.;]$/, '');
  if (text === '' || /[!?]|[.:;]\s/.test(text.replace(/\b\p{Lu}\.\s/gu, 'X '))) return undefined;
  const parts = text.split(/\s*,\s*|\s+(?:and|&)\s+/);
  const people: string[] = [];
  for (const part of parts) {
    const name = part.replace(/\s+(?:in|at|from|reporting from)\s+\p{Lu}[\p{L}\s.-]*$/u, '');
    if (!isPersonName(name)) break;
    people.push(displayName(name));
  }
  if (people.length > 0) {
    const author = people.length === 1 ? (people[0] ?? '') : `${people.slice(0, -1).join(', ')} and ${people.at(-1) ?? ''}`;
    return { author, person: true };
  }
  const first = parts[0]?.trim() ?? '';
  if (text.includes(',') || !ORGANISATION.test(text) || tokensOf(text).length > 5) return undefined;
  void first;
  return { author: text, person: false };
}

/** The author a byline's names part credits ("Jane Doe and John Roe"), or undefined. */
export function bylineAuthor(names: string): string | undefined {
  const credit = bylineCredit(names);
  if (credit === undefined) return undefined;
  const roleOnly = tokensOf(credit.author).every((word) => ROLES.has(word.toLowerCase()));
  return roleOnly ? undefined : credit.author;
}

/**
 * A byline row, or undefined for any other line. A row whose pieces are a "By …" byline, or a bare
 * person's name next to a date, read time, role or outlet piece, is a byline; a date piece gives the
 * date. Every piece must be one of: byline, name, date, read time, role or outlet. `author` is
 * missing when the byline names only a role ("By Staff Reporter").
 */
export function parseBylineRow(text: string): Byline | undefined {
  const line = text.trim();
  if (line === '' || line.length > 200) return undefined;
  const pieces = line.split(ROW_SEPARATOR).map((piece) => piece.trim()).filter(Boolean);
  let byline = false;
  let author: string | undefined;
  let date: DateLine | undefined;
  let bareName: string | undefined;
  let context = false;
  for (const piece of pieces) {
    const by = BY_PREFIX.exec(piece);
    if (by !== null && !byline) {
      if (bylineCredit(piece.slice(by[0].length)) === undefined) return undefined;
      byline = true;
      author = bylineAuthor(piece.slice(by[0].length));
      continue;
    }
    const pieceDate = parseDateLineDetail(piece);
    if (pieceDate !== undefined) {
      date ??= pieceDate;
      context = true;
      continue;
    }
    if (/^\d{1,3}\s*(?:min(?:ute)?s?|mins?)\.?(?:\s+(?:read|listen))?$/i.test(piece)) {
      context = true;
      continue;
    }
    const credit = pieces.length > 1 && !byline && bareName === undefined ? bylineCredit(piece) : undefined;
    if (credit?.person === true) {
      bareName = credit.author;
      continue;
    }
    if ((byline || bareName !== undefined) && ORGANISATION.test(piece) && tokensOf(piece).length <= 6) {
      context = true;
      continue;
    }
    return undefined;
  }
  if (!byline && bareName !== undefined && context) {
    byline = true;
    author = bareName;
  }
  if (!byline) return undefined;
  return { ...(author === undefined ? {} : { author }), ...(date === undefined ? {} : { date }) };
}
