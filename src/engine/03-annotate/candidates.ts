/**
 * Entity candidates of one sentence: every outlet, organisation, place and name it mentions, with
 * the role written next to a name and the clues the story-wide resolver needs (is it a speaker,
 * is it after "in", is the sentence a headline).
 */
import type { Lexicon } from '../language/index.ts';
import type { Token } from '../language/tokens.ts';
import type { Gazetteer, PhraseKind, PhraseMatch } from './gazetteer.ts';
import type { Gender } from './names.ts';
import { appositiveRoleAfter, appositiveRoleBefore, isHonorific, isRoleNoun, isRoleWord, roleStartBefore } from './roles.ts';
import { findRuns, initialPositions, trimInitial, type StoryStats } from './runs.ts';
import { segmentRun, type Segment } from './segments.ts';

/** A mention found in a sentence, before story-wide resolution. */
export interface Candidate {
  /** Index of the sentence in the story (all articles, reading order). */
  sentence: number;
  /** Token indices of the mention. */
  tokens: number[];
  start: number;
  end: number;
  /** The words as written, possessive removed: "Yury Ushakov", "Foreign Ministry". */
  surface: string;
  kind: Exclude<PhraseKind, 'demonym'> | 'name';
  /** Lexicon display name, when the mention is a known outlet, organisation or place. */
  canonical: string | null;
  /** Name words without titles or initials ("Donald J. Trump" → Donald, Trump); organisation words without a leading place. */
  parts: string[];
  /** Leading place or demonym of an organisation ("Russian" in "Russian Foreign Ministry"), lower case. */
  qualifier: string | null;
  /** Organisation words without any leading place or demonym, lower case: what variants share. */
  orgKey: string | null;
  role: string | null;
  gender: Gender;
  /** A headline word, one half of "Putin-Trump", or after "the": may only name an entity the story already knows. */
  weak: boolean;
  /** After "the", "a" or "an" ("the Express"): a description that points back into its own article. */
  determined: boolean;
  /** Two or more name words, a role, or the subject of a speech verb: may create a person. */
  strong: boolean;
  /** The subject of a speech verb ("X said"): only people and organisations speak. */
  speaker: boolean;
  /** Written where a place goes: "in X", "capital X", "Riyadh, X". */
  placeContext: boolean;
  /** Right after a preposition of location ("in X", "near X"; not "from X", "on X"): where no one is named by surname alone. */
  locative: boolean;
  /** Display name of an outlet written just before the name ("Fox News ... Jacqui Heinrich"). */
  affiliation: string | null;
}

/** People are not "the X" or "a X": "the San Rafael mine" names a thing, "the Trump administration" a known person. */
const DETERMINERS = new Set(['the', 'a', 'an']);
/** Prepositions of location: a single name right after one is a place, never a person's surname ("a medical in Alvarra"). */
const LOCATIVE_CUES = new Set(['in', 'near', 'across', 'outside', 'inside', 'throughout', 'into']);
const PLACE_CUES = new Set(['in', 'on', 'from', 'near', 'across', 'outside', 'inside', 'throughout', 'into', 'capital', 'city', 'town', 'village', 'region', 'province']);

/** Lexicon phrases of a sentence, by start token (longest match, left to right). */
export function phraseMatches(tokens: readonly Token[], gazetteer: Gazetteer): Array<PhraseMatch | null> {
  const matches = new Array<PhraseMatch | null>(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    const match = gazetteer.match(tokens, i);
    if (!match) continue;
    matches[i] = match;
    i = match.end - 1;
  }
  return matches;
}

/**
 * A headline-style sentence capitalises common words ("Russia and U.S. Agree to Start Ukraine
 * Peace Talks"): its capitals prove nothing, so its names can only refer to known entities.
 */
export function isHeadline(
  lex: Lexicon,
  tokens: readonly Token[],
  matches: ReadonlyArray<PhraseMatch | null>,
  stats: StoryStats,
  initial: ReadonlySet<number> = initialPositions(tokens),
): boolean {
  let counted = 0;
  let common = 0;
  let coveredUntil = -1;
  tokens.forEach((t, i) => {
    const match = matches[i];
    if (match) coveredUntil = match.end;
    if (t.type !== 'word' || !t.cap || t.acronym || initial.has(i) || i < coveredUntil || isRoleWord(lex, t)) return;
    // Months and weekdays are capitalised in running text too ("in May", "on Monday").
    if (lex.months.has(t.key) || lex.weekdays.has(t.key)) return;
    counted++;
    if (stats.lower.has(t.key) || lex.stopwords.has(t.key)) common++;
  });
  // Short headlines ("What Happens Next?") need only one common word, but at least half.
  return (common >= 2 && common / counted >= 0.4) || (counted <= 3 && common >= 1 && common / counted >= 0.5);
}

