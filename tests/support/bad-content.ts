/**
 * Bad content, one case per kind, written from the classes of issue 16 (content silently lost,
 * skipped, resource exhaustion, files outside the tree, invisible controls, typos and wrong hints)
 * rather than from one example each. Every case adds files to a valid tree and must produce exactly
 * one problem with the given rule, naming its file; the unit tests load each case alone, and the
 * build test builds them all together in one tree.
 */
import { articleFile, outsideFile, STORY_MD, type Tree } from './content-tree.ts';

/** One kind of bad content. */
export interface BadCase {
  /** Plain-sentence name. */
  name: string;
  /** The issue-16 class it belongs to. */
  kind: 'lost text' | 'skipped' | 'resources' | 'outside the tree' | 'spoofing' | 'typos';
  /** Files to add to a valid tree (paths relative to the content root). */
  files: () => Tree;
  /** The file the problem must name (relative to the content root). */
  file: string;
  /** The problem's rule id. */
  rule: string;
  /** Strings the problem's message must contain. */
  expect: string[];
}

const PROSE_BEFORE = 'The council met on Monday to discuss the bridge.';
const PROSE_AFTER = '\n\nThe mayor said the repairs would take two months.\n\nTraffic will use the ferry until then.\n';

/** An article whose body has `construct` between two stretches of prose. */
const between = (id: string, construct: string, inline: boolean): Tree => ({
  [`articles/${id}.md`]: articleFile({}, inline ? `${PROSE_BEFORE} Officials said ${construct} was on the agenda.${PROSE_AFTER}` : `${PROSE_BEFORE}\n\n${construct}${PROSE_AFTER}`),
});

/** Constructs that, left open, hide the text after them: [name, construct, on its own line?]. */
const UNCLOSED: Array<[string, string, boolean]> = [
  ['script', '<script>', false],
  ['script-inline', '<script>', true],
  ['style', '<style>', false],
  ['style-inline', '<style>', true],
  ['textarea', '<textarea>', true],
  ['title', '<title>', false],
  ['xmp', '<xmp>', true],
  ['iframe', '<iframe>', true],
  ['noembed', '<noembed>', true],
  ['noframes', '<noframes>', true],
  ['plaintext', '<plaintext>', true],
  ['noscript', '<noscript>', true],
  ['template', '<template>', true],
  ['select', '<select>', true],
  ['option', '<option>', true],
  ['svg', '<svg>', true],
  ['math', '<math>', true],
  ['video', '<video>', true],
  ['object', '<object>', true],
  ['pre', '<pre>', false],
  ['comment', '<!--', false],
  ['processing-instruction', '<?php', false],
  ['cdata', '<![CDATA[', false],
  ['declaration', '<!DOCTYPE', false],
  ['unclosed-tag', '<div\nclass="note"', false],
];

const TWO_MB = 'The bridge carried cars. '.repeat(Math.ceil((1.2 * 1024 * 1024) / 25));
const MANY_SENTENCES = Array.from({ length: 2100 }, (_, i) => `Item ${i} is listed.`).join(' ');
const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

