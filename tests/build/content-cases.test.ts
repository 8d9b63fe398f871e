/**
 * Real `astro build`s of small content trees, two in all so the suite stays fast:
 *
 * 1. Every kind of bad content at once (tests/support/bad-content.ts plus common editing mistakes):
 *    the build stops before rendering with one report that names every file, its rule and a fix,
 *    and no stack trace.
 * 2. Harmless oddities and hostile-but-valid content at once: everything is published and nothing
 *    is lost or truncated; drafts are skipped and said to be; ids on every page are unique and the
 *    site's own ids (sentence ids, landmarks, the skip-link target, page sections) cannot be forged;
 *    no page carries a bidi control, a content tabindex or content microdata.
 *
 * The unit tests load each bad case alone (tests/unit/corpus/bad-content.test.ts); these builds
 * prove the site's build runs the same checks and publishes what they accept.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { SentenceIdAllocator } from '../../src/engine/02-segment.ts';
import { BAD_CASES } from '../support/bad-content.ts';
import { articleFile, OUTLETS_YAML, STORY_MD, validTree, writeTree, type Tree } from '../support/content-tree.ts';
import { listFiles, readPages, walk, type BuiltPage } from '../support/dist.ts';
import { buildSite, type BuildResult } from '../support/site-build.ts';

/** Common editing mistakes: [file, content, strings its problem must contain]. */
const MISTAKES: Array<[string, string | Uint8Array, string[]]> = [
  ['articles/missing-title.md', articleFile({ title: null }), ['field "title"', 'is required', 'Fix: add a line "title: ..."']],
  ['articles/empty-title.md', articleFile({ title: '""' }), ['field "title"', '(value: "")', 'must not be empty']],
  ['articles/invalid-date.md', articleFile({ published: '2025-13-45' }), ['field "published"', '"2025-13-45"', 'YYYY-MM-DD']],
  ['articles/unknown-outlet.md', articleFile({ outlet: 'daily-plant' }), ['field "outlet"', '"daily-plant"', 'did you mean "daily-planet"?']],
  ['articles/unknown-story.md', articleFile({ story: 'bridge-reopned' }), ['field "story"', '"bridge-reopned"', 'did you mean "bridge-reopens"?']],
  ['articles/2024/daily-planet-bridge.md', articleFile(), ['articles/daily-planet-bridge.md', 'duplicate-id', 'Fix: rename']],
  ['articles/empty-body.md', articleFile({}, ''), ['no text after its frontmatter', 'Fix: paste the article text']],
  ['articles/whitespace-body.md', articleFile({}, '  \n\t\n   \n'), ['no text after its frontmatter']],
  ['articles/image-only.md', articleFile({}, '![Bridge](https://example.com/bridge.jpg)\n'), ['no readable text']],
  ['articles/bad-yaml.md', '---\ntitle: "Bridge\noutlet: [daily-planet\n---\nText.\n', ['not valid YAML', 'line']],
  ['articles/latin-1.md', Buffer.from(articleFile({}, 'Caf\xe9 au lait on the bridge.\n'), 'latin1'), ['not valid UTF-8', '0xe9', 'iconv']],
];

describe('every kind of bad content, in one build', () => {
  let result: BuildResult;
  let root: string;

  beforeAll(() => {
    const tree: Tree = { ...validTree() };
    for (const item of BAD_CASES) Object.assign(tree, item.files());
    for (const [file, content] of MISTAKES) tree[file] = content;
    root = writeTree(tree);
    result = buildSite({ contentDir: root, name: 'bad-content' });
  }, 240_000);

  test('the build fails before anything is rendered, with no stack trace', () => {
    expect(result.ok, result.output.slice(-2000)).toBe(false);
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    expect(result.output, 'no stack trace').not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(result.output).toContain(`Content check failed with ${BAD_CASES.length + MISTAKES.length} problems`);
  });

  test.each(BAD_CASES.map((item) => [item.name, item] as const))('%s is reported with its file, rule and message', (_name, item) => {
    const line = reportOf(result.output, path.join(root, item.file));
    expect(line).toContain(`[${item.rule}]`);
    for (const text of item.expect) expect(line).toContain(text);
  });

  test.each(MISTAKES.map(([file, , expected]) => [file, expected] as const))('%s is reported precisely', (file, expected) => {
    const line = reportOf(result.output, path.join(root, file));
    for (const text of expected) expect(line).toContain(text);
  });
});

