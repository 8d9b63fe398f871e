/**
 * Which reported values agree. Each report of a quantity is an interval ("more than four hours" is
 * (4, ∞)); the consensus is the value covered by the most independent sources, and a report whose
 * interval misses it conflicts. With 4 / 4.5 / 4.5 / "more than 4", 4.5 is covered by two
 * independent sources and "four hours" conflicts.
 */
import { interval } from '../04-match/quantity-facets.ts';
import type { Quantity } from '../types.ts';

/** True when the quantity's interval contains the point x. */
export function contains(q: Quantity, x: number): boolean {
  const { low, high, lowOpen, highOpen } = interval(q);
  return (lowOpen ? x > low : x >= low) && (highOpen ? x < high : x <= high);
}

/** Points worth testing: each finite value inside its own interval, and midpoints of pairwise overlaps. */
function candidatePoints(quantities: readonly Quantity[]): number[] {
  const points: number[] = [];
  for (const q of quantities) if (Number.isFinite(q.value) && contains(q, q.value)) points.push(q.value);
  const intervals = quantities.map(interval);
  for (let a = 0; a < quantities.length; a++) {
    for (let b = a + 1; b < quantities.length; b++) {
      const x = intervals[a] as ReturnType<typeof interval>;
      const y = intervals[b] as ReturnType<typeof interval>;
      const low = Math.max(x.low, y.low);
      const high = Math.min(x.high, y.high);
      if (low > high) continue;
      const mid = Number.isFinite(low) && Number.isFinite(high) ? (low + high) / 2 : Number.isFinite(low) ? low + 1e-9 : high - 1e-9;
      if (Number.isFinite(mid)) points.push(mid);
    }
  }
  return points;
}

/**
 * The consensus point of a set of reports, each with the independent source it counts as; null when
 * no point is covered (every report is an open interval with no overlap).
 */
export function consensus(reports: ReadonlyArray<{ quantity: Quantity; source: string }>): number | null {
  let best: number | null = null;
  let bestCount = 0;
  // Reports mostly repeat a few values: each distinct point is counted once (the first of equals wins anyway).
  const tried = new Set<number>();
  for (const point of candidatePoints(reports.map((report) => report.quantity))) {
    if (tried.has(point)) continue;
    tried.add(point);
    const sources = new Set(reports.filter((report) => contains(report.quantity, point)).map((report) => report.source));
    if (sources.size > bestCount) {
      best = point;
      bestCount = sources.size;
    }
  }
  return best;
}
