import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { ContentError } from '../../../src/corpus/problems.ts';
import { articleFile, validTree, writeTree, type Tree } from '../../support/content-tree.ts';

/** Loads a tree and returns the ContentError's problems (fails the test if it loads). */
function problemsOf(tree: Tree) {
  try {
    loadCorpus(writeTree(tree));
  } catch (error) {
    if (error instanceof ContentError) return { problems: error.problems, message: error.message };
    throw error;
  }
  throw new Error('expected the content check to fail');
}

describe('loadCorpus on valid content', () => {
  test('reads stories, outlets and articles with ids from file names', () => {
    const corpus = loadCorpus(writeTree(validTree()));
    expect(corpus.stories.map((story) => story.id)).toEqual(['bridge-reopens']);
    expect(corpus.outlets.map((outlet) => outlet.id)).toEqual(['daily-planet', 'wire-one']);
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.articles[0]).toMatchObject({ id: 'daily-planet-bridge', outlet: 'daily-planet', published: '2024-05-02' });
    expect(corpus.articles[0]?.body).toContain('The bridge reopened on Thursday.');
  });

  test('accepts CRLF line endings and a UTF-8 byte order mark', () => {
    const file = `\uFEFF${articleFile().replace(/\n/g, '\r\n')}`;
    const corpus = loadCorpus(writeTree({ ...validTree(), 'articles/daily-planet-bridge.md': file }));
    expect(corpus.articles[0]?.title).toBe('Bridge reopens');
  });

  test('reads articles from sub-folders', () => {
    const tree = validTree();
    tree['articles/2024/05/wire-one-bridge.md'] = articleFile({ outlet: 'wire-one' });
    expect(loadCorpus(writeTree(tree)).articles.map((article) => article.id)).toEqual(['daily-planet-bridge', 'wire-one-bridge']);
  });
});

describe('loadCorpus reports bad content with file, field, value and a fix', () => {
  test.each([
    ['a missing title', { title: null }, 'missing-field', 'title', undefined, 'add a line "title: ..."'],
    ['an empty title', { title: '""' }, 'invalid-field', 'title', '', 'must not be empty'],
    ['an impossible date', { published: '2025-13-45' }, 'invalid-field', 'published', '2025-13-45', 'real calendar date'],
    ['a 30th of February', { published: '2025-02-30' }, 'invalid-field', 'published', '2025-02-30', 'real calendar date'],
    ['a date in another format', { published: '18/02/2025' }, 'invalid-field', 'published', '18/02/2025', 'YYYY-MM-DD'],
    ['a url that is not http', { url: 'javascript:alert(1)' }, 'invalid-field', 'url', 'javascript:alert(1)', 'http(s) URL'],
    ['an unknown outlet', { outlet: 'daily-plant' }, 'unknown-outlet', 'outlet', 'daily-plant', 'did you mean "daily-planet"?'],
    ['an unknown story', { story: 'bridge-reopned' }, 'unknown-story', 'story', 'bridge-reopned', 'did you mean "bridge-reopens"?'],
  ])('%s', (_name, fields, rule, field, value, hint) => {
    const tree = { ...validTree(), 'articles/daily-planet-bridge.md': articleFile(fields) };
    const { problems, message } = problemsOf(tree);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.file).toMatch(/articles\/daily-planet-bridge\.md$/);
    expect(problem?.rule).toBe(rule);
    expect(problem?.field).toBe(field);
    expect(problem?.value).toBe(value);
    expect(`${problem?.message} ${problem?.hint}`).toContain(hint);
    expect(message).toContain('daily-planet-bridge.md');
    expect(message).toContain('Fix:');
  });

  test('an empty body is an error', () => {
    const { problems } = problemsOf({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({}, '\n  \n') });
    expect(problems.map((problem) => problem.rule)).toEqual(['empty-body']);
  });

  test('frontmatter that is not valid YAML names the line', () => {
    const broken = '---\ntitle: "unterminated\noutlet: daily-planet\n---\nBody.\n';
    const { problems } = problemsOf({ ...validTree(), 'articles/daily-planet-bridge.md': broken });
    expect(problems[0]?.rule).toBe('invalid-yaml');
    expect(problems[0]?.message).toMatch(/line \d+/);
  });

  test('a file without frontmatter is reported, not skipped', () => {
    const { problems } = problemsOf({ ...validTree(), 'articles/daily-planet-bridge.md': 'Just text.\n' });
    expect(problems[0]?.rule).toBe('missing-frontmatter');
  });

  test('a file that is not UTF-8 is reported with the offending byte', () => {
    const latin1 = Buffer.from(articleFile({}, 'Caf\xe9 society.\n'), 'latin1');
    const { problems } = problemsOf({ ...validTree(), 'articles/daily-planet-bridge.md': latin1 });
    expect(problems[0]?.rule).toBe('not-utf8');
    expect(String(problems[0]?.value)).toContain('0xe9');
  });

  test('two articles with the same file name in different folders are a duplicate id', () => {
    const tree = { ...validTree(), 'articles/extra/daily-planet-bridge.md': articleFile() };
    const { problems } = problemsOf(tree);
    expect(problems[0]?.rule).toBe('duplicate-id');
    expect(problems[0]?.file).toContain('articles/daily-planet-bridge.md');
    expect(problems[0]?.file).toContain('articles/extra/daily-planet-bridge.md');
  });

  test('a file with another extension in the articles folder is reported', () => {
    const { problems } = problemsOf({ ...validTree(), 'articles/notes.txt': 'draft' });
    expect(problems[0]?.rule).toBe('not-markdown');
  });

  test('an outlet without a kind names the list item and field', () => {
    const outlets = '- id: daily-planet\n  name: The Daily Planet\n  url: https://dailyplanet.example/\n';
    const { problems } = problemsOf({ ...validTree(), 'outlets.yaml': outlets });
    expect(problems[0]).toMatchObject({ file: expect.stringMatching(/outlets\.yaml$/), field: '[0].kind', rule: 'missing-field' });
  });

  test('every problem of the corpus is reported at once', () => {
    const tree = {
      ...validTree(),
      'articles/a.md': articleFile({ outlet: 'nope' }),
      'articles/b.md': articleFile({ published: '2025-13-45' }),
    };
    expect(problemsOf(tree).problems.map((problem) => problem.rule).sort()).toEqual(['invalid-field', 'unknown-outlet']);
  });
});

describe('bodies without readable text', () => {
  test.each([
    ['only an image', '![A photo](https://example.com/photo.jpg)\n'],
    ['only HTML tags', '<div><br></div>\n'],
    ['only a script', '<script>document.write("Hello world")</script>\n'],
  ])('%s is an error', (_name, body) => {
    const { problems } = problemsOf({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({}, body) });
    expect(problems.map((problem) => problem.rule)).toEqual(['no-text']);
  });

  test('an image followed by a caption sentence is fine', () => {
    const body = '![A photo](https://example.com/photo.jpg)\n\nThe bridge reopened.\n';
    expect(loadCorpus(writeTree({ ...validTree(), 'articles/daily-planet-bridge.md': articleFile({}, body) })).articles).toHaveLength(1);
  });
});
