/**
 * Stage 2 — segment: split a block of plain text into sentences with stable ids.
 *
 * The same function runs in the engine and in the rehype plugin that wraps every sentence of an
 * article page in `<span id="s-xxxxxxxx">`, so every id the engine cites exists in the HTML.
 * `Intl.Segmenter` finds candidate boundaries (it handles closing quotes and decimals); a merge pass
 * then undoes the splits it makes after abbreviations and initials ("U.S. Secretary", "Donald J. Trump").
 */
import { allMatches, fnv1a32, normalizeForHash } from './text.ts';

/** A sentence located inside its block: `start`/`end` are UTF-16 offsets into the block text. */
export interface SentenceSpan {
  start: number;
  end: number;
  /** The sentence as the reader sees it: the block text in `[start, end)`, whitespace collapsed. */
  text: string;
}

/** Abbreviations that are always followed by a name, so a period after them never ends a sentence. */
const NAME_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'gov',
  'sen', 'rep', 'rev', 'st', 'hon', 'pres', 'amb', 'sr', 'jr', 'messrs', 'mt', 'ft', 'vs',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx',
  'inc', 'corp', 'ltd', 'dept', 'univ', 'fig', 'vol', 'pp', 'cf',
]);

/** Abbreviations that precede a number ("No. 5", "p. 12", "Art. 3"); a period after them ends a sentence otherwise. */
const NUMBER_PREFIXES = new Set(['no', 'nos', 'p', 'art', 'sec', 'ch', 'para']);

/**
 * Words that usually open a new sentence. After a dotted acronym ("the U.S."), a following
 * capitalised word starts a new sentence only if it is one of these; otherwise it continues a
 * name ("U.S. Secretary of State").
 */
const SENTENCE_OPENERS = new Set([
  'a', 'an', 'the', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet', 'however',
  'meanwhile', 'in', 'on', 'at', 'for', 'as', 'after', 'before', 'when', 'while', 'if', 'although',
  'though', 'since', 'because', 'both', 'some', 'many', 'most', 'no', 'not', 'all', 'what', 'who',
  'how', 'why', 'where', 'then', 'now', 'today', 'also', 'still', 'separately', 'earlier', 'later',
]);

/** What may follow a clock time's "a.m."/"p.m." in its sentence: a weekday, a month, a time zone, or a lower-case word. */
const CLOCK_CONTINUATION = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|\p{Lu}{2,5}|\p{Ll}.*|\d.*)$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Spans of blocks already split. A cache only: a block's sentences depend on its text alone, and
 * wire copies and reprints repeat whole paragraphs, which the content check, the engine and the
 * article page each split. Bounded, so a huge corpus cannot grow it without end.
 */
const splitBlocks = new Map<string, readonly SentenceSpan[]>();
const SPLIT_BLOCKS_MAX = 20_000;

/** Split `text` into sentence spans. Offsets refer to `text` itself; whitespace-only pieces are dropped. */
export function segmentText(text: string): SentenceSpan[] {
  const known = splitBlocks.get(text);
  // New span objects: the caller owns what it is given.
  if (known) return known.map((span) => ({ start: span.start, end: span.end, text: span.text }));
  const spans = splitSentences(text);
  if (splitBlocks.size >= SPLIT_BLOCKS_MAX) splitBlocks.clear();
  splitBlocks.set(text, spans.map((span) => ({ start: span.start, end: span.end, text: span.text })));
  return spans;
}

/** `segmentText` without the cache. */
function splitSentences(text: string): SentenceSpan[] {
  // ICU treats every line feed as a hard break; Markdown soft breaks are not sentence ends.
  const flat = text.replace(/[\r\n\u2028\u2029]/g, ' ');
  // ICU breaks a sentence only after a sentence terminator or a paragraph separator (UAX #29, rules
  // SB4 and SB11): a block with neither before its closing marks is one piece, as ICU would give it.
  if (oneSentence(flat)) return spansOf(flat, splitUnseenBoundaries(flat, 0, flat.length));
  const pieces: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmenter.segment(flat)) {
    const previous = pieces.at(-1);
    if (previous && shouldMerge(flat.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push(...splitUnseenBoundaries(flat, index, index + segment.length));
    }
  }
  return spansOf(flat, pieces);
}

