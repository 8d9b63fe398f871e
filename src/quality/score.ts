/**
 * Scores a claims export against a labelled story's gold annotation, the same way the labelled
 * sets' own scorer does (recall with a one-to-one alignment, relation accuracy, purity and false
 * alarms; see README "Measured accuracy"). A port of that scorer, so the tests and the methodology
 * page report exactly the figures an outside reviewer gets from the public `claims.json`.
 */
import type { ClaimsExport } from '../export/claims-json.ts';

/** One labelled claim: its relation across sources and a verbatim quote per source that states it. */
export interface GoldClaim {
  id: string;
  relation: 'agree' | 'variance' | 'conflict' | 'disputed' | 'uncertain';
  statement: string;
  /** Source key (a raw file name) → quotes, each a verbatim substring of that source's text. */
  sources: Record<string, string[]>;
}

/** A labelled story: its gold claims and the pairs of sources that are copies of one report. */
export interface Gold {
  claims: GoldClaim[];
  duplicates?: string[][];
}

/** The figures for one story. */
export interface Score {
  /** Scored gold claims (relation agree, variance, conflict or disputed). */
  scored: number;
  found: number;
  relationOk: number;
  recall: number;
  relationAccuracy: number;
  /** Claims with evidence from 2+ articles and 2+ gold-bearing sentences, and how many are pure. */
  purityChecked: number;
  pure: number;
  purity: number;
  /** Conflicting or disputed claims, and those whose evidence belongs to an agreeing gold claim. */
  alarms: number;
  falseAlarms: number;
  /** One line per gold claim, as the reference scorer prints them. */
  lines: string[];
}

/** What the scorer reads: the export, each article's text by id, each gold source's raw text by key. */
export interface ScoreInput {
  claims: ClaimsExport;
  articles: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  gold: Gold;
}

const WANT: Record<string, string[]> = {
  agree: ['corroborated'],
  variance: ['corroborated'],
  conflict: ['conflicting'],
  disputed: ['disputed'],
};

/** Folded for comparison exactly as the reference scorer folds: quotes, dashes, spaces, case. */
export function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[“”„"«»]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

function shingles(text: string): Set<string> {
  const words = normalize(text).replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/** Each gold source key → the article whose text overlaps it most (word 5-shingles). */
function sourceArticles(input: ScoreInput): Map<string, string | null> {
  const articles = [...input.articles].map(([id, text]) => ({ id, shingles: shingles(text) }));
  const map = new Map<string, string | null>();
  for (const [key, text] of input.sources) {
    const own = shingles(text);
    let best: string | null = null;
    let bestJ = 0;
    for (const article of articles) {
      const j = jaccard(own, article.shingles);
      if (j > bestJ) {
        bestJ = j;
        best = article.id;
      }
    }
    map.set(key, best);
  }
  return map;
}

const articleOf = (evidence: { article: string }): string => String(evidence.article).split('/').pop() ?? '';

/** Scores one story. */
export function score(input: ScoreInput): Score {
  const { claims } = input.claims;
  const articleFor = sourceArticles(input);
  const scoredGold = input.gold.claims.filter((g) => WANT[g.relation]);
  // Coverage of every gold claim by every claim, then a greedy one-to-one assignment by coverage.
  const rows: Array<[number, number, number, number]> = [];
  const units = scoredGold.map((g) => {
    const keys = Object.keys(g.sources);
    return keys.length === 1 ? (g.sources[keys[0] as string] ?? []).map((q): [string, string | null] => [keys[0] as string, q]) : keys.map((k): [string, string | null] => [k, null]);
  });
  const need = units.map((u) => Math.max(Math.min(2, u.length), Math.ceil(u.length / 2)));
  scoredGold.forEach((g, gi) => {
    claims.forEach((c, ci) => {
      let cov = 0;
      for (const [key, quote] of units[gi] ?? []) {
        const quotes = quote ? [quote] : (g.sources[key] ?? []);
        const article = articleFor.get(key);
        if (c.evidence.some((e) => articleOf(e) === article && quotes.some((q) => normalize(e.text).includes(normalize(q))))) cov++;
      }
      if (cov > 0) rows.push([gi, ci, cov / (units[gi]?.length ?? 1), cov]);
    });
  });
  rows.sort((a, b) => b[2] - a[2] || (claims[a[1]]?.evidence.length ?? 0) - (claims[b[1]]?.evidence.length ?? 0));
  const takenGold = new Map<number, [number, number]>();
  const takenClaim = new Set<number>();
  for (const [gi, ci, , cov] of rows) {
    if (takenGold.has(gi) || takenClaim.has(ci)) continue;
    takenGold.set(gi, [ci, cov]);
    takenClaim.add(ci);
  }
  let found = 0;
  let relationOk = 0;
  const lines: string[] = [];
  scoredGold.forEach((g, gi) => {
    const [ci, cov = 0] = takenGold.get(gi) ?? [];
    const best = ci === undefined ? undefined : claims[ci];
    const ok = best !== undefined && cov >= (need[gi] ?? 2);
    const rel = ok && (WANT[g.relation] ?? []).includes(best.verdict);
    if (ok) found++;
    if (rel) relationOk++;
    lines.push(
      `${ok ? 'FOUND' : 'MISS '} ${rel ? 'REL-OK ' : 'REL-BAD'} ${g.id.padEnd(26)} cov ${cov}/${units[gi]?.length ?? 0} want ${g.relation} got ${best ? best.verdict : '-'}${best ? ` :: ${best.statement.slice(0, 80)}` : ''}`,
    );
  });
  // Purity and false alarms look at every gold claim, scored or not.
  const goldOf = (e: { article: string; text: string }): Set<string> =>
    new Set(
      input.gold.claims
        .filter((g) => Object.entries(g.sources).some(([key, quotes]) => articleOf(e) === articleFor.get(key) && quotes.some((q) => normalize(e.text).includes(normalize(q)))))
        .map((g) => g.id),
    );
  let purityChecked = 0;
  let pure = 0;
  let alarms = 0;
  let falseAlarms = 0;
  for (const c of claims) {
    const sets = c.evidence.map(goldOf).filter((s) => s.size > 0);
    if (new Set(c.evidence.map(articleOf)).size >= 2 && sets.length >= 2) {
      purityChecked++;
      if ([...(sets[0] ?? [])].some((id) => sets.every((s) => s.has(id)))) pure++;
    }
    if ((c.verdict === 'conflicting' || c.verdict === 'disputed') && sets.length > 0) {
      const votes = new Map<string, number>();
      for (const s of sets) for (const id of s) votes.set(id, (votes.get(id) ?? 0) + 1);
      const top = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
      const relation = input.gold.claims.find((g) => g.id === top)?.relation;
      alarms++;
      if (relation === 'agree' || relation === 'variance') falseAlarms++;
    }
  }
  const scored = scoredGold.length;
  return {
    scored,
    found,
    relationOk,
    recall: scored === 0 ? 1 : found / scored,
    relationAccuracy: scored === 0 ? 1 : relationOk / scored,
    purityChecked,
    pure,
    purity: purityChecked === 0 ? 1 : pure / purityChecked,
    alarms,
    falseAlarms,
    lines,
  };
}
