/**
 * Near-duplicate articles: the same text published twice (a re-post, a syndicated wire story, a
 * longer and a shorter version). They must count as one source, not as independent confirmations.
 *
 * Method: word 5-shingles per article, an inverted index from shingle to articles (so only article
 * pairs that share a shingle are ever compared), and containment = shared / smaller set. Containment
 * rather than Jaccard, because a truncated copy (first paragraphs only) is still a copy.
 */
import type { EngineConfig } from '../config.ts';
import { foldTypography, wordsAtLeast } from '../text.ts';

/** What the detector needs of an article: its id, date and text. */
export interface ShingleSource {
  id: string;
  published: string;
  text: string;
}

/** 32-bit FNV-1a of a word, as a number. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * A typographic mark that folding turns into ASCII punctuation or a space (curly quotes, primes,
 * dashes, the minus, the ellipsis, spaces): it separates words as the mark itself does, so in text of
 * ASCII and these marks the words are those of the ASCII reading.
 */
function isFoldedMark(code: number): boolean {
  return (
    (code >= 0x2010 && code <= 0x2015) || (code >= 0x2018 && code <= 0x201f) || (code >= 0x2000 && code <= 0x200b) ||
    code === 0xab || code === 0xbb || code === 0xa0 || code === 0x2032 || code === 0x2033 || code === 0x2212 || code === 0x2026 ||
    code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** Matches the words of folded, lower-cased text. */
const WORDS = /[\p{L}\p{N}]+/gu;

/** The word hashes of a text read as a whole: folded, lower-cased, words matched. */
function foldedWordHashes(text: string): number[] {
  return (foldTypography(text).toLowerCase().match(WORDS) ?? []).map(wordHash);
}

/**
 * The word hashes of a text (folded, lower case, punctuation ignored), in reading order: the same as
 * `foldedWordHashes` of the whole text. Runs of ASCII letters and digits are hashed as they are read,
 * with no string made per word; a stretch between two separators (other ASCII or `isFoldedMark`
 * marks) that holds any other character ("Kılıçdaroğlu", "Café") is folded and matched alone, as
 * folding the whole text would give it: NFKC neither composes nor reorders across such separators,
 * and lower-casing is the same in pieces but for a final sigma, whose text is read whole. An
 * article with one such name was folded whole before, two in three of the generated corpus's.
 */
export function wordHashes(text: string): number[] {
  const hashes: number[] = [];
  let hash = 0x811c9dc5;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    let code = i < text.length ? text.charCodeAt(i) : 32;
    const upper = code >= 65 && code <= 90;
    if (upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (upper) code += 32;
      hash = Math.imul(hash ^ code, 0x01000193);
      if (start < 0) start = i;
      continue;
    }
    if (code > 127 && !isFoldedMark(code)) {
      let end = i + 1;
      while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
      const folded = foldTypography(text.slice(start < 0 ? i : start, end));
      if (folded.includes('\u03a3')) return foldedWordHashes(text);
      const words = folded.toLowerCase().match(WORDS) ?? [];
      for (let w = 0; w < words.length; w++) hashes.push(wordHash(words[w] as string));
      hash = 0x811c9dc5;
      start = -1;
      i = end - 1;
      continue;
    }
    if (start >= 0) {
      hashes.push(hash >>> 0);
      hash = 0x811c9dc5;
      start = -1;
    }
  }
  return hashes;
}

/** True for a character that ends a stretch of `wordHashes`: ASCII other than letters and digits, or an `isFoldedMark` mark. */
function isSeparator(code: number): boolean {
  return code < 128 ? !((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57)) : isFoldedMark(code);
}

/**
 * The distinct 5-shingle hashes of a text, ascending, in a typed array: an article's few hundred
 * hashes are sorted in place, not added one by one to a set (half of them are too large for a small
 * integer, so a set would box each one).
 */
export function shingleList(text: string, size: number): Uint32Array {
  const hashes = wordHashes(text);
  const list = new Uint32Array(Math.max(0, hashes.length - size + 1));
  for (let i = 0; i < list.length; i++) {
    // Polynomial combination of the word hashes, kept within 32 bits.
    let h = 0;
    for (let k = 0; k < size; k++) h = (Math.imul(h, 0x01000193) ^ (hashes[i + k] ?? 0)) >>> 0;
    list[i] = h;
  }
  list.sort();
  let distinct = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[i - 1]) list[distinct++] = list[i] as number;
  return list.subarray(0, distinct);
}

/** The distinct 5-shingle hashes of a text (folded, lower case, punctuation ignored). */
export function shingles(text: string, size: number): Set<number> {
  return new Set(shingleList(text, size));
}