/**
 * Letters, digits, spaces and punctuation that is never a sentence terminator, then the block's
 * closing marks: nothing inside where ICU could break (about half the paragraphs of news copy).
 */
export const ONE_SENTENCE = /^[\p{L}\p{M}\p{N} \t,;:'"’‘“”()\-–—%$€£/&]*[.!?]*["”’)\]]*[ \t]*$/u;

/** Marks of `ONE_SENTENCE`'s first class beyond letters and digits, by code. */
const PLAIN_MARKS = new Set([...' \t,;:\'"’‘“”()-–—%$€£/&'].map((c) => c.charCodeAt(0)));
const TERMINATORS = new Set([...'.!?'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"”’)]'].map((c) => c.charCodeAt(0)));

/**
 * `ONE_SENTENCE.test(text)` read with character tests for text of ASCII and the marks the pattern
 * names (the pattern itself for any other character): an automaton over the pattern's four runs.
 */
export function oneSentence(text: string): boolean {
  // Bits of the runs the text so far can end in: 1 letters and marks, 2 terminators, 4 closers, 8 spaces.
  let states = 15;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let classes: number;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) classes = 1;
    else if (c >= 128 && !PLAIN_MARKS.has(c)) return ONE_SENTENCE.test(text);
    else classes = (PLAIN_MARKS.has(c) ? 1 : 0) | (TERMINATORS.has(c) ? 2 : 0) | (CLOSERS.has(c) ? 4 : 0) | (c === 32 || c === 9 ? 8 : 0);
    // A run can follow itself or an earlier one: the lowest run the text can be in bounds the next.
    const lowest = states & -states;
    const reachable = (~(lowest - 1)) & 15;
    states = reachable & classes;
    if (states === 0) return false;
  }
  return true;
}

/** The trimmed, whitespace-collapsed sentences of the pieces of `flat`. */
function spansOf(flat: string, pieces: ReadonlyArray<{ start: number; end: number }>): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k] as { start: number; end: number };
    const raw = flat.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const start = piece.start + lead;
    const end = piece.end - trail;
    if (end <= start) continue;
    spans.push({ start, end, text: collapseWhitespace(flat.slice(start, end)) });
  }
  return spans;
}

/**
 * Boundaries ICU does not see. A sentence end followed by a sentence that opens with a number ("The
 * smoke spread. 31 workers died.") is not one for ICU, which reads on to the next lower-case word;
 * nor is a sentence end with its space lost in a scraped copy ("to 64 years.Some 320 marches"): a
 * word of two or more lower-case letters, the mark, then a capitalised word; nor two pieces of text
 * a scraped copy spliced with neither mark nor space ("reporting thatTrade unions said"): a word
 * that opens on two or more lower-case letters and goes on capitalised, which no word of prose
 * does ("iPhone", "eBay" and "McDonald" open otherwise). Splits such a piece there, unless the word
 * before the period is an abbreviation ("Fig. 3", "No. 5").
 */
