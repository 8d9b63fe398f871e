/**
 * rehype plugin, run right after sanitizing: repairs same-page links whose target id the sanitizer
 * prefixed (footnotes: `#fn-1` → `#user-content-fn-1`) and marks every link that leaves the site
 * `rel="noopener noreferrer"`, so an article never hands the reader's session to another origin.
 * "Leaves the site" is decided as a browser resolves the link, so `//host`, `/\host` and `\\host`
 * (browsers read a backslash as a slash) count as links to another site.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { CONTENT_ID_PREFIX } from './rehype-content-ids.ts';

/** A stand-in origin for resolving links; any link that resolves elsewhere leaves the site. */
const SITE = 'https://site.invalid/base/';

/** True if a browser following `href` on a page of this site would go to another origin. */
export function leavesSite(href: string): boolean {
  try {
    return new URL(href, SITE).origin !== new URL(SITE).origin;
  } catch {
    return false;
  }
}

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
        if (!ids.has(target) && ids.has(CONTENT_ID_PREFIX + target)) link.properties.href = `#${CONTENT_ID_PREFIX}${target}`;
      } else if (leavesSite(href)) {
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
