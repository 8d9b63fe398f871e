import { describe, expect, test } from 'vitest';
import { buildExcerpts, excerptSentences } from '../../../src/lib/excerpts.ts';

// Two paragraphs: block 0 has sentences a-d, block 1 has e-g.
const sentences = [
  { id: 's-a', block: 0 },
  { id: 's-b', block: 0 },
  { id: 's-c', block: 0 },
  { id: 's-d', block: 0 },
  { id: 's-e', block: 1 },
  { id: 's-f', block: 1 },
  { id: 's-g', block: 1 },
];
const span = (id: string, text: string): string => `<span class="s" id="${id}">${text}</span>`;
const html =
  `<p>${span('s-a', 'A one.')} ${span('s-b', 'B two.')}<a class="claim-note" href="/c/">✓</a> ${span('s-c', 'C <em>three</em>.')} ${span('s-d', 'D four.')}</p>` +
  `<p>${span('s-e', 'E five.')} ${span('s-f', 'F six.')} ${span('s-g', 'G seven.')}</p>`;

describe('which sentences an excerpt page shows', () => {
  test('each cited sentence with the one before it in its paragraph', () => {
    expect([...excerptSentences(sentences, new Set(['s-c']))].sort()).toEqual(['s-b', 's-c']);
  });

  test('the one after it when it opens its paragraph', () => {
    expect([...excerptSentences(sentences, new Set(['s-e']))].sort()).toEqual(['s-e', 's-f']);
  });

  test('never context from another paragraph, and nothing when nothing is cited', () => {
    expect([...excerptSentences([{ id: 's-x', block: 0 }, { id: 's-y', block: 1 }], new Set(['s-y']))]).toEqual(['s-y']);
    expect(excerptSentences(sentences, new Set()).size).toBe(0);
  });
});

describe('the quotations', () => {
  test('runs of shown sentences of one paragraph become one quotation, keeping ids, markup and claim links', () => {
    const excerpts = buildExcerpts(html, sentences, new Set(['s-b', 's-c', 's-f']));
    expect(excerpts.map((excerpt) => excerpt.ids)).toEqual([['s-b', 's-c'], ['s-f']]);
    expect(excerpts.map((excerpt) => excerpt.gapBefore)).toEqual([true, true]);
    expect(excerpts[0]?.html).toBe(`${span('s-b', 'B two.')}<a class="claim-note" href="/c/">✓</a> ${span('s-c', 'C <em>three</em>.')}`);
    expect(excerpts[1]?.html).toBe(span('s-f', 'F six.'));
  });

  test('a quotation that starts the article has no gap before it; hidden sentences appear nowhere', () => {
    const excerpts = buildExcerpts(html, sentences, new Set(['s-a', 's-g']));
    expect(excerpts.map((excerpt) => [excerpt.ids, excerpt.gapBefore])).toEqual([
      [['s-a'], false],
      [['s-g'], true],
    ]);
    const all = excerpts.map((excerpt) => excerpt.html).join('');
    for (const hidden of ['B two', 'C ', 'D four', 'E five', 'F six']) expect(all).not.toContain(hidden);
  });

  test('a quotation keeps the other article’s sentence that follows a note', () => {
    const beside = `<p>${span('s-a', 'A one.')}<a class="claim-note sole" href="#s-a">✓</a><span class="also"> also reported by <a href="/x/#s-z">X</a>: <q>Z.</q></span> ${span('s-b', 'B two.')}</p>`;
    const [excerpt] = buildExcerpts(beside, [{ id: 's-a', block: 0 }, { id: 's-b', block: 0 }], new Set(['s-a']));
    expect(excerpt?.html).toBe(`${span('s-a', 'A one.')}<a class="claim-note sole" href="#s-a">✓</a><span class="also"> also reported by <a href="/x/#s-z">X</a>: <q>Z.</q></span>`);
  });
});
