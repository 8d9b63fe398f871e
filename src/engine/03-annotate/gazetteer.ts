/**
 * The lexicon's outlets, known organisations, places and demonyms compiled into a phrase index,
 * found by longest match on token keys. A corpus adds its own outlets (the outlet names of its
 * content) in an index layered on top.
 */
import type { Lexicon } from '../language/index.ts';
import { tokenize, wordKey, type Token } from '../language/tokens.ts';
import type { EntityKind } from '../types.ts';
import { damerauLevenshtein } from './names.ts';

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

/** Phrases by their first key, longest first; with the signatures already added, so duplicates are dropped. */
class PhraseIndex {
  readonly byFirst = new Map<string, Phrase[]>();
  readonly #signatures = new Set<string>();

  add(phrase: Phrase | null): void {
    if (!phrase) return;
    const signature = `${phrase.keys.join(' ')}\u0000${phrase.upper.join()}`;
    if (this.#signatures.has(signature)) return;
    this.#signatures.add(signature);
    const first = phrase.keys[0] ?? '';
    const list = this.byFirst.get(first) ?? [];
    list.push(phrase);
    list.sort((a, b) => b.keys.length - a.keys.length || PRECEDENCE[a.kind] - PRECEDENCE[b.kind]);
    this.byFirst.set(first, list);
  }

  addLines(kind: PhraseKind, lines: string): void {
    for (const line of lines.split('\n')) {
      const variants = line.split('|').map((v) => v.trim()).filter((v) => v !== '');
      const canonical = variants[0];
      if (canonical === undefined) continue;
      for (const variant of variants) this.add(phraseOf(kind, canonical, variant));
    }
  }
}

const PRECEDENCE: Record<PhraseKind, number> = { outlet: 0, organization: 1, place: 2, demonym: 3 };

function phraseOf(kind: PhraseKind, canonical: string, variant: string): Phrase | null {
  const tokens = tokenize(variant).filter((t) => t.type === 'word' || t.type === 'number');
  if (tokens.length === 0) return null;
  return { kind, canonical, keys: tokens.map((t) => t.key), upper: tokens.map((t) => t.acronym && t.text.length <= 5) };
}

/** The built-in phrases of a language's lexicon, compiled once per analysis. */
export interface GazetteerBase {
  index: PhraseIndex;
  /** Place names of five letters or more, folded, for typo-tolerant lookup ("Saudia Arabia"). */
  fuzzyPlaces: ReadonlyArray<{ key: string; canonical: string }>;
  /** `fuzzyPlaces` by the first letter of their key, each in the list's order: a lookup reads one letter's. */
  fuzzyByFirst: ReadonlyMap<string, ReadonlyArray<{ key: string; canonical: string }>>;
}

/** Compiles the lexicon's outlets, organisations, places and demonyms into a phrase index. */
export function gazetteerBase(lex: Lexicon): GazetteerBase {
  const index = new PhraseIndex();
  index.addLines('outlet', lex.outlets);
  index.addLines('organization', lex.organizations);
  index.addLines('place', lex.countries);
  index.addLines('place', lex.regions);
  index.addLines('place', lex.cities);
  for (const demonym of lex.demonyms) index.add(phraseOf('demonym', demonym, demonym));
  const fuzzyPlaces = [...index.byFirst.values()]
    .flat()
    .filter((p) => p.kind === 'place' && p.keys.join(' ').length >= 5)
    .map((p) => ({ key: p.keys.join(' '), canonical: p.canonical }));
  const fuzzyByFirst = new Map<string, Array<{ key: string; canonical: string }>>();
  for (const place of fuzzyPlaces) {
    const first = place.key[0] as string;
    const list = fuzzyByFirst.get(first);
    if (list) list.push(place);
    else fuzzyByFirst.set(first, [place]);
  }
  return { index, fuzzyPlaces, fuzzyByFirst };
}

/** A corpus's lexicon: the built-in phrases plus the corpus outlets. */
export class Gazetteer {
  readonly #base: GazetteerBase;
  readonly #extra = new PhraseIndex();

  /** `outletNames` are the display names of the corpus outlets ("The Moscow Times"). */
  constructor(base: GazetteerBase, outletNames: readonly string[] = []) {
    this.#base = base;
    for (const name of outletNames) {
      this.#extra.add(phraseOf('outlet', name, name));
      const bare = name.replace(/^the\s+/i, '');
      if (bare !== name) this.#extra.add(phraseOf('outlet', name, bare));
    }
  }

  /** The longest phrase starting at token `i` (which must be capitalised), or null. */
  match(tokens: readonly Token[], i: number): PhraseMatch | null {
    const first = tokens[i];
    if (!first || first.type !== 'word' || !(first.cap || first.acronym)) return null;
    const best = longestAt(this.#extra.byFirst.get(first.key), tokens, i, null);
    return longestAt(this.#base.index.byFirst.get(first.key), tokens, i, best);
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
    // Only the places with the same first letter, in the list's order (as the whole list would give them).
    const places = this.#base.fuzzyByFirst.get(key[0] as string) ?? [];
    for (let k = 0; k < places.length; k++) {
      const place = places[k] as { key: string; canonical: string };
      if (Math.abs(place.key.length - key.length) > 1) continue;
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
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k] as Phrase;
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
