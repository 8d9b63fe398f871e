/**
 * Independent sources of a claim whose evidence the editors changed (the engine counted the evidence it
 * had): reporting sentences (supporting or conflicting) count once per outlet, a near-duplicate counts as the article it copies, and
 * reports citing the same wire count once, as DESIGN.md defines independence.
 */
import type { ArticleAnalysis, Evidence } from '../engine/types.ts';

/** The number of independent sources that report the claim: supporting or conflicting evidence (a denial is not a report). */
export function independentSources(evidence: readonly Evidence[], articles: ReadonlyMap<string, ArticleAnalysis>): number {
  const supporting = evidence.filter((e) => e.stance !== 'denies');
  const parent = supporting.map((_, n) => n);
  const find = (n: number): number => {
    while (parent[n] !== n) n = parent[n] = parent[parent[n] ?? n] ?? n;
    return n;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  const sourceOf = (e: Evidence): string => {
    let article = articles.get(e.article);
    const seen = new Set<string>();
    while (article?.nearDuplicateOf && !seen.has(article.id)) {
      seen.add(article.id);
      article = articles.get(article.nearDuplicateOf) ?? article;
    }
    return article?.outlet ?? e.outlet;
  };
  const first = new Map<string, number>();
  supporting.forEach((e, n) => {
    for (const key of [`outlet:${sourceOf(e)}`, ...(e.via ? [`via:${e.via.toLowerCase()}`] : [])]) {
      const seen = first.get(key);
      if (seen === undefined) first.set(key, n);
      else union(n, seen);
    }
  });
  return new Set(supporting.map((_, n) => find(n))).size;
}
