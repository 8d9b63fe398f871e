/**
 * What content can and cannot do to the page through its HTML: rendered with the site's pipeline
 * plus Astro's own heading-id plugin, in Astro's order. Content ids are always `user-content-…` and
 * unique, so content cannot forge a sentence id, a landmark or any page element; attributes that
 * take over focus, keyboard, direction or structured data are removed; links that leave the site,
 * however they are spelt, get rel="noopener noreferrer".
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, test } from 'vitest';
import { articleProcessor } from '../../../src/markdown/pipeline.ts';
import { leavesSite } from '../../../src/markdown/rehype-article-links.ts';
import rehypeSentences from '../../../src/markdown/rehype-sentences.ts';

/** The article as the site renders it (Astro runs its heading ids after our plugins). */
const render = (markdown: string): Root =>
  fromHtml(String(articleProcessor().use(rehypeSentences).use(rehypeHeadingIds).use(rehypeStringify).processSync(markdown)), { fragment: true });

function elements(tree: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      found.push(child);
      walk(child);
    }
  };
  walk(tree);
  return found;
}

const ids = (tree: Root): string[] => elements(tree).flatMap((element) => (typeof element.properties.id === 'string' ? [element.properties.id] : []));

/** Ids the site itself uses on pages (landmarks, skip-link target, page sections, sentences). */
const SITE_IDS = ['main', 'matrix', 'articles', 'disputed', 'conflicting', 'corroborated', 'single-source', 'site-search', 'permalink', 'evidence-heading'];

describe('ids in article bodies', () => {
  test.each([
    ['a heading that is a landmark id', '# Main\n\nText here.'],
    ['a heading that is a page section id', '## Disputed\n\nText here.'],
    ['a heading that is a sentence id', '## s-1a2b3c4d\n\nText here.'],
    ['a heading with the prefix already', '## user-content-main\n\n# Main\n\nText here.'],
    ['raw ids', '<span id="main">A</span> <span id="s-1a2b3c4d">B</span> <p id="site-search">C</p>'],
    ['raw names', '<a name="main">A</a> <a name="s-1a2b3c4d">B</a>'],
    ['a raw heading with an id', '<h2 id="matrix">Matrix</h2>\n\nText here.'],
    ['repeated ids and headings', '# Same\n\n# Same\n\n<span id="x">1</span><span id="x">2</span> <span id="same">3</span>'],
    ['a footnote id forged before the footnote', '<span id="fn-1">x</span> Text.[^1]\n\n[^1]: Note.'],
  ])('%s: every id is the content\'s own or a sentence id, and unique', (_name, markdown) => {
    const tree = render(markdown);
    const all = ids(tree);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size, `duplicates in ${all.join(' ')}`).toBe(all.length);
    for (const id of all) {
      const sentence = elements(tree).find((element) => element.properties.id === id)?.properties.className;
      const isSentence = Array.isArray(sentence) && sentence.includes('s') && /^s-[0-9a-f]{8}(?:-\d+)?$/.test(id);
      expect(isSentence || id.startsWith('user-content-'), id).toBe(true);
      expect(SITE_IDS).not.toContain(id);
    }
    for (const element of elements(tree)) expect(element.properties.name, 'no name anchors').toBeUndefined();
  });

  test('a forged sentence-id heading cannot take the id of the real sentence', () => {
    const real = render('The council voted.');
    const realId = ids(real)[0] ?? '';
    const tree = render(`## ${realId}\n\nThe council voted.`);
    const holders = elements(tree).filter((element) => element.properties.id === realId);
    expect(holders).toHaveLength(1);
    expect(holders[0]?.tagName).toBe('span');
  });

  test('same-page footnote links still reach their prefixed targets', () => {
    const tree = render('Text.[^1]\n\n[^1]: Note.');
    const all = new Set(ids(tree));
    const fragments = elements(tree).flatMap((element) => (element.tagName === 'a' && String(element.properties.href).startsWith('#') ? [String(element.properties.href).slice(1)] : []));
    expect(fragments.length).toBeGreaterThan(1);
    for (const fragment of fragments) expect(all.has(fragment), fragment).toBe(true);
  });
});

describe('attributes that take over the page are removed', () => {
  test.each([
    ['tabindex', '<a href="https://example.com/" tabindex="1">x</a>', 'tabIndex'],
    ['tabindex on a div', '<div tabindex="0">x</div>', 'tabIndex'],
    ['accesskey', '<a href="https://example.com/" accesskey="s">x</a>', 'accessKey'],
    ['dir', '<p dir="rtl">x</p>', 'dir'],
    ['itemprop', '<span itemprop="reviewRating">x</span>', 'itemProp'],
    ['itemscope and itemtype', '<div itemscope itemtype="https://schema.org/ClaimReview">x</div>', 'itemScope'],
    ['width', '<table width="99999"><tr><td>x</td></tr></table>', 'width'],
    ['align', '<p align="center">x</p>', 'align'],
    ['style', '<p style="position:fixed;top:0">x</p>', 'style'],
    ['aria-hidden', '<p aria-hidden="true">x</p>', 'ariaHidden'],
    ['autofocus', '<details><summary autofocus>x</summary>y</details>', 'autoFocus'],
    ['contenteditable', '<p contenteditable="true">x</p>', 'contentEditable'],
    ['hidden', '<p hidden>x</p>', 'hidden'],
  ])('%s', (_name, html, property) => {
    const found = elements(render(`Before. ${html} After.`)).filter((element) => element.properties[property] !== undefined);
    expect(found.map((element) => element.tagName)).toEqual([]);
  });

  test.each([
    ['title', '<a href="https://example.com/" title="European Union">EU</a>', 'a', 'title', 'European Union'],
    ['lang', '<span lang="ru">да</span>', 'span', 'lang', 'ru'],
    ['colspan', '<table><tr><td colspan="2">x</td></tr></table>', 'td', 'colSpan', 2],
    ['datetime', '<del datetime="2025-02-18">Feb 18</del>', 'del', 'dateTime', '2025-02-18'],
  ])('meaningful %s stays', (_name, html, tag, property, value) => {
    const element = elements(render(`Before. ${html} After.`)).find((item) => item.tagName === tag && item.properties[property] !== undefined);
    expect(element?.properties[property]).toEqual(value);
  });
});

describe('links that leave the site', () => {
  test.each([
    ['https://example.com/', true],
    ['//example.com/', true],
    ['/\\example.com/', true],
    ['\\\\example.com/', true],
    ['\\/example.com/', true],
    [' https://example.com/', true],
    ['/factcheck/claims/', false],
    ['#user-content-fn-1', false],
    ['other-page/', false],
    ['mailto:editor@example.com', true],
  ])('%s leaves the site: %s', (href, expected) => {
    expect(leavesSite(href)).toBe(expected);
  });

  test.each(['<a href="/\\evil.example/">x</a>', '<a href="\\\\evil.example/">x</a>', '<a href="//evil.example/">x</a>', '[x](https://evil.example/)'])(
    '%s gets rel="noopener noreferrer"',
    (markup) => {
      const link = elements(render(`Before ${markup} after.`)).find((element) => element.tagName === 'a');
      expect(link?.properties.rel).toEqual(['noopener', 'noreferrer']);
    },
  );
});
