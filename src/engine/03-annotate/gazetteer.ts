/**
 * The lexicons compiled once at module load into a phrase index: outlets, known organisations,
 * places and demonyms, found by longest match on token keys. A story adds its own outlets
 * (the corpus outlet names) to a per-story index layered on top.
 */
import type { EntityKind } from '../types.ts';
import { CITIES } from './lexicon/cities.ts';
import { DEMONYMS } from './lexicon/demonyms.ts';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations.ts';
import { OUTLETS } from './lexicon/outlets.ts';
import { COUNTRIES } from './lexicon/places.ts';
import { REGIONS } from './lexicon/regions.ts';
import { damerauLevenshtein } from './names.ts';
import { tokenize, wordKey, type Token } from './tokens.ts';

/** What a lexicon phrase is: an entity kind, or a demonym (never an entity). */
export type PhraseKind = Exclude<EntityKind, 'person'> | 'demonym';

/** One phrase of a lexicon. */
export interface Phrase {
  kind: PhraseKind;
  /** Display name of the entity ("United States", "AP"). */
  canonical: string;
  keys: string[];
  /** Per key: the lexicon spells it in capitals, so only an all-capitals token matches ("US", not "us"). */
  upper: boolean[];
}

/** A lexicon match in a sentence: tokens [start, end). */
export interface PhraseMatch {
  phrase: Phrase;
  start: number;
  end: number;
}

type PhraseIndex = Map<string, Phrase[]>;

const PRECEDENCE: Record<PhraseKind, number> = { outlet: 0, organization: 1, place: 2, demonym: 3 };

function phraseOf(kind: PhraseKind, canonical: string, variant: string): Phrase | null {
  const tokens = tokenize(variant).filter((t) => t.type === 'word' || t.type === 'number');
  if (tokens.length === 0) return null;
  return { kind, canonical, keys: tokens.map((t) => t.key), upper: tokens.map((t) => t.acronym && t.text.length <= 5) };
}

/** Signatures (keys and capitals) of the phrases already in an index, so a duplicate is found without a scan. */
const signatures = new WeakMap<PhraseIndex, Set<string>>();

function addPhrase(index: PhraseIndex, phrase: Phrase | null): void {
  if (!phrase) return;
  const first = phrase.keys[0] ?? '';
  const list = index.get(first) ?? [];
  let seen = signatures.get(index);
  if (!seen) {
    seen = new Set();
    signatures.set(index, seen);
  }
  const signature = `${phrase.keys.join(' ')}\u0000${phrase.upper.join()}`;
  if (seen.has(signature)) return;
  seen.add(signature);
  list.push(phrase);
  list.sort((a, b) => b.keys.length - a.keys.length || PRECEDENCE[a.kind] - PRECEDENCE[b.kind]);
  index.set(first, list);
}

function addLines(index: PhraseIndex, kind: PhraseKind, lines: string): void {
  for (const line of lines.split('\n')) {
    const variants = line.split('|').map((v) => v.trim()).filter((v) => v !== '');
    const canonical = variants[0];
    if (canonical === undefined) continue;
    for (const variant of variants) addPhrase(index, phraseOf(kind, canonical, variant));
  }
}

const BASE: PhraseIndex = new Map();
addLines(BASE, 'outlet', OUTLETS);
addLines(BASE, 'organization', KNOWN_ORGANIZATIONS);
addLines(BASE, 'place', COUNTRIES);
addLines(BASE, 'place', REGIONS);
addLines(BASE, 'place', CITIES);
for (const demonym of DEMONYMS) addPhrase(BASE, phraseOf('demonym', demonym, demonym));

/** Place names of five letters or more, folded, for typo-tolerant lookup ("Saudia Arabia"). */
const FUZZY_PLACES: ReadonlyArray<{ key: string; canonical: string }> = [...BASE.values()]
  .flat()
  .filter((p) => p.kind === 'place' && p.keys.join(' ').length >= 5)
  .map((p) => ({ key: p.keys.join(' '), canonical: p.canonical }));

const byOutlets = new WeakMap<readonly string[] | readonly object[], Gazetteer>();

/**
 * The gazetteer of a corpus's outlets, built once per outlet list: every story of a corpus shares
 * it (a corpus of 10,000 articles may name hundreds of outlets).
 */
export function gazetteerFor<T>(outlets: readonly T[], name: (outlet: T) => string): Gazetteer {
  let gazetteer = byOutlets.get(outlets as readonly object[]);
  if (!gazetteer) {
    gazetteer = new Gazetteer(outlets.map(name));
    byOutlets.set(outlets as readonly object[], gazetteer);
  }
  return gazetteer;
}

/** A story's lexicon: the built-in phrases plus the corpus outlets. */
export class Gazetteer {
  readonly #extra: PhraseIndex = new Map();

  /** `outletNames` are the display names of the corpus outlets ("The Moscow Times"). */
  constructor(outletNames: readonly string[] = []) {
    for (const name of outletNames) {
      addPhrase(this.#extra, phraseOf('outlet', name, name));
      const bare = name.replace(/^the\s+/i, '');
      if (bare !== name) addPhrase(this.#extra, phraseOf('outlet', name, bare));
    }
  }

  /** The longest phrase starting at token `i` (which must be capitalised), or null. */
  match(tokens: readonly Token[], i: number): PhraseMatch | null {
    const first = tokens[i];
    if (!first || first.type !== 'word' || !(first.cap || first.acronym)) return null;
    const best = longestAt(this.#extra.get(first.key), tokens, i, null);
    return longestAt(BASE.get(first.key), tokens, i, best);
  }

  /** The lexicon phrase that is exactly `words` ("Department of State" → State Department), or null. */
  exact(words: string): Phrase | null {
    const tokens = tokenize(words).filter((t) => t.type === 'word' || t.type === 'number');
    const match = this.match(tokens, 0);
    return match && match.end === tokens.length ? match.phrase : null;
  }

  /** Canonical place within one edit of `words` (five letters or more), if exactly one. */
  fuzzyPlace(words: string): string | null {
    const key = wordKey(words);
    if (key.length < 5) return null;
    let found: string | null = null;
    for (const place of FUZZY_PLACES) {
      if (Math.abs(place.key.length - key.length) > 1 || place.key[0] !== key[0]) continue;
      if (damerauLevenshtein(place.key, key, 1) <= 1) {
        if (found !== null && found !== place.canonical) return null;
        found = place.canonical;
      }
    }
    return found;
  }
}

/** The longest of `phrases` that matches at token i and is longer than `best` (which it returns otherwise). */
function longestAt(phrases: readonly Phrase[] | undefined, tokens: readonly Token[], i: number, best: PhraseMatch | null): PhraseMatch | null {
  if (!phrases) return best;
  let found = best;
  for (const phrase of phrases) {
    if (found && phrase.keys.length <= found.end - found.start) continue;
    if (matchesAt(phrase, tokens, i)) found = { phrase, start: i, end: i + phrase.keys.length };
  }
  return found;
}

function matchesAt(phrase: Phrase, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < phrase.keys.length; k++) {
    const token = tokens[i + k];
    if (!token || token.key !== phrase.keys[k]) return false;
    if (phrase.upper[k] && !token.acronym) return false;
  }
  return true;
}
