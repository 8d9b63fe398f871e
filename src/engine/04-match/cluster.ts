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

/** Clusters units from scored pairs. `score(i, j)` gives the probability of any pair on demand. */
export function clusterUnits(
  pairs: ReadonlyArray<{ i: number; j: number; p: number }>,
  articleOf: (unit: number) => string,
  score: (i: number, j: number) => number,
  config: EngineConfig['match'],
  apart: (i: number, j: number) => boolean = () => false,
): Cluster[] {
  const links = pairs.filter((pair) => pair.p >= config.linkThreshold).sort((a, b) => b.p - a.p || a.i - b.i || a.j - b.j);
  const clusterOf = new Map<number, number[]>();
  const weakest = new Map<number[], number>();
  // The articles of each cluster, kept with it, so a link does not rebuild them.
  const articlesOf = new Map<number[], Set<string>>();
  const articles = (cluster: number[]): Set<string> => {
    let set = articlesOf.get(cluster);
    if (!set) {
      set = new Set(cluster.map(articleOf));
      articlesOf.set(cluster, set);
    }
    return set;
  };
  for (const { i, j } of links) {
    const a = clusterOf.get(i) ?? [i];
    const b = clusterOf.get(j) ?? [j];
    if (a === b) continue;
    const inA = articles(a);
    const inB = articles(b);
    const [fewer, more] = inA.size <= inB.size ? [inA, inB] : [inB, inA];
    let shared = false;
    for (const article of fewer) if (more.has(article)) shared = true;
    if (shared) continue;
    let total = 0;
    let low = Infinity;
    for (const x of a) {
      for (const y of b) {
        const p = apart(x, y) ? 0 : score(x, y);
        total += p;
        if (p < low) low = p;
      }
    }
    if (low < config.minLinkThreshold || total / (a.length * b.length) < config.clusterThreshold) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    weakest.set(merged, Math.min(weakest.get(a) ?? 1, weakest.get(b) ?? 1, low));
    articlesOf.set(merged, new Set([...inA, ...inB]));
    for (const m of merged) clusterOf.set(m, merged);
  }
  return [...new Set(clusterOf.values())]
    .map((members) => ({ members, confidence: weakest.get(members) ?? 1 }))
    .sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0));
}
