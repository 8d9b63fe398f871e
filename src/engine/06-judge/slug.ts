/**
 * Claim permalinks: a few readable words plus the 8-hex hash of the claim's anchor sentence, e.g.
 * `three-stage-peace-plan-4f2a9c1e`. The hash keeps old links resolvable through the alias map
 * when claims merge or split; the words make the link readable.
 */
import type { Language } from '../language/index.ts';
import { wordKey } from '../language/tokens.ts';
import { contentWords } from './words.ts';

/** Fewest and most words a slug carries (before the hash). */
export const SLUG_WORDS = { min: 3, max: 6 } as const;

/** The 8 hex digits of a sentence id `s-xxxxxxxx` (or `s-xxxxxxxx-2`). */
export function sentenceIdHash(sentenceId: string): string {
  // `/^s-([0-9a-f]{8})/` read with character tests: asked for every claim and every sentence of its evidence.
  let hex = sentenceId.length >= 10 && sentenceId.charCodeAt(0) === 115 && sentenceId.charCodeAt(1) === 45;
  for (let i = 2; i < 10 && hex; i++) {
    const code = sentenceId.charCodeAt(i);
    hex = (code >= 48 && code <= 57) || (code >= 97 && code <= 102);
  }
  if (!hex) throw new Error(`Not a sentence id: "${sentenceId}" (expected s- and 8 hex digits)`);
  return sentenceId.slice(2, 10);
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** ASCII, lower-case, hyphenated form of one word ("Zelenskyy’s" → "zelenskyys", "Kılıçdaroğlu" → "kilicdaroglu"). */
export function slugWord(word: string): string {
  // Plain letters and digits are only lower-cased by the steps below.
  if (PLAIN_WORD.test(word)) return word.toLowerCase();
  // The language's word key folds what Unicode does not decompose (ı, ł, ø, …) as transliterations do;
  // its dots would vanish, so they become breaks first ("49.51" → "49-51", "U.S." → "u-s").
  return wordKey(word.replace(/\./g, ' '))
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Picks up to SLUG_WORDS.max content words of `text`, preferring the rarest ones (`weight`, higher
 * is rarer), and keeps them in reading order so the slug reads like the text.
 */
export function slugWords(lang: Language, text: string, weight: (term: string) => number = () => 1, max: number = SLUG_WORDS.max): string[] {
  const seen = new Set<string>();
  const candidates: Array<{ word: string; position: number; weight: number }> = [];
  const spans = contentWords(lang, text);
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as (typeof spans)[number];
    const word = slugWord(span.word);
    if (!word || seen.has(word)) continue;
    seen.add(word);
    candidates.push({ word, position: candidates.length, weight: weight(span.term) });
  }
  // With no more candidates than words wanted, all are kept in reading order: no sorting needed.
  const chosen =
    candidates.length <= max
      ? candidates
      : candidates
          .sort((a, b) => b.weight - a.weight || a.position - b.position)
          .slice(0, max)
          .sort((a, b) => a.position - b.position);
  return chosen.map((candidate) => candidate.word);
}

/** A claim id: readable words and the anchor hash, e.g. `ushakov-serious-discussion-1a2b3c4d`. */
export function claimSlug(words: readonly string[], hash: string): string {
  // The first SLUG_WORDS.max + 2 parts of the words' slug forms, in order: gathered in one list,
  // without the arrays a flatMap, filter and slice make for every claim.
  const most = SLUG_WORDS.max + 2;
  const parts: string[] = [];
  for (let k = 0; k < words.length && parts.length < most; k++) {
    const pieces = slugWord(words[k] as string).split('-');
    for (let p = 0; p < pieces.length && parts.length < most; p++) if (pieces[p] !== '') parts.push(pieces[p] as string);
  }
  const head = parts.join('-');
  return head ? `${head}-${hash}` : `claim-${hash}`;
}

/** Makes ids unique in the given order: the first keeps its id, later ones get `-2`, `-3`, ... */
export function uniqueIds(ids: readonly string[]): string[] {
  const used = new Set<string>();
  // Per id, the suffix its search goes on from: every smaller one is taken, and `used` only grows, so
  // a thousand claims on one sentence text cost a thousand steps, not half a million.
  const next = new Map<string, number>();
  return ids.map((id) => {
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
    // Each candidate made once: a new string is hashed when first looked up, and the run of
    // assembling the corpus waits on this (a third of the generated corpus's ids are repeats).
    let n = next.get(id) ?? 2;
    let candidate = `${id}-${n}`;
    while (used.has(candidate)) candidate = `${id}-${++n}`;
    used.add(candidate);
    next.set(id, n + 1);
    return candidate;
  });
}
