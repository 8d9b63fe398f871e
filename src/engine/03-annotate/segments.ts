/**
 * Splits a proper-noun run into what it is made of: "Fox News | White House | Correspondent |
 * Jacqui Heinrich", "US | Secretary of State | Marco Rubio", "Russian Foreign Ministry". Lexicon
 * phrases first, then organisation head words, then role phrases; what is left is a name.
 */
import type { Lexicon } from '../language/index.ts';
import { isCapWord, type Token } from '../language/tokens.ts';
import type { PhraseKind, PhraseMatch } from './gazetteer.ts';
import { isHonorific, isRoleNoun, isRoleWord, rolePhraseEnd } from './roles.ts';
import type { StoryStats } from './runs.ts';

/** A piece of a run. `split` marks one part of a hyphenated pair of names ("Putin-Trump"). */
export interface Segment {
  kind: PhraseKind | 'role' | 'name';
  tokens: number[];
  canonical: string | null;
  split: boolean;
}

const TAIL_LINKS = new Set(['of', 'on', 'for', 'the']);

/**
 * Positions in one run and what stands at them, for `segmentRun`: a class rather than closures made
 * for every run, which tsx (the scripts' loader) names one by one as they are made.
 */
class RunReader {
  readonly lex: Lexicon;
  readonly tokens: readonly Token[];
  readonly run: readonly number[];
  readonly matches: ReadonlyArray<PhraseMatch | null>;
  readonly n: number;

  // Fields set one by one rather than as parameter properties: the engine is plain erasable
  // TypeScript, which Node runs without a compiler (the analysis threads do, src/analysis/pool.ts).
  constructor(lex: Lexicon, tokens: readonly Token[], run: readonly number[], matches: ReadonlyArray<PhraseMatch | null>) {
    this.lex = lex;
    this.tokens = tokens;
    this.run = run;
    this.matches = matches;
    this.n = run.length;
  }

  /** The token at run position `p`. */
  at(p: number): Token | undefined {
    return this.tokens[this.run[p] ?? -1];
  }

  /** The token indices of run positions [p, q). */
  span(p: number, q: number): number[] {
    return this.run.slice(p, q);
  }

  /** The first run position from `p` whose token does not end before `tokenEnd`. */
  positionAfter(p: number, tokenEnd: number): number {
    let q = p;
    while (q < this.n && (this.run[q] as number) < tokenEnd) q++;
    return q;
  }

  /** True when a lexicon phrase or a role phrase (followed by something else) starts at `q`. */
  startsSomething(q: number): boolean {
    const match = this.matches[this.run[q] ?? -1];
    if (match) return true;
    const end = this.roleEnd(q);
    return end > 0 && end < this.n && !isRoleWord(this.lex, this.at(end));
  }

  /** The run position after a role phrase starting at `p`, or -1. */
  roleEnd(p: number): number {
    const { run, matches } = this;
    const limit = contiguousEnd(run, p);
    const end = rolePhraseEnd(this.lex, this.tokens, run[p] as number, (run[limit - 1] as number) + 1, (i) => matches[i]?.phrase.kind === 'place');
    return end < 0 ? -1 : this.positionAfter(p, end);
  }
}

/** The segments of one run, in order. */
export function segmentRun(
  lex: Lexicon,
  tokens: readonly Token[],
  run: readonly number[],
  matches: ReadonlyArray<PhraseMatch | null>,
  stats: StoryStats,
): Segment[] {
  const segments: Segment[] = [];
  const n = run.length;
  const reader = new RunReader(lex, tokens, run, matches);
  let p = 0;
  while (p < n) {
    const match = matches[run[p] as number];
    if (match?.phrase.kind === 'outlet') {
      const q = reader.positionAfter(p, match.end);
      segments.push({ kind: 'outlet', tokens: reader.span(p, q), canonical: match.phrase.canonical, split: false });
      p = q;
      continue;
    }
    const orgEnd = organizationEnd(lex, tokens, run, p, matches);
    if (orgEnd > p) {
      // A head word alone ("Police", "Government") is a common noun, unless the lexicon knows it ("Congress").
      if (orgEnd - p > 1 || match) segments.push({ kind: 'organization', tokens: reader.span(p, orgEnd), canonical: match && orgEnd - p === 1 ? match.phrase.canonical : null, split: false });
      p = orgEnd;
      continue;
    }
    if (match && !absorbedIntoName(lex, tokens, run, p, match, stats)) {
      const q = reader.positionAfter(p, match.end);
      segments.push({ kind: match.phrase.kind, tokens: reader.span(p, q), canonical: match.phrase.canonical, split: false });
      p = q;
      continue;
    }
    if (isHonorific(lex, reader.at(p))) {
      segments.push({ kind: 'role', tokens: reader.span(p, p + 1), canonical: null, split: false });
      p++;
      continue;
    }
    let role = reader.roleEnd(p);
    // "Mining Minister Catalina Herrera", "Culture Secretary ...": an unknown word before a role belongs to it.
    if (role < 0 && p + 1 < n && !isRoleWord(lex, reader.at(p)) && !reader.at(p)?.acronym && !matches[run[p + 1] as number]) {
      const after = reader.roleEnd(p + 1);
      if (after > 0 && after < n && !isRoleWord(lex, reader.at(after)) && (run[p + 1] as number) === (run[p] as number) + 1) role = after;
    }
    if (role > 0 && role < n && !isRoleWord(lex, reader.at(role))) {
      segments.push({ kind: 'role', tokens: reader.span(p, role), canonical: null, split: false });
      p = role;
      continue;
    }
    let q = p + 1;
    while (q < n && !reader.startsSomething(q) && organizationEnd(lex, tokens, run, q, matches) <= q) q++;
    pushName(lex, tokens, segments, reader.span(p, q));
    p = q;
  }
  return segments;
}

