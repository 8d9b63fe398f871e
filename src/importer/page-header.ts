/**
 * The top of a scraped page, above the first paragraph of prose: site name, skip links, menus,
 * section labels, the headline (often twice), the byline, date lines and the lead picture's caption.
 * Finds the headline, the date and the author there and removes what is not article text; a dek or
 * standfirst under the headline stays.
 *
 * The headline is the first line that looks like one; a line printed twice (page title and heading)
 * is preferred, and a short label (site name, section) is passed over when a fuller headline-shaped
 * line follows before the text. Everything above the headline is page header.
 */
import { bylineCredit, isPersonName, parseBylineRow } from './byline.ts';
import { unmarkedCaptionReason } from './captions.ts';
import { isRelativeTimestamp, parseDateLineDetail, type DateLine } from './dates.ts';
import { furnitureReason } from './furniture.ts';
import { countWords, isProse, isShortLabel, sameWords, SENTENCE_END, type LineBook } from './lines.ts';
import { continuesLine, isHeadlineCandidate } from './structure.ts';

/** What the page header told about the article. */
export interface HeaderFindings {
  headline?: string;
  date?: DateLine;
  author?: string;
}

/** What the editor or the content tree already knows. */
export interface HeaderHints {
  /** The headline given with --title; lines with its words are removed as the headline. */
  title?: string;
  /** The outlet's name and id, so a line that is just the site's name is known for one. */
  siteNames?: readonly string[];
}

/** How far down the page header may reach, in lines. */
const HEADER_LIMIT = 80;
/** At least three short lines in a row: a menu copied one item a line. */
const MENU_RUN = 3;

const DATE_RANK: Record<DateLine['kind'], number> = { published: 0, plain: 1, updated: 2 };

/** True when `text` is one of the site's names, or a bare domain name. */
export function isSiteName(text: string, siteNames: readonly string[]): boolean {
  const line = text.trim();
  if (/^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/?$/i.test(line)) return true;
  const fold = (name: string): string => name.toLowerCase().replace(/^the\s+|[^\p{L}\p{N}]+/gu, '');
  const folded = fold(line);
  return folded !== '' && siteNames.some((name) => fold(name) === folded || fold(name.replace(/-/g, ' ')) === folded);
}

