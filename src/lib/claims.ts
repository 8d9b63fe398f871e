/** Derived facts about claims that several pages show: related claims, values, JSON-LD. */
import type { Claim } from '../engine/types.ts';
import type { ReviewedClaim } from '../review/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { snippet } from './format.ts';
import { SITE_NAME } from './site.ts';
import { VERDICTS } from './verdicts.ts';

/** Claims that share a speaker or an entity with this one, most shared first. */
export function relatedClaims(claim: Claim, analysis: SiteAnalysis, limit = 6): ReviewedClaim[] {
  const scores = new Map<ReviewedClaim, number>();
  for (const entity of claim.entities) {
    for (const other of analysis.claimsByEntity.get(entity) ?? []) {
      if (other === claim) continue;
      const speakerBonus = other.speakers.some((speaker) => claim.speakers.includes(speaker)) ? 2 : 0;
      const storyBonus = other.story === claim.story ? 1 : 0;
      scores.set(other, (scores.get(other) ?? 0) + 1 + (scores.has(other) ? 0 : speakerBonus + storyBonus));
    }
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].id.localeCompare(b[0].id))
    .slice(0, limit)
    .map(([other]) => other);
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