export const UNSEEN_BOUNDARY = /[.!?]["”’)\]]*\s+(?=["“‘(]?\d)|(?<=\p{Ll}{2})[.!?]["”’)\]]*(?=\p{Lu}\p{Ll})/gu;

/** What a piece of text can end on after its last word: terminators, closing marks and (some) spaces. */
const TRAILING = new Set([...'.!?"”’)] \t\n\r\u000b\u000c\u00a0'].map((c) => c.charCodeAt(0)));

/**
 * False when `UNSEEN_BOUNDARY` cannot match `piece`: its every match is a terminator with a word or
 * a number after it, so a piece whose only terminators are in the run it ends on has none. Most
 * sentences are such pieces, and the pattern and its match list are then skipped.
 */
export function mayHaveUnseenBoundary(piece: string): boolean {
  let end = piece.length;
  while (end > 0 && TRAILING.has(piece.charCodeAt(end - 1))) end--;
  for (let i = 0; i < end; i++) {
    const c = piece.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true;
  }
  return false;
}
/**
 * The splice, in letters without diacritics: a pattern for every letter case would cost ten times
 * the rest of this function on every paragraph, so it runs only where a lower-case letter meets an
 * upper-case one (one paragraph in 160 of generated news copy).
 */
const SPLICE = /(?<![\p{L}\p{N}])[a-z]{2,}(?=[A-Z][a-z])/gu;
const CASE_CHANGE = /[a-z][A-Z]/;
const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A page's labels in capitals. */
const LABELS = String.raw`(?:UPDATED?|BREAKING(?:\s+NEWS)?|WATCH|LIVE|EXCLUSIVE|ANALYSIS|OPINION|(?:ALSO\s+)?READ(?:\s+MORE)?|RELATED|EDITOR[’']S\s+NOTE)`;
/** A byline's name: one to three capitalised words, with a surname's particle ("Gareth van Zyl"). */
const BYLINE_NAME = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:van|von|de|der|den|da|del|della|di|du|dos|le|la|bin|ibn|al)\s+)?){1,3}`;
/** A byline with its date, "by Gareth van Zyl July 19, 2024" (a pattern's source: units.ts reads such a piece as furniture). */
export const BYLINE = String.raw`by\s+${BYLINE_NAME}${MONTH_NAME}\s+\d{1,2},\s+\d{4}`;
/** A byline on a line of its own: "By Rafiq Maqbool, Ashok Sharma and Krutika Pathi, The Associated Press" (annotate takes no people from it). */
const LINE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
export const BYLINE_LINE = new RegExp(String.raw`^By\s+${LINE_NAME}(?:\s*,\s*${LINE_NAME})*(?:\s*,?\s+and\s+${LINE_NAME})?(?:\s*,\s*(?:The\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,4})?\s*$`, 'u');
/** A caption's label, "Pictured left:" (a pattern's source, as BYLINE). */
export const CAPTION_LABEL = String.raw`Pictured(?:\s+(?:left|right|above|below|top|bottom))?\s*:`;
/**
 * Page furniture a scraped copy ran into the text with neither mark nor line break, each a boundary
 * before it: a byline with its date and no preposition between ("… outage’ by Gareth van Zyl July
 * 19, 2024"), which also ends after the date, before the next capitalised word; a caption's label
 * ("Pictured left: …"); a page's label in capitals ("UPDATE: …", "READ MORE: …"), whose headline has
 * no full stop and ends where a capitalised word that opens a clause follows a lower-case one
 * ("UPDATE: CrowdStrike CEO responds In a statement …").
 */
export const FURNITURE = new RegExp(
  String.raw`(?<=\S)\s+(?=${BYLINE}(?:\s+\p{Lu}|\s*$))` +
    String.raw`|(?<=\b${BYLINE})\s+(?=\p{Lu})` +
    String.raw`|(?<=[\p{Ll}\d’'”"])\s+(?=${CAPTION_LABEL}|${LABELS}:\s+\p{Lu})` +
    String.raw`|(?<=(?:^|\s)${LABELS}:\s+[^.!?]*?\p{Ll})(?=\s+(?:In|On|At|After|Before|During|Earlier|Later|Meanwhile|The|A|An)\s+\p{Ll})`,
  'gu',
);
const FURNITURE_HINT = /\bby\s+\p{Lu}|Pictured|\p{Lu}{4}:/u;
const MONTH = new RegExp(MONTH_NAME);

/**
 * False when `FURNITURE` cannot match `piece`. Each of its matches needs a caption's label
 * ("Pictured"), a page's label with its colon, or a byline, whose date has a month's name and a comma;
 * and `FURNITURE_HINT`. The strings are found with `includes`, faster than a pattern that tests every
 * character for a capital; `FURNITURE` itself, whose look-behinds read back from every space, then runs
 * on 79 of the 200,735 pieces of the generated 10,000 articles rather than on 1,622.
 */
export function mayBeFurnished(piece: string): boolean {
  return (piece.includes('Pictured') || piece.includes(':') || (piece.includes('by') && piece.includes(',') && MONTH.test(piece))) && FURNITURE_HINT.test(piece);
}

/**
 * A credit line that lost its line break in a scraped copy and runs into the sentence after it:
 * "Source: Google Finance A security update … is being blamed". The label and its capitalised
 * name, then an article that opens a clause ("A", "An", "The" before a lower-case word: not "The
 * Associated Press"), is a boundary: the credit is page furniture, the rest a sentence.
 */
const CREDIT_RUN = /^\s*(?:Source|Photo|Image|Picture|Credit|Chart|Graphic)s?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*\s+){1,5}(?=(?:A|An|The)\s+\p{Ll})/u;