/** "Le Monde with AFP", "Reuters and agencies", "AP": an outlet or agency credited as a byline. */
const CREDITED_ORGANISATION = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*\s?){1,4}(?:\s*(?:with|and|&|\/)\s*(?:agencies|wires|(?:[\p{Lu}][\p{L}.&'’-]*\s?){1,3}))?$/u;

function isCreditedOrganisation(text: string): boolean {
  return CREDITED_ORGANISATION.test(text.trim()) && countWords(text) <= 6;
}

const CONTENT_WORD = /[\p{L}\p{N}]{3,}/gu;

/** True when two headlines share most of their content words (a slug-made title, a reworded headline). */
export function similarWording(a: string, b: string): boolean {
  const set = (text: string): Set<string> => new Set((text.toLowerCase().match(CONTENT_WORD) ?? []).filter((word) => !['the', 'and', 'for', 'with', 'from', 'after', 'over', 'into'].includes(word)));
  const left = set(a);
  const right = set(b);
  if (left.size === 0 || right.size === 0) return false;
  const shared = [...left].filter((word) => right.has(word)).length;
  return shared / Math.min(left.size, right.size) >= 0.6;
}

/** Reads and cleans the page header; returns the headline, date and author it found. */
export function readPageHeader(book: LineBook, hints: HeaderHints = {}): HeaderFindings {
  const live = book.live();
  const siteNames = hints.siteNames ?? [];
  const bodyStart = live.findIndex((index, position) => {
    const text = book.text(index);
    const next = live[position + 1];
    const wrapped = next === index + 1 && countWords(text) >= 8 && continuesLine(text, book.text(next));
    return (isProse(text) || wrapped) && furnitureReason(text) === undefined;
  });
  const region = (bodyStart < 0 ? live : live.slice(0, bodyStart)).slice(0, HEADER_LIMIT);
  const findings: HeaderFindings = {};
  const noteDate = (date: DateLine): void => {
    if (findings.date === undefined || DATE_RANK[date.kind] < DATE_RANK[findings.date.kind]) findings.date = date;
  };
  const dateLines = new Set<number>();

  // Pass 1: lines that say what they are whatever their place.
  const open: number[] = [];
  let givenTitleAt: number | undefined;
  /** The last line of page chrome (menus, skip links, login prompts...) seen so far. */
  let chrome = -1;
  for (const index of region) {
    const text = book.text(index);
    if (hints.title !== undefined && sameWords(text, hints.title)) {
      givenTitleAt ??= index;
      book.drop(index, 'the headline (same as the given title)');
      continue;
    }
    const date = parseDateLineDetail(text);
    if (date !== undefined) {
      noteDate(date);
      dateLines.add(index);
      book.drop(index, 'date line');
      continue;
    }
    const furniture = furnitureReason(text);
    if (furniture !== undefined) {
      book.drop(index, furniture);
      chrome = index;
      continue;
    }
    if (isRelativeTimestamp(text)) {
      book.drop(index, 'relative timestamp');
      continue;
    }
    const byline = parseBylineRow(text);
    if (byline !== undefined) {
      if (byline.author !== undefined) findings.author ??= byline.author;
      if (byline.date !== undefined) noteDate(byline.date);
      book.drop(index, 'byline');
      continue;
    }
    if (isSiteName(text, siteNames)) {
      book.drop(index, 'site name');
      chrome = index;
      continue;
    }
    open.push(index);
  }
  // A menu copied one item a line is chrome too; the headline comes after the chrome above the byline.
  dropMenuRuns(book, open);
  const meta = Math.min(...[...dateLines, ...book.removedAt.filter((entry) => entry.reason === 'byline').map((entry) => entry.index)], Number.POSITIVE_INFINITY);
  const lastChrome = Math.max(chrome, ...book.removedAt.filter((entry) => entry.index < meta && entry.reason !== 'date line' && entry.reason !== 'byline').map((entry) => entry.index));

  // Pass 2: the headline.
  const allLive = book.live();
  const after = (index: number): boolean => allLive.some((other) => other > index);
  const candidates = open.filter((index) => {
    if (book.lines[index]?.removed || (index < lastChrome && lastChrome < meta && open.some((other) => other > lastChrome && other < meta))) return false;
    const text = book.text(index);
    const next = allLive.find((other) => other > index);
    const wrapped = next === index + 1 && continuesLine(text, book.text(next));
    return isHeadlineCandidate(text) && !wrapped && after(index);
  });
  const repeated = candidates.find((index) => allLive.filter((other) => other !== index && sameWords(book.text(other), book.text(index))).length > 0);
  let headlineAt: number | undefined;
  if (repeated !== undefined) headlineAt = repeated;
  else if (hints.title !== undefined) {
    // With a given title, only a line saying much the same is the page's own headline; a dek stays.
    if (givenTitleAt === undefined) headlineAt = candidates.find((index) => similarWording(book.text(index), hints.title ?? ''));
  } else if (candidates.length > 0) {
    const first = candidates[0] ?? -1;
    const fuller = candidates.find((index) => countWords(book.text(index)) >= 5);
    headlineAt = countWords(book.text(first)) <= 3 && fuller !== undefined ? fuller : first;
  }
  const top = headlineAt ?? givenTitleAt;
  if (headlineAt !== undefined) {
    findings.headline = book.text(headlineAt);
    book.drop(headlineAt, 'headline');
  }

  // Pass 3: what is left around the headline.
  const rest = open.filter((index) => index !== headlineAt && !book.lines[index]?.removed);
  for (const index of rest) {
    if (top !== undefined && index < top) book.drop(index, 'page header above the headline (site name, menu or section label)');
  }
  dropMenuRuns(book, rest);
  for (const index of rest) {
    if (book.lines[index]?.removed) continue;
    const text = book.text(index);
    if (findings.headline !== undefined && sameWords(text, findings.headline)) {
      book.drop(index, 'repeat of the headline');
      continue;
    }
    const nextToDate = dateLines.has(index + 1) || dateLines.has(index - 1) || [...dateLines].some((line) => Math.abs(line - index) <= 2 && allLive.filter((other) => other > Math.min(line, index) && other < Math.max(line, index)).length === 0);
    const credit = bylineCredit(text);
    if (nextToDate && (credit?.person === true || isCreditedOrganisation(text))) {
      findings.author ??= credit?.person === true ? credit.author : text.trim();
      book.drop(index, 'byline (a name next to the date line)');
      continue;
    }
    const caption = unmarkedCaptionReason(text);
    if (caption !== undefined) {
      book.drop(index, caption);
      continue;
    }
    const next = book.lines.findIndex((line, other) => other > index && line.text !== '');
    const nextReason = next < 0 ? undefined : book.reasonOf(next);
    if (/caption|photo credit/.test(nextReason ?? '') && !SENTENCE_END.test(text) && countWords(text) <= 40) {
      book.drop(index, 'picture description (above its caption)');
    }
  }
  readMetaBelowStandfirst(book, region.at(-1) ?? -1, findings, noteDate);
  return findings;
}

/** How many lines below the header a byline or date line may still stand (under a standfirst). */
const META_REACH = 4;

/**
 * Bylines and date lines printed under a standfirst: the first few lines after the header are
 * checked for a byline row or a date line (strong shapes), and for a name or outlet credit next
 * to such a date line.
 */
function readMetaBelowStandfirst(book: LineBook, headerEnd: number, findings: HeaderFindings, noteDate: (date: DateLine) => void): void {
  const zone = book.live().filter((index) => index > headerEnd).slice(0, META_REACH);
  const live = book.live();
  const neighbours = (index: number): number[] =>
    [live.filter((other) => other < index).at(-1), live.find((other) => other > index)].filter((other): other is number => other !== undefined && zone.includes(other));
  const isCredit = (index: number): boolean => {
    const text = book.text(index);
    return !isProse(text) && (parseBylineRow(text) !== undefined || isPersonName(text) || isCreditedOrganisation(text));
  };
  for (const index of zone) {
    const text = book.text(index);
    if (book.lines[index]?.removed) continue;
    const date = parseDateLineDetail(text);
    // A bare date under a paragraph may be article text; it is a date line when labelled or next to a byline.
    if (date !== undefined && (date.kind !== 'plain' || neighbours(index).some(isCredit))) {
      noteDate(date);
      book.drop(index, 'date line');
      for (const other of neighbours(index)) {
        const row = parseBylineRow(book.text(other));
        if (row === undefined && !isCredit(other)) continue;
        const author = row === undefined ? book.text(other).trim() : row.author;
        if (author !== undefined) findings.author ??= author;
        if (row?.date !== undefined) noteDate(row.date);
        book.drop(other, row === undefined ? 'byline (a name next to the date line)' : 'byline');
      }
      continue;
    }
    const byline = isProse(text) || date !== undefined ? undefined : parseBylineRow(text);
    if (byline !== undefined && BY_LINE.test(text)) {
      if (byline.author !== undefined) findings.author ??= byline.author;
      if (byline.date !== undefined) noteDate(byline.date);
      book.drop(index, 'byline');
    }
  }
}

/** A byline that says so: "By …", "Written by …", "Author: …". */
const BY_LINE = /^(?:by|written by|words by|story by|reported by|text by|authors?\s*:|posted by)\s/i;

/** Removes runs of three or more short label lines among `indices` (a menu copied one item a line). */
export function dropMenuRuns(book: LineBook, indices: readonly number[]): void {
  let run: number[] = [];
  const flush = (): void => {
    if (run.length >= MENU_RUN) for (const index of run) book.drop(index, 'navigation menu (one item a line)');
    run = [];
  };
  const live = book.live();
  for (const index of indices) {
    const previous = run.at(-1);
    const adjacent = previous === undefined || live.filter((other) => other > previous && other < index).length === 0;
    if (!adjacent) flush();
    if (!book.lines[index]?.removed && isShortLabel(book.text(index))) run.push(index);
    else flush();
  }
  flush();
}
