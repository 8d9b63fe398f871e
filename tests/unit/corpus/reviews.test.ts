/**
 * Review files go through the content check like every other content: each mistake is reported with
 * the file, the field (`[2].claim.quote`), the value and a fix, all at once, and nothing is skipped.
 */
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { ContentError } from '../../../src/corpus/problems.ts';
import { validTree, writeTree } from '../../support/content-tree.ts';

const REVIEW_FILE = 'reviews/bridge-reopens.yaml';

/** A minimal valid review of the tree's one article. */
const review = (extra = ''): string => `- claim:
    article: daily-planet-bridge
    quote: The bridge reopened on Thursday.
  by: Ada Editor
  date: 2024-05-03
${extra}`;

function problems(files: Record<string, string>): string {
  try {
    loadCorpus(writeTree({ ...validTree(), ...files }));
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return '';
}

describe('review files', () => {
  test('a valid file is loaded with its story and reviews, in file order', () => {
    const corpus = loadCorpus(
      writeTree({ ...validTree(), [REVIEW_FILE]: `${review('  verdict: corroborated\n  rationale: Both outlets say so.\n')}${review('  note: A *note*.\n')}` }),
    );
    expect(corpus.reviews).toHaveLength(1);
    expect(corpus.reviews[0]?.story).toBe('bridge-reopens');
    expect(corpus.reviews[0]?.reviews.map((r) => r.verdict ?? r.note)).toEqual(['corroborated', 'A *note*.']);
  });

  test('no reviews folder means no reviews', () => {
    expect(loadCorpus(writeTree(validTree())).reviews).toEqual([]);
  });

  test.each([
    ['a misspelt field', review('  verdcit: corroborated\n  rationale: x\n'), ['field "[0].verdcit"', 'is not a review field', 'did you mean "verdict"?']],
    ['a verdict without a rationale', review('  verdict: corroborated\n'), ['field "[0].rationale"', 'is required with verdict']],
    ['an unknown verdict', review('  verdict: corroborate\n  rationale: x\n'), ['field "[0].verdict"', '(value: "corroborate")', 'must be one of: corroborated, conflicting, disputed, single-source']],
    ['a review that decides nothing', review(), ['field "[0].verdict"', 'the review decides nothing']],
    ['hide with a verdict', review('  hide: true\n  verdict: disputed\n  rationale: x\n'), ['field "[0].verdict"', 'cannot be combined with hide']],
    ['an evidence change without a verdict', review('  remove:\n    - article: daily-planet-bridge\n      quote: noon\n  rationale: x\n'), ['field "[0].verdict"', 'is required with remove']],
    ['an impossible date', review('  verdict: corroborated\n  rationale: x\n').replace('2024-05-03', '2024-02-30'), ['field "[0].date"', '"2024-02-30"', 'real calendar date']],
    ['a missing reviewer', review('  verdict: corroborated\n  rationale: x\n').replace('  by: Ada Editor\n', ''), ['field "[0].by"', 'is required but missing', "write the reviewer's name"]],
    ['a bad sentence id', review('  verdict: corroborated\n  rationale: x\n').replace('    quote:', '    sentence: 12345678\n    quote:'), ['field "[0].claim.sentence"', 'must be a sentence id such as s-1a2b3c4d']],
    ['a colon inside an unquoted rationale', review('  verdict: corroborated\n  rationale: Two reasons: one and two.\n'), ['not valid YAML', 'line 7', '(value: "rationale: Two reasons: one and two.")', 'in double quotes']],
  ])('%s is reported with its field and a fix', (_name, text, expected) => {
    const message = problems({ [REVIEW_FILE]: text });
    expect(message).toContain(REVIEW_FILE);
    for (const part of expected) expect(message).toContain(part);
  });

  test('an article of another story, or of no story, is named with a did-you-mean', () => {
    const message = problems({
      'stories/other-story.md': '---\ntitle: Other\ndate: 2024-05-02\nsummary: Other.\n---\nText.\n',
      'articles/other-article.md': '---\ntitle: Other\noutlet: daily-planet\nstory: other-story\npublished: 2024-05-02\n---\nOther text.\n',
      [REVIEW_FILE]: `${review('  verdict: corroborated\n  rationale: x\n  merge:\n    - article: other-article\n      quote: Other text.\n').replace('article: daily-planet-bridge', 'article: daily-planet-brige')}`,
    });
    expect(message).toContain('field "[0].claim.article" (value: "daily-planet-brige"): no article has this id');
    expect(message).toContain('did you mean "daily-planet-bridge"?');
    expect(message).toContain('field "[0].merge[0].article" (value: "other-article"): the article belongs to story "other-story", not to "bridge-reopens"');
  });

  test('a file named after no story, and a file that is not .yaml, are reported, not skipped', () => {
    const message = problems({ 'reviews/bridge-reopen.yaml': review('  verdict: corroborated\n  rationale: x\n'), 'reviews/notes.yml': '[]\n' });
    expect(message).toContain('reviews/bridge-reopen.yaml (value: "bridge-reopen"): the file name must be the id of the story it reviews');
    expect(message).toContain('did you mean "bridge-reopens.yaml"?');
    expect(message).toContain('reviews/notes.yml: only <story-id>.yaml files are read here');
    expect(message).toContain('Content check failed with 2 problems');
  });
});
