/** Where a search result leads: every link goes through the site's `links`, so the base path is kept. */
import { links } from '../lib/url.ts';
import type { SearchHit } from './site-search.ts';

/** The page of a result. */
export function hitUrl(hit: SearchHit): string {
  if (hit.kind === 'claim') {
    // A single-source claim leads to its sentence in the article (see SearchDoc.a).
    const [article, sentence] = hit.doc.a?.split('#') ?? [];
    return article && sentence ? links.article(article, sentence) : links.claim(hit.id);
  }
  if (hit.kind === 'article') return links.article(hit.id);
  return links.person(hit.id);
}
