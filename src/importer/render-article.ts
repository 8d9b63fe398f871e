/**
 * Writes an article file: YAML frontmatter, then the Markdown body. Text fields are emitted as
 * JSON strings, which are valid YAML double-quoted scalars, so a title with `:`, `#` or quotes can
 * never break the frontmatter; ids and dates are plain because their syntax is already safe.
 */

/** The frontmatter fields of `content/articles/<id>.md` (see src/schemas/article.ts). */
export interface ArticleFrontmatter {
  title: string;
  outlet: string;
  story: string;
  published: string;
  url?: string;
  author?: string;
  retrieved?: string;
}

/** The complete file: frontmatter in schema order, then the body, ending in exactly one newline. */
export function renderArticle(frontmatter: ArticleFrontmatter, markdown: string): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(frontmatter.title)}`,
    `outlet: ${frontmatter.outlet}`,
    `story: ${frontmatter.story}`,
    `published: ${frontmatter.published}`,
  ];
  if (frontmatter.url !== undefined) lines.push(`url: ${JSON.stringify(frontmatter.url)}`);
  if (frontmatter.author !== undefined) lines.push(`author: ${JSON.stringify(frontmatter.author)}`);
  if (frontmatter.retrieved !== undefined) lines.push(`retrieved: ${frontmatter.retrieved}`);
  lines.push('---');
  return `${lines.join('\n')}\n${markdown.replace(/\n*$/, '\n')}`;
}
