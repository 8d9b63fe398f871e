/**
 * Pass 1 of applying reviews: every sentence and claim each review names is found in the analysis
 * before anything changes, and every review that no longer matches is reported at once (file, review,
 * field, what no longer matches, and the closest current sentence).
 */
import type { ArticleAnalysis, Claim, Stance } from '../engine/types.ts';
import type { ContentProblem } from '../corpus/problems.ts';
import type { ReviewFile } from '../corpus/reviews.ts';
import type { ClaimRef, Review, SentenceRef, SplitPart } from '../schemas/review.ts';
import { isFailure, locate, type LocateFailure, type Located } from './locate.ts';
import { pickClaim, type SentenceIndex } from './resolve.ts';

/** A claim reference, found: the engine claim and the sentence that named it. */
export interface FoundClaim {
  claim: Claim;
  at: Located;
}

/** A review with everything it names found. */
export interface ResolvedReview {
  file: string;
  /** Position in its file. */
  index: number;
  review: Review;
  target: FoundClaim;
  merge: FoundClaim[];
  remove: Located[];
  add: Array<Located & { stance: Stance }>;
  split: Array<{ part: SplitPart; sentences: Located[] }>;
}

/** How a review is named in messages: `review [2] (by Jane Doe, 2025-03-05)`. */
export function reviewLabel(index: number, review: Pick<Review, 'by' | 'date'>): string {
  return `review [${index}] (by ${review.by}, ${review.date})`;
}

/** Finds everything every review names; problems are appended, unresolvable reviews left out. */
export function resolveReviews(
  files: readonly ReviewFile[],
  articles: ReadonlyMap<string, ArticleAnalysis>,
  index: SentenceIndex,
  problems: ContentProblem[],
): ResolvedReview[] {
  const resolved: ResolvedReview[] = [];
  for (const file of files) {
    file.reviews.forEach((review, n) => {
      const before = problems.length;
      const report = (field: string, value: string, failure: LocateFailure): void => {
        problems.push({ file: file.file, rule: failure.rule, field: `[${n}].${field}`, value, message: `${reviewLabel(n, review)}: ${failure.message}`, hint: failure.hint });
      };
      const sentence = (ref: SentenceRef, field: string): Located | undefined => {
        const result = locate(ref, articles);
        if (!isFailure(result)) return result;
        report(field, ref.quote, result);
        return undefined;
      };
      const claim = (ref: ClaimRef, field: string): FoundClaim | undefined => {
        const at = sentence(ref, field);
        if (!at) return undefined;
        const picked = pickClaim(ref, at, index);
        if (!('rule' in picked)) return { claim: picked, at };
        report(field, ref.quote, picked);
        return undefined;
      };
      const target = claim(review.claim, 'claim');
      const merge = (review.merge ?? []).map((ref, m) => claim(ref, `merge[${m}]`));
      const remove = (review.remove ?? []).map((ref, m) => sentence(ref, `remove[${m}]`));
      const add = (review.add ?? []).map((ref, m) => {
        const at = sentence(ref, `add[${m}]`);
        return at && { ...at, stance: ref.stance };
      });
      const split = (review.split ?? []).map((part, p) => ({
        part,
        sentences: part.sentences.map((ref, m) => sentence(ref, `split[${p}].sentences[${m}]`)),
      }));
      if (problems.length > before || !target) return;
      resolved.push({
        file: file.file,
        index: n,
        review,
        target,
        merge: merge.filter((found): found is FoundClaim => found !== undefined),
        remove: remove.filter((found): found is Located => found !== undefined),
        add: add.filter((found): found is Located & { stance: Stance } => found !== undefined),
        split: split.map(({ part, sentences }) => ({ part, sentences: sentences.filter((found): found is Located => found !== undefined) })),
      });
    });
  }
  return resolved;
}
