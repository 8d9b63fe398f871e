/**
 * Frontmatter of `content/articles/<id>.md`; the body is the article text as Markdown.
 * `outlet` and `story` are ids checked against the other collections by `src/corpus/validate.ts`
 * (Astro's `reference()` only logs a miss, so the check is ours).
 */
import { z } from 'astro/zod';
import { contentObject, isoDate, requiredText, slugId, webUrl } from './common.ts';

export const articleSchema = contentObject({
  /** The headline as the outlet published it. */
  title: requiredText,
  /** Id of the outlet in `content/outlets.yaml`. */
  outlet: slugId,
  /** Id of the story in `content/stories/`. */
  story: slugId,
  /** Publication day. */
  published: isoDate,
  /** The original article's address. */
  url: webUrl.optional(),
  /** Byline, when the outlet gives one. */
  author: requiredText.optional(),
  /** The day the text was scraped or copied. */
  retrieved: isoDate.optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
