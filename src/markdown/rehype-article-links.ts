/**
 * rehype plugin, run right after sanitizing: repairs same-page links whose target id the sanitizer
 * prefixed (footnotes: `#fn-1` → `#user-content-fn-1`) and marks links to other sites
 * `rel="noopener noreferrer"` so an article never hands the reader's session to another origin.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { articleSchema } from './sanitize-schema.ts';

const PREFIX = articleSchema.clobberPrefix ?? '';

/** Plugin factory; takes no options. */
export default function rehypeArticleLinks() {
  return (tree: Root): void => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      if (node.tagName === 'a' && typeof node.properties.href === 'string') links.push(node);
    });
    for (const link of links) {
      const href = String(link.properties.href);
      if (href.startsWith('#')) {
        const target = decodeFragment(href.slice(1));
        if (!ids.has(target) && ids.has(PREFIX + target)) link.properties.href = `#${PREFIX}${target}`;
      } else if (/^(?:https?:)?\/\//i.test(href)) {
        link.properties.rel = ['noopener', 'noreferrer'];
      }
    }
  };
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