function splitUnseenBoundaries(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const piece = text.slice(start, end);
  const parts: Array<{ start: number; end: number }> = [];
  let from = start;
  const credit = CREDIT_RUN.exec(piece);
  if (credit) {
    from = start + credit[0].length;
    parts.push({ start, end: from });
  }
  const matches = mayHaveUnseenBoundary(piece) ? allMatches(UNSEEN_BOUNDARY, piece) : [];
  const spliced = CASE_CHANGE.test(piece);
  const furnished = mayBeFurnished(piece);
  if (spliced) matches.push(...allMatches(SPLICE, piece));
  if (furnished) matches.push(...allMatches(FURNITURE, piece));
  if (spliced || furnished) matches.sort((a, b) => a.index - b.index);
  for (const match of matches) {
    const cut = start + match.index + match[0].length;
    const before = text.slice(from, start + match.index + 1);
    if (shouldMerge(before, text.slice(cut, end))) continue;
    parts.push({ start: from, end: cut });
    from = cut;
  }
  parts.push({ start: from, end });
  return parts;
}

const SPACE = /\s/;

/** The run of non-space characters that ends `text` (what `/(\S+)$/` finds), read backwards rather than matched from the start. */
function lastRun(text: string): string {
  let start = text.length;
  while (start > 0 && !SPACE.test(text[start - 1] as string)) start--;
  return text.slice(start);
}

