import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, test } from 'vitest';
import { cellsHtml, type Cell } from '../../../src/lib/matrix.ts';

/** The cells of the first row of a table, as a browser parses them: class and text of each. */
function parsedCells(rowHtml: string): Array<[string, string]> {
  const tree = fromHtml(`<table><tbody><tr><th>Claim</th>${rowHtml}</tr><tr><th>Next</th></tr></tbody></table>`, { fragment: true });
  const cells: Array<[string, string]> = [];
  const visit = (node: Element): void => {
    if (node.tagName === 'tr' && cells.length > 0) return;
    if (node.tagName === 'td') {
      const text = node.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
      cells.push([String((node.properties.className as string[] | undefined)?.join(' ') ?? ''), text]);
    }
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  for (const child of tree.children) if (child.type === 'element') visit(child);
  return cells;
}

describe('matrix cells written without end tags', () => {
  test('parse as one cell per outlet, in order, each with its stance in words or empty', () => {
    const cells: Cell[] = ['none', 'supports', 'none', 'none', 'conflicts', 'denies', 'none'];
    const html = cellsHtml(cells);
    expect(html).not.toContain('</td>');
    expect(parsedCells(html)).toEqual([
      ['', ''],
      ['s', 'Supports'],
      ['', ''],
      ['', ''],
      ['c', 'Conflicts'],
      ['d', 'Denies'],
      ['', ''],
    ]);
  });
});