/** Compares by publication date, then id: the order in which "earlier" is meant everywhere. */
export function byPublished(a: { id: string; published: string }, b: { id: string; published: string }): number {
  if (a.published !== b.published) return a.published < b.published ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The shingles of a sentence too short to show a copy: none. */
const NO_SHINGLES = new Uint32Array(0);

/**
 * The pairs of lists that share a shingle, for the pairs `compared` allows: one key `a * n + b` (a < b,
 * n the number of lists) per shingle the two share, sorted ascending, so each pair's keys form a run
 * as long as the number of shingles it shares. Every list's hashes are tagged with its index and
 * sorted together, so equal hashes sit side by side: no set per list, no map from hash to lists and
 * no boxed numbers (a hash times a power of two above n, plus an index, stays an exact double, and
 * dividing by that power gives the hash back exactly).
 */
function sharedShinglePairs(lists: readonly Uint32Array[], compared: (a: number, b: number) => boolean): Float64Array {
  const n = lists.length;
  if (n > MAX_SENTENCES) throw new Error(`sharedCopies: at most ${MAX_SENTENCES} sentences, got ${n}`);
  let slots = 1;
  while (slots < n) slots *= 2;
  const tagged = taggedHashes(lists, slots);
  const total = tagged.length;
  let keys = new Float64Array(64);
  let count = 0;
  // Each run of one hash lists its lists in ascending order (a list holds a hash once).
  for (let start = 0; start < total; ) {
    const hash = Math.floor((tagged[start] as number) / slots);
    let end = start + 1;
    while (end < total && Math.floor((tagged[end] as number) / slots) === hash) end++;
    for (let x = start; x < end; x++) {
      const a = (tagged[x] as number) - hash * slots;
      for (let y = x + 1; y < end; y++) {
        const b = (tagged[y] as number) - hash * slots;
        if (!compared(a, b)) continue;
        if (count === keys.length) {
          const grown = new Float64Array(2 * keys.length);
          grown.set(keys);
          keys = grown;
        }
        keys[count++] = a * n + b;
      }
    }
    start = end;
  }
  return keys.subarray(0, count).sort();
}

/** Every list's hashes, each times `slots` plus the list's index, sorted together: equal hashes side by side. */
function taggedHashes(lists: readonly Uint32Array[], slots: number): Float64Array {
  let total = 0;
  for (let i = 0; i < lists.length; i++) total += (lists[i] as Uint32Array).length;
  const tagged = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < lists.length; i++) {
    const list = lists[i] as Uint32Array;
    for (let k = 0; k < list.length; k++) tagged[at++] = (list[k] as number) * slots + i;
  }
  return tagged.sort();
}

/** Most sentences `sharedShinglePairs` can tag: a 32-bit hash times a power of two this large stays an exact double. */
const MAX_SENTENCES = 2 ** 21;

/** Sort keys of shingles: the hash times this, plus the index of the list it is in (fewer lists than this). */
const LIST_SLOTS = 2 ** 16;

/**
 * How many shingles each pair of lists shares, as an n × n table (`a * n + b`, a < b): every list's
 * hashes tagged with its index and sorted together, so equal hashes sit side by side, with no map
 * from hash to lists and no boxed numbers (a hash times 2^16 plus an index stays an exact double).
 */
function sharedShingleCounts(lists: readonly Uint32Array[]): Int32Array {
  const n = lists.length;
  if (n > LIST_SLOTS) throw new Error(`sharedShingleCounts: at most ${LIST_SLOTS} lists, got ${n}`);
  const tagged = taggedHashes(lists, LIST_SLOTS);
  const total = tagged.length;
  const counts = new Int32Array(n * n);
  // Each run of one hash lists its lists in ascending order (a list holds a hash once).
  for (let start = 0; start < total; ) {
    const hash = Math.floor((tagged[start] as number) / LIST_SLOTS);
    let end = start + 1;
    while (end < total && Math.floor((tagged[end] as number) / LIST_SLOTS) === hash) end++;
    for (let x = start; x < end; x++) {
      const a = (tagged[x] as number) - hash * LIST_SLOTS;
      for (let y = x + 1; y < end; y++) {
        const key = a * n + ((tagged[y] as number) - hash * LIST_SLOTS);
        counts[key] = (counts[key] as number) + 1;
      }
    }
    start = end;
  }
  return counts;
}

/**
 * For each article, the id of the earliest article of its near-duplicate group, or null when it
 * is the earliest (or has no copy). Groups are transitive: a copy of a copy is a copy.
 */
