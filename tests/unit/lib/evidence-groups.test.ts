import { describe, expect, test } from 'vitest';
import type { Evidence } from '../../../src/engine/types.ts';
import { groupEvidence } from '../../../src/lib/evidence-groups.ts';

/** An evidence item with only the fields grouping looks at set apart from the defaults. */
function item(article: string, text: string, extra: Partial<Evidence> = {}): Evidence {
  return {
    article,
    outlet: article.split('-')[0] ?? article,
    sentenceId: `s-${article.length.toString(16).padStart(8, '0')}`,
    text,
    stance: 'supports',
    relation: 'supports',
    value: null,
    quantity: null,
    via: null,
    marks: [[4, 12]],
    clause: [0, text.length],
    ...extra,
  } as Evidence;
}

describe('evidence grouped by wording', () => {
  const wire = 'The regional assembly will meet on Sunday.';
  const reworded = 'The regional assembly is due to meet on Sunday.';

  test('sentences that read the same become one group naming every article, in order of first appearance', () => {
    const groups = groupEvidence([item('a-1', wire), item('b-1', reworded), item('c-1', wire), item('d-1', reworded), item('e-1', wire)]);
    expect(groups.map((group) => [group.lead.text, group.items.map((evidence) => evidence.article)])).toEqual([
      [wire, ['a-1', 'c-1', 'e-1']],
      [reworded, ['b-1', 'd-1']],
    ]);
  });

  test('the same words with another stance, value, wire or marked part stay apart', () => {
    const groups = groupEvidence([
      item('a-1', wire),
      item('b-1', wire, { stance: 'conflicts', relation: 'conflicts' }),
      item('c-1', wire, { value: 'Sunday' }),
      item('d-1', wire, { via: 'Meridian Press' }),
      item('e-1', wire, { marks: [[0, 3]] }),
    ]);
    expect(groups).toHaveLength(5);
    expect(groups.every((group) => group.items.length === 1)).toBe(true);
  });

  test('a letter of difference is a different wording', () => {
    expect(groupEvidence([item('a-1', wire), item('b-1', wire.replace('Sunday', 'sunday'))])).toHaveLength(2);
  });
});
