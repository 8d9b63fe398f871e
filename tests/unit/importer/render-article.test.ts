import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { defaultArticleId, slugWords } from '../../../src/importer/article-id.ts';
import { renderArticle } from '../../../src/importer/render-article.ts';
import { articleSchema } from '../../../src/schemas/article.ts';

const BASE = { outlet: 'kyiv-post', story: 'us-russia-talks-riyadh-2025', published: '2025-02-18' };

/** Splits a rendered file into its parsed frontmatter and body, as the corpus loader does. */
function parse(file: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
  if (!match) throw new Error('no frontmatter');
  return { data: yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA }), body: file.slice(match[0].length) };
}

describe('renderArticle', () => {
  test('writes the frontmatter in schema order, then the body', () => {
    const file = renderArticle({ title: 'Talks end', ...BASE, url: 'https://example.com/a' }, 'Body.\n');
    expect(file).toBe(
      '---\ntitle: "Talks end"\noutlet: kyiv-post\nstory: us-russia-talks-riyadh-2025\npublished: 2025-02-18\nurl: "https://example.com/a"\n---\nBody.\n',
    );
  });

  test('leaves out optional fields that are not given, and never invents a retrieved date', () => {
    const file = renderArticle({ title: 'T', ...BASE }, 'Body.\n');
    expect(file).not.toMatch(/url:|author:|retrieved:/);
  });

  test('writes author and retrieved when given', () => {
    const { data } = parse(renderArticle({ title: 'T', ...BASE, author: 'Jane Doe', retrieved: '2026-11-21' }, 'B\n'));
    expect(data).toMatchObject({ author: 'Jane Doe', retrieved: '2026-11-21' });
  });

  test.each([
    ['a colon', 'Russia and U.S. Agree: Talks Begin'],
    ['a hash', 'Talks #1 in Riyadh'],
    ['straight double quotes', 'The "very serious" talks'],
    ['a leading quote', "'Not bad, I think': Ushakov"],
    ['curly quotes', 'First round wraps up after ‘very serious discussions’'],
    ['a backslash', 'A \\ B'],
    ['YAML syntax', '- [a, b]: {c: d} & *ref !tag |'],
    ['a word YAML 1.1 reads as a boolean', 'yes'],
  ])('a title with %s survives the YAML round trip', (_name, title) => {
    const { data } = parse(renderArticle({ title, ...BASE }, 'Body.\n'));
    expect(articleSchema.parse(data).title).toBe(title);
  });

  test('ends the body with exactly one newline', () => {
    expect(renderArticle({ title: 'T', ...BASE }, 'Body.\n\n\n').endsWith('Body.\n')).toBe(true);
    expect(renderArticle({ title: 'T', ...BASE }, 'Body.').endsWith('Body.\n')).toBe(true);
  });
});

describe('defaultArticleId', () => {
  test.each([
    ['moscow-times', 'Russia and U.S. Agree to Start Ukraine Peace Talks, But No Plans Yet', 'moscow-times-russia-and-us-agree-to-start'],
    ['kyiv-post', 'Russia and US wrap up first round of talks in Riyadh', 'kyiv-post-russia-and-us-wrap-up-first'],
    ['rferl', 'What We Learned From High-Stakes U.S.-Russia Talks', 'rferl-what-we-learned-from-high-stakes-us-russia'],
    ['x', 'Putin’s Aide: “Not Bad”', 'x-putins-aide-not-bad'],
    ['x', 'Zelenskyy’s Café Talks', 'x-zelenskyys-cafe-talks'],
  ])('%s + "%s" gives %s', (outlet, title, id) => {
    expect(defaultArticleId(outlet, title)).toBe(id);
  });

  test('gives up when the title has nothing to build a slug from', () => {
    expect(defaultArticleId('novaya-gazeta-europe', 'Переговоры в Эр-Рияде')).toBeUndefined();
  });

  test('slugs are valid ids', () => {
    expect(slugWords('  --Hello,  World!--  ')).toBe('hello-world');
  });
});
