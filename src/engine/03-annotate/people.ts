/**
 * Person resolution across the articles of a story: full names are grouped by a transliteration
 * key of the surname and compatible given names; surnames one typo apart merge into the more
 * frequent spelling; bare surnames ("Lavrov") and typos ("Ushkaov") attach to a known person.
 * Only the story's distinct surnames are ever compared pairwise.
 */
import type { Language } from '../language/index.ts';
import { damerauLevenshtein, genderOfName, givenNamesCompatible, transliterationKey, type Gender } from './names.ts';

/** A name mention handed to the resolver. */
export interface NameRef {
  /** Index of the candidate in the story's candidate list (candidates are in reading order). */
  id: number;
  parts: readonly string[];
  article: number;
  strong: boolean;
  weak: boolean;
  /** After a determiner ("the Express"): see `mostRecent`. */
  determined: boolean;
  /** Right after a preposition of location ("in Alvarra"): one word there is no one's surname. */
  locative?: boolean;
  gender: Gender;
}

/** One person: the name mentions that refer to them. */
export interface PersonCluster {
  keys: Set<string>;
  givens: string[];
  members: number[];
  /** Where the members are (article, and candidate id, which follows reading order), for "named last". */
  seen: Array<{ article: number; order: number }>;
  gender: Gender;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Shortest surname key a typo may be matched against: shorter names are too easily confused. */
const MIN_TYPO_LENGTH = 5;

/** Given name (null for a bare surname) and surname of a name, particles kept with the surname. */
export function splitName(parts: readonly string[]): { given: string | null; surname: string } {
  const words = parts.filter((p, i) => i === 0 || !SUFFIXES.has(p.toLowerCase().replace(/\./g, '')));
  if (words.length <= 1) return { given: null, surname: words[0] ?? '' };
  let k = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
  if (k < 0) k = words.length - 1;
  return { given: words[0] ?? null, surname: words.slice(k).join(' ') };
}

function surnameKey(surname: string): string {
  return transliterationKey(surname.replace(/\s+/g, ''));
}

/**
 * Groups name mentions into people. Returns the clusters and, per mention id, its cluster index
 * (mentions that name nobody known and cannot start a person are left out).
 */
export function clusterPeople(lang: Language, refs: readonly NameRef[], lowerWords: ReadonlySet<string>): { clusters: PersonCluster[]; clusterOf: Map<number, number> } {
  const clusters: PersonCluster[] = [];
  const clusterOf = new Map<number, number>();
  const add = (c: number, ref: NameRef, given: string | null): void => {
    const cluster = clusters[c] as PersonCluster;
    cluster.members.push(ref.id);
    cluster.seen.push({ article: ref.article, order: ref.id });
    if (given && !cluster.givens.includes(given)) cluster.givens.push(given);
    if (ref.gender && !cluster.gender) cluster.gender = ref.gender;
    clusterOf.set(ref.id, c);
  };
  const compatible = (cluster: PersonCluster, given: string | null): boolean =>
    given === null || cluster.givens.length === 0 || cluster.givens.some((g) => givenNamesCompatible(lang, g, given));

  const byKey = new Map<string, number[]>();
  const index = (c: number): void => {
    for (const key of (clusters[c] as PersonCluster).keys) byKey.set(key, [...(byKey.get(key) ?? []), c]);
  };
  const withKey = (key: string, given: string | null): number[] =>
    (byKey.get(key) ?? []).filter((c) => (clusters[c] as PersonCluster).members.length > 0 && compatible(clusters[c] as PersonCluster, given));

  // Each name's parts split once: both passes read every name, and the copies of a repeated
  // sentence share their candidates' parts.
  const names = new Map<readonly string[], { given: string | null; surname: string; key: string }>();
  const nameOf = (parts: readonly string[]): { given: string | null; surname: string; key: string } => {
    let name = names.get(parts);
    if (!name) {
      const { given, surname } = splitName(parts);
      name = { given, surname, key: surnameKey(surname) };
      names.set(parts, name);
    }
    return name;
  };

  // 1. Full names create people.
  for (const ref of refs) {
    const { given, key } = nameOf(ref.parts);
    if (given === null || ref.weak) continue;
    let c = withKey(key, given)[0] ?? -1;
    if (c < 0) {
      clusters.push({ keys: new Set([key]), givens: [], members: [], seen: [], gender: null });
      c = clusters.length - 1;
      index(c);
    }
    add(c, ref, given);
  }
  mergeTypos(lang, clusters, clusterOf);
  byKey.clear();
  clusters.forEach((_, c) => index(c));

  // 2. Bare surnames and headline names attach; strong bare names may start a person.
  const typoCache = new Map<string, number[]>();
  const typoMatches = (key: string): number[] => {
    let found = typoCache.get(key);
    if (!found) {
      found = [];
      const near = found;
      // forEach, not for-of: without TurboFan each for-of step over the map allocates an entry.
      byKey.forEach((cs, known) => {
        if (known.length >= MIN_TYPO_LENGTH && damerauLevenshtein(known, key, 1) <= 1) near.push(...cs);
      });
      found = [...new Set(found)].sort((a, b) => a - b);
      typoCache.set(key, found);
    }
    return found.filter((c) => (clusters[c] as PersonCluster).members.length > 0);
  };
  const attach = (ref: NameRef, create: boolean): void => {
    if (clusterOf.has(ref.id)) return;
    const { given, surname, key } = nameOf(ref.parts);
    // "a medical in Alvarra": one word after a preposition of location is a place, or the same bare
    // name again ("Kravo declared …", "in Kravo"), never the surname of a longer name ("Sporting Alvarra").
    const located = ref.locative === true && ref.parts.length === 1;
    let options = withKey(key, given).filter((c) => !located || (clusters[c] as PersonCluster).givens.length === 0);
    if (options.length === 0 && !located && key.length >= MIN_TYPO_LENGTH && !lowerWords.has(surname.toLowerCase())) {
      options = typoMatches(key).filter((c) => compatible(clusters[c] as PersonCluster, given));
    }
    const recent = options.length > 0 ? mostRecent(clusters, options, ref, given === null) : null;
    if (recent !== null) {
      add(recent, ref, null);
    } else if (create) {
      clusters.push({ keys: new Set([key]), givens: given ? [given] : [], members: [], seen: [], gender: null });
      index(clusters.length - 1);
      typoCache.clear();
      add(clusters.length - 1, ref, given);
    }
  };
  for (const ref of refs) if (ref.strong && !ref.weak) attach(ref, true);
  for (const ref of refs) attach(ref, false);

  for (const cluster of clusters) {
    if (cluster.gender) continue;
    const surname = [...cluster.keys][0] ?? '';
    cluster.gender = cluster.givens.map((g) => genderOfName(lang, g, surname)).find((g) => g !== null) ?? genderOfName(lang, null, surname);
  }
  return { clusters, clusterOf };
}

/**
 * Of several people with this surname, the one last named before `ref` in its article, else the
 * most named; for a `bare` name (no given name) after a determiner ("It remains unclear how the
 * Express ended up …", with three trains called "… Express" in the story), none: a definite
 * description points back into its own text, and when that text names none of them the most named
 * is a guess.
 */
function mostRecent(clusters: readonly PersonCluster[], options: readonly number[], ref: NameRef, bare: boolean): number | null {
  if (options.length === 1) return options[0] as number;
  let best = options[0] as number;
  let bestSentence = -1;
  let bestSize = -1;
  for (const c of options) {
    const cluster = clusters[c] as PersonCluster;
    let last = -1;
    for (const s of cluster.seen) if (s.article === ref.article && s.order < ref.id && s.order > last) last = s.order;
    if (last > bestSentence || (last === bestSentence && cluster.members.length > bestSize)) {
      best = c;
      bestSentence = last;
      bestSize = cluster.members.length;
    }
  }
  return bestSentence < 0 && ref.determined && bare ? null : best;
}

/** Merges people whose surnames are one edit apart and whose given names agree ("Ushkaov" → "Ushakov"). */
function mergeTypos(lang: Language, clusters: PersonCluster[], clusterOf: Map<number, number>): void {
  for (let a = 0; a < clusters.length; a++) {
    for (let b = a + 1; b < clusters.length; b++) {
      const x = clusters[a] as PersonCluster;
      const y = clusters[b] as PersonCluster;
      if (x.members.length === 0 || y.members.length === 0) continue;
      const close = [...x.keys].some((kx) => [...y.keys].some((ky) => kx.length >= MIN_TYPO_LENGTH && damerauLevenshtein(kx, ky, 1) <= 1));
      if (!close || !x.givens.some((gx) => y.givens.some((gy) => givenNamesCompatible(lang, gx, gy)))) continue;
      const [keep, drop] = y.members.length > x.members.length ? [y, x] : [x, y];
      for (const key of drop.keys) keep.keys.add(key);
      for (const given of drop.givens) if (!keep.givens.includes(given)) keep.givens.push(given);
      keep.members.push(...drop.members);
      keep.seen.push(...drop.seen);
      keep.gender ??= drop.gender;
      drop.members = [];
      drop.seen = [];
    }
  }
  clusters.forEach((cluster, c) => {
    for (const member of cluster.members) clusterOf.set(member, c);
  });
}
