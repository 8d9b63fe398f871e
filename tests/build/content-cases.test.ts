/**
 * Bad content fails loudly and precisely; harmless oddities build cleanly. Each case writes a small
 * content tree and runs a real `astro build` on it. A failing case must stop the build with one
 * message that names the file, the field, the value and a fix, and no stack trace; a passing case
 * must put every article on the site and in claims.json.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { articleFile, OUTLETS_YAML, STORY_MD, validTree, writeTree, type Tree } from '../support/content-tree.ts';
import { buildSite } from '../support/site-build.ts';

const ARTICLE = 'articles/daily-planet-bridge.md';
const withArticle = (file: string | Uint8Array, name = ARTICLE): Tree => ({ ...validTree(), [name]: file });

/** [case, tree, strings the failure message must contain]. */
const failures: Array<[string, Tree, string[]]> = [
  ['a missing title', withArticle(articleFile({ title: null })), [ARTICLE, 'field "title"', 'is required', 'Fix: add a line "title: ..."']],
  ['an empty title', withArticle(articleFile({ title: '""' })), [ARTICLE, 'field "title"', '(value: "")', 'must not be empty']],
  ['an invalid date', withArticle(articleFile({ published: '2025-13-45' })), [ARTICLE, 'field "published"', '"2025-13-45"', 'YYYY-MM-DD']],
  ['an unknown outlet', withArticle(articleFile({ outlet: 'daily-plant' })), [ARTICLE, 'field "outlet"', '"daily-plant"', 'did you mean "daily-planet"?']],
  ['an unknown story', withArticle(articleFile({ story: 'bridge-reopned' })), [ARTICLE, 'field "story"', '"bridge-reopned"', 'did you mean "bridge-reopens"?']],
  [
    'a duplicate article id (same file name in two folders)',
    { ...validTree(), 'articles/2024/daily-planet-bridge.md': articleFile() },
    ['articles/daily-planet-bridge.md', 'articles/2024/daily-planet-bridge.md', 'duplicate-id', 'Fix: rename'],
  ],
  ['an empty body', withArticle(articleFile({}, '')), [ARTICLE, 'no text after its frontmatter', 'Fix: paste the article text']],
  ['a body that is only whitespace', withArticle(articleFile({}, '  \n\t\n   \n')), [ARTICLE, 'no text after its frontmatter']],
  ['a body that is only an image', withArticle(articleFile({}, '![Bridge](https://example.com/bridge.jpg)\n')), [ARTICLE, 'no readable text', 'Fix:']],
  ['frontmatter that is not valid YAML', withArticle('---\ntitle: "Bridge\noutlet: [daily-planet\n---\nText.\n'), [ARTICLE, 'not valid YAML', 'line', 'Fix:']],
  ['a file that is not UTF-8', withArticle(Buffer.from(articleFile({}, 'Caf\xe9 au lait on the bridge.\n'), 'latin1')), [ARTICLE, 'not valid UTF-8', '0xe9', 'iconv']],
];

describe('bad content fails the build with one precise message', () => {
  test.each(failures)('%s', (name, tree, expected) => {
    const result = buildSite({ contentDir: writeTree(tree), name: `bad-${name.replace(/\W+/g, '-')}` });
    expect(result.ok, result.output.slice(-2000)).toBe(false);
    for (const text of expected) expect(result.output).toContain(text);
    expect(result.output).toContain('Content check failed with 1 problem');
    expect(result.output, 'no stack trace').not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });
});

/** A paragraph of n words, ending with a period. */
const paragraph = (n: number, seed: string): string =>
  `${Array.from({ length: n }, (_, i) => `${seed}${i % 97}`).join(' ')}.`;

const TWO_MB_BODY = Array.from({ length: 3300 }, (_, i) => `The bridge carried ${i} cars on day ${i}. ${paragraph(90, 'span')}`).join('\n\n');

const passes: Array<[string, Tree, number]> = [
  ['CRLF line endings', withArticle(articleFile().replace(/\n/g, '\r\n')), 1],
  ['a UTF-8 byte order mark', withArticle(`\uFEFF${articleFile()}`), 1],
  [
    'Windows-1252 quotes already converted to Unicode',
    withArticle(articleFile({}, '“The bridge is open,” the mayor said — at last. It’s 20 years old…\n')),
    1,
  ],
  ['a very long paragraph', withArticle(articleFile({}, `${paragraph(6000, 'word')}\n`)), 1],
  ['a 2 MB article', withArticle(articleFile({}, TWO_MB_BODY)), 1],
  [
    '500 articles in one story',
    {
      'outlets.yaml': OUTLETS_YAML,
      'stories/bridge-reopens.md': STORY_MD,
      ...Object.fromEntries(
        Array.from({ length: 500 }, (_, i) => [
          `articles/a-${i}.md`,
          articleFile(
            { outlet: i % 2 ? 'daily-planet' : 'wire-one', published: `2024-05-${String((i % 28) + 1).padStart(2, '0')}` },
            `The bridge reopened after ${(i % 7) + 2} months of repairs, officials said. Article ${i} adds that traffic was heavy.\n`,
          ),
        ]),
      ),
    },
    500,
  ],
];

describe('harmless oddities build cleanly', () => {
  test('the large-article case really is over 2 MB', () => {
    expect(Buffer.byteLength(TWO_MB_BODY)).toBeGreaterThan(2 * 1024 * 1024);
  });

  test.each(passes)('%s', (name, tree, articles) => {
    const result = buildSite({ contentDir: writeTree(tree), name: `ok-${name.replace(/\W+/g, '-')}` });
    expect(result.ok, result.output.slice(-3000)).toBe(true);
    const data = JSON.parse(readFileSync(path.join(result.outDir, 'data/claims.json'), 'utf8')) as { articles: Array<{ id: string }> };
    expect(data.articles).toHaveLength(articles);
    for (const article of data.articles.slice(0, 3)) {
      expect(readFileSync(path.join(result.outDir, 'articles', article.id, 'index.html'), 'utf8')).toContain('class="s');
    }
  });
});
