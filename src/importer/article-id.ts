/**
 * The default article id (its file name and URL segment): the outlet id plus the first words of the
 * title, e.g. `moscow-times-russia-and-us-agree-to-start`. Readable, and stable for a given title.
 */

/** Id syntax shared with the content schemas: lower-case letters, digits, single hyphens. */
export const ARTICLE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII slug of `text`; "U.S." becomes "us" and "Putin’s" becomes "putins". */
export function slugWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/(?<=\p{L})[.'’](?=\p{L})/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `<outlet>-<slug of the first `words` title words>`, or undefined when the title has no Latin
 * letters or digits to build a slug from (the caller then asks for an explicit id).
 */
export function defaultArticleId(outlet: string, title: string, words = 6): string | undefined {
  const slug = slugWords(title.trim().split(/\s+/).slice(0, words).join(' '));
  return slug === '' ? undefined : `${outlet}-${slug}`;
}