export function findNearDuplicates(articles: readonly ShingleSource[], config: EngineConfig['sources']): Map<string, string | null> {
  const ordered = [...articles].sort(byPublished);
  const lists = ordered.map((article) => shingleList(article.text, config.shingleSize));
  const counts = sharedShingleCounts(lists);
  const n = ordered.length;
  const parent = ordered.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const count = counts[a * n + b] as number;
      if (count === 0) continue;
      const smaller = Math.min((lists[a] as Uint32Array).length, (lists[b] as Uint32Array).length);
      if (smaller < config.minShingles || count / smaller < config.nearDuplicateContainment) continue;
      const ra = find(a);
      const rb = find(b);
      // The root is always the earliest member (lowest index in publication order), whatever order pairs are joined in.
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const result = new Map<string, string | null>();
  ordered.forEach((article, i) => {
    const root = find(i);
    result.set(article.id, root === i ? null : (ordered[root]?.id ?? null));
  });
  return result;
}

/** What the wire-copy test needs of a sentence: its article, its outlet, its words outside quotation marks and its whole text. */
export interface NarrationSentence {
  article: string;
  outlet: string;
  narration: string;
  /** The whole sentence, quotations included (the narration when absent). */
  text?: string;
}

/** A narration sentence this many words or longer can show a shared copy: independent reporters write short ones alike ("The four-hour meeting in Riyadh ended without a deal on Tuesday"). */
const COPY_SENTENCE_WORDS = 18;
/** Shingle containment from which two narration sentences are one copy ("Scores of bodies" / "Dozens of bodies", one word apart). */
const COPY_SENTENCE_CONTAINMENT = 0.6;

/**
 * For each sentence that another outlet printed before it, the index of that earlier printing: a
 * long sentence of narration (its words outside quotation marks, which independent reporters do
 * repeat) that is the same or nearly, as when two outlets run one wire story under their own names.
 * Two printings of one sentence are one report, not two confirmations. `sentences` are in story
 * order, which is publication order.
 */
export function sharedCopies(sentences: readonly NarrationSentence[], size: number): Map<number, number> {
  const lists = sentences.map((s) => (wordsAtLeast(s.narration, COPY_SENTENCE_WORDS) ? shingleList(s.narration, size) : NO_SHINGLES));
  // The words of a sentence, listed only for the few pairs whose shingles leave it open.
  const listed = new Map<number, string[]>();
  const words = (i: number): string[] => {
    let list = listed.get(i);
    if (!list) {
      list = foldTypography(sentences[i]?.narration ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      listed.set(i, list);
    }
    return list;
  };
  const pairs = sharedShinglePairs(lists, (a, b) => sentences[a]?.outlet !== sentences[b]?.outlet);
  const n = sentences.length;
  const original = new Map<number, number>();
  // Pairs in ascending order of their keys, each run of one key counting the shingles it shares.
  for (let start = 0; start < pairs.length; ) {
    const key = pairs[start] as number;
    let end = start + 1;
    while (end < pairs.length && pairs[end] === key) end++;
    const count = end - start;
    start = end;
    const a = Math.floor(key / n);
    const b = key % n;
    const smaller = Math.min((lists[a] as Uint32Array).length, (lists[b] as Uint32Array).length);
    if (smaller === 0 || original.has(b)) continue;
    // An edited copy ("said this time, there would be rolling strikes that …" / "said there would be
    // rolling strikes, which …") loses a shingle to each edit but keeps the words in their order.
    if (count / smaller < COPY_SENTENCE_CONTAINMENT && inOrderShare(words(a), words(b)) < COPY_SENTENCE_IN_ORDER) continue;
    original.set(b, original.get(a) ?? a);
  }
  copiesWithinCopyingArticles(sentences, original);
  return original;
}

/**
 * Share of words in order from which a sentence of an article that reprints another's copy is a copy
 * of that article's sentence: lower than between outlets not known to share copy, since the long
 * copies already show the edits are a copy editor's ("which seriously disrupted train services …
 * yesterday, will spill into today").
 */
const COPIED_ARTICLE_IN_ORDER = 0.7;

/** A sentence this many words or longer, in an article that reprints another's copy, can be a copy of that article's sentence. */
const COPIED_ARTICLE_SENTENCE_WORDS = 6;

/**
 * Once a long sentence shows that one article prints another's wire copy, the rest of the copy it
 * prints is that wire's report too, short sentences and quotations included: "The hard-left CGT union
 * put the number of protesters at 3.5 million" in two AFP copies, or an agency's interview quote ("By
 * 10 p.m. we were able to rescue the survivors") in two printings of one AP story, is one report. Only
 * between such article pairs, a sentence of six words or more whose whole text (quotations included)
 * the other has in the same order, as long sentences must, is marked a copy in `original`.
 */
function copiesWithinCopyingArticles(sentences: readonly NarrationSentence[], original: Map<number, number>): void {
  const related = new Set<string>();
  original.forEach((a, b) => {
    const first = sentences[a]?.article;
    const second = sentences[b]?.article;
    if (first !== undefined && second !== undefined) related.add(`${first}\n${second}`);
  });
  if (related.size === 0) return;
  const byArticle = new Map<string, number[]>();
  sentences.forEach((sentence, i) => {
    const list = byArticle.get(sentence.article);
    if (list) list.push(i);
    else byArticle.set(sentence.article, [i]);
  });
  // Each text's words once: an article is compared with every article that reprints it, and reprints
  // repeat its sentences, whose one list then keeps its word positions for `commonInOrder`.
  const listed = new Map<string, string[]>();
  const words = (i: number): string[] => {
    const text = sentences[i]?.text ?? sentences[i]?.narration ?? '';
    let list = listed.get(text);
    if (!list) {
      list = foldTypography(text).toLowerCase().match(WORDS) ?? [];
      listed.set(text, list);
    }
    return list;
  };
  related.forEach((pair) => {
    const [first, second] = pair.split('\n') as [string, string];
    const earlier = (byArticle.get(first) ?? []).map((i) => ({ i, words: words(i) })).filter((x) => x.words.length >= COPIED_ARTICLE_SENTENCE_WORDS);
    for (const b of byArticle.get(second) ?? []) {
      if (original.has(b)) continue;
      const later = words(b);
      if (later.length < COPIED_ARTICLE_SENTENCE_WORDS) continue;
      const copy = earlier.find((x) => x.i < b && inOrderShare(x.words, later) >= COPIED_ARTICLE_IN_ORDER);
      if (copy) original.set(b, original.get(copy.i) ?? copy.i);
    }
  });
}

/** Share of the shorter sentence's words that the other has in the same order from which two narrations are one copy. */
const COPY_SENTENCE_IN_ORDER = 0.8;

/** The longest common subsequence of two word lists, as a share of the shorter list. */
function inOrderShare(a: readonly string[], b: readonly string[]): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return 0;
  // One text's list (see `copiesWithinCopyingArticles`): all of it in order.
  if (a === b) return 1;
  return commonInOrder(a, b) / shorter;
}