/** All entity candidates of a sentence. */
export function sentenceCandidates(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  matches: ReadonlyArray<PhraseMatch | null>,
  stats: StoryStats,
  sentence: number,
  initial: ReadonlySet<number> = initialPositions(tokens),
  /** `isHeadline` of the sentence, when the caller has read it already. */
  headline: boolean = isHeadline(lex, tokens, matches, stats, initial),
): Candidate[] {
  const runs = findRuns(lex, tokens, matches).map((run) => trimInitial(lex, tokens, run, initial, matches, stats)).filter((run) => run.length > 0);
  const segmented = runs.map((run) => segmentRun(lex, tokens, run, matches, stats));
  const orgEndingAt = new Map<number, number>();
  for (const segments of segmented) {
    for (const segment of segments) {
      if (segment.kind === 'organization') orgEndingAt.set((segment.tokens.at(-1) as number) + 1, roleOrgStart(segment, matches));
    }
  }
  const candidates: Candidate[] = [];
  for (const segments of segmented) {
    segments.forEach((segment, k) => {
      if (segment.kind === 'role' || segment.kind === 'demonym') return;
      const first = segment.tokens[0] as number;
      const last = segment.tokens.at(-1) as number;
      const base = {
        sentence, tokens: segment.tokens, start: tokens[first]?.start ?? 0, end: tokens[last]?.end ?? 0,
        surface: tokenText(text, tokens, first, last + 1), canonical: segment.canonical, qualifier: null, orgKey: null, role: null, gender: null,
        weak: headline || segment.split || DETERMINERS.has(tokens[first - 1]?.key ?? ''), determined: DETERMINERS.has(tokens[first - 1]?.key ?? ''), strong: false, speaker: false, placeContext: placeContext(tokens, first, candidates), locative: LOCATIVE_CUES.has(tokens[first - 1]?.key ?? ''), affiliation: null,
      } satisfies Partial<Candidate>;
      if (segment.kind !== 'name') {
        candidates.push({ ...base, kind: segment.kind, ...organizationParts(segment, tokens, matches) });
        return;
      }
      // "CrowdStrike CEO responds": a run that ends on an office is a title, not a person's name.
      if (segment.tokens.length >= 2 && isRoleNoun(lex, tokens[last])) return;
      const parts = nameParts(lex, tokens, segment.tokens);
      const roleRange = findRole(lex, tokens, segments, k, first, last, orgEndingAt);
      const speaker = isSpeechSubject(lex, tokens, first, last);
      const role = roleRange ? tokenText(text, tokens, roleRange[0], roleRange[1]) : null;
      const titleWords = [...(roleRange ? range(roleRange[0], roleRange[1]) : []), ...segment.tokens.filter((i) => isHonorific(lex, tokens[i]))];
      candidates.push({
        ...base,
        kind: 'name',
        parts,
        role,
        gender: genderOfRole(lex, titleWords.map((i) => tokens[i]?.key ?? '')),
        speaker,
        strong: parts.length >= 2 || role !== null || speaker,
        affiliation: affiliation(segments, k),
      });
    });
  }
  return candidates;
}

/** The text of tokens [a, b) as written. */
function tokenText(text: string, tokens: readonly Token[], a: number, b: number): string {
  return text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
}

