/** Derived facts about claims that several pages show: dates, related claims, values, JSON-LD. */
import type { Claim } from '../engine/types.ts';
import type { SiteAnalysis } from './analysis.ts';
import { SITE_NAME } from './site.ts';

/** The earliest and latest publication dates of a claim's evidence (content dates, never the clock). */
export function claimDates(claim: Claim, analysis: SiteAnalysis): { first: string; last: string } {
  const dates = claim.evidence
    .map((evidence) => analysis.articleById.get(evidence.article)?.published)
    .filter((date): date is string => date !== undefined)
    .sort();
  return { first: dates[0] ?? '', last: dates.at(-1) ?? '' };
}

/** Claims that share a speaker or an entity with this one, most shared first. */
export function relatedClaims(claim: Claim, analysis: SiteAnalysis, limit = 6): Claim[] {
  const scores = new Map<Claim, number>();
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

/** Numeric rating for ClaimReview (alternateName carries the verdict itself). */
const RATING = { corroborated: 4, 'single-source': 3, conflicting: 2, disputed: 1 } as const;

/** schema.org ClaimReview for a claim page, as a JSON string safe to embed in a script element. */
export function claimReviewJsonLd(claim: Claim, analysis: SiteAnalysis, pageUrl: string, siteUrl: string): string {
  const { first, last } = claimDates(claim, analysis);
  const speaker = claim.speakers[0];
  const appearances = claim.evidence
    .filter((evidence) => evidence.stance === 'supports')
    .map((evidence) => {
      const article = analysis.articleById.get(evidence.article);
      const outlet = analysis.content.outletById.get(evidence.outlet);
      return {
        '@type': 'CreativeWork',
        ...(article?.url ? { url: article.url } : {}),
        headline: article?.title ?? evidence.article,
        datePublished: article?.published,
        publisher: { '@type': 'Organization', name: outlet?.data.name ?? evidence.outlet },
      };
    });
  const data = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: pageUrl,
    claimReviewed: claim.statement,
    datePublished: last,
    author: { '@type': 'Organization', name: SITE_NAME, url: siteUrl },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[claim.verdict],
      bestRating: 4,
      worstRating: 1,
      alternateName: claim.verdict,
      ratingExplanation: claim.explanation,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(speaker ? { author: { '@type': 'Person', name: speaker } } : {}),
      datePublished: first,
      ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
      appearance: appearances,
    },
  };
  // `<` escaped so the JSON can never close the script element it sits in.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
