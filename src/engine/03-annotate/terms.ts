/**
 * Content terms of a sentence for matching: folded, lower case, stopwords and plain speech verbs
 * dropped, Porter-stemmed; numbers kept as digits ("four" → "4"). A mention of an entity yields
 * the words of its canonical name, so "Yuri Ushakov" and "Ushkaov" give the same terms.
 */
import { STOPWORDS } from './lexicon/common.ts';
import { numberWordValue } from './numbers.ts';
import { porterStem } from './stem.ts';
import type { Token } from './tokens.ts';
import { wordKey } from './tokens.ts';

/** Speech verbs so common that they say nothing about the claim. */
const PLAIN_CUES = new Set(['said', 'says', 'say', 'saying', 'told', 'tell', 'tells', 'telling', 'added', 'adding', 'adds', 'according']);

/** Stems already computed: words repeat a lot across a corpus. Bounded, and a cache only (no effect on output). */
const STEMS = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

/** A name mention by token range, with the entity's canonical name. */
export interface NamedSpan {
  t0: number;
  t1: number;
  name: string;
}

/** Stemmed term of one word, or null for a stopword. Exported for tests and for quotes' terms. */
export function termOf(key: string): string | null {
  const word = key.replace(/'s$/, '');
  if (word.length <= 1 || STOPWORDS.has(word) || PLAIN_CUES.has(word)) return null;
  const number = numberWordValue(word);
  if (number !== undefined && !/^(?:m|k|bn|tn|mln)$/.test(word)) return String(number);
  let stem = STEMS.get(word);
  if (stem === undefined) {
    // Porter keeps "staff" but stems "staffing" to "staf": collapse a final double consonant so they meet.
    stem = porterStem(word).replace(/([^aeiouls])\1$/, '$1');
    if (STEMS.size >= MAX_CACHED_STEMS) STEMS.clear();
    STEMS.set(word, stem);
  }
  return stem;
}

const NAME_TERMS = new Map<string, string[]>();

/** The words of an entity's name as terms, unstemmed: "Yury Ushakov" → yury, ushakov. */
function nameTerms(name: string): string[] {
  let terms = NAME_TERMS.get(name);
  if (!terms) {
    terms = name.split(/[\s-]+/).map(wordKey).filter((key) => key.length > 1 && !STOPWORDS.has(key));
    if (NAME_TERMS.size >= MAX_CACHED_STEMS) NAME_TERMS.clear();
    NAME_TERMS.set(name, terms);
  }
  return terms;
}

/**
 * The terms of a sentence in reading order (duplicates kept, so callers can count them); with
 * `from`/`to`, only those of the tokens in [from, to) (a clause).
 */
export function sentenceTerms(tokens: readonly Token[], names: readonly NamedSpan[], from = 0, to = tokens.length): string[] {
  const terms: string[] = [];
  const nameAt = new Map<number, NamedSpan>();
  for (const span of names) nameAt.set(span.t0, span);
  for (let i = from; i < to; i++) {
    const span = nameAt.get(i);
    if (span) {
      terms.push(...nameTerms(span.name));
      i = span.t1 - 1;
      continue;
    }
    const token = tokens[i] as Token;
    if (token.type === 'number') terms.push(token.text.replace(/,(?=\d{3}\b)/g, ''));
    else if (token.type === 'word') {
      const term = termOf(token.key);
      if (term !== null) terms.push(term);
    }
  }
  return terms;
}