/** Name words without titles or initials; hyphenated words stay one word ("Jean-Pierre", "al-Assad"). */
function nameParts(lex: Lexicon, tokens: readonly Token[], indices: readonly number[]): string[] {
  const parts: string[] = [];
  for (const i of indices) {
    const token = tokens[i];
    if (!token || token.type !== 'word' || isHonorific(lex, token) || token.text.length === 1) continue;
    if (token.link === '-' && parts.length > 0 && indices.includes(i - 1)) parts[parts.length - 1] += `-${token.text}`;
    else parts.push(token.text);
  }
  return parts;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/** Where a role that includes this organisation starts: after any leading place or demonym. */
function roleOrgStart(segment: Segment, matches: ReadonlyArray<PhraseMatch | null>): number {
  for (const i of segment.tokens) {
    const kind = matches[i]?.phrase.kind;
    if (kind !== 'place' && kind !== 'demonym') return i;
  }
  return segment.tokens[0] as number;
}

/**
 * An organisation named by a head word: its display words without a leading place ("U.S. State
 * Department" → State Department, "European Council on ..." stays whole), and the key its
 * variants share, without places or demonyms ("foreign ministry"), with what was dropped.
 */
function organizationParts(
  segment: Segment,
  tokens: readonly Token[],
  matches: ReadonlyArray<PhraseMatch | null>,
): { parts: string[]; qualifier: string | null; orgKey: string | null } {
  if (segment.kind !== 'organization' || segment.canonical !== null) return { parts: [], qualifier: null, orgKey: null };
  let placeEnd = 0;
  while (placeEnd < segment.tokens.length - 1 && matches[segment.tokens[placeEnd] as number]?.phrase.kind === 'place') placeEnd++;
  const start = roleOrgStart(segment, matches);
  const words = (from: (i: number) => boolean): string[] => segment.tokens.filter(from).map((i) => tokens[i]?.text ?? '');
  const head = segment.tokens.filter((i) => i < start).map((i) => tokens[i]?.key ?? '');
  return {
    parts: segment.tokens.slice(placeEnd).map((i) => tokens[i]?.text ?? ''),
    qualifier: head.length > 0 ? head.join(' ') : null,
    orgKey: words((i) => i >= start).join(' ').toLowerCase(),
  };
}

/** The role of the name segment k: in the run before it, lower case before the run, or in an appositive. */
function findRole(lex: Lexicon, tokens: readonly Token[], segments: readonly Segment[], k: number, first: number, last: number, orgEndingAt: ReadonlyMap<number, number>): [number, number] | null {
  const previous = segments[k - 1];
  if (previous?.kind === 'role' && !isHonorific(lex, tokens[previous.tokens[0] as number])) {
    let start = previous.tokens[0] as number;
    const before = segments[k - 2];
    if (before?.kind === 'organization' && (before.tokens.at(-1) as number) + 1 === start) start = orgEndingAt.get(start) ?? start;
    while (start > 0 && isRoleWord(lex, tokens[start - 1]) && !tokens[start - 1]?.cap) start--;
    return [start, (previous.tokens.at(-1) as number) + 1];
  }
  const leading = segments.slice(0, k).every((s) => s.kind === 'role');
  if (leading) {
    const start = roleStartBefore(lex, tokens, first, (end) => orgEndingAt.get(end) ?? -1);
    if (start >= 0) return [start, first];
    const before = appositiveRoleBefore(lex, tokens, first);
    if (before) return before;
  }
  return k === segments.length - 1 ? appositiveRoleAfter(lex, tokens, last + 1) : null;
}

function genderOfRole(lex: Lexicon, keys: readonly string[]): Gender {
  if (keys.some((key) => lex.femaleRoles.has(key))) return 'female';
  if (keys.some((key) => lex.maleRoles.has(key))) return 'male';
  return null;
}

/** The outlet written earlier in the same run, with only organisations and roles in between. */
function affiliation(segments: readonly Segment[], k: number): string | null {
  for (let j = k - 1; j >= 0; j--) {
    const segment = segments[j] as Segment;
    if (segment.kind === 'outlet') return segment.canonical;
    if (segment.kind !== 'organization' && segment.kind !== 'role') return null;
  }
  return null;
}

/** "X said", "X also told", "“…,” said X": the name is the subject of a speech verb. */
function isSpeechSubject(lex: Lexicon, tokens: readonly Token[], first: number, last: number): boolean {
  // "Lawmakers on Capitol Hill said": the name sits in a phrase, the head before it speaks.
  if (PLACE_CUES.has(tokens[first - 1]?.key ?? '') || PLACE_CUES.has(tokens[first - 2]?.key ?? '') && tokens[first - 1]?.key === 'the') return false;
  let i = last + 1;
  while (tokens[i] && lex.cueFillers.has(tokens[i]?.key ?? '')) i++;
  if (lex.cueWords.get(tokens[i]?.key ?? '')?.form === 'finite') return true;
  const verb = tokens[first - 1];
  const before = tokens[first - 2];
  return lex.cueWords.get(verb?.key ?? '')?.form === 'finite' && (before?.text === ',' || before?.quote === 'close');
}

/** "in X", "capital X", "Riyadh, X": the words stand where a place goes. */
function placeContext(tokens: readonly Token[], first: number, earlier: readonly Candidate[]): boolean {
  const previous = tokens[first - 1];
  if (previous && PLACE_CUES.has(previous.key)) return true;
  if (previous?.text !== ',') return false;
  const before = earlier.at(-1);
  return before !== undefined && before.kind === 'place' && before.tokens.at(-1) === first - 2;
}
