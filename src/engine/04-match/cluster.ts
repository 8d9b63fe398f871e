/**
 * Clustering scored pairs into claims: greedy agglomeration, strongest pair first, with two guards
 * against chaining (A ~ B and B ~ C does not make A ~ C):
 * - a claim takes at most one sentence (clause) per article (an article states a fact once; a
 *   second similar sentence in the same article is usually a different, related fact);
 * - two clusters merge only if their average pairwise score stays above LINK_FACTOR × threshold and
 *   no pair falls below MIN_LINK_FACTOR × threshold.
 */
import type { Features } from './features.ts';

/** Average linkage required to merge two clusters, as a fraction of the match threshold. */
export const LINK_FACTOR = 0.9;
/** No member may be less similar than this (fraction of the threshold) to a newcomer: no outliers. */
export const MIN_LINK_FACTOR = 0.25;
/** Largest share of a second match's weight that may repeat the words of the first match. */
export const COMPOUND_OVERLAP = 0.15;

/** A scored candidate pair (i < j). */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

/** Clusters sentences linked by pairs at or above `threshold`; returns clusters of two or more members. */
export function clusterPairs(
  features: readonly Features[],
  pairs: readonly ScoredPair[],
  threshold: number,
  score: (a: Features, b: Features) => number,
): number[][] {
  const n = features.length;
  // Scores of the pairs merges look at: the candidate pairs above the threshold are known, the rest
  // are computed when first needed, always as score(lower index, higher index) like the candidates.
  const cache = new Map<number, number>();
  const ordered = pairs.filter((pair) => pair.score >= threshold);
  for (const pair of ordered) cache.set(pair.i * n + pair.j, pair.score);
  ordered.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  const pairScore = (i: number, j: number): number => {
    const low = Math.min(i, j);
    const high = Math.max(i, j);
    const key = low * n + high;
    let value = cache.get(key);
    if (value === undefined) {
      const a = features[low];
      const b = features[high];
      value = a && b ? score(a, b) : 0;
      cache.set(key, value);
    }
    return value;
  };
  const clusterOf = new Map<number, number[]>();
  for (const { i, j } of ordered) {
    const a = clusterOf.get(i) ?? [i];
    const b = clusterOf.get(j) ?? [j];
    if (a === b) continue;
    if (!canMerge(features, a, b, threshold, pairScore)) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const member of merged) clusterOf.set(member, merged);
  }
  const clusters = [...new Set(clusterOf.values())];
  addCompoundMembers(clusters, features, ordered, clusterOf, threshold, pairScore);
  return clusters.map((members) => [...members].sort((x, y) => x - y)).sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
}

/** Share of the weight `f` shares with `members` that it also shares with its own cluster (1 when nothing is shared). */
function repeatShare(f: Features, members: readonly number[], features: readonly Features[], toOwn: ReadonlyMap<string, number>): number {
  let overlap = 0;
  let total = 0;
  if (members.length === 1) {
    // One other sentence: the same sums in the same order, without building the shared-term map.
    const other = features[members[0] as number];
    if (!other || other === f) return 1;
    for (const [term, weight] of f.weights) {
      if (!other.weights.has(term)) continue;
      total += weight;
      if (toOwn.has(term)) overlap += weight;
    }
    return total === 0 ? 1 : overlap / total;
  }
  for (const [term, weight] of sharedTerms(f, members, features)) {
    total += weight;
    if (toOwn.has(term)) overlap += weight;
  }
  return total === 0 ? 1 : overlap / total;
}

/** Terms of `f` shared with any of `members`, with f's weights. */
function sharedTerms(f: Features, members: readonly number[], features: readonly Features[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of members) {
    const other = features[m];
    if (!other || other === f) continue;
    for (const [term, weight] of f.weights) if (other.weights.has(term)) out.set(term, weight);
  }
  return out;
}

/**
 * A compound sentence ("they agreed to restore embassy staffing and to appoint negotiators")
 * states several claims. After clustering, a sentence also joins another cluster (or forms one
 * with a lone sentence) when it matches it as well as a merge requires, on *other* words than
 * those that tied it to its own cluster (at most COMPOUND_OVERLAP of the shared weight), and that
 * cluster has nothing from its article yet.
 */
function addCompoundMembers(
  clusters: number[][],
  features: readonly Features[],
  ordered: readonly ScoredPair[],
  clusterOf: Map<number, number[]>,
  threshold: number,
  pairScore: (i: number, j: number) => number,
): void {
  const ownShared = new Map<number, Map<string, number>>();
  for (const { i, j } of ordered) {
    for (const [s, t] of [
      [i, j],
      [j, i],
    ] as const) {
      const own = clusterOf.get(s);
      const f = features[s];
      const g = features[t];
      // A clause of a split sentence is one proposition already (see clauses.ts).
      if (!f || !g || !own || f.parts > 1 || clusterOf.get(t) === own) continue;
      let toOwn = ownShared.get(s);
      if (!toOwn) {
        toOwn = sharedTerms(f, own, features);
        ownShared.set(s, toOwn);
      }
      // Cheap test on the pair itself before looking at the whole target cluster.
      if (repeatShare(f, [t], features, toOwn) > COMPOUND_OVERLAP) continue;
      const target = clusterOf.get(t) ?? [t];
      if (target.includes(s) || target.some((m) => features[m]?.article === f.article)) continue;
      if (repeatShare(f, target, features, toOwn) > COMPOUND_OVERLAP) continue;
      if (!canMerge(features, [s], target, threshold, pairScore)) continue;
      target.push(s);
      if (!clusterOf.has(t)) {
        clusterOf.set(t, target);
        clusters.push(target);
      }
    }
  }
}

function canMerge(
  features: readonly Features[],
  a: readonly number[],
  b: readonly number[],
  threshold: number,
  pairScore: (i: number, j: number) => number,
): boolean {
  for (const i of a) {
    const article = features[i]?.article;
    for (const j of b) if (features[j]?.article === article) return false;
  }
  if (features[a[0] ?? 0]?.denial !== features[b[0] ?? 0]?.denial) return false;
  // Copies of one sentence (near-duplicate articles) count once, so they cannot outvote the rest.
  const distinctA = distinctSentences(features, a);
  const distinctB = distinctSentences(features, b);
  let total = 0;
  let weakest = Infinity;
  for (const i of distinctA) {
    for (const j of distinctB) {
      const score = pairScore(i, j);
      total += score;
      weakest = Math.min(weakest, score);
    }
  }
  return total / (distinctA.length * distinctB.length) >= LINK_FACTOR * threshold && weakest >= MIN_LINK_FACTOR * threshold;
}

/** Members with distinct sentence texts (copies share `copyOf`): the first of each. */
function distinctSentences(features: readonly Features[], members: readonly number[]): number[] {
  if (members.length === 1) return members as number[];
  const seen = new Set<number>();
  return members.filter((m) => {
    const id = features[m]?.copyOf ?? -1;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
