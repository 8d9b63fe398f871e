/**
 * A claim's evidence grouped by wording: sentences that read the same, word for word (a wire story
 * and its reprints, one outlet's follow-ups), with the same stance, value and wire, are one row of
 * the evidence table that names every article saying it, instead of the same sentence again and
 * again. About a third of the evidence rows of a generated year were such repeats.
 */
import type { Evidence } from '../engine/types.ts';

/** One wording and the evidence items (one per article sentence) that say it, in evidence order. */
export interface EvidenceGroup<E extends Evidence = Evidence> {
  /** The first item: its text, marks, stance, value and via stand for the group. */
  lead: E;
  items: E[];
}

/** Groups evidence by identical text, marks, stance, value and via, in order of first appearance. */
export function groupEvidence<E extends Evidence>(evidence: readonly E[]): Array<EvidenceGroup<E>> {
  const groups = new Map<string, EvidenceGroup<E>>();
  for (const item of evidence) {
    const key = JSON.stringify([item.text, item.marks, item.stance, item.value, item.via]);
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { lead: item, items: [item] });
  }
  return [...groups.values()];
}
