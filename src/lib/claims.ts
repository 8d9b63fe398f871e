/** Derived facts about claims that several pages show: related claims, values, JSON-LD. */
import type { Claim } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { snippet } from './format.ts';
import { SITE_NAME } from './site.ts';
import { VERDICTS } from './verdicts.ts';

/** What relatedClaims reads of the analysis. */
type RelatedSource = Pick<SiteAnalysis, 'claims' | 'claimsByEntity'>;

/** The analysis's claims by number, and each entity's claims as numbers, built once per analysis. */
interface RelatedIndex {
  claims: readonly ReviewedClaim[];
  position: Map<Claim, number>;
  byEntity: Map<string, Int32Array>;
  /** Scratch space: how many of a claim's entities each other claim shares (zero between calls). */
  shared: Int32Array;
}

const relatedIndexes = new WeakMap<RelatedSource, RelatedIndex>();

function relatedIndex(analysis: RelatedSource): RelatedIndex {
  let index = relatedIndexes.get(analysis);
  if (!index) {
    const position = new Map<Claim, number>(analysis.claims.map((claim, n) => [claim, n]));
    const byEntity = new Map<string, Int32Array>();
    for (const [entity, list] of analysis.claimsByEntity) {
      byEntity.set(
        entity,
        Int32Array.from(list, (claim) => {
          const n = position.get(claim);
          if (n === undefined) throw new Error(`claim ${claim.id} is listed under entity ${entity} but is not one of the analysis's claims`);
          return n;
        }),
      );
    }
    index = { claims: analysis.claims, position, byEntity, shared: new Int32Array(analysis.claims.length) };
    relatedIndexes.set(analysis, index);
  }
  return index;
}

/**
 * Claims that share a speaker or an entity with this one, most shared first: one point per entity
 * they share, two more for a shared speaker and one for the same story; ties by id. Every claim page
 * shows them and the page cache keys them (page-keys.ts), tens of thousands of claims whose popular
 * entities hold hundreds of claims each, so the counting runs over numbers, not objects in a Map.
 */
export function relatedClaims(claim: Claim, analysis: RelatedSource, limit = 6): ReviewedClaim[] {
  const { claims, position, byEntity, shared } = relatedIndex(analysis);
  const self = position.get(claim) ?? -1;
  const touched: number[] = [];
  for (const entity of claim.entities) {
    const list = byEntity.get(entity);
    if (!list) continue;
    for (const n of list) {
      if (n === self) continue;
      if (shared[n] === 0) touched.push(n);
      shared[n] = (shared[n] ?? 0) + 1;
    }
  }
  const best: Array<{ other: ReviewedClaim; score: number }> = [];
  const ranksBefore = (a: { other: ReviewedClaim; score: number }, b: { other: ReviewedClaim; score: number }): boolean =>
    a.score > b.score || (a.score === b.score && a.other.id.localeCompare(b.other.id) < 0);
  for (const n of touched) {
    const other = claims[n] as ReviewedClaim;
    const speakerBonus = other.speakers.some((speaker) => claim.speakers.includes(speaker)) ? 2 : 0;
    const storyBonus = other.story === claim.story ? 1 : 0;
    const entry = { other, score: (shared[n] ?? 0) + speakerBonus + storyBonus };
    shared[n] = 0;
    const last = best[limit - 1];
    if (last && !ranksBefore(entry, last)) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(entry, best[at - 1] as (typeof best)[number])) at--;
    best.splice(at, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.other);
}

/** One entry of a claim page's list of related claims: everything the list shows of that claim. */
export interface RelatedItem {
  statement: string;
  verdict: ReviewedClaim['verdict'];
  reviewed: ReviewedClaim['reviewed'];
  /** Where its link leads (its page, or its one sentence). */
  href: string;
}

/**
 * What a claim page lists as related claims. The page renders these items and nothing else of the
 * other claims, and the page cache keys these same items (page-keys.ts), so a field the list starts
 * to show is in the key by construction: a page never lists an older copy of another story's claim.
 */
