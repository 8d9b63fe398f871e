/**
 * Quantity facets: every report of the same measured thing (same `measures` noun and unit) across
 * the articles of a story becomes one quantity claim, whatever else the sentences say. A sentence
 * like "Ushakov said the talks went well as the four-hour meeting ended" thus bears both on its own
 * statement and on "Length of the meeting".
 */
import type { Features } from './features.ts';
import { quantityKey } from './features.ts';
import type { Quantity } from '../types.ts';

/**
 * Two reports of one fact rarely differ by more than this factor; values further apart with the
 * same measured noun are different facts (12 people killed vs 200 people evacuated).
 */
export const MAX_VALUE_RATIO = 2.5;

/** Sentences that report the same measured thing, with the quantity each gives. */
export interface QuantityFacet {
  key: string;
  members: number[];
  quantities: Map<number, Quantity>;
}

function num(x: unknown, fallback: number): number {
  return typeof x === 'number' && !Number.isNaN(x) ? x : fallback;
}

/** Lower and upper bound, with open ends for "more than" / "less than" / "nearly". */
export function interval(q: Quantity): { low: number; high: number; lowOpen: boolean; highOpen: boolean } {
  const below = q.qualifier === 'less-than' || q.qualifier === 'at-most';
  const above = q.qualifier === 'more-than' || q.qualifier === 'at-least';
  return {
    low: num(q.low, below ? -Infinity : q.value),
    high: num(q.high, above ? Infinity : q.value),
    lowOpen: q.qualifier === 'more-than',
    highOpen: q.qualifier === 'less-than' || q.qualifier === 'nearly',
  };
}

/** True when two quantities can both be true: their intervals intersect. */
export function compatible(a: Quantity, b: Quantity): boolean {
  const x = interval(a);
  const y = interval(b);
  const low = Math.max(x.low, y.low);
  const high = Math.min(x.high, y.high);
  if (low < high) return true;
  if (low > high) return false;
  const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return !lowOpen && !highOpen;
}

/** True when two values are close enough to be reports of the same fact. */
function near(a: Quantity, b: Quantity): boolean {
  if (compatible(a, b)) return true;
  const small = Math.min(Math.abs(a.value), Math.abs(b.value));
  const large = Math.max(Math.abs(a.value), Math.abs(b.value));
  return small > 0 && large / small <= MAX_VALUE_RATIO;
}

/**
 * Groups quantity mentions by key, splits each group where sorted values jump by more than
 * MAX_VALUE_RATIO, and keeps the facets reported by at least two source groups.
 */
export function quantityFacets(features: readonly Features[], group: (article: string) => string): QuantityFacet[] {
  const byKey = new Map<string, Array<{ i: number; q: Quantity }>>();
  // One report per sentence and key, even when two clauses of the sentence give it.
  const seenIn = new Map<object, Set<string>>();
  for (const f of features) {
    if (!f.checkable || f.denial) continue;
    const seen = seenIn.get(f.sentence) ?? new Set<string>();
    seenIn.set(f.sentence, seen);
    for (const q of f.quantities) {
      const key = quantityKey(q.measures, q.unit);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const list = byKey.get(key) ?? [];
      list.push({ i: f.i, q });
      byKey.set(key, list);
    }
  }
  const facets: QuantityFacet[] = [];
  for (const [key, mentions] of [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = [...mentions].sort((a, b) => a.q.value - b.q.value || a.i - b.i);
    let run: typeof sorted = [];
    const flush = (): void => {
      const groups = new Set(run.map((m) => group(features[m.i]?.article ?? '')));
      if (groups.size >= 2) {
        const members = [...new Set(run.map((m) => m.i))].sort((a, b) => a - b);
        facets.push({ key, members, quantities: new Map(run.map((m) => [m.i, m.q])) });
      }
      run = [];
    };
    for (const mention of sorted) {
      const last = run.at(-1);
      if (last && !near(last.q, mention.q)) flush();
      run.push(mention);
    }
    flush();
  }
  return facets;
}