/** Every bad case. Symbolic links and pipes are made when `files()` runs. */
export const BAD_CASES: BadCase[] = [
  ...UNCLOSED.map(([name, construct, inline]): BadCase => ({
    name: `an unclosed ${construct.split('\n')[0]} ${inline ? 'inside a sentence' : 'on its own line'} hides the rest of the article`,
    kind: 'lost text',
    files: () => between(`lost-${name}`, construct, inline),
    file: `articles/lost-${name}.md`,
    rule: 'lost-text',
    expect: [construct.split('\n')[0] ?? construct, 'mayor said the repairs', 'Fix:'],
  })),
  {
    name: 'a footnote that no reference points to',
    kind: 'lost text',
    files: () => ({ 'articles/lost-footnote.md': articleFile({}, `${PROSE_BEFORE}\n\n[^1]: The council had postponed the vote twice.\n`) }),
    file: 'articles/lost-footnote.md',
    rule: 'lost-text',
    expect: ['footnote [^1]', 'postponed the vote'],
  },
  {
    name: 'a table row with more cells than its header',
    kind: 'lost text',
    files: () => ({ 'articles/lost-table-cells.md': articleFile({}, `${PROSE_BEFORE}\n\n| Day | Cars |\n|---|---|\n| Monday | 400 | closed for inspection |\n`) }),
    file: 'articles/lost-table-cells.md',
    rule: 'lost-text',
    expect: ['more cells than the header row (2)', 'closed for inspection'],
  },
  {
    name: 'a link definition that no link uses',
    kind: 'lost text',
    files: () => ({ 'articles/lost-definition.md': articleFile({}, `${PROSE_BEFORE}\n\n[Council minutes]: https://council.example/minutes\n`) }),
    file: 'articles/lost-definition.md',
    rule: 'lost-text',
    expect: ['[Council minutes]'],
  },
  {
    name: "an unclosed <script> in a story's introduction",
    kind: 'lost text',
    files: () => ({ 'stories/lost-intro.md': STORY_MD.replace("Editor's introduction.", `${PROSE_BEFORE}\n\n<script>${PROSE_AFTER}`) }),
    file: 'stories/lost-intro.md',
    rule: 'lost-text',
    expect: ['<script>', 'story introduction'],
  },
  {
    name: 'a content folder with a misspelt name',
    kind: 'skipped',
    files: () => ({ 'article/misfiled.md': articleFile() }),
    file: 'article',
    rule: 'misplaced-content',
    expect: ['rename it to articles'],
  },
  {
    name: 'a file over the size limit',
    kind: 'resources',
    files: () => ({ 'articles/huge.md': articleFile({}, TWO_MB) }),
    file: 'articles/huge.md',
    rule: 'file-too-large',
    expect: ['1.2 MB', 'limit'],
  },
  {
    name: 'an article over the sentence limit',
    kind: 'resources',
    files: () => ({ 'articles/many-sentences.md': articleFile({}, MANY_SENTENCES) }),
    file: 'articles/many-sentences.md',
    rule: 'too-many-sentences',
    expect: ['2,100 sentences', 'limit is 2,000'],
  },
  {
    name: 'a YAML alias bomb in frontmatter',
    kind: 'resources',
    files: () => ({ 'articles/alias-bomb.md': `---\n${ALIAS_BOMB}\ntitle: *i\noutlet: daily-planet\nstory: bridge-reopens\npublished: 2024-05-02\n---\nText.\n` }),
    file: 'articles/alias-bomb.md',
    rule: 'yaml-alias',
    expect: ['alias'],
  },
  {
    name: 'frontmatter nested too deeply',
    kind: 'resources',
    files: () => ({ 'articles/deep-yaml.md': `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nText.\n` }),
    file: 'articles/deep-yaml.md',
    rule: 'invalid-yaml',
    expect: ['maxDepth'],
  },
  {
    name: 'a huge list where a title belongs',
    kind: 'resources',
    files: () => ({ 'articles/huge-value.md': articleFile({ title: `[${Array.from({ length: 50_000 }, (_, i) => i).join(', ')}]` }) }),
    file: 'articles/huge-value.md',
    rule: 'invalid-field',
    expect: ['field "title"', '… 49996 more', 'YAML reads this value as a list'],
  },
  {
    name: 'a symbolic link that loops',
    kind: 'resources',
    files: () => ({ 'articles/loop.md': { symlink: 'loop.md' } }),
    file: 'articles/loop.md',
    rule: 'link-loop',
    expect: ['loops'],
  },
  {
    name: 'a symbolic link to a file outside the content folder',
    kind: 'outside the tree',
    files: () => ({ 'articles/outside.md': { symlink: outsideFile() } }),
    file: 'articles/outside.md',
    rule: 'outside-content',
    expect: ['outside the content folder'],
  },
  {
    name: 'a symbolic link to a folder',
    kind: 'outside the tree',
    files: () => ({ 'articles/linked': { symlink: '../stories' } }),
    file: 'articles/linked',
    rule: 'linked-folder',
    expect: ['folder'],
  },
  {
    name: 'a dangling symbolic link',
    kind: 'outside the tree',
    files: () => ({ 'articles/dangling.md': { symlink: 'no-such-file.md' } }),
    file: 'articles/dangling.md',
    rule: 'broken-link',
    expect: ['does not exist'],
  },
  {
    name: 'a named pipe',
    kind: 'outside the tree',
    files: () => ({ 'articles/pipe.md': { fifo: true } }),
    file: 'articles/pipe.md',
    rule: 'not-a-file',
    expect: ['not a regular file'],
  },
  {
    name: 'a title made only of invisible control characters',
    kind: 'spoofing',
    files: () => ({ 'articles/invisible-title.md': articleFile({ title: '"\u202E\u2066\u200B\u2069"' }) }),
    file: 'articles/invisible-title.md',
    rule: 'invalid-field',
    expect: ['field "title"', 'only invisible characters'],
  },
  {
    name: 'a misspelt optional field (autor)',
    kind: 'typos',
    files: () => ({ 'articles/typo-autor.md': articleFile({ autor: 'Jane Doe' }) }),
    file: 'articles/typo-autor.md',
    rule: 'unknown-field',
    expect: ['field "autor"', 'did you mean "author"?'],
  },
  {
    name: 'a misspelt optional field (ulr)',
    kind: 'typos',
    files: () => ({ 'articles/typo-ulr.md': articleFile({ ulr: 'https://dailyplanet.example/bridge' }) }),
    file: 'articles/typo-ulr.md',
    rule: 'unknown-field',
    expect: ['field "ulr"', 'did you mean "url"?'],
  },
  {
    name: 'a misspelt story field (sumary)',
    kind: 'typos',
    files: () => ({ 'stories/typo-sumary.md': STORY_MD.replace('summary:', 'summary: x\nsumary:') }),
    file: 'stories/typo-sumary.md',
    rule: 'unknown-field',
    expect: ['field "sumary"', 'did you mean "summary"?'],
  },
  {
    name: 'a UTF-16 file with a byte order mark',
    kind: 'typos',
    files: () => ({ 'articles/utf16le.md': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(articleFile(), 'utf16le')]) }),
    file: 'articles/utf16le.md',
    rule: 'not-utf8',
    expect: ['UTF-16LE', 'iconv -f UTF-16LE -t UTF-8'],
  },
  {
    name: 'a UTF-16 file without a byte order mark',
    kind: 'typos',
    files: () => ({ 'articles/utf16be.md': Buffer.from(articleFile(), 'utf16le').swap16() }),
    file: 'articles/utf16be.md',
    rule: 'not-utf8',
    expect: ['UTF-16BE'],
  },
  {
    name: 'a windows-1252 file',
    kind: 'typos',
    files: () => ({ 'articles/cp1252.md': Buffer.from(articleFile({}, 'The caf\xe9 on the bridge reopened \x93at last\x94, the owner said.\n'), 'latin1') }),
    file: 'articles/cp1252.md',
    rule: 'not-utf8',
    expect: ['windows-1252', 'iconv -f windows-1252'],
  },
  {
    name: 'a windows-1251 (Cyrillic) file',
    kind: 'typos',
    files: () => ({
      'articles/cp1251.md': Buffer.concat([
        Buffer.from(articleFile({}, '')),
        windows1251('Переговоры между делегациями России и США в Эр-Рияде продолжались около четырёх с половиной часов. Помощник президента сказал, что разговор был серьёзным.\n'),
      ]),
    }),
    file: 'articles/cp1251.md',
    rule: 'not-utf8',
    expect: ['looks like windows-1251', 'iconv -f windows-1251 -t UTF-8'],
  },
  {
    name: 'a binary file named .md',
    kind: 'typos',
    files: () => ({ 'articles/binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }),
    file: 'articles/binary.md',
    rule: 'not-text',
    expect: ['binary file'],
  },
  ...(
    [
      ['root-relative', '/bridge-report'],
      ['parent-relative', '../bridge-report'],
      ['page-relative', 'bridge-report.html'],
      ['backslash-slash', '/\\\\evil.example/'],
      ['double-backslash', '\\\\\\\\evil.example/'],
      ['protocol-relative', '//evil.example/'],
    ] as const
  ).map(
    ([name, href]): BadCase => ({
      name: `a ${name} link`,
      kind: 'typos',
      files: () => ({ [`articles/link-${name}.md`]: articleFile({}, `${PROSE_BEFORE} Read [the report](${href}) for details.\n`) }),
      file: `articles/link-${name}.md`,
      rule: 'relative-link',
      expect: ['full address'],
    }),
  ),
  ...(
    [
      ['backslash-slash', '/\\evil.example/'],
      ['double-backslash', '\\\\evil.example/'],
    ] as const
  ).map(
    ([name, href]): BadCase => ({
      name: `a raw HTML ${name} link`,
      kind: 'typos',
      files: () => ({ [`articles/raw-link-${name}.md`]: articleFile({}, `${PROSE_BEFORE} Read <a href="${href}">the report</a> for details.\n`) }),
      file: `articles/raw-link-${name}.md`,
      rule: 'relative-link',
      expect: ['to another site while looking like a local link'],
    }),
  ),
  {
    name: 'a raw HTML link that leaves the base path',
    kind: 'typos',
    files: () => ({ 'articles/link-raw-html.md': articleFile({}, `${PROSE_BEFORE} Read <a href="/other-site/">the report</a> for details.\n`) }),
    file: 'articles/link-raw-html.md',
    rule: 'relative-link',
    expect: ['"/other-site/"', 'outside the article'],
  },
];

/** Russian text in windows-1251 bytes (А–я are 0xC0–0xFF, Ё 0xA8, ё 0xB8 in that code page). */
function windows1251(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = char.codePointAt(0) ?? 0x3f;
      if (code < 0x80) return code;
      if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
      return char === 'Ё' ? 0xa8 : char === 'ё' ? 0xb8 : 0x3f;
    }),
  );
}