/** Bits of a row that `commonInOrder` keeps per number: a chunk, a chunk's worth more and a carry stay a small integer. */
const CHUNK = 30;
const CHUNK_BITS = (1 << CHUNK) - 1;

/** Each word list's word positions as bits, made once per list (a list is compared with many). */
const positionBits = new WeakMap<readonly string[], Map<string, Int32Array>>();

/** For each distinct word of `words`, the positions it holds, as bits in CHUNK-bit numbers. */
function positionsOf(words: readonly string[]): Map<string, Int32Array> {
  let bits = positionBits.get(words);
  if (bits) return bits;
  bits = new Map();
  const chunks = Math.ceil(words.length / CHUNK);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let mask = bits.get(word);
    if (!mask) {
      mask = new Int32Array(chunks);
      bits.set(word, mask);
    }
    const chunk = Math.floor(i / CHUNK);
    mask[chunk] = (mask[chunk] as number) | (1 << (i % CHUNK));
  }
  positionBits.set(words, bits);
  return bits;
}

/** Set bits of a number below 2^31. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The length of the longest common subsequence of two word lists, by Hyyrö's bit-parallel count
 * (2004) rather than a table of |a| × |b| cells: a row of |a| bits, one per word of `a`, starts all
 * set; for each word of `b`, with M the positions of that word in `a` and U = row & M, the row
 * becomes (row + U) | (row & ~M), carries running from low positions to high and none kept past
 * the last; the clear bits left are the length. Exactly the table's count.
 */
export function commonInOrder(a: readonly string[], b: readonly string[]): number {
  const positions = positionsOf(a);
  const chunks = Math.ceil(a.length / CHUNK);
  const last = chunks - 1;
  const lastBits = a.length - last * CHUNK === CHUNK ? CHUNK_BITS : (1 << (a.length - last * CHUNK)) - 1;
  // A list of one chunk (most sentences) keeps its row in a number rather than in an array per call.
  if (chunks === 1) {
    let v = lastBits;
    for (let j = 0; j < b.length; j++) {
      const mask = positions.get(b[j] as string);
      if (mask === undefined) continue;
      const m = mask[0] as number;
      v = (((v + (v & m)) & CHUNK_BITS) | (v & ~m)) & lastBits;
    }
    return a.length - bitCount(v);
  }
  const row = new Int32Array(chunks).fill(CHUNK_BITS);
  row[last] = lastBits;
  for (let j = 0; j < b.length; j++) {
    const mask = positions.get(b[j] as string);
    if (mask === undefined) continue;
    let carry = 0;
    for (let k = 0; k < chunks; k++) {
      const v = row[k] as number;
      const m = mask[k] as number;
      const sum = v + (v & m) + carry;
      carry = sum >>> CHUNK;
      row[k] = (sum & CHUNK_BITS) | (v & ~m);
    }
    row[last] = (row[last] as number) & lastBits;
  }
  let common = a.length;
  for (let k = 0; k < chunks; k++) common -= bitCount(row[k] as number);
  return common;
}
