import { describe, expect, test } from 'vitest';
import { appendMarked, markRanges, mergeRanges, segments, type MarkPlan, type NodeFactory } from '../../../src/search/highlight.ts';

const plan = (words: string[], runs: string[][][] = []): MarkPlan => ({
  words: new Set(words),
  runs: runs.map((run) => run.map((allowed) => new Set(allowed))),
});
const markedText = (text: string, marks: MarkPlan): string[] => markRanges(text, marks).map(([start, end]) => text.slice(start, end));

describe('what gets marked', () => {
  test('whole words that matched, whatever their case or accents', () => {
    expect(markedText('Lavrov met Rubio; LAVROV left.', plan(['lavrov']))).toEqual(['Lavrov', 'LAVROV']);
    expect(markedText('Sergéy Lavrov', plan(['sergey']))).toEqual(['Sergéy']);
  });

  test('not words that merely contain a matched word', () => {
    expect(markedText('Planned plans and a plan', plan(['plan']))).toEqual(['plan']);
  });

  test('a phrase is marked as one span including what separates its words', () => {
    const text = 'a three-stage peace plan, and three stages';
    expect(markedText(text, plan([], [[['three'], ['stage'], ['peace'], ['plan']]]))).toEqual(['three-stage peace plan']);
  });

  test('a phrase is not marked where only some of its words occur in a row', () => {
    expect(markedText('peace talks and a plan', plan([], [[['peace'], ['plan']]]))).toEqual([]);
  });

  test('overlapping and touching ranges are merged', () => {
    expect(mergeRanges([[5, 8], [0, 3], [2, 5], [10, 12]])).toEqual([[0, 8], [10, 12]]);
  });
});

describe('marked pieces', () => {
  test('a text is cut into marked and unmarked pieces that add up to it', () => {
    const text = 'Ushakov said it went well';
    const pieces = segments(text, [[0, 7], [16, 20]]);
    expect(pieces).toEqual([
      { text: 'Ushakov', marked: true },
      { text: ' said it ', marked: false },
      { text: 'went', marked: true },
      { text: ' well', marked: false },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  test('ranges beyond the text are clipped', () => {
    expect(segments('abc', [[1, 99]])).toEqual([
      { text: 'a', marked: false },
      { text: 'bc', marked: true },
    ]);
  });
});

/** A stand-in for `document` that records what is created, as a tree of plain objects. */
class FakeNode {
  children: FakeNode[] = [];
  textContent = '';
  constructor(readonly tag: string) {}
  appendChild(child: FakeNode): FakeNode {
    this.children.push(child);
    return child;
  }
}
const factory = {
  createElement: (tag: string) => new FakeNode(tag),
  createTextNode: (text: string) => Object.assign(new FakeNode('#text'), { textContent: text }),
} as unknown as NodeFactory;

describe('building marked text', () => {
  test('marks become <mark> elements and the rest text nodes, with the text set as text', () => {
    const parent = new FakeNode('span');
    const text = '<img src=x onerror=alert(1)> and Lavrov';
    appendMarked(parent as unknown as Node, text, markRanges(text, plan(['img', 'lavrov'])), factory);
    expect(parent.children.map((child) => [child.tag, child.textContent])).toEqual([
      ['#text', '<'],
      ['mark', 'img'],
      ['#text', ' src=x onerror=alert(1)> and '],
      ['mark', 'Lavrov'],
    ]);
  });
});
