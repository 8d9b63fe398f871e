/**
 * The one content reader: what it publishes, what it skips on purpose (and says so), how it reads
 * YAML, how it cleans invisible controls from names, titles and bodies, and which articles it flags
 * as far outside the shape of prose. Bad content is in bad-content.test.ts.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { formatNotices, formatProblems, preview } from '../../../src/corpus/problems.ts';
import { cleanLine, hasInvisibleControls, stripBidiControls } from '../../../src/schemas/clean-text.ts';
import { articleFile, OUTLETS_YAML, STORY_MD, validTree, writeTree } from '../../support/content-tree.ts';

describe('nothing is skipped silently', () => {
  const tree = {
    ...validTree(),
    'articles/.drafts/draft-one.md': articleFile(),
    'articles/.drafts/notes/draft-two.md': articleFile(),
    'articles/.hidden-article.md': articleFile(),
    'stories/.draft-story.md': STORY_MD,
    'stories/2025/sub-folder-story.md': STORY_MD,
    'articles/2025/05/sub-folder-article.md': articleFile({ story: 'sub-folder-story' }),
    '.DS_Store': 'junk',
    'labelled.json': '{}',
  };
  const root = writeTree(tree);
  const corpus = loadCorpus(root);
  const skipped = corpus.notices.filter((notice) => notice.kind === 'skipped').map((notice) => path.relative(root, notice.file));

  test('stories and articles in sub-folders are published', () => {
    expect(corpus.stories.map((story) => story.id)).toEqual(['bridge-reopens', 'sub-folder-story']);
    expect(corpus.articles.map((article) => article.id)).toEqual(['daily-planet-bridge', 'sub-folder-article']);
  });

  test('every file in a dot-folder, every dot-file and every stray file is reported by name', () => {
    for (const file of [
      'articles/.drafts',
      'articles/.drafts/draft-one.md',
      'articles/.drafts/notes/draft-two.md',
      'articles/.hidden-article.md',
      'stories/.draft-story.md',
      '.DS_Store',
      'labelled.json',
    ]) {
      expect(skipped).toContain(file);
    }
    expect(corpus.articles.map((article) => article.id)).not.toContain('draft-one');
  });

  test('the report every command prints names each skipped file and why', () => {
    const lines = formatNotices(corpus.notices).join('\n');
    expect(lines).toContain(`skipped on purpose: ${path.join(root, 'articles/.drafts/draft-one.md')}`);
    expect(lines).toContain('not part of the content layout');
  });

  test('a symbolic link to a file inside the content folder is read like the file', () => {
    const linked = writeTree({ ...validTree(), 'shared/wire-copy.md': articleFile({ outlet: 'wire-one' }), 'articles/wire-one-bridge.md': { symlink: '../shared/wire-copy.md' } });
    expect(loadCorpus(linked).articles.map((article) => article.id)).toEqual(['daily-planet-bridge', 'wire-one-bridge']);
  });
});

describe('YAML is read one way, by every command and by the site', () => {
  test.each([
    ['a date-like title', '2025-02-18', '2025-02-18'],
    ['a yes/no title', 'yes', 'yes'],
    ['a title with a colon in quotes', '"Talks: day two"', 'Talks: day two'],
    ['a title in single quotes', "'It''s over'", "It's over"],
  ])('%s stays the text as written', (_name, raw, title) => {
    const corpus = loadCorpus(writeTree({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({ title: raw }) }));
    expect(corpus.articles[0]?.title).toBe(title);
  });

  test.each([
    ['a number', '1984', 'YAML reads this value as a number', 'title: "1984"'],
    ['a boolean', 'true', 'YAML reads this value as a boolean', 'title: "true"'],
    ['a mapping', '{a: 1}', 'YAML reads this value as a mapping', 'title: "..."'],
  ])('a title YAML reads as %s is an error that says to quote it', (_name, raw, message, fix) => {
    let text = '';
    try {
      loadCorpus(writeTree({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({ title: raw }) }));
    } catch (error) {
      text = String((error as Error).message);
    }
    expect(text).toContain(message);
    expect(text).toContain(fix);
  });
});

describe('invisible and direction-changing characters', () => {
  test.each([
    ['a right-to-left override', 'Daily\u202E Planet', 'Daily Planet'],
    ['an isolate pair', '\u2067Planet\u2069 Daily', 'Planet Daily'],
    ['embeddings and marks', '\u202BDaily\u202C\u200F Planet\u200E', 'Daily Planet'],
    ['zero-width spaces and joiners of words', 'Dai\u200Bly Pla\u2060net\uFEFF', 'Daily Planet'],
    ['a soft hyphen and tag characters', 'Dai\u00ADly Planet\u{E0041}', 'Daily Planet'],
    ['line breaks and tabs', 'Daily\n\tPlanet\u2028', 'Daily Planet'],
    ['C1 controls', 'Daily\u0085Planet\u009B', 'Daily Planet'],
  ])('%s are removed from names and titles', (_name, raw, clean) => {
    expect(cleanLine(raw)).toBe(clean);
    expect(hasInvisibleControls(clean)).toBe(false);
  });

  test.each([
    ['a Persian zero-width non-joiner', 'می\u200Cخواهم'],
    ['an emoji zero-width joiner', 'family 👩\u200D👩\u200D👧'],
    ['Arabic and Hebrew letters', 'الجزيرة · הארץ'],
  ])('%s is kept', (_name, text) => {
    expect(cleanLine(text)).toBe(text);
  });

  test('names, titles and bodies are cleaned when content loads', () => {
    const outlets = OUTLETS_YAML.replace('The Daily Planet', '"The Daily \\u202EPlanet"');
    const corpus = loadCorpus(
      writeTree({
        ...validTree(),
        'outlets.yaml': outlets,
        'stories/bridge-reopens.md': STORY_MD.replace('The bridge reopens', '"The bridge \\u2066reopens"'),
        'articles/daily-planet-bridge.md': articleFile({ title: '"Bridge\\u202E reopens"', author: '"Jane \\u202DDoe"' }, 'The bridge \u202Ereopened\u202C on Thursday.\n'),
      }),
    );
    expect(corpus.outlets.find((outlet) => outlet.id === 'daily-planet')?.name).toBe('The Daily Planet');
    expect(corpus.stories[0]?.title).toBe('The bridge reopens');
    expect(corpus.articles[0]?.title).toBe('Bridge reopens');
    expect(corpus.articles[0]?.author).toBe('Jane Doe');
    expect(corpus.articles[0]?.body).toBe('The bridge reopened on Thursday.\n');
    expect(stripBidiControls('a\u2067b\u2069c\u200Fd')).toBe('abc\u200Fd');
  });
});

describe('articles far outside the shape of prose are flagged', () => {
  const warningsFor = (body: string): string[] =>
    loadCorpus(writeTree({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({}, body) }))
      .notices.filter((notice) => notice.kind === 'warning')
      .map((notice) => notice.message);

  test.each([
    ['mostly one-word sentences', Array.from({ length: 60 }, (_, i) => (i % 3 === 0 ? 'The council met again today to vote.' : `Word${i}.`)).join(' '), 'one word'],
    ['sentences of a word or two', Array.from({ length: 60 }, (_, i) => `Vote ${i}.`).join(' '), 'words per sentence'],
    ['one endless sentence after another', Array.from({ length: 25 }, () => `${'word '.repeat(120)}end.`).join(' '), 'words per sentence'],
    ['far more sentences than an article has', Array.from({ length: 700 }, (_, i) => `The council met on day ${i} to discuss the bridge.`).join(' '), 'far longer than a news article'],
    ['text indented as code', 'The council met.\n\n    The mayor said the repairs would take two months.\n', 'indented'],
  ])('%s', (_name, body, expected) => {
    const warnings = warningsFor(body);
    expect(warnings.join('\n')).toContain(expected);
  });

  test('an ordinary article is not flagged', () => {
    const body = Array.from({ length: 40 }, (_, i) => `The council met on day ${i} and discussed the bridge repairs at length.`).join(' ');
    expect(warningsFor(body)).toEqual([]);
  });
});

describe('error messages never serialise a huge value', () => {
  test.each([
    ['a long string', 'x'.repeat(100_000)],
    ['a long list', Array.from({ length: 100_000 }, (_, i) => i)],
    ['a deep object', JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) as unknown],
    ['a wide object', Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))],
  ])('%s', (_name, value) => {
    expect(preview(value).length).toBeLessThanOrEqual(80);
    const message = formatProblems([{ file: 'a.md', rule: 'invalid-field', field: 'title', value, message: 'm', hint: 'h' }]);
    expect(message.length).toBeLessThan(300);
  });

  test('a shared structure (what an alias bomb builds) is previewed without expanding it', () => {
    let value: unknown = ['lol'];
    for (let i = 0; i < 40; i++) value = [value, value, value, value, value, value, value, value, value];
    expect(preview(value)).toMatch(/^\[\[\[/);
  });
});