export function relatedItems(claim: Claim, analysis: RelatedSource, href: (claim: ReviewedClaim) => string): RelatedItem[] {
  return relatedClaims(claim, analysis).map((other) => ({ statement: other.statement, verdict: other.verdict, reviewed: other.reviewed, href: href(other) }));
}

/** For quantity claims: each outlet's value(s) in evidence order, for a side-by-side view. */
export function valuesByOutlet(claim: Claim, analysis: SiteAnalysis): Array<{ outlet: string; values: string[] }> {
  const byOutlet = new Map<string, string[]>();
  for (const evidence of claim.evidence) {
    if (evidence.value === null) continue;
    const name = analysis.content.outletById.get(evidence.outlet)?.data.name ?? evidence.outlet;
    const list = byOutlet.get(name) ?? [];
    if (!list.includes(evidence.value)) list.push(evidence.value);
    byOutlet.set(name, list);
  }
  return [...byOutlet.entries()].map(([outlet, values]) => ({ outlet, values }));
}

/** Numeric rating for ClaimReview, for reviewed claims only (alternateName carries the verdict itself). */
const RATING = { corroborated: 4, 'single-source': 3, conflicting: 2, disputed: 1 } as const;

/**
 * The ClaimReview rating. Only a claim the editors reviewed gets a numeric rating; an automatic one says
 * in `alternateName` and `ratingExplanation` that it is a machine comparison of sources, not a truth rating.
 */
function reviewRating(claim: ReviewedClaim): Record<string, unknown> {
  const label = VERDICTS[claim.verdict].label;
  if (claim.reviewed) {
    return {
      '@type': 'Rating',
      ratingValue: RATING[claim.verdict],
      bestRating: 4,
      worstRating: 1,
      alternateName: label,
      ratingExplanation: claim.rationale ?? claim.explanation,
    };
  }
  return {
    '@type': 'Rating',
    alternateName: `${label} (automatic comparison of sources, not a truth rating)`,
    // alternateName already says it is a comparison of sources, not a truth rating. The explanation
    // is cut like the page's description: it can name dozens of outlets, which the page lists in full.
    ratingExplanation: snippet(`Not yet reviewed by an editor. ${claim.explanation}`),
  };
}

/** schema.org ClaimReview for a claim page, as a JSON string safe to embed in a script element. */
export function claimReviewJsonLd(claim: ReviewedClaim, analysis: SiteAnalysis, pageUrl: string, siteUrl: string): string {
  const speaker = claim.speakers[0];
  // One appearance per article, named by its address (its headline only when it has none); the
  // first carries its date. The evidence table on the page has the rest.
  const articles = [...new Set(claim.evidence.filter((evidence) => evidence.stance === 'supports').map((evidence) => evidence.article))];
  const appearances = articles.map((id) => {
    const article = analysis.articleById.get(id);
    const outlet = article ? analysis.content.outletById.get(article.outlet) : undefined;
    return {
      '@type': 'CreativeWork',
      ...(article?.url ? { url: article.url } : { headline: article?.title ?? id }),
      publisher: { '@type': 'Organization', name: outlet?.data.name ?? article?.outlet ?? id },
    };
  });
  const first = articles[0] === undefined ? undefined : analysis.articleById.get(articles[0]);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    claimReviewed: claim.statement,
    datePublished: claim.datePublished,
    dateModified: claim.dateModified,
    author: { '@type': 'Organization', name: SITE_NAME, url: siteUrl },
    ...(claim.reviewed ? { editor: { '@type': 'Person', name: claim.reviewed.by } } : {}),
    reviewRating: reviewRating(claim),
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
      datePublished: claim.datePublished,
      ...(appearances[0] ? { firstAppearance: { ...appearances[0], ...(first ? { datePublished: first.published } : {}) } } : {}),
      // Every appearance for claims an editor has checked; an automatic comparison names where it first appeared.
      ...(claim.reviewed ? { appearance: appearances } : {}),
    },
  };
  // `<` escaped so the JSON can never close the script element it sits in.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
