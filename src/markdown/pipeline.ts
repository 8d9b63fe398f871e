/**
 * The one Markdown → HTML pipeline for article bodies, shared by the Astro site and the engine so
 * that the text the engine quotes is exactly the text on the page.
 *
 * Order matters: raw HTML is parsed into real nodes (rehype-raw) before the sanitizer runs, or the
 * sanitizer would silently drop it; sentence ids are added after sanitizing, so they need no
 * allow-list and content can never forge one (a content `id="s-…"` becomes `user-content-s-…`,
 * and headings get prefixed ids before Astro would add bare ones: rehype-content-ids).
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import rehypeArticleLinks from './rehype-article-links.ts';
import rehypeContentIds from './rehype-content-ids.ts';
import remarkArticleSyntax from './remark-article-syntax.ts';
import { articleSchema } from './sanitize-schema.ts';

/**
 * remark-rehype options. Raw HTML is kept for rehype-raw to parse; footnote ids get no prefix
 * here because the sanitizer adds `user-content-` to every id (rehype-article-links fixes the hrefs).
 */
export const remarkRehypeOptions: RemarkRehypeOptions = { allowDangerousHtml: true, clobberPrefix: '' };

/** remark plugins, in order (typed for Astro's config; unified accepts them as they are). */
export const articleRemarkPlugins: RemarkPlugins = [remarkArticleSyntax];

/** rehype plugins that make article HTML safe, in order. */
export const articleSafetyPlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, articleSchema], rehypeContentIds, rehypeArticleLinks];

/** A frozen processor from Markdown to sanitized hast: what the engine reads. */
export const articleProcessor = unified()
  .use(remarkParse)
  .use(articleRemarkPlugins as PluggableList)
  .use(remarkRehype, remarkRehypeOptions)
  .use(articleSafetyPlugins as PluggableList)
  .freeze();