/** The report paragraph (problem line plus its Fix line) that names `file`. */
function reportOf(output: string, file: string): string {
  const lines = output.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`- ${file}`) || line.includes(`, ${file}`) || line.startsWith(`- ${file},`));
  expect(index, `no problem names ${file}`).toBeGreaterThanOrEqual(0);
  return `${lines[index]}\n${lines[index + 1] ?? ''}`;
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const SITE_ID_PREFIXES = /^(?:s-|user-content-)/;

/** A paragraph of n words, ending with a period. */
const paragraph = (n: number, seed: string): string => `${Array.from({ length: n }, (_, i) => `${seed}${i % 97}`).join(' ')}.`;

/** The id the site gives the first sentence with this text. */
const sentenceId = (text: string): string => new SentenceIdAllocator().next(text);

const LONG_ARTICLE = Array.from({ length: 1500 }, (_, i) => `On day ${i + 1} the bridge carried ${i * 7 + 3} cars across the river.`).join('\n\n');
const FORGED_BODY = `# Main

## ${sentenceId('The council voted to reopen the bridge.')}

## Disputed

<span id="main">Forged main.</span> <span id="s-00000000">A forged sentence id.</span> <span id="user-content-fn-1">A forged footnote.</span>

The council voted to reopen the bridge.[^1] <a href="https://example.com/" tabindex="1" accesskey="s" dir="rtl">A link that wants focus</a> and <span itemprop="name" itemscope itemtype="https://schema.org/ClaimReview">microdata</span>.

<p dir="rtl">A paragraph that \u202Ereverses\u202C the text after it.</p>

<script>window.__pwned = true</script>

<!-- an editor's note -->

[^1]: The vote was unanimous.
`;

