/**
 * Photo captions that a scraper copies into the article text. Two shapes are recognised:
 * a caption with an explicit credit ("… on Tuesday. Photo: EPA-EFE/RUSSIAN FOREIGN MINISTRY"), which
 * is removed wherever it stands, and a caption sentence followed by a bare credit fragment
 * ("… in Saudi Arabia on Tuesday. U.S. Department of State"), which is only removed above the first
 * paragraph, where pages put the lead photo. A line that is not clearly one of these stays.
 */
import { segmentText } from '../engine/02-segment.ts';

const CREDIT_WORD = String.raw`(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|video|photo credit|credits?)`;

/** A trailing agency photo credit in brackets: "(AP Photo/Efrem Lukatsky, File)", "(Reuters Photo: …)". */
const BRACKETED_AGENCY_CREDIT = /\((?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:photo|image|picture)s?\s*(?:\/|:|by\s)[^()]{1,80}\)$/iu;

/** Small words that may appear in lower case inside an agency or photographer credit. */
const CREDIT_CONNECTORS = new Set([
  'of', 'the', 'and', 'via', 'for', 'by', 'at', 'de', 'del', 'da', 'do', 'dos', 'van', 'von', 'der',
  'la', 'le', 'al', 'el', 'y', 'und', 'e', '/', '|', '&', '-', '–', '—',
]);

const TERMINAL = /[.!?…:;,]["”’»)\]]*$|["”’»]$/u;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Every place a credit marker starts: line start, after a sentence, "(", "[" or a separator. */
const CREDIT_MARKER = new RegExp(String.raw`(?:^|[.!?…]["”’)]*\s+|[([]\s*|\s[|/–—-]\s*)${CREDIT_WORD}\s*(?::|by\s)`, 'giu');

/** A capitalised marker straight after a caption without a full stop: "Microsoft outage Photo: Getty Images". */
const CAPITAL_CREDIT_MARKER = /(?<=\p{L})\s+(?:Photos?|Photographs?|Images?|Pictures?|Illustrations?|Graphics?|Credits?)\s*:/gu;

/**
 * Why a line is a photo caption with an explicit credit ("… Photo: EPA-EFE/…", "Photos: AFP.
 * Graphic: Rudaw", "[Photo: Jane Doe/Bloomberg]"), or undefined. The credits are peeled off the end
 * one by one; each must be a name, not a sentence.
 */
export function markedCaptionReason(text: string): string | undefined {
  const line = text.trim();
  if (wordCount(line) > 60) return undefined;
  if (BRACKETED_AGENCY_CREDIT.test(line)) return 'photo caption with credit';
  let rest = line;
  let found = false;
  for (let round = 0; round < 4 && rest !== ''; round++) {
    const last = [...rest.matchAll(CREDIT_MARKER), ...rest.matchAll(CAPITAL_CREDIT_MARKER)].sort((a, b) => a.index - b.index).at(-1);
    if (last === undefined) break;
    const credit = rest.slice(last.index + last[0].length).replace(/[)\]]\s*$/u, '').trim();
    if (credit === '' || !isNameLikeCredit(credit)) break;
    found = true;
    rest = rest.slice(0, last.index).trim();
  }
  return found ? 'photo caption with credit' : undefined;
}

/** A credit is a name, not a sentence: short, no sentence break inside, no final period unless tiny. */
function isNameLikeCredit(credit: string): boolean {
  const words = wordCount(credit);
  if (!/^(?:[\p{Lu}\p{N}©]|courtesy\b)/iu.test(credit) || !/^(?:[\p{Lu}\p{N}©]|courtesy\b)/u.test(credit.replace(/^courtesy/i, 'Courtesy'))) return false;
  if (words > 12) return false;
  if (/[.!?]["”’]?\s+\p{Lu}/u.test(credit)) return false;
  return !(/[.!?]$/.test(credit) && words > 8);
}

/** True for a bare credit such as "U.S. Department of State", "Getty Images via AFP" or "EPA-EFE". */
export function isCreditFragment(text: string): boolean {
  const fragment = text.trim();
  if (fragment === '' || TERMINAL.test(fragment) || !/^\p{Lu}/u.test(fragment)) return false;
  const words = fragment.split(/\s+/);
  if (words.length > 8) return false;
  return words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || CREDIT_CONNECTORS.has(word.toLowerCase()));
}

/**
 * Why a line above the first paragraph is a caption sentence followed by a bare credit, or
 * undefined. The caller only asks for lines between the headline/date and the article body.
 */
export function unmarkedCaptionReason(text: string): string | undefined {
  const line = text.trim();
  if (wordCount(line) > 40) return undefined;
  const sentences = segmentText(line);
  const last = sentences.at(-1);
  if (sentences.length < 2 || last === undefined) return undefined;
  const caption = line.slice(0, last.start).trim();
  if (!/[.!?]["”’)]*$/u.test(caption) || !isCreditFragment(last.text)) return undefined;
  return 'photo caption with credit (above the first paragraph)';
}
