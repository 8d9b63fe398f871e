/**
 * rehype plugin, run right after sanitizing: makes every id in an article body the content's own
 * and unique. The sanitizer has already prefixed author ids with `user-content-`; this gives every
 * heading a prefixed id too (Astro would otherwise add an unprefixed slug later, so `## s-1a2b3c4d`
 * or `# Main` would copy the id of a real sentence or of the page's main landmark), and removes an
 * id from any element that repeats one used earlier in the article. The site's own ids (sentence
 * ids `s-…`, landmarks, page elements) never start with the prefix, so content cannot forge them.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { articleSchema } from './sanitize-schema.ts';

/** Prefix of every id that comes from content. */
export const CONTENT_ID_PREFIX = articleSchema.clobberPrefix ?? 'user-content-';

const HEADING = /^h[1-6]$/;

/** Plugin factory; takes no options. */
export default function rehypeContentIds() {
  return (tree: Root): void => {
    const used = new Set<string>();
    const headings: Element[] = [];
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (typeof id === 'string' && id !== '') {
        if (used.has(id) || !id.startsWith(CONTENT_ID_PREFIX)) delete node.properties.id;
        else used.add(id);
      } else if (id !== undefined) {
        delete node.properties.id;
      }
      if (HEADING.test(node.tagName) && typeof node.properties.id !== 'string') headings.push(node);
    });
    for (const heading of headings) {
      const base = `${CONTENT_ID_PREFIX}${slug(textOf(heading)) || 'section'}`;
      let id = base;
      for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
      used.add(id);
      heading.properties.id = id;
    }
  };
}

/** Lower-case words joined by hyphens, as GitHub slugs headings (letters and digits of any script). */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}