/** Run positions from p whose tokens follow each other with no gap (a skipped "." counts as none). */
function contiguousEnd(run: readonly number[], p: number): number {
  let q = p + 1;
  while (q < run.length && (run[q] as number) - (run[q - 1] as number) <= 2) q++;
  return q;
}

/**
 * End position of an organisation named by a head word ("Foreign Ministry", "European Council on
 * Foreign Relations") that starts at p, or p when there is none. Roles and outlets stop the search.
 */
function organizationEnd(lex: Lexicon, tokens: readonly Token[], run: readonly number[], p: number, matches: ReadonlyArray<PhraseMatch | null>): number {
  let q = p;
  while (q < run.length) {
    const token = tokens[run[q] as number] as Token;
    if (isRoleNoun(lex, token) || matches[run[q] as number]?.phrase.kind === 'outlet' || token.possessive) return p;
    if (lex.orgHeads.has(token.key) && token.cap) break;
    q++;
  }
  if (q >= run.length) return p;
  q++;
  let linked = false;
  while (q < run.length) {
    const token = tokens[run[q] as number] as Token;
    if (TAIL_LINKS.has(token.key) && !token.cap) {
      linked = true;
      q++;
      continue;
    }
    if (!isCapWord(token) || isRoleNoun(lex, token) || matches[run[q] as number]?.phrase.kind === 'outlet') break;
    if (!linked && !lex.orgHeads.has(token.key)) break;
    q++;
  }
  while (q > p + 1 && TAIL_LINKS.has(tokens[run[q - 1] as number]?.key ?? '')) q--;
  return q;
}

/**
 * A one-word place or demonym followed by an unknown capitalised word that the story never writes in
 * lower case is a given name: "Jordan Peterson", "Christian Lindner".
 */
function absorbedIntoName(lex: Lexicon, tokens: readonly Token[], run: readonly number[], p: number, match: PhraseMatch, stats: StoryStats): boolean {
  if (match.end - match.start !== 1 || (match.phrase.kind !== 'place' && match.phrase.kind !== 'demonym')) return false;
  const nextIndex = run[p + 1];
  if (nextIndex !== (run[p] as number) + 1) return false;
  const next = tokens[nextIndex] as Token;
  if (next.link !== null || next.acronym || isRoleWord(lex, next) || lex.orgHeads.has(next.key)) return false;
  return isCapWord(next) && !stats.lower.has(next.key) && !(tokens[run[p] as number] as Token).acronym;
}

/** Adds a name segment, split into single names when it is a hyphenated pair ("Putin-Trump"). */
function pushName(lex: Lexicon, tokens: readonly Token[], segments: Segment[], indices: number[]): void {
  const words = indices.filter((i) => tokens[i]?.type === 'word');
  if (words.every((i) => isRoleWord(lex, tokens[i]) || isHonorific(lex, tokens[i]))) return;
  const first = tokens[words[0] ?? -1];
  const linked = words.length >= 2 && first?.cap === true && words.slice(1).every((i) => tokens[i]?.link === '-' && tokens[i]?.cap);
  if (linked) {
    for (const i of words) segments.push({ kind: 'name', tokens: [i], canonical: null, split: true });
    return;
  }
  segments.push({ kind: 'name', tokens: indices, canonical: null, split: false });
}