describe('odd and hostile content, in one build: nothing lost, nothing forged', () => {
  let result: BuildResult;
  let pages: BuiltPage[];
  let claims: { articles: Array<{ id: string; title: string }> };

  beforeAll(() => {
    const tree: Tree = {
      // Every outlet allows its articles in full (`reuse: full`), so every article's whole text is on its page.
      'outlets.yaml': `${OUTLETS_YAML}- id: evil-news\n  name: "Evil \\u202Enews\\u2066 Daily"\n  url: https://evil.example/\n  kind: online\n`.replace(
        /^( {2}kind: \w+\n)/gm,
        '$1  reuse: full\n',
      ),
      'stories/bridge-reopens.md': STORY_MD.replace('The bridge reopens', '"The bridge \\u202Ereopens"').replace("Editor's introduction.", "## Disputed\n\n# Main\n\nEditor's introduction."),
      'stories/2025/sub-folder-story.md': STORY_MD.replace('The bridge reopens', 'A story in a sub-folder'),
      'articles/crlf.md': articleFile().replace(/\n/g, '\r\n'),
      'articles/bom.md': `\uFEFF${articleFile()}`,
      'articles/typography.md': articleFile({}, '“The bridge is open,” the mayor said — at last. It’s 20 years old…\n'),
      'articles/long-paragraph.md': articleFile({}, `${paragraph(6000, 'word')}\n`),
      'articles/long-article.md': articleFile({}, LONG_ARTICLE),
      'articles/date-title.md': articleFile({ title: '2025-02-18' }),
      'articles/forged.md': articleFile({ title: '"Forged \\u202Eanchors"', author: '"Jane \\u2067Doe"', outlet: 'evil-news' }, FORGED_BODY),
      'articles/one-word-sentences.md': articleFile({}, Array.from({ length: 80 }, (_, i) => `Word${i}.`).join(' ')),
      'articles/2025/sub-folder-article.md': articleFile({ story: 'sub-folder-story' }, 'The sub-folder story has an article of its own. It is short.\n'),
      'articles/.drafts/draft-one.md': articleFile({}, 'A draft that must not be published.\n'),
      ...Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [
          `articles/many/a-${i}.md`,
          articleFile(
            { outlet: i % 2 ? 'daily-planet' : 'wire-one', published: `2024-05-${String((i % 28) + 1).padStart(2, '0')}` },
            `The bridge reopened after ${(i % 7) + 2} months of repairs, officials said. Article ${i} adds that traffic was heavy.\n`,
          ),
        ]),
      ),
    };
    result = buildSite({ contentDir: writeTree(tree), name: 'odd-content' });
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    pages = readPages(result.outDir, '/factcheck/');
    claims = JSON.parse(readFileSync(path.join(result.outDir, 'data/claims.json'), 'utf8')) as typeof claims;
  }, 300_000);

  test('every article is published, on its page and in claims.json; the draft is not', () => {
    expect(claims.articles).toHaveLength(509);
    for (const id of ['crlf', 'bom', 'typography', 'long-paragraph', 'long-article', 'date-title', 'forged', 'sub-folder-article', 'a-0', 'a-499']) {
      expect(claims.articles.map((article) => article.id)).toContain(id);
      expect(readFileSync(path.join(result.outDir, 'articles', id, 'index.html'), 'utf8')).toContain('class="s');
    }
    expect(existsSync(path.join(result.outDir, 'articles', 'draft-one'))).toBe(false);
    expect(existsSync(path.join(result.outDir, 'stories', 'sub-folder-story', 'index.html'))).toBe(true);
  });

  test('the build log names the skipped draft and flags the odd-shaped article', () => {
    expect(result.output).toMatch(/skipped on purpose: \S*articles\/\.drafts\/draft-one\.md/);
    expect(result.output).toMatch(/warning: \S*articles\/one-word-sentences\.md: far outside the shape of prose/);
    expect(result.output).toMatch(/warning: \S*articles\/long-article\.md: far longer than a news article \(1500 sentences/);
  });

  test('a long article is published whole: its last sentence is on its page', () => {
    const html = readFileSync(path.join(result.outDir, 'articles', 'long-article', 'index.html'), 'utf8');
    expect(html.match(/class="s[ "]/g)?.length).toBeGreaterThanOrEqual(1500);
    expect(html).toContain('On day 1500 the bridge carried 10496 cars across the river.');
  });

  test('a title YAML could read as a date is the text as written, on the page and in the data', () => {
    expect(claims.articles.find((article) => article.id === 'date-title')?.title).toBe('2025-02-18');
    expect(readFileSync(path.join(result.outDir, 'articles', 'date-title', 'index.html'), 'utf8')).toMatch(/<h1[^>]*>2025-02-18<\/h1>/);
  });

  test('every id on every page is unique', () => {
    const duplicates: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      walk(page.tree, (element) => {
        const id = element.properties.id;
        if (typeof id !== 'string') return;
        if (seen.has(id)) duplicates.push(`${page.file}: ${id}`);
        seen.add(id);
      });
    }
    expect(pages.length).toBeGreaterThan(500);
    expect(duplicates).toEqual([]);
  });

  test("content cannot forge the site's ids: sentence ids, landmarks, the skip-link target, page sections", () => {
    const forged: string[] = [];
    for (const page of pages) {
      walk(page.tree, (element) => {
        const id = element.properties.id;
        if (typeof id !== 'string') return;
        const inContent = hasAncestorClass(page, element, ['article-body', 'intro']);
        if (id.startsWith('s-') && !(element.tagName === 'span' && classes(element).includes('s') && /^s-[0-9a-f]{8}(?:-\d+)?$/.test(id))) forged.push(`${page.file}: ${element.tagName}#${id}`);
        if (inContent && !SITE_ID_PREFIXES.test(id)) forged.push(`${page.file}: content element ${element.tagName}#${id}`);
        if (!inContent && SITE_ID_PREFIXES.test(id)) forged.push(`${page.file}: ${id} outside content`);
      });
      // A claim without a full page has a small page with no landmarks at all: it leads to its sentence.
      const small = page.file.startsWith('claims/') && page.html.includes('<meta http-equiv="refresh"');
      if (small) expect(page.html, page.file).not.toContain(' id=');
      else if (page.file !== '404.html' || page.html.includes('id="main"')) {
        const mains = countMatching(page, (element) => element.properties.id === 'main');
        expect(mains, `${page.file}: one #main`).toBe(1);
      }
    }
    expect(forged).toEqual([]);
    const article = pages.find((page) => page.file === 'articles/forged/index.html');
    const target = sentenceId('The council voted to reopen the bridge.');
    const holder = article && findElement(article, (element) => element.properties.id === target);
    expect(holder?.tagName).toBe('span');
    const heading = article && findElement(article, (element) => element.tagName === 'h1' && /Main/.test(JSON.stringify(element.children)));
    expect(String(heading?.properties.id)).toMatch(/^user-content-main/);
  });

  test('no page has a bidi control, a tabindex, an accesskey, a dir or microdata from content', () => {
    const found: string[] = [];
    for (const file of listFiles(result.outDir)) {
      if (!/\.(html|json|xml|csv|txt)$/.test(file)) continue;
      if (BIDI.test(readFileSync(path.join(result.outDir, file), 'utf8'))) found.push(`${file}: bidi control`);
    }
    for (const page of pages) {
      walk(page.tree, (element) => {
        const { tabIndex, accessKey, dir, itemProp, itemScope } = element.properties;
        const ours = (element.tagName === 'main' && tabIndex === -1) || (classes(element).includes('table-scroll') && tabIndex === 0);
        if (tabIndex !== undefined && !ours) found.push(`${page.file}: ${element.tagName} tabindex=${String(tabIndex)}`);
        if (accessKey !== undefined || dir !== undefined || itemProp !== undefined || itemScope !== undefined) found.push(`${page.file}: ${element.tagName} attribute`);
      });
    }
    expect(found).toEqual([]);
    const forged = readFileSync(path.join(result.outDir, 'articles', 'forged', 'index.html'), 'utf8');
    expect(forged).toContain('Evil news Daily');
    expect(forged).toContain('Jane Doe');
    expect(forged).toContain('A paragraph that reverses the text after it.');
  });
});

function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

const parentMaps = new WeakMap<BuiltPage, Map<Element, Element>>();

/** True if `element` sits inside an element with one of `names` as a class. */
function hasAncestorClass(page: BuiltPage, element: Element, names: string[]): boolean {
  let parents = parentMaps.get(page);
  if (!parents) {
    const map = new Map<Element, Element>();
    walk(page.tree, (parent) => {
      for (const child of parent.children) if (child.type === 'element') map.set(child, parent);
    });
    parentMaps.set(page, map);
    parents = map;
  }
  for (let node = parents.get(element); node; node = parents.get(node)) if (classes(node).some((name) => names.includes(name))) return true;
  return false;
}

function countMatching(page: BuiltPage, test: (element: Element) => boolean): number {
  let count = 0;
  walk(page.tree, (element) => {
    if (test(element)) count++;
  });
  return count;
}

function findElement(page: BuiltPage, test: (element: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walk(page.tree, (element) => {
    if (!found && test(element)) found = element;
  });
  return found;
}
