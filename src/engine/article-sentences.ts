/**
 * Stages 1 and 2 for one article: Markdown → text blocks → sentences with stable ids, exactly as
 * the article page numbers them (the rehype plugin uses the same blocks, segmenter and allocator).
 */
import { markdownToBlocks } from './01-normalize.ts';
import { SentenceIdAllocator, segmentText } from './02-segment.ts';
import type { ArticleInput, Sentence } from './types.ts';

/** The sentences of an article in reading order, with `s-xxxxxxxx` ids unique within the article. */
export function segmentArticle(article: ArticleInput): Sentence[] {
  const ids = new SentenceIdAllocator();
  const sentences: Sentence[] = [];
  markdownToBlocks(article.body).forEach((block, blockIndex) => {
    for (const span of segmentText(block)) {
      sentences.push({ id: ids.next(span.text), article: article.id, block: blockIndex, index: sentences.length, text: span.text });
    }
  });
  return sentences;
}
