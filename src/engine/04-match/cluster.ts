/**
 * Grouping matched units into claims, precision first. Links are taken strongest first; two groups
 * merge only when every pair across them keeps at least `minLinkThreshold` and their mean stays at
 * `clusterThreshold` (average linkage with a floor), and a claim holds at most one unit per article.
 * A chain of sentences that each share a word with the next — the "topical cluster" — cannot form:
 * its ends do not match each other. Units the caller keeps `apart` (they give different values of
 * the same kind of number: different facts) are never in one claim.
 */
import type { EngineConfig } from '../config.ts';

/** A group of units and the weakest probability that holds it together. */
export interface Cluster {
  members: number[];
  confidence: number;
}

/**
 * Strongest link first, then by units: the order of `b.p - a.p || a.i - b.i || a.j - b.j`, told with
 * comparisons, whose answers are small integers. The difference of two probabilities is a fraction,
 * which Maglev's code boxes in a new heap number at every comparison of the sort.
 */
function byStrongest(a: { i: number; j: number; p: number }, b: { i: number; j: number; p: number }): number {
  if (b.p > a.p) return 1;
  if (b.p < a.p) return -1;
  return a.i - b.i || a.j - b.j;
}

/** Clusters units from scored pairs. `score(i, j)` gives the probability of any pair on demand. */
export function clusterUnits(
  pairs: ReadonlyArray<{ i: number; j: number; p: number }>,
  articleOf: (unit: number) => string,
  score: (i: number, j: number) => number,
  config: EngineConfig['match'],
  apart: (i: number, j: number) => boolean = () => false,
): Cluster[] {
  const links = pairs.filter((pair) => pair.p >= config.linkThreshold).sort(byStrongest);
  // Every unit starts as a cluster of its own; only clusters of two or more are returned. Each
  // unit's cluster by unit index, in a list rather than a map (units are numbered from 0).
  let units = 0;
  for (let l = 0; l < links.length; l++) {
    const link = links[l] as (typeof links)[number];
    if (link.i >= units) units = link.i + 1;
    if (link.j >= units) units = link.j + 1;
  }
  const clusterOf = new Array<number[] | null>(units).fill(null);
  const clusterOfUnit = (unit: number): number[] => {
    let cluster = clusterOf[unit];
    if (!cluster) {
      cluster = [unit];
      clusterOf[unit] = cluster;
    }
    return cluster;
  };
  const weakest = new Map<number[], number>();
  // The articles of each cluster of two or more, kept with it, so a link does not rebuild them.
  const articlesOf = new Map<number[], Set<string>>();
  const sharesAnArticle = (a: number[], b: number[]): boolean => {
    if (a.length === 1 && b.length === 1) return articleOf(a[0] as number) === articleOf(b[0] as number);
    // No destructuring or for-of: without TurboFan each allocates, and this runs for every link.
    const small = a.length <= b.length ? a : b;
    const large = a.length <= b.length ? b : a;
    let inLarge = articlesOf.get(large);
    if (!inLarge) {
      inLarge = new Set(large.map(articleOf));
      articlesOf.set(large, inLarge);
    }
    for (let k = 0; k < small.length; k++) if (inLarge.has(articleOf(small[k] as number))) return true;
    return false;
  };
  // Index loops, not for-of: this runs once per story, mostly before the optimiser has compiled it.
  for (let l = 0; l < links.length; l++) {
    const { i, j } = links[l] as (typeof links)[number];
    const a = clusterOfUnit(i);
    const b = clusterOfUnit(j);
    if (a === b || sharesAnArticle(a, b)) continue;
    let total = 0;
    let low = Infinity;
    // Stops at the first pair below the floor: the clusters stay apart whatever the others give.
    for (let xa = 0; xa < a.length && low >= config.minLinkThreshold; xa++) {
      const x = a[xa] as number;
      for (let yb = 0; yb < b.length; yb++) {
        const y = b[yb] as number;
        const p = apart(x, y) ? 0 : score(x, y);
        total += p;
        if (p < low) low = p;
        if (low < config.minLinkThreshold) break;
      }
    }
    if (low < config.minLinkThreshold || total / (a.length * b.length) < config.clusterThreshold) continue;
    const merged = mergeSorted(a, b);
    weakest.set(merged, Math.min(weakest.get(a) ?? 1, weakest.get(b) ?? 1, low));
    for (let k = 0; k < merged.length; k++) clusterOf[merged[k] as number] = merged;
  }
  // Each cluster of two or more once, at its first (lowest) member: in order of first member.
  const clusters: Cluster[] = [];
  for (let u = 0; u < units; u++) {
    const members = clusterOf[u];
    if (members && members.length > 1 && members[0] === u) clusters.push({ members, confidence: weakest.get(members) ?? 1 });
  }
  return clusters;
}

/** Two ascending lists of distinct numbers as one ascending list: what sorting the two together gives, without a sort. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  while (x < a.length || y < b.length) out.push(y >= b.length || (x < a.length && (a[x] as number) < (b[y] as number)) ? (a[x++] as number) : (b[y++] as number));
  return out;
}