/** A speech tag that opens on a pronoun or a name and its verb of speaking, then at most an adjunct ("on Tuesday"): no clause of its own. */
const NAMED_TAG = /^\s*(?:he|she|they|we|I|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:said|asked|added|shouted|cried|demanded|wondered|replied|told\s+(?:reporters|journalists|\p{Lu}[\p{L}'’.-]*))(?:,?\s+(?:on|at|in|during|after|before|outside|from|as|later|again|yesterday|today)\b[^.!?"“”]{0,40})?[.!?]?\s*$/u;

/** True when ICU split after an abbreviation or initial and the sentence really goes on. */
function shouldMerge(previous: string, next: string): boolean {
  const tail = previous.trimEnd();
  // A quotation that ends on its own question or exclamation mark goes on with its speech tag in
  // lower case: “Where were the police?” said farmer Jan Vell, 61.
  // So does a short tag that opens on who spoke: “So who signed the permit?” Aune asked on Tuesday.
  if (/[?!]["”’']$/.test(tail)) return /^\s*\p{Ll}/u.test(next) || NAMED_TAG.test(next);
  if (!tail.endsWith('.')) return false;
  const lastWord = lastRun(tail);
  const bare = lastWord.replace(/^[("“‘'[]+/, '').slice(0, -1);
  const nextWord = /^[\s"“‘'(]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(next)?.[1] ?? '';
  if (nextWord === '') return false;
  // A single capital initial: "Donald J. Trump"; but a name never goes on with a quotation, so
  // "… in a post on X. “Mac and Linux hosts are not impacted.”" is two sentences.
  if (/^\p{Lu}$/u.test(bare)) return !/^\s*[“"‘]/u.test(next);
  if (NAME_PREFIXES.has(bare.toLowerCase())) return true;
  if (NUMBER_PREFIXES.has(bare.toLowerCase()) && /^\d/.test(nextWord)) return true;
  // A clock time's "a.m." or "p.m." is followed by what dates or zones the time ("3 p.m. Monday",
  // "6 a.m. GMT", "11 a.m. Moscow time"); any other capitalised word opens a sentence ("at around
  // 3.30 p.m. Interior Minister Lena Dorsk later denied …").
  if (/^[ap]\.m$/i.test(bare)) return CLOCK_CONTINUATION.test(nextWord) || /^[\s"“‘'(]*\S+\s+time\b/.test(next);
  // A dotted acronym: "U.S.", "U.K.", "e.g." — merge unless the next word opens a sentence.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  }
  return false;
}

/** Collapse runs of whitespace to one space, as a browser renders inline text. */
export function collapseWhitespace(text: string): string {
  // Always through the pattern, even when nothing changes: its result is a fresh flat string, one
  // byte per character where the text allows, which every later pattern reads faster than a slice
  // of a block with curly quotes (returning an already collapsed slice as it is cost the 1,000-article
  // corpus 5% more instructions).
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Hashes of sentences already seen. A cache only, bounded like `splitBlocks`: wire copies and
 * reprints repeat sentences, and the hash normalizes the whole text first.
 */
const sentenceHashes = new Map<string, string>();
const SENTENCE_HASHES_MAX = 50_000;

/** The id of a sentence: `s-` and 8 hex digits of a hash of its normalized text. */
export function sentenceHash(text: string): string {
  const plain = plainHash(text);
  if (plain >= 0) return `s-${plain.toString(16).padStart(8, '0')}`;
  let hash = sentenceHashes.get(text);
  if (hash === undefined) {
    hash = `s-${fnv1a32(normalizeForHash(text))}`;
    if (sentenceHashes.size >= SENTENCE_HASHES_MAX) sentenceHashes.clear();
    sentenceHashes.set(text, hash);
  }
  return hash;
}

/** Typographic marks of `ASCII_AND_MARKS` in text.ts and what `foldTypography` makes of each, by code. */
const MARK_FOLDS = new Map<number, string>();
for (const c of '\u201C\u201D\u201E\u201F\u00AB\u00BB') MARK_FOLDS.set(c.charCodeAt(0), '"');
for (const c of '\u2018\u2019\u201A\u201B\u2032') MARK_FOLDS.set(c.charCodeAt(0), "'");
for (let c = 0x2010; c <= 0x2015; c++) MARK_FOLDS.set(c, '-');
MARK_FOLDS.set(0x2212, '-');
MARK_FOLDS.set(0x2026, '...');
for (const c of [0xa0, 0x202f, 0x205f, 0x3000]) MARK_FOLDS.set(c, ' ');
for (let c = 0x2000; c <= 0x200b; c++) MARK_FOLDS.set(c, ' ');

/**
 * FNV-1a of `normalizeForHash(text)` read in one pass, for text of ASCII and typographic marks
 * (NFKC leaves such text as folding makes it): marks folded, whitespace runs as one space, none at
 * the ends, capitals in lower case. -1 for any other character, which the full normalization takes.
 */
function plainHash(text: string): number {
  let hash = 0x811c9dc5;
  let started = false;
  let pending = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let folded: string | undefined;
    if (c >= 128) {
      folded = MARK_FOLDS.get(c);
      if (folded === undefined) return -1;
      if (folded.length === 1) {
        c = folded.charCodeAt(0);
        folded = undefined;
      }
    }
    if (folded !== undefined) {
      // The ellipsis: three periods.
      if (pending && started) hash = Math.imul(hash ^ 32, 0x01000193);
      pending = false;
      started = true;
      for (let k = 0; k < folded.length; k++) hash = Math.imul(hash ^ folded.charCodeAt(k), 0x01000193);
      continue;
    }
    if (c === 32 || (c >= 9 && c <= 13)) {
      pending = true;
      continue;
    }
    if (pending && started) hash = Math.imul(hash ^ 32, 0x01000193);
    pending = false;
    started = true;
    hash = Math.imul(hash ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Assigns ids to the sentences of one article in reading order. Repeated sentences get
 * `-2`, `-3`, ... so ids stay unique on the page while unrelated edits leave them unchanged.
 */
export class SentenceIdAllocator {
  readonly #seen = new Map<string, number>();

  /** The id for the next sentence with this text. */
  next(text: string): string {
    const base = sentenceHash(text);
    const count = (this.#seen.get(base) ?? 0) + 1;
    this.#seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
